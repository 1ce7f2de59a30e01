import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { Postmortem } from '../../../../../shared/domain/postmortems/postmortem';
import { StatusBadge } from '../../../components/StatusBadge';
import type { StatusTone } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';

/** Props of {@link EventTable}. */
export type EventTableProps = {
  /** The incidents to list, already filtered and in order (newest first). */
  incidents: readonly Incident[];
  /** Each incident's postmortem by incident id. */
  postmortemOf: ReadonlyMap<string, Postmortem>;
  crisisTypeName: (crisisTypeId: string) => string;
  severityName: (severityId: string) => string;
};

/** How a postmortem status reads at a glance; the words carry the meaning. */
const postmortemTones = {
  draft: 'neutral',
  'in-review': 'warning',
  published: 'success',
} as const satisfies Record<Postmortem['status'], StatusTone>;

/**
 * The crisis-event database with no query: every incident the filters let through, newest first,
 * with its reference, title (linking to the incident), crisis type, severity, detection time,
 * status, exercise mark and its postmortem (linking to it, with its review status) or "none yet".
 */
export function EventTable({
  incidents,
  postmortemOf,
  crisisTypeName,
  severityName,
}: EventTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table event-db__table">
        <caption className="event-db__caption">{t('postmortems.database.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('postmortems.database.table.columns.reference')}</th>
            <th scope="col">{t('postmortems.database.table.columns.title')}</th>
            <th scope="col">{t('postmortems.database.table.columns.crisisType')}</th>
            <th scope="col">{t('postmortems.database.table.columns.severity')}</th>
            <th scope="col">{t('postmortems.database.table.columns.detectedAt')}</th>
            <th scope="col">{t('postmortems.database.table.columns.status')}</th>
            <th scope="col">{t('postmortems.database.table.columns.postmortem')}</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((incident) => {
            const postmortem = postmortemOf.get(incident.id);
            return (
              <tr key={incident.id}>
                <td className="event-db__reference">{incident.reference}</td>
                <td>
                  <Link href={`~/incidents/${encodeURIComponent(incident.id)}`}>
                    {incident.title}
                  </Link>
                  {incident.isExercise ? (
                    <>
                      {' '}
                      <StatusBadge tone="busy">{t('postmortems.database.exercise')}</StatusBadge>
                    </>
                  ) : null}
                </td>
                <td>
                  {incident.crisisTypeId === null
                    ? t('postmortems.database.table.noCrisisType')
                    : crisisTypeName(incident.crisisTypeId)}
                </td>
                <td>{severityName(incident.severityId)}</td>
                <td>{formatDateTime(incident.detectedAt, language)}</td>
                <td>{t(`incidents.statuses.${incident.status}`)}</td>
                <td>
                  {postmortem === undefined ? (
                    t('postmortems.database.table.noPostmortem')
                  ) : (
                    <>
                      <Link href={`~/postmortems/${encodeURIComponent(postmortem.id)}`}>
                        {postmortem.reference}
                      </Link>{' '}
                      <StatusBadge tone={postmortemTones[postmortem.status]}>
                        {t(`postmortems.statuses.${postmortem.status}`)}
                      </StatusBadge>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
