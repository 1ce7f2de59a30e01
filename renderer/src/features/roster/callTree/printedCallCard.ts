import type { CallStep, ResolvedCallStep } from '../../../../../shared/domain/roster/callTree';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';

/**
 * One person named on a printed step: who, and in which position (0 = primary, 1… = backups,
 * null = a step that names the person directly).
 */
export type PrintedHolder = { person: Person; position: number | null };

/**
 * Everyone a step of the printed card names, in calling order: a role's primary and backups, or
 * the person a person step calls. People no longer in the roster are left out, so the card never
 * shows an id.
 */
export function stepHolders(
  step: CallStep,
  rolesById: ReadonlyMap<string, CrisisRole>,
  peopleById: ReadonlyMap<string, Person>,
): PrintedHolder[] {
  const role = step.kind === 'role' ? rolesById.get(step.roleId) : undefined;
  const holderIds =
    step.kind === 'person'
      ? [step.personId]
      : role === undefined
        ? []
        : [role.primaryPersonId, ...role.backupPersonIds];
  return holderIds.flatMap((personId, index): PrintedHolder[] => {
    const person = personId === null ? undefined : peopleById.get(personId);
    return person === undefined ? [] : [{ person, position: step.kind === 'role' ? index : null }];
  });
}

/**
 * The people the card's contact table lists: everyone named by a step of any call list, each
 * once, in the roster's order (`people`, sorted by name), so the table grows with the team and
 * not with steps × holders, and a reader finds a name where the alphabet puts it.
 */
export function peopleOnCard(
  callLists: readonly (readonly ResolvedCallStep[])[],
  rolesById: ReadonlyMap<string, CrisisRole>,
  peopleById: ReadonlyMap<string, Person>,
  people: readonly Person[],
): Person[] {
  const namedIds = new Set<string>();
  for (const list of callLists) {
    for (const { step } of list) {
      for (const { person } of stepHolders(step, rolesById, peopleById)) {
        namedIds.add(person.id);
      }
    }
  }
  return people.filter((person) => namedIds.has(person.id));
}
