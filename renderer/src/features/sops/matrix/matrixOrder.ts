import type { CommGroup, CommMatrixCell } from '../../../../../shared/domain/sops/commMatrix';

/**
 * The cells in the order of the matrix: by stakeholder group as the list orders them, then by
 * channel; a cell naming an entry no longer in a list comes after the listed ones.
 */
export function cellsInMatrixOrder(
  cells: readonly CommMatrixCell[],
  stakeholders: readonly CommGroup[],
  channels: readonly CommGroup[],
): CommMatrixCell[] {
  const position = (groups: readonly CommGroup[], id: string) => {
    const index = groups.findIndex((group) => group.id === id);
    return index === -1 ? groups.length : index;
  };
  return [...cells].sort(
    (left, right) =>
      position(stakeholders, left.stakeholderId) - position(stakeholders, right.stakeholderId) ||
      position(channels, left.channelId) - position(channels, right.channelId) ||
      left.id.localeCompare(right.id),
  );
}
