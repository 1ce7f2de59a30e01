import { useTranslation } from 'react-i18next';
import type { SourceRuntime } from '../../../../shared/monitoring/status';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/dates';

/** Props of {@link NextRunText}. */
export type NextRunTextProps = {
  isEnabled: boolean;
  /** What the scheduler is doing with the source, or undefined before it reported. */
  runtime: SourceRuntime | undefined;
};

/**
 * When a source runs next, as the scheduler reports it: running, queued, backing off after
 * failures (until when), the next scheduled time, or disabled.
 */
export function NextRunText({ isEnabled, runtime }: NextRunTextProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!isEnabled) {
    return <>{t('monitoring.sources.disabled')}</>;
  }
  if (runtime === undefined) {
    return <>{t('monitoring.sources.noSchedule')}</>;
  }
  if (runtime.isRunning) {
    return <>{t('monitoring.sources.running')}</>;
  }
  if (runtime.isQueued) {
    return <>{t('monitoring.sources.queued')}</>;
  }
  if (runtime.nextRunAt === null) {
    return <>{t('monitoring.sources.noSchedule')}</>;
  }
  const when = formatDateTime(runtime.nextRunAt, language);
  return <>{runtime.isBackingOff ? t('monitoring.sources.backingOff', { when }) : when}</>;
}
