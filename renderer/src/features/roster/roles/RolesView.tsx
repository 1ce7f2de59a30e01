import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import { useQualificationName } from '../rosterLabels';
import { usePeople, useQualificationTypes, useRoles, useRosterCoverage } from '../useRosterData';
import { CustomRoleDialog } from './CustomRoleDialog';
import { RoleCard } from './RoleCard';
import { useCoverageIssueText } from './useCoverageIssueText';

/** Which role dialog is open: adding one, editing a custom one, or none. */
type RoleDialogState = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; role: CrisisRole };

/**
 * The roles page (`#/roster/roles`): every crisis role with its holders (a primary and ordered
 * backups), its settings, its coverage now and its history, plus "Add role" for roles of the
 * user's own. With nobody in the roster it says so and links to the people page first. The
 * people, qualification types and issue sentences are read once here for every role.
 */
export function RolesView() {
  const { t } = useTranslation();
  const roles = useRoles();
  const people = usePeople();
  const coverage = useRosterCoverage();
  const qualificationTypes = useQualificationTypes();
  const qualificationName = useQualificationName();
  const issueText = useCoverageIssueText();
  const [dialog, setDialog] = useState<RoleDialogState>({ mode: 'closed' });
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const deletedRoleId = useRef<string | null>(null);
  const peopleById = useMemo(
    () => new Map((people ?? []).map((person) => [person.id, person])),
    [people],
  );
  const qualificationTypeIds = useMemo(
    () => (qualificationTypes ?? []).map(({ id }) => id),
    [qualificationTypes],
  );

  useEffect(() => {
    // The deleted role's card held the focus; once it is gone, focus goes to "Add role".
    const roleId = deletedRoleId.current;
    if (roleId !== null && roles !== undefined && !roles.some((role) => role.id === roleId)) {
      deletedRoleId.current = null;
      addButtonRef.current?.focus();
    }
  }, [roles]);

  if (roles === undefined || people === undefined) {
    return <p role="status">{t('roster.roles.loading')}</p>;
  }
  const coverageById = new Map((coverage ?? []).map((entry) => [entry.role.id, entry]));

  return (
    <>
      <p className="roles-intro">{t('roster.roles.intro')}</p>
      {people.length === 0 && (
        <div className="panel roles-no-people">
          <p>{t('roster.roles.noPeople')}</p>
          <p>
            <Link href="~/roster">{t('roster.roles.addPeople')}</Link>
          </p>
        </div>
      )}
      <div className="toolbar">
        <button
          ref={addButtonRef}
          type="button"
          className="button--primary"
          onClick={() => setDialog({ mode: 'add' })}
        >
          {t('roster.roles.customRole.add')}
        </button>
      </div>
      <div className="role-list">
        {roles.map((role) => (
          <RoleCard
            key={role.id}
            role={role}
            coverage={coverageById.get(role.id)}
            people={people}
            peopleById={peopleById}
            issueText={issueText}
            qualificationTypeIds={qualificationTypeIds}
            qualificationName={qualificationName}
            onEdit={(edited) => setDialog({ mode: 'edit', role: edited })}
            onDeleted={(roleId) => {
              deletedRoleId.current = roleId;
            }}
          />
        ))}
      </div>
      {dialog.mode !== 'closed' && (
        <CustomRoleDialog
          role={dialog.mode === 'edit' ? dialog.role : null}
          onClose={() => setDialog({ mode: 'closed' })}
        />
      )}
    </>
  );
}
