import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageIssue, RoleCoverage } from '../../../../../shared/domain/roster/coverage';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import { useRoleDescription, useRoleName } from '../rosterLabels';
import { DeleteRoleButton } from './DeleteRoleButton';
import { RoleCoverageStatus } from './RoleCoverageStatus';
import { RoleHistory } from './RoleHistory';
import { RoleHoldersEditor } from './RoleHoldersEditor';
import { RoleSettingsEditor } from './RoleSettingsEditor';

/** Props of {@link RoleCard}. */
export type RoleCardProps = {
  role: CrisisRole;
  /** The role's coverage now, or undefined while it is being worked out. */
  coverage: RoleCoverage | undefined;
  /** Everyone in the roster, by name. */
  people: readonly Person[];
  /** Everyone in the roster by id. */
  peopleById: ReadonlyMap<string, Person>;
  /** A coverage issue as a sentence. */
  issueText: (issue: CoverageIssue) => string;
  /** Ids of every qualification type, in the order offered. */
  qualificationTypeIds: readonly string[];
  /** The name of a qualification type in the UI language. */
  qualificationName: (typeId: string) => string;
  /** Opens the dialog that edits a custom role's name and description. */
  onEdit: (role: CrisisRole) => void;
  /** Called after a custom role was deleted. */
  onDeleted: (roleId: string) => void;
};

/**
 * One role on the roles page, as a region named by the role: what it does, whether it is built
 * in and required, its coverage now, who holds it, its settings and its history. Custom roles
 * also have Edit and Delete.
 */
export function RoleCard({
  role,
  coverage,
  people,
  peopleById,
  issueText,
  qualificationTypeIds,
  qualificationName,
  onEdit,
  onDeleted,
}: RoleCardProps) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const roleDescription = useRoleDescription();
  const headingId = useId();
  const name = roleName(role);
  const description = roleDescription(role);
  return (
    <section className="panel role-card" aria-labelledby={headingId}>
      <div className="role-card__header">
        <h2 id={headingId} className="role-card__name">
          {name}
        </h2>
        <p className="role-card__tags">
          <span className="role-card__tag">
            {role.isBuiltIn ? t('roster.roles.builtIn') : t('roster.roles.custom')}
          </span>
          <span className="role-card__tag">
            {role.isRequired ? t('roster.roles.required') : t('roster.roles.optional')}
          </span>
        </p>
        {!role.isBuiltIn && (
          <div className="button-row button-row--compact role-card__actions">
            <button
              type="button"
              aria-label={t('roster.roles.customRole.editLabel', { role: name })}
              onClick={() => onEdit(role)}
            >
              {t('roster.roles.customRole.edit')}
            </button>
            <DeleteRoleButton role={role} onDeleted={() => onDeleted(role.id)} />
          </div>
        )}
      </div>
      {description !== '' && <p className="role-card__description">{description}</p>}
      {coverage !== undefined && (
        <RoleCoverageStatus coverage={coverage} roleName={name} issueText={issueText} />
      )}
      <div className="role-card__body">
        <RoleHoldersEditor role={role} roleName={name} people={people} peopleById={peopleById} />
        <RoleSettingsEditor
          role={role}
          roleName={name}
          qualificationTypeIds={qualificationTypeIds}
          qualificationName={qualificationName}
        />
      </div>
      <RoleHistory roleId={role.id} roleName={name} />
    </section>
  );
}
