import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { IncidentMetrics } from '../../../../../shared/domain/incidents/metrics';
import { FactList } from '../../../components/FactList';
import { useLanguage } from '../../../i18n/useLanguage';
import { useIncidentMetrics } from '../useIncidentData';
import { formatElapsed } from '../../../lib/dates';

/** Props of {@link MetricsSection}. */
export type MetricsSectionProps = {
  incident: Incident;
};

/** The duration metrics, in the order the response runs. */
const durationMetrics = [
  'timeToDetect',
  'timeToDeclare',
  'timeToFirstStatement',
  'timeToStable',
  'timeToClose',
] as const satisfies readonly (keyof IncidentMetrics)[];

/**
 * An incident's response times: to detect, declare, first statement, stable and close, in the UI
 * language ("—" for a step not reached yet), and how often it was reopened. An exercise says its
 * figures never count in real statistics.
 */
export function MetricsSection({ incident }: MetricsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const metrics = useIncidentMetrics(incident);

  function duration(ms: number | null): string {
    if (ms === null) {
      return t('incidents.page.metrics.notYet');
    }
    return formatElapsed(ms, language) ?? t('incidents.page.metrics.underAMinute');
  }

  return (
    <section aria-labelledby={headingId} className="incident-section incident-metrics">
      <h3 id={headingId}>{t('incidents.page.metrics.heading')}</h3>
      {incident.isExercise && <p>{t('incidents.page.metrics.exerciseNote')}</p>}
      {metrics === undefined ? (
        <p role="status">{t('incidents.page.loading')}</p>
      ) : (
        <FactList
          facts={[
            ...durationMetrics.map((metric) => ({
              id: metric,
              label: t(`incidents.page.metrics.${metric}`),
              value: duration(metrics[metric]),
            })),
            {
              id: 'reopenCount',
              label: t('incidents.page.metrics.reopenCount'),
              value: new Intl.NumberFormat(language).format(metrics.reopenCount),
            },
          ]}
        />
      )}
    </section>
  );
}
