import { z } from 'zod';
import { clearDraft, readDraft, writeDraft } from '../../../lib/draftStorage';
import { sopEditorDraftSchema, storedSopEditorDraftSchema } from './sopEditorDraft';
import type { SopEditorDraft } from './sopEditorDraft';

/**
 * Where the SOP editor keeps unsaved work in local storage (lib/draftStorage.ts). The editor's own
 * slot holds what is being typed, with the fingerprint of the content it started from. When the
 * editor opens on content that was saved over since (another window saved the SOP), the edit in
 * that slot is not put back over the newer content, and it is not thrown away either: it moves to
 * a second slot and is offered until the user restores or discards it.
 */

/** An unsaved edit of content that has been saved over since: offered, never applied unasked. */
export type OutdatedSopEdit = { savedAt: number; draft: SopEditorDraft };

/** The shape of an {@link OutdatedSopEdit} read back from storage. */
const outdatedSopEditSchema = z
  .object({ savedAt: z.number(), draft: sopEditorDraftSchema })
  .strict() satisfies z.ZodType<OutdatedSopEdit>;

/** The slot of the outdated edit that belongs with the editor slot `draftKey`. */
export function outdatedSopEditKey(draftKey: string): string {
  return `${draftKey}:outdated`;
}

/** What the editor finds when it opens: an edit to put back, and an outdated one to offer. */
export type OpenedSopEdit = {
  /** The unsaved edit of the very content being opened: restored into the form at once. */
  restored: SopEditorDraft | null;
  /** An unsaved edit of content saved over since: offered with its time, not applied. */
  outdated: OutdatedSopEdit | null;
};

/** The later of two edits, by when they were last written. */
function laterEdit(
  first: OutdatedSopEdit | null,
  second: OutdatedSopEdit | null,
): OutdatedSopEdit | null {
  if (first === null || second === null) {
    return first ?? second;
  }
  return first.savedAt >= second.savedAt ? first : second;
}

/**
 * What is stored for the editor slot `draftKey` when the editor opens on content whose
 * fingerprint is `basedOn` (null for a new SOP). An edit of other content is outdated; if one was
 * already waiting in the outdated slot, the later of the two is offered.
 */
export function readSopEditOnOpen(draftKey: string, basedOn: string | null): OpenedSopEdit {
  const stored = readDraft(draftKey, storedSopEditorDraftSchema);
  const waiting = readDraft(outdatedSopEditKey(draftKey), outdatedSopEditSchema);
  if (stored !== null && stored.basedOn === basedOn) {
    return { restored: stored.draft, outdated: waiting };
  }
  const stale = stored === null ? null : { savedAt: stored.savedAt, draft: stored.draft };
  return { restored: null, outdated: laterEdit(stale, waiting) };
}

/** Keeps `edit` in the outdated slot, so it is offered again until the user decides. */
export function keepOutdatedSopEdit(draftKey: string, edit: OutdatedSopEdit): void {
  writeDraft(outdatedSopEditKey(draftKey), edit);
}

/** Forgets the outdated edit (restored into the form, or discarded by the user). */
export function forgetOutdatedSopEdit(draftKey: string): void {
  clearDraft(outdatedSopEditKey(draftKey));
}
