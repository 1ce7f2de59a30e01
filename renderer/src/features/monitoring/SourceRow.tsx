import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SourceRuntime } from '../../../../shared/monitoring/status';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/dates';
import { describeFetchError } from './FetchProblemText';
import { IntervalText } from './IntervalText';
import { NextRunText } from './NextRunText';
import { RunNowButton } from './RunNowButton';
import { SourceHealthBadge } from './SourceHealthBadge';
import type { MonitoringSourceView } from './useMonitoringSources';

/** Props of {@link SourceRow}. */
export type SourceRowProps = {
  source: MonitoringSourceView;
  runtime: SourceRuntime | undefined;
  onToggleEnabled: (source: MonitoringSourceView, isEnabled: boolean) => void;
  onEdit: (source: MonitoringSourceView) => void;
  onDelete: (source: MonitoringSourceView) => void;
};

/**
 * One source in the sources table: its name (a link to its details) with its tags, kind, interval, an
 * enabled switch, health with the last error in words when it fails, last success, next run and
 * its actions. Buttons name the source they act on, so a screen reader's list of buttons makes
 * sense out of context.
 */
export function SourceRow({ source, runtime, onToggleEnabled, onEdit, onDelete }: SourceRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { config, health } = source;
  const isFailing = health.consecutiveFailures > 0 && health.lastError !== null;
  return (
    <tr className={health.isUnhealthy ? 'sources-table__row--unhealthy' : undefined}>
      <th scope="row">
        <Link href={`/sources/${config.id}`}>{config.name}</Link>
        {config.tags.length > 0 && (
          <ul className="tag-list">
            {config.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </th>
      <td>{t(`monitoring.kinds.${config.kind}`)}</td>
      <td>
        <IntervalText minutes={config.intervalMinutes} />
      </td>
      <td>
        <input
          type="checkbox"
          role="switch"
          checked={config.enabled}
          aria-label={t('monitoring.sources.enabledFor', { name: config.name })}
          onChange={(event) => onToggleEnabled(source, event.currentTarget.checked)}
        />
      </td>
      <td className="sources-table__health">
        <SourceHealthBadge health={health} />
        {isFailing && health.lastError !== null && (
          <p className="sources-table__error">
            {t('monitoring.health.lastError', {
              when:
                health.lastErrorAt === null
                  ? t('monitoring.never')
                  : formatDateTime(health.lastErrorAt, language),
              error: describeFetchError(health.lastError, t),
            })}
          </p>
        )}
        {health.isUnhealthy && (
          <p className="sources-table__since">
            {health.lastSuccessAt === null
              ? t('monitoring.health.neverSucceeded')
              : t('monitoring.health.unhealthySince', {
                  when: formatDateTime(health.lastSuccessAt, language),
                })}
          </p>
        )}
      </td>
      <td>
        {health.lastSuccessAt === null
          ? t('monitoring.never')
          : formatDateTime(health.lastSuccessAt, language)}
      </td>
      <td>
        <NextRunText isEnabled={config.enabled} runtime={runtime} />
      </td>
      <td>
        <div className="button-row button-row--compact">
          <RunNowButton source={source} runtime={runtime} />
          <button
            type="button"
            aria-label={t('monitoring.sources.editFor', { name: config.name })}
            onClick={() => onEdit(source)}
          >
            {t('monitoring.sources.edit')}
          </button>
          <button
            type="button"
            aria-label={t('monitoring.sources.deleteFor', { name: config.name })}
            onClick={() => onDelete(source)}
          >
            {t('monitoring.sources.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}
