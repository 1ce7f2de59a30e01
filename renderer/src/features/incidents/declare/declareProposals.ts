import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import type { PublishedSop } from '../../sops';

/**
 * What declaring proposes from what the company prepared: the published SOP of the incident's
 * crisis type, and people from the roster for the roles that matter first. Pure, so the rules are
 * tested without a screen.
 */

/** Roles proposed at every declaration, even when the roster leaves them empty. */
export const keyRoleIds: readonly string[] = [
  'commander',
  'deputy-commander',
  'spokesperson',
  'scribe',
  'legal-counsel',
];

/** One role the declare form offers, with the person the roster proposes (null = nobody). */
export type RoleProposal = { role: CrisisRole; personId: string | null };

/**
 * The roles offered at declaration, in the roster's order: the key roles, and any other role that
 * has someone on the roster. Each proposes its primary holder, or the first backup when there is
 * no primary (or the primary was removed from the roster), or nobody.
 */
export function proposeRoles(
  roles: readonly CrisisRole[],
  peopleById: ReadonlyMap<string, Person>,
): RoleProposal[] {
  return roles.flatMap((role) => {
    const holders = [role.primaryPersonId, ...role.backupPersonIds].filter(
      (id): id is string => id !== null && peopleById.has(id),
    );
    if (!keyRoleIds.includes(role.id) && holders.length === 0) {
      return [];
    }
    return [{ role, personId: holders[0] ?? null }];
  });
}

/** A published SOP offered to start with the incident. */
export type SopProposal = { sopId: string; title: string; version: number };

/** The published SOPs filed under `crisisTypeId` (none while the type is not known), by title. */
export function proposeSops(
  sops: readonly PublishedSop[],
  crisisTypeId: string | null,
): SopProposal[] {
  if (crisisTypeId === null) {
    return [];
  }
  return sops.flatMap((entry) =>
    entry.isPublished && entry.version !== null && entry.content.crisisTypeId === crisisTypeId
      ? [{ sopId: entry.sop.id, title: entry.content.title, version: entry.version }]
      : [],
  );
}

/** Whether a proposed SOP is ticked: as the user left it, else the first proposal only. */
export function isSopChosen(
  proposals: readonly SopProposal[],
  choices: Readonly<Record<string, boolean>>,
  sopId: string,
): boolean {
  return choices[sopId] ?? proposals[0]?.sopId === sopId;
}

/** The person chosen for a proposed role: as the user set it ('' = nobody), else the proposal. */
export function chosenPersonId(
  proposal: RoleProposal,
  choices: Readonly<Record<string, string>>,
): string | null {
  const choice = choices[proposal.role.id];
  if (choice === undefined) {
    return proposal.personId;
  }
  return choice === '' ? null : choice;
}
