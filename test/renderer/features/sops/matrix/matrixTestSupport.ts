import { screen, within } from '@testing-library/react';
import { saveCommMatrixCell } from '../../../../../renderer/src/features/sops/sopCommands';
import type { CommandResult } from '../../../../../renderer/src/lib/commandResult';
import { commMatrixCellId } from '../../../../../shared/domain/sops/commMatrix';
import type { CommMatrixCell } from '../../../../../shared/domain/sops/commMatrix';

/** The value of a successful command; fails the test with the issues otherwise. */
export function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/**
 * Stores a matrix cell through the real command: `crisisTypeId` null is every crisis type; the
 * customer service role tells the group within `targetMinutes` with a holding statement unless
 * `extra` says otherwise.
 */
export async function seedCell(
  crisisTypeId: string | null,
  stakeholderId: string,
  channelId: string,
  extra: Partial<CommMatrixCell> = {},
): Promise<CommMatrixCell> {
  return valueOf(
    await saveCommMatrixCell({
      id: commMatrixCellId(crisisTypeId, stakeholderId, channelId),
      crisisTypeId,
      stakeholderId,
      channelId,
      ownerRoleId: 'customer-service',
      targetMinutes: 60,
      timing: '',
      templateStage: 'holding',
      note: '',
      ...extra,
    }),
  );
}

/** The matrix table once it has rendered. */
export async function findMatrixTable(): Promise<HTMLElement> {
  return screen.findByRole('table', { name: /^Communication matrix for/u });
}

/** The text a cell's button shows (what the cell says now). */
export function cellText(table: HTMLElement, name: string): string {
  return within(table).getByRole('button', { name }).textContent ?? '';
}
