import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePositionLabel, useRoleName } from '../rosterLabels';
import type { HeldRole } from './personRoles';

/** Props of {@link PersonRolesSection}. */
export type PersonRolesSectionProps = {
  heldRoles: readonly HeldRole[];
};

/** The crisis roles the person holds now, as primary or as which backup, and where to change them. */
export function PersonRolesSection({ heldRoles }: PersonRolesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const roleName = useRoleName();
  const positionLabel = usePositionLabel();
  return (
    <section aria-labelledby={headingId} className="panel person-section">
      <h3 id={headingId}>{t('roster.people.person.roles.heading')}</h3>
      {heldRoles.length === 0 ? (
        <p>{t('roster.people.person.roles.none')}</p>
      ) : (
        <ul className="person-roles">
          {heldRoles.map(({ role, position }) => (
            <li
              key={role.id}
              className={position === 0 ? 'person-roles__role--primary' : undefined}
            >
              {t('roster.people.roleHeld', {
                role: roleName(role),
                position: positionLabel(position),
              })}
            </li>
          ))}
        </ul>
      )}
      <p>
        {/* Absolute: the person's page sits under `/roster/people/`. */}
        <Link href="~/roster/roles">{t('roster.people.person.roles.manage')}</Link>
      </p>
    </section>
  );
}
