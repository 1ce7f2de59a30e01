import { useEffect, useState } from 'react';
import { clearDraft, writeDraft } from '../../../lib/draftStorage';
import type { SopEditorDraft, StoredSopEditorDraft } from './sopEditorDraft';
import { forgetOutdatedSopEdit, keepOutdatedSopEdit } from './sopEditorStorage';
import type { OutdatedSopEdit } from './sopEditorStorage';

/** What {@link useSopEditStorage} needs to know about the editor. */
export type SopEditStorageOptions = {
  /** The editor's slot in local storage (`sopEditorDraftKey`). */
  draftKey: string;
  /** The fingerprint of the content the editor opened on (null for a new SOP). */
  basedOn: string | null;
  /** The form's current draft, stored while it differs from what was opened. */
  draft: SopEditorDraft;
  /** True when the draft would save something other than what was opened. */
  isDirty: boolean;
  /** The outdated edit found when the editor opened (`readSopEditOnOpen`), or null. */
  openedOutdated: OutdatedSopEdit | null;
  /** The clock stamped on each stored draft (ms); stable across renders. */
  now: () => number;
  /** Leaves the editor. */
  onClose: () => void;
};

/** The editor's storage and closing behaviour. */
export type SopEditStorage = {
  /** True while "Discard unsaved changes?" is asked. */
  isConfirmingDiscard: boolean;
  /** Cancel: leaves at once when nothing changed, else asks first. */
  requestClose: () => void;
  /** Leaves and forgets the editor's unsaved draft (discarded). */
  closeForgetting: () => void;
  /** "Keep editing": the question goes away. */
  keepEditing: () => void;
  /** Forgets the stored draft without leaving (after a save, before going to the SOP). */
  forgetDraft: () => void;
  /** The outdated edit still on offer, or null once there is none or the user decided. */
  outdated: OutdatedSopEdit | null;
  /** Forgets the outdated edit: the user restored it into the form or discarded it. */
  settleOutdated: () => void;
};

/**
 * The SOP editor's unsaved-work wiring: the draft is written to local storage as it is typed
 * (stamped with the content fingerprint it is based on and the time), and removed once the form is
 * back to what was opened, so a reload or a crash loses nothing. An outdated edit found on opening
 * is kept in its own slot, untouched by the typing, until the user restores or discards it. Cancel
 * with unsaved changes asks first; discarding or saving forgets the editor's draft (an outdated
 * edit still on offer stays: it was never looked at).
 */
export function useSopEditStorage({
  draftKey,
  basedOn,
  draft,
  isDirty,
  openedOutdated,
  now,
  onClose,
}: SopEditStorageOptions): SopEditStorage {
  const [isConfirmingDiscard, setIsConfirmingDiscard] = useState(false);
  const [outdated, setOutdated] = useState(openedOutdated);

  useEffect(() => {
    // Moved out of the editor's slot before the typing below can overwrite or clear it.
    if (openedOutdated !== null) {
      keepOutdatedSopEdit(draftKey, openedOutdated);
    }
  }, [draftKey, openedOutdated]);

  useEffect(() => {
    if (isDirty) {
      writeDraft(draftKey, { basedOn, savedAt: now(), draft } satisfies StoredSopEditorDraft);
    } else {
      clearDraft(draftKey);
    }
  }, [draft, draftKey, basedOn, isDirty, now]);

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
    outdated,
    settleOutdated: () => {
      forgetOutdatedSopEdit(draftKey);
      setOutdated(null);
    },
  };
}
