import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentClocks, lastSitrepAt } from '../../../../../shared/domain/incidents/clocks';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { useNow } from '../../../lib/useNow';
import { useOperatorName } from '../../../lib/useOperatorName';
import { useIncidentCadence, useSituationReports } from '../useIncidentData';
import { SitrepFormDialog } from './SitrepFormDialog';
import { SitrepItem } from './SitrepItem';
import { SitrepReminder } from './SitrepReminder';

/** Props of {@link SituationReportsSection}. */
export type SituationReportsSectionProps = { incident: Incident };

/**
 * The incident's situation reports: a reminder of when the next one is due by the severity's
 * cadence (prominent once overdue), "Write situation report", and every report written, newest
 * first. The reminder reads only the `next-sitrep` clock, which depends on nothing but the
 * incident, the cadence and the latest report, so this section does not load the timeline.
 */
export function SituationReportsSection({ incident }: SituationReportsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const reports = useSituationReports(incident.id);
  const cadence = useIncidentCadence();
  const now = useNow(10_000);
  const [operatorName] = useOperatorName();
  const [isWriting, setIsWriting] = useState(false);
  const latestAt = useMemo(
    () => (reports === undefined ? undefined : lastSitrepAt(reports)),
    [reports],
  );
  const clock = useMemo(
    () =>
      cadence === undefined || latestAt === undefined
        ? undefined
        : incidentClocks({
            incident,
            cadence,
            firstExternalStatementAt: null,
            lastUpdateAt: null,
            lastSitrepAt: latestAt,
            deadlines: [],
            now,
          }).find((candidate) => candidate.id === 'next-sitrep'),
    [incident, cadence, latestAt, now],
  );

  return (
    <section className="incident-sitreps" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('incidents.time.sitreps.heading')}</h2>
      {clock !== undefined && <SitrepReminder clock={clock} />}
      <div className="button-row">
        <button type="button" onClick={() => setIsWriting(true)}>
          {t('incidents.time.sitreps.write')}
        </button>
      </div>
      {reports === undefined ? (
        <p role="status">{t('incidents.time.sitreps.loading')}</p>
      ) : reports.length === 0 ? (
        <p>{t('incidents.time.sitreps.empty')}</p>
      ) : (
        <ol
          className="incident-sitreps__list"
          aria-label={t('incidents.time.sitreps.historyLabel')}
        >
          {reports.map((report) => (
            <SitrepItem key={report.id} report={report} />
          ))}
        </ol>
      )}
      {isWriting && (
        <SitrepFormDialog
          incidentId={incident.id}
          operatorName={operatorName}
          onClose={() => setIsWriting(false)}
        />
      )}
    </section>
  );
}
