import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';

/** A role a person holds and where: position 0 is primary, 1 … the backups in call order. */
export type HeldRole = { role: CrisisRole; position: number };

/**
 * The roles `personId` holds, in role-list order, with their position in each. The people list
 * and the person's page show them, and the delete confirmation names them, since deleting a
 * person empties those places.
 */
export function rolesHeldBy(roles: readonly CrisisRole[], personId: string): HeldRole[] {
  return roles.flatMap((role): HeldRole[] => {
    if (role.primaryPersonId === personId) {
      return [{ role, position: 0 }];
    }
    const backupIndex = role.backupPersonIds.indexOf(personId);
    return backupIndex === -1 ? [] : [{ role, position: backupIndex + 1 }];
  });
}
