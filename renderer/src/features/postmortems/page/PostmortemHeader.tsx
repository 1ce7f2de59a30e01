import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Postmortem } from '../../../../../shared/domain/postmortems/postmortem';
import { StatusBadge } from '../../../components/StatusBadge';
import { useIncident } from '../../incidents';
import { postmortemStatusTones } from './postmortemFormat';
import { WorkflowActions } from './WorkflowActions';

/** Props of {@link PostmortemHeader}. */
export type PostmortemHeaderProps = {
  postmortem: Postmortem;
  /** True while the editor holds edits not saved yet (sending for review waits for a save). */
  hasUnsavedEdits: boolean;
};

/**
 * The top of a postmortem page: reference and title, its review status (in words, as a badge),
 * links to its incident and the incident's stakeholder report, and the workflow moves allowed now.
 */
export function PostmortemHeader({ postmortem, hasUnsavedEdits }: PostmortemHeaderProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const incident = useIncident(postmortem.incidentId);
  return (
    <header className="postmortem-header" aria-labelledby={headingId}>
      <h2 id={headingId} className="postmortem-header__heading">
        <span className="postmortem-header__reference">{postmortem.reference}</span>{' '}
        {postmortem.content.title}
      </h2>
      <p className="postmortem-header__facts">
        <StatusBadge tone={postmortemStatusTones[postmortem.status]}>
          {t('postmortems.page.statusIs', {
            status: t(`postmortems.statuses.${postmortem.status}`),
          })}
        </StatusBadge>
        {incident !== undefined && incident !== null && (
          <Link href={`~/incidents/${incident.id}`}>
            {t('postmortems.page.incidentLink', { reference: incident.reference })}
          </Link>
        )}
        {incident === null && <span>{t('postmortems.page.incidentMissing')}</span>}
        <Link href={`~/reports/incidents/${postmortem.incidentId}`}>
          {t('postmortems.page.reportLink')}
        </Link>
      </p>
      <WorkflowActions postmortem={postmortem} hasUnsavedEdits={hasUnsavedEdits} />
    </header>
  );
}
