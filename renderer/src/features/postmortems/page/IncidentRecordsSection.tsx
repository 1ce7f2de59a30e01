import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIncident } from '../../incidents';
import { IncidentFactsPanel } from './IncidentFactsPanel';
import { IncidentCommunicationsPanel } from './IncidentCommunicationsPanel';
import { IncidentRolesPanel } from './IncidentRolesPanel';
import { IncidentSopRunsPanel } from './IncidentSopRunsPanel';
import { IncidentTimelinePanel } from './IncidentTimelinePanel';

/** Props of {@link IncidentRecordsSection}. */
export type IncidentRecordsSectionProps = {
  incidentId: string;
};

/**
 * "From the incident": the incident's own records beside the postmortem, read-only and live (key
 * facts, response times, roles on duty, communications, SOP runs and the timeline), so the
 * analysis is written against what was recorded rather than a copy that could drift.
 */
export function IncidentRecordsSection({ incidentId }: IncidentRecordsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const incident = useIncident(incidentId);
  return (
    <aside className="postmortem-incident" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('postmortems.page.fromIncident')}</h3>
      <p className="field__description">{t('postmortems.page.fromIncidentHint')}</p>
      {incident === undefined && <p role="status">{t('postmortems.page.loading')}</p>}
      {incident === null && <p>{t('postmortems.page.incidentMissing')}</p>}
      {incident !== undefined && incident !== null && (
        <>
          <IncidentFactsPanel incident={incident} />
          <IncidentRolesPanel incidentId={incident.id} />
          <IncidentCommunicationsPanel incidentId={incident.id} />
          <IncidentSopRunsPanel incidentId={incident.id} />
          <IncidentTimelinePanel incidentId={incident.id} />
        </>
      )}
    </aside>
  );
}
