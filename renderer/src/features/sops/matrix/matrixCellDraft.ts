import { commMatrixCellId } from '../../../../../shared/domain/sops/commMatrix';
import type { CommMatrixCell } from '../../../../../shared/domain/sops/commMatrix';
import { statementStages } from '../../../../../shared/domain/sops/communication';
import type { StatementStage } from '../../../../../shared/domain/sops/communication';
import type { FieldIssue } from '../../../lib/commandResult';

/**
 * What a matrix cell's dialog edits, as typed: the target stays text so an unreadable entry is
 * kept and refused rather than lost, and '' stands for "none" in the two choices.
 */
export type CellDraft = {
  ownerRoleId: string;
  targetMinutes: string;
  timing: string;
  templateStage: StatementStage | '';
  note: string;
};

/** Where a cell sits: its crisis type (null = every crisis), stakeholder group and channel. */
export type CellPosition = {
  crisisTypeId: string | null;
  stakeholderId: string;
  channelId: string;
};

/** The key of a stakeholder group and channel pair, for finding a cell of a grid. */
export function cellKey(stakeholderId: string, channelId: string): string {
  return `${stakeholderId}|${channelId}`;
}

/** The dialog's fields for `cell` (an inherited cell's values are the starting point), or empty. */
export function toCellDraft(cell: CommMatrixCell | undefined): CellDraft {
  return {
    ownerRoleId: cell?.ownerRoleId ?? '',
    targetMinutes:
      cell?.targetMinutes === null || cell === undefined ? '' : String(cell.targetMinutes),
    timing: cell?.timing ?? '',
    templateStage: cell?.templateStage ?? '',
    note: cell?.note ?? '',
  };
}

/** True when `value` is one of the statement stages. */
function isStage(value: string): value is StatementStage {
  return (statementStages as readonly string[]).includes(value);
}

/**
 * The cell a draft describes at `position`, or the issue of a target that is not a whole number
 * (range and lengths are the command's to check, so its messages are the ones shown).
 */
export function draftToCell(
  draft: CellDraft,
  position: CellPosition,
): { ok: true; cell: CommMatrixCell } | { ok: false; issues: FieldIssue[] } {
  const target = draft.targetMinutes.trim();
  if (target !== '' && !/^\d+$/u.test(target)) {
    return { ok: false, issues: [{ path: 'targetMinutes', code: 'target-range' }] };
  }
  const { crisisTypeId, stakeholderId, channelId } = position;
  return {
    ok: true,
    cell: {
      id: commMatrixCellId(crisisTypeId, stakeholderId, channelId),
      crisisTypeId,
      stakeholderId,
      channelId,
      ownerRoleId: draft.ownerRoleId === '' ? null : draft.ownerRoleId,
      targetMinutes: target === '' ? null : Number(target),
      timing: draft.timing,
      templateStage: isStage(draft.templateStage) ? draft.templateStage : null,
      note: draft.note,
    },
  };
}
