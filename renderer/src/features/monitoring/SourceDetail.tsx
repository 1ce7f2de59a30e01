import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SourceConfig } from '../../../../shared/monitoring/source';
import { FactList } from '../../components/FactList';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/dates';
import { useAppStore } from '../../stores/appStore';
import { CoverageView } from './CoverageView';
import { describeFetchError } from './FetchProblemText';
import { FetchLogTable } from './FetchLogTable';
import { IntervalText } from './IntervalText';
import { NextRunText } from './NextRunText';
import { RunNowButton } from './RunNowButton';
import { SourceFormDialog } from './SourceFormDialog';
import { SourceHealthBadge } from './SourceHealthBadge';
import { useMonitoringSources } from './useMonitoringSources';
import { useMonitoringStatus } from './useMonitoringStatus';

/** The period the coverage section covers. */
const coverageDays = 7;
const dayMs = 24 * 60 * 60 * 1000;
/** How often "now" moves on, so the trailing gap of a stalled source grows on screen. */
const clockTickMs = 60_000;

/** Props of {@link SourceDetail}. */
export type SourceDetailProps = {
  sourceId: string;
};

/**
 * One source in depth (`#/monitoring/sources/<id>`): its health facts, its recent fetches with
 * their outcomes, errors and new items, and its coverage over the last 7 days with the gaps
 * explained. Run now and edit are at hand.
 */
export function SourceDetail({ sourceId }: SourceDetailProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sources = useMonitoringSources();
  const status = useMonitoringStatus();
  const [now, setNow] = useState(() => Date.now());
  const [editing, setEditing] = useState<SourceConfig | null>(null);
  const headingId = useId();
  const healthId = useId();
  const logId = useId();
  const coverageId = useId();

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), clockTickMs);
    return () => window.clearInterval(timer);
  }, []);

  const backLink = (
    <p>
      <Link href="/sources">{t('monitoring.detail.back')}</Link>
    </p>
  );
  if (sources === undefined) {
    return <p role="status">{t('monitoring.loading')}</p>;
  }
  const source = sources.find((candidate) => candidate.config.id === sourceId);
  if (source === undefined) {
    return (
      <section>
        {backLink}
        <p>{t('monitoring.detail.notFound')}</p>
      </section>
    );
  }
  const { config, health } = source;
  const runtime = status?.sources.find((candidate) => candidate.sourceId === sourceId);
  const never = t('monitoring.never');
  const when = (value: number | null) => (value === null ? never : formatDateTime(value, language));
  const facts = [
    {
      id: 'health',
      label: t('monitoring.sources.columns.health'),
      value: <SourceHealthBadge health={health} />,
    },
    {
      id: 'address',
      label: t('monitoring.detail.address'),
      value: <code className="path">{config.url}</code>,
    },
    {
      id: 'kind',
      label: t('monitoring.sources.columns.kind'),
      value: t(`monitoring.kinds.${config.kind}`),
    },
    {
      id: 'interval',
      label: t('monitoring.sources.columns.interval'),
      value: <IntervalText minutes={config.intervalMinutes} />,
    },
    {
      id: 'last-attempt',
      label: t('monitoring.detail.lastAttempt'),
      value: when(health.lastAttemptAt),
    },
    {
      id: 'last-success',
      label: t('monitoring.detail.lastSuccess'),
      value: when(health.lastSuccessAt),
    },
    {
      id: 'last-outcome',
      label: t('monitoring.detail.lastOutcome'),
      value: health.lastOutcome === null ? never : t(`monitoring.outcomes.${health.lastOutcome}`),
    },
    {
      id: 'last-error',
      label: t('monitoring.detail.lastError'),
      value:
        health.lastError === null
          ? t('monitoring.notSet')
          : t('monitoring.health.lastError', {
              when: when(health.lastErrorAt),
              error: describeFetchError(health.lastError, t),
            }),
    },
    {
      id: 'failures',
      label: t('monitoring.detail.consecutiveFailures'),
      value: String(health.consecutiveFailures),
    },
    {
      id: 'new-items',
      label: t('monitoring.detail.lastNewItems'),
      value: health.lastNewItems === null ? never : String(health.lastNewItems),
    },
    {
      id: 'next-run',
      label: t('monitoring.detail.nextRun'),
      value: <NextRunText isEnabled={config.enabled} runtime={runtime} />,
    },
  ];

  return (
    <section aria-labelledby={headingId} className="source-detail">
      {backLink}
      <h2 id={headingId}>{config.name}</h2>
      <div className="button-row toolbar">
        <RunNowButton source={source} runtime={runtime} />
        <button
          type="button"
          aria-label={t('monitoring.sources.editFor', { name: config.name })}
          onClick={() => setEditing(config)}
        >
          {t('monitoring.sources.edit')}
        </button>
      </div>
      <section aria-labelledby={healthId} className="panel">
        <h3 id={healthId}>{t('monitoring.detail.healthHeading')}</h3>
        <FactList facts={facts} />
      </section>
      <section aria-labelledby={coverageId} className="panel">
        <h3 id={coverageId}>{t('monitoring.detail.coverageHeading')}</h3>
        <p className="field__description">{t('monitoring.detail.coverageSummary')}</p>
        <CoverageView sourceId={sourceId} from={now - coverageDays * dayMs} to={now} />
      </section>
      <section aria-labelledby={logId} className="panel">
        <h3 id={logId}>{t('monitoring.detail.logHeading')}</h3>
        <FetchLogTable sourceId={sourceId} />
      </section>
      {editing !== null && (
        <SourceFormDialog
          mode="edit"
          initial={editing}
          onSaved={(saved) => {
            setEditing(null);
            useAppStore.getState().pushNotice({
              kind: 'success',
              messageKey: 'monitoring.sources.saved',
              params: { name: saved.name },
            });
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
