import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { clearDraft, readDraft, writeDraft } from './draftStorage';

/**
 * The draft {@link useDraftDialog} stored under `draftKey`, when it was made from the same
 * version (`basedOn`) of the record; a draft of an older version is not restored, so it cannot
 * silently undo someone else's later save.
 */
export function readDialogDraft<Draft>(
  draftKey: string,
  storedSchema: z.ZodType<{ basedOn: number | null; draft: Draft }>,
  basedOn: number | null,
): Draft | null {
  const stored = readDraft(draftKey, storedSchema);
  return stored !== null && stored.basedOn === basedOn ? stored.draft : null;
}

/** What {@link useDraftDialog} needs to know about a form dialog's draft. */
export type DraftDialogOptions = {
  /** Where the draft is kept in local storage. */
  draftKey: string;
  /** The version of the record being edited (null when creating), stored with the draft. */
  basedOn: number | null;
  /** The form's current draft, stored while it differs from what was opened. */
  draft: unknown;
  /** True when the draft would save something other than what was opened. */
  isDirty: boolean;
  /** Makes the dialog go away. */
  onClose: () => void;
};

/** The closing behaviour {@link useDraftDialog} gives a form dialog. */
export type DraftDialog = {
  /** True while "Discard your changes?" is asked. */
  isConfirmingDiscard: boolean;
  /** Escape or Cancel: closes at once when nothing changed, else asks first. */
  requestClose: () => void;
  /** Closes the form and forgets its draft: after a save, or when the user discards it. */
  closeForgetting: () => void;
  /** "Keep editing": the question goes away, the form stays. */
  keepEditing: () => void;
  /** Forgets the stored draft without closing (a save that the owner then closes). */
  forgetDraft: () => void;
};

/**
 * The draft and discard wiring every form dialog shares: unsaved changes are written to local
 * storage as they are typed (and removed once the form is back to what was opened), so a reload
 * or a crash loses nothing; closing with unsaved changes asks first, and discarding or saving
 * forgets the draft.
 */
export function useDraftDialog({
  draftKey,
  basedOn,
  draft,
  isDirty,
  onClose,
}: DraftDialogOptions): DraftDialog {
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false);

  useEffect(() => {
    if (isDirty) {
      writeDraft(draftKey, { basedOn, draft });
    } else {
      clearDraft(draftKey);
    }
  }, [draft, draftKey, basedOn, isDirty]);

  function closeForgetting() {
    clearDraft(draftKey);
    onClose();
  }

  return {
    isConfirmingDiscard,
    requestClose: () => {
      if (isDirty) {
        setIsConfirmingDiscard(true);
      } else {
        closeForgetting();
      }
    },
    closeForgetting,
    keepEditing: () => setIsConfirmingDiscard(false),
    forgetDraft: () => clearDraft(draftKey),
  };
}
