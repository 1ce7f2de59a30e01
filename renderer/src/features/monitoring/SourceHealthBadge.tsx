import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import type { MonitoringSourceHealth } from './useMonitoringSources';

/** Props of {@link SourceHealthBadge}. */
export type SourceHealthBadgeProps = {
  health: MonitoringSourceHealth;
};

/**
 * A source's health in one word: healthy, not fetched yet, failing n× (fewer failures in a row
 * than the unhealthy threshold) or unhealthy, which stands out in the danger colour.
 */
export function SourceHealthBadge({ health }: SourceHealthBadgeProps) {
  const { t } = useTranslation();
  if (health.isUnhealthy) {
    return <StatusBadge tone="danger">{t('monitoring.health.unhealthy')}</StatusBadge>;
  }
  if (health.consecutiveFailures > 0) {
    return (
      <StatusBadge tone="warning">
        {t('monitoring.health.failing', { count: health.consecutiveFailures })}
      </StatusBadge>
    );
  }
  if (health.lastAttemptAt === null) {
    return <StatusBadge tone="neutral">{t('monitoring.health.notRunYet')}</StatusBadge>;
  }
  return <StatusBadge tone="success">{t('monitoring.health.healthy')}</StatusBadge>;
}
