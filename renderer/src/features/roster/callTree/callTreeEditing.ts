import type { CallList, CallStep, CallTree } from '../../../../../shared/domain/roster/callTree';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';

/**
 * Pure edits of a call tree draft, so the editor's buttons hold no list arithmetic: each returns
 * a new tree or list and leaves its input untouched (the draft is also what "Discard" compares
 * against the saved tree).
 */

/** `tree` with the steps of `severityId` replaced; a level without a list gets one at the end. */
export function withSteps(
  tree: readonly CallList[],
  severityId: string,
  steps: readonly CallStep[],
): CallTree {
  const hasList = tree.some((list) => list.severityId === severityId);
  if (!hasList) {
    return [...tree, { severityId, steps: [...steps] }];
  }
  return tree.map((list) =>
    list.severityId === severityId ? { severityId, steps: [...steps] } : list,
  );
}

/** `steps` with the step at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function movedStep(steps: readonly CallStep[], index: number, offset: -1 | 1): CallStep[] {
  const target = index + offset;
  const moving = steps[index];
  const other = steps[target];
  if (moving === undefined || other === undefined) {
    return [...steps];
  }
  const next = [...steps];
  next[target] = moving;
  next[index] = other;
  return next;
}

/** `steps` without the step at `index`. */
export function withoutStep(steps: readonly CallStep[], index: number): CallStep[] {
  return steps.filter((_step, position) => position !== index);
}

/** `steps` with the note of the step at `index` set to `note` (as typed; saving trims it). */
export function withStepNote(steps: readonly CallStep[], index: number, note: string): CallStep[] {
  return steps.map((step, position) => (position === index ? { ...step, note } : step));
}

/** True when two call lists call the same roles and people in the same order with the same notes. */
function isSameSteps(left: readonly CallStep[], right: readonly CallStep[]): boolean {
  return (
    left.length === right.length &&
    left.every((step, index) => {
      const other = right[index];
      if (other === undefined || other.id !== step.id || other.note !== step.note) {
        return false;
      }
      return step.kind === 'role'
        ? other.kind === 'role' && other.roleId === step.roleId
        : other.kind === 'person' && other.personId === step.personId;
    })
  );
}

/** The steps of `severityId` (none when the tree has no list for it). */
function stepsOf(tree: CallTree, severityId: string): readonly CallStep[] {
  return tree.find((list) => list.severityId === severityId)?.steps ?? [];
}

/**
 * The severity ids whose call lists differ between `draft` and `saved` (a missing list and an
 * empty one are the same: both call nobody).
 */
export function changedSeverityIds(draft: CallTree, saved: CallTree): string[] {
  const ids = new Set([...draft, ...saved].map((list) => list.severityId));
  return [...ids].filter((id) => !isSameSteps(stepsOf(draft, id), stepsOf(saved, id)));
}

/**
 * The holder position of `personId` in `role`: 0 for the primary, n for the n-th backup, null
 * when they hold it no more. Read from the role itself, because a role without a primary lists
 * its first backup first among the call candidates.
 */
export function holderPosition(role: CrisisRole, personId: string): number | null {
  if (role.primaryPersonId === personId) {
    return 0;
  }
  const index = role.backupPersonIds.indexOf(personId);
  return index === -1 ? null : index + 1;
}

/** A save issue placed on the step it is about (null parts: about the whole tree). */
export type PlacedCallTreeIssue = {
  severityId: string | null;
  stepId: string | null;
  /** 0-based position of the step in the list that was saved. */
  stepIndex: number | null;
  /** `note` for the step's note, '' for the step itself. */
  field: string;
  code: string;
};

/**
 * Places the issues of saving `tree` (paths `<list>.steps.<step>[.<field>]`) on the level and step
 * they are about, by the step's id, so they stay beside the right step when the list is reordered
 * afterwards.
 */
export function placeCallTreeIssues(
  issues: readonly { path: string; code: string }[],
  tree: CallTree,
): PlacedCallTreeIssue[] {
  return issues.map(({ path, code }) => {
    const match = /^(\d+)\.steps\.(\d+)(?:\.(.+))?$/u.exec(path);
    const list = match === null ? undefined : tree[Number(match[1])];
    const stepIndex = match === null ? null : Number(match[2]);
    const step = stepIndex === null ? undefined : list?.steps[stepIndex];
    if (list === undefined || step === undefined) {
      return { severityId: null, stepId: null, stepIndex: null, field: '', code };
    }
    return {
      severityId: list.severityId,
      stepId: step.id,
      stepIndex,
      field: match?.[3] ?? '',
      code,
    };
  });
}
