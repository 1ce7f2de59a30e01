import { useTranslation } from 'react-i18next';
import type { CrisisRole, RoleTenure } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import { personDisplayName, useRoleName } from '../../roster';

/** Props of {@link WarRoomRoles}. */
export type WarRoomRolesProps = {
  /** The incident's tenures, open and closed. */
  tenures: readonly RoleTenure[];
  roles: readonly CrisisRole[];
  peopleById: ReadonlyMap<string, Person>;
};

/**
 * Who is on duty: each open tenure of the incident (a role not handed on yet) as the role's name
 * and its holder's name, in the roster's role order.
 */
export function WarRoomRoles({ tenures, roles, peopleById }: WarRoomRolesProps) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const orderOf = new Map(roles.map((role) => [role.id, role.order]));
  const onDuty = tenures
    .filter((tenure) => tenure.to === null)
    .sort(
      (left, right) =>
        (orderOf.get(left.roleId) ?? Number.POSITIVE_INFINITY) -
          (orderOf.get(right.roleId) ?? Number.POSITIVE_INFINITY) || left.from - right.from,
    );
  if (onDuty.length === 0) {
    return <p className="warroom-empty">{t('incidents.warRoom.noRoles')}</p>;
  }
  return (
    <dl className="warroom-roles">
      {onDuty.map((tenure) => {
        const role = roles.find((candidate) => candidate.id === tenure.roleId);
        const person = peopleById.get(tenure.personId);
        return (
          <div key={tenure.id} className="warroom-roles__row">
            <dt>
              {roleName({
                id: tenure.roleId,
                name: role?.name ?? tenure.roleName ?? tenure.roleId,
              })}
            </dt>
            <dd>
              {person === undefined
                ? t('incidents.warRoom.unknownPerson')
                : personDisplayName(person)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
