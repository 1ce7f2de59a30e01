import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { RoleTenure } from '../../../../../shared/domain/roster/crisisRoles';
import { usePeopleById, useRoleName, useRoles } from '../../roster';
import { useIncidentTenures } from '../useIncidentData';
import { RoleOnDutyItem } from './RoleOnDutyItem';

/** Props of {@link RolesOnDutySection}. */
export type RolesOnDutySectionProps = {
  incident: Incident;
  /** The operator's name, recorded as who made a hand-over. */
  operator: string;
};

/** One row of the section: a role, its name and its tenures in this incident. */
type RoleRow = { roleId: string; name: string; tenures: RoleTenure[] };

/**
 * "Roles on duty" of an incident: every role someone holds or held in it, plus the roles the
 * roster marks as key (commander, spokesperson, scribe…) even while nobody holds them, in the
 * roster's order. A custom role deleted since still shows under its recorded name.
 */
export function RolesOnDutySection({ incident, operator }: RolesOnDutySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const roles = useRoles();
  const tenures = useIncidentTenures(incident.id);
  const peopleById = usePeopleById();
  const roleName = useRoleName();

  const rows = useMemo((): RoleRow[] | undefined => {
    if (roles === undefined || tenures === undefined) {
      return undefined;
    }
    const tenuresOf = (roleId: string) => tenures.filter((tenure) => tenure.roleId === roleId);
    const known = roles
      .filter((role) => role.isRequired || tenures.some((tenure) => tenure.roleId === role.id))
      .map((role) => ({ roleId: role.id, name: roleName(role), tenures: tenuresOf(role.id) }));
    const removed = [...new Set(tenures.map((tenure) => tenure.roleId))]
      .filter((roleId) => !roles.some((role) => role.id === roleId))
      .map((roleId) => {
        const own = tenuresOf(roleId);
        return {
          roleId,
          name: own.find((tenure) => tenure.roleName)?.roleName ?? roleId,
          tenures: own,
        };
      });
    return [...known, ...removed];
  }, [roles, tenures, roleName]);

  return (
    <section aria-labelledby={headingId} className="incident-section incident-roles">
      <h3 id={headingId}>{t('incidents.page.roles.heading')}</h3>
      {rows === undefined || peopleById === undefined ? (
        <p role="status">{t('incidents.page.loading')}</p>
      ) : (
        <ul className="plain-list incident-roles__list">
          {rows.map((row) => (
            <RoleOnDutyItem
              key={row.roleId}
              incidentId={incident.id}
              roleId={row.roleId}
              roleName={row.name}
              tenures={row.tenures}
              peopleById={peopleById}
              operator={operator}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
