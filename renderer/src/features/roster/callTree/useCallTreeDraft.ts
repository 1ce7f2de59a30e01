import { useMemo, useState } from 'react';
import { callTreeSchema } from '../../../../../shared/domain/roster/callTree';
import type { CallStep, CallTree } from '../../../../../shared/domain/roster/callTree';
import { clearDraft, readDraft, writeDraft } from '../../../lib/draftStorage';
import { changedSeverityIds, withSteps } from './callTreeEditing';

/** Where the unsaved call tree is kept (see lib/draftStorage.ts). */
const draftKey = 'roster-call-tree';

/** The call tree being edited and what differs from the saved one. */
export type CallTreeDraft = {
  /** The draft, or the saved tree while nothing is changed. */
  tree: CallTree;
  /** Severity ids whose call lists differ from the saved tree. */
  changedSeverityIds: string[];
  /** Replaces the steps of one level in the draft. */
  setSteps: (severityId: string, steps: readonly CallStep[]) => void;
  /** Forgets the draft (after a save, or when the user discards it). */
  discard: () => void;
};

/**
 * The editor's draft of the call tree, with the edits of every level kept until saved and kept
 * in localStorage, so switching levels, leaving the page or a reload loses nothing. A draft that
 * comes back equal to the saved tree is dropped.
 */
export function useCallTreeDraft(saved: CallTree): CallTreeDraft {
  const [draft, setDraft] = useState<CallTree | null>(() => readDraft(draftKey, callTreeSchema));
  const tree = draft ?? saved;
  const changed = useMemo(
    () => (draft === null ? [] : changedSeverityIds(draft, saved)),
    [draft, saved],
  );

  function keep(next: CallTree | null) {
    setDraft(next);
    if (next === null) {
      clearDraft(draftKey);
    } else {
      writeDraft(draftKey, next);
    }
  }

  return {
    tree,
    changedSeverityIds: changed,
    setSteps: (severityId, steps) => {
      const next = withSteps(tree, severityId, steps);
      keep(changedSeverityIds(next, saved).length === 0 ? null : next);
    },
    discard: () => keep(null),
  };
}
