import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { statusTimes } from '../../../../../shared/domain/incidents/lifecycle';
import { localize } from '../../../../../shared/domain/localizedText';
import { FactList } from '../../../components/FactList';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime, formatElapsed } from '../../../lib/dates';
import { useIncidentMetrics } from '../../incidents';
import { useSeverityLevels } from '../../roster';
import { useCrisisTypeName } from '../../sops';

/** Props of {@link IncidentFactsPanel}. */
export type IncidentFactsPanelProps = {
  incident: Incident;
};

/** The response times shown, in the order the response runs. */
const responseTimes = [
  'timeToDetect',
  'timeToDeclare',
  'timeToFirstStatement',
  'timeToStable',
  'timeToClose',
] as const;

/**
 * The incident's key facts (severity by name, crisis type, when it was detected and closed, the
 * exercise flag) and its response times as durations ("—" for a step never reached).
 */
export function IncidentFactsPanel({ incident }: IncidentFactsPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const factsId = useId();
  const metricsId = useId();
  const levels = useSeverityLevels();
  const crisisTypeName = useCrisisTypeName();
  const metrics = useIncidentMetrics(incident);
  const level = levels?.find(({ id }) => id === incident.severityId);
  const closedAt = statusTimes(incident.statusHistory).lastClosedAt;

  function duration(ms: number | null): string {
    if (ms === null) {
      return t('postmortems.page.notReached');
    }
    return formatElapsed(ms, language) ?? t('postmortems.page.underAMinute');
  }

  return (
    <>
      <section aria-labelledby={factsId} className="postmortem-incident__panel">
        <h4 id={factsId}>{t('postmortems.page.keyFacts')}</h4>
        <FactList
          facts={[
            {
              id: 'severity',
              label: t('postmortems.page.severity'),
              value: level === undefined ? incident.severityId : localize(level.name, language),
            },
            {
              id: 'crisisType',
              label: t('postmortems.page.crisisType'),
              value: crisisTypeName(incident.crisisTypeId),
            },
            {
              id: 'detectedAt',
              label: t('postmortems.page.detectedAt'),
              value: formatDateTime(incident.detectedAt, language),
            },
            {
              id: 'closedAt',
              label: t('postmortems.page.closedAt'),
              value:
                closedAt === null
                  ? t('postmortems.page.notClosed')
                  : formatDateTime(closedAt, language),
            },
          ]}
        />
        {incident.isExercise && <p>{t('postmortems.page.exercise')}</p>}
      </section>
      <section aria-labelledby={metricsId} className="postmortem-incident__panel">
        <h4 id={metricsId}>{t('postmortems.page.metrics')}</h4>
        {metrics === undefined ? (
          <p role="status">{t('postmortems.page.loading')}</p>
        ) : (
          <FactList
            facts={responseTimes.map((metric) => ({
              id: metric,
              label: t(`postmortems.page.${metric}`),
              value: duration(metrics[metric]),
            }))}
          />
        )}
      </section>
    </>
  );
}
