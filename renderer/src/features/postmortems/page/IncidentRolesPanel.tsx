import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useIncidentTenures } from '../../incidents';
import { personDisplayName, usePeopleById, useRoleName, useRoles } from '../../roster';

/** Props of {@link IncidentRolesPanel}. */
export type IncidentRolesPanelProps = {
  incidentId: string;
};

/** Who held which crisis role during the incident, from when to when, oldest first. */
export function IncidentRolesPanel({ incidentId }: IncidentRolesPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const tenures = useIncidentTenures(incidentId);
  const roles = useRoles();
  const roleName = useRoleName();
  const peopleById = usePeopleById();

  function nameOfRole(roleId: string, kept: string | undefined): string {
    const role = roles?.find(({ id }) => id === roleId);
    if (role !== undefined) {
      return roleName(role);
    }
    return kept ?? roleName({ id: roleId, name: roleId });
  }

  return (
    <section aria-labelledby={headingId} className="postmortem-incident__panel">
      <h4 id={headingId}>{t('postmortems.page.roles')}</h4>
      {tenures === undefined && <p role="status">{t('postmortems.page.loading')}</p>}
      {tenures?.length === 0 && <p>{t('postmortems.page.noRoles')}</p>}
      {tenures !== undefined && tenures.length > 0 && (
        <ul className="postmortem-compact-list">
          {tenures.map((tenure) => {
            const person = peopleById?.get(tenure.personId);
            return (
              <li key={tenure.id}>
                {t('postmortems.page.tenure', {
                  role: nameOfRole(tenure.roleId, tenure.roleName),
                  person:
                    person === undefined
                      ? t('postmortems.page.unknownPerson')
                      : personDisplayName(person),
                  from: formatDateTime(tenure.from, language),
                  to:
                    tenure.to === null
                      ? t('postmortems.page.stillHolding')
                      : formatDateTime(tenure.to, language),
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
