import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useRoleName } from '../rosterLabels';
import { usePersonTenures } from '../useRosterData';

/** Props of {@link PersonRoleHistorySection}. */
export type PersonRoleHistorySectionProps = {
  personId: string;
  /** Every role, to name the ones in the history. */
  roles: readonly CrisisRole[];
};

/**
 * Which roles the person held as primary, from when to when ("now" while they still do), newest
 * first: the record of hand-offs the roster keeps. A role since deleted is still listed.
 */
export function PersonRoleHistorySection({ personId, roles }: PersonRoleHistorySectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const roleName = useRoleName();
  const tenures = usePersonTenures(personId);

  /** The role's name, said to be from an incident when it was held there. */
  function tenureRole(roleId: string, scope: string, storedName: string | undefined): string {
    const role = roles.find(({ id }) => id === roleId);
    let name: string;
    if (role !== undefined) {
      name = roleName(role);
    } else if (storedName === undefined) {
      name = t('roster.people.person.history.removedRole');
    } else {
      name = t('roster.people.person.history.removedRoleNamed', { name: storedName });
    }
    return scope === 'roster'
      ? name
      : t('roster.people.person.history.duringIncident', { role: name });
  }

  let body;
  if (tenures === undefined) {
    body = <p role="status">{t('roster.people.person.loading')}</p>;
  } else if (tenures.length === 0) {
    body = <p>{t('roster.people.person.history.none')}</p>;
  } else {
    body = (
      <div className="table-scroll">
        <table className="data-table" aria-label={t('roster.people.person.history.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('roster.people.person.history.columns.role')}</th>
              <th scope="col">{t('roster.people.person.history.columns.from')}</th>
              <th scope="col">{t('roster.people.person.history.columns.to')}</th>
            </tr>
          </thead>
          <tbody>
            {tenures.map((tenure) => (
              <tr key={tenure.id}>
                <th scope="row">{tenureRole(tenure.roleId, tenure.scope, tenure.roleName)}</th>
                <td>
                  <time dateTime={new Date(tenure.from).toISOString()}>
                    {formatDateTime(tenure.from, language)}
                  </time>
                </td>
                <td>
                  {tenure.to === null ? (
                    t('roster.people.person.history.now')
                  ) : (
                    <time dateTime={new Date(tenure.to).toISOString()}>
                      {formatDateTime(tenure.to, language)}
                    </time>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section aria-labelledby={headingId} className="panel person-section">
      <h3 id={headingId}>{t('roster.people.person.history.heading')}</h3>
      {body}
    </section>
  );
}
