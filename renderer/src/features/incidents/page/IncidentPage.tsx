import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useOperatorName } from '../../../lib/useOperatorName';
import { ClocksPanel } from '../time/ClocksPanel';
import { DeadlinesSection } from '../time/DeadlinesSection';
import { SituationReportsSection } from '../time/SituationReportsSection';
import { TimelineSection } from '../timeline/TimelineSection';
import { useIncident } from '../useIncidentData';
import { CommunicationsSection } from '../work/CommunicationsSection';
import { SopRunsSection } from '../work/SopRunsSection';
import { TasksSection } from '../work/TasksSection';
import { EditFactsDialog } from './EditFactsDialog';
import { IncidentFactsSection } from './IncidentFactsSection';
import { IncidentHeader } from './IncidentHeader';
import { MetricsSection } from './MetricsSection';
import { RolesOnDutySection } from './RolesOnDutySection';

/** Props of {@link IncidentPage}. */
export type IncidentPageProps = {
  incidentId: string;
};

/**
 * One incident's command page (`#/incidents/<id>`): the header (severity, status, priority,
 * lifecycle buttons, war room, edit facts, the operator's name), then the clocks and roles on
 * duty side by side, and two columns of work: the timeline, tasks and SOP runs on the left;
 * communications, deadlines, situation reports, the facts and response times on the right (one
 * column on a narrow window, in that order). An unknown id says so with a way back.
 */
export function IncidentPage({ incidentId }: IncidentPageProps) {
  const { t } = useTranslation();
  const incident = useIncident(incidentId);
  const [operator, setOperator] = useOperatorName();
  const [isEditing, setIsEditing] = useState(false);
  const headingId = useId();

  if (incident === undefined) {
    return <p role="status">{t('incidents.page.loading')}</p>;
  }
  if (incident === null) {
    return (
      <section className="incident-page">
        <p>
          <Link href="~/incidents">{t('incidents.page.back')}</Link>
        </p>
        <p role="alert">{t('incidents.page.notFound')}</p>
      </section>
    );
  }
  return (
    <article aria-labelledby={headingId} className="incident-page">
      <IncidentHeader
        incident={incident}
        operator={operator}
        onOperatorChange={setOperator}
        onEditFacts={() => setIsEditing(true)}
        headingId={headingId}
      />
      <div className="incident-page__band">
        <ClocksPanel incident={incident} />
        <RolesOnDutySection incident={incident} operator={operator} />
      </div>
      <div className="incident-page__columns">
        <div className="incident-page__column">
          <TimelineSection incident={incident} />
          <TasksSection incident={incident} />
          <SopRunsSection incident={incident} />
        </div>
        <div className="incident-page__column">
          <CommunicationsSection incident={incident} />
          <DeadlinesSection incident={incident} />
          <SituationReportsSection incident={incident} />
          <IncidentFactsSection incident={incident} />
          <MetricsSection incident={incident} />
        </div>
      </div>
      {isEditing && (
        <EditFactsDialog
          incident={incident}
          operator={operator}
          onClose={() => setIsEditing(false)}
        />
      )}
    </article>
  );
}
