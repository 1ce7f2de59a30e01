import { roleHolderIds } from '../../../../../shared/domain/roster/crisisRoles';
import type { RoleHolders } from '../../../../../shared/domain/roster/crisisRoles';

/**
 * The edits the roles page makes to who holds a role, as pure functions from the holders shown to
 * the holders to save. They never put one person in a role twice; `assignRole` checks that again.
 */

/** The holders with `personId` (or nobody) as primary. */
export function withPrimary(holders: RoleHolders, personId: string | null): RoleHolders {
  return {
    primaryPersonId: personId,
    backupPersonIds: holders.backupPersonIds.filter((id) => id !== personId),
  };
}

/** The holders with `personId` added as the last backup (unchanged when they already hold it). */
export function withBackupAdded(holders: RoleHolders, personId: string): RoleHolders {
  if (roleHolderIds(holders).includes(personId)) {
    return holders;
  }
  return { ...holders, backupPersonIds: [...holders.backupPersonIds, personId] };
}

/** The holders with the backup at `index` (0 = first backup) moved by `offset` places. */
export function withBackupMoved(holders: RoleHolders, index: number, offset: -1 | 1): RoleHolders {
  const target = index + offset;
  const backups = [...holders.backupPersonIds];
  const moved = backups[index];
  const displaced = backups[target];
  if (moved === undefined || displaced === undefined) {
    return holders;
  }
  backups[target] = moved;
  backups[index] = displaced;
  return { ...holders, backupPersonIds: backups };
}

/** The holders without the backup at `index`. */
export function withBackupRemoved(holders: RoleHolders, index: number): RoleHolders {
  return {
    ...holders,
    backupPersonIds: holders.backupPersonIds.filter((_, position) => position !== index),
  };
}
