import { z } from 'zod';
import {
  causeSchema,
  lessonSchema,
  nistAnswersSchema,
} from '../../../../../shared/domain/postmortems/postmortem';
import type { PostmortemContent } from '../../../../../shared/domain/postmortems/postmortem';
import { clearDraft, readDraft, writeDraft } from '../../../lib/draftStorage';

/**
 * The postmortem editor's form state and where its unsaved edits are kept. The form holds the
 * impact's numbers as typed text (so "12,5" or "abc" is kept as typed and reported beside its
 * field instead of being lost), everything else as the content itself. Unsaved edits live in local
 * storage with a fingerprint of the content they started from: an edit of content that was saved
 * over since is not put back over it, but offered to restore or discard.
 */

/** The impact's numeric fields, typed as text in the form. */
export const impactNumberFields = [
  'customersAffected',
  'revenueLoss',
  'recordsAffected',
  'mediaReach',
  'negativeSentimentPeakPercent',
] as const;

/** One of {@link impactNumberFields}. */
export type ImpactNumberField = (typeof impactNumberFields)[number];

/** A 5-whys chain as edited: the problem, the answers so far, and the category chosen for it. */
const whyChainDraftSchema = z
  .object({
    id: z.string().min(1).max(80),
    problem: z.string().max(20_000),
    whys: z.array(z.string().max(20_000)).max(5),
  })
  .strict();

/** The editor's form: the content with the impact's numbers as text. */
export const postmortemEditorDraftSchema = z
  .object({
    title: z.string().max(20_000),
    summary: z.string().max(40_000),
    impact: z
      .object({
        customersAffected: z.string().max(100),
        revenueLoss: z.string().max(100),
        currency: z.string().max(100),
        recordsAffected: z.string().max(100),
        mediaReach: z.string().max(100),
        negativeSentimentPeakPercent: z.string().max(100),
        note: z.string().max(40_000),
      })
      .strict(),
    detection: z.string().max(40_000),
    trigger: z.string().max(40_000),
    causes: z.array(causeSchema.extend({ text: z.string().max(20_000) })).max(100),
    whyChains: z.array(whyChainDraftSchema).max(20),
    wentWell: z.string().max(40_000),
    wentBadly: z.string().max(40_000),
    gotLucky: z.string().max(40_000),
    nist: nistAnswersSchema.extend({
      whatHappened: z.string().max(40_000),
      staffPerformance: z.string().max(40_000),
      informationNeededSooner: z.string().max(40_000),
      hinderedRecovery: z.string().max(40_000),
      doDifferently: z.string().max(40_000),
    }),
    result: z.string().max(40_000),
    lessons: z.array(lessonSchema.extend({ text: z.string().max(20_000) })).max(100),
    tags: z.string().max(10_000),
  })
  .strict();

/** See {@link postmortemEditorDraftSchema}. */
export type PostmortemEditorDraft = z.output<typeof postmortemEditorDraftSchema>;

/** A number as the form shows it: empty when unknown. */
function numberText(value: number | null): string {
  return value === null ? '' : String(value);
}

/** The form for `content`. */
export function toEditorDraft(content: PostmortemContent): PostmortemEditorDraft {
  const { impact } = content;
  return {
    ...content,
    impact: {
      customersAffected: numberText(impact.customersAffected),
      revenueLoss: numberText(impact.revenueLoss),
      currency: impact.currency,
      recordsAffected: numberText(impact.recordsAffected),
      mediaReach: numberText(impact.mediaReach),
      negativeSentimentPeakPercent: numberText(impact.negativeSentimentPeakPercent),
      note: impact.note,
    },
    causes: content.causes.map((cause) => ({ ...cause })),
    whyChains: content.whyChains.map((chain) => ({ ...chain, whys: [...chain.whys] })),
    nist: { ...content.nist },
    lessons: content.lessons.map((lesson) => ({ ...lesson })),
    tags: content.tags.join(', '),
  };
}

/**
 * A typed number: empty is unknown (null); digit-group separators, spaces and a trailing "%" are
 * ignored. Anything else that is not a number becomes NaN, which the shared schema refuses, so
 * the save reports it on its field and writes nothing.
 */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.replace(/[\s,，_]/gu, '').replace(/[%％]$/u, '');
  if (cleaned === '') {
    return null;
  }
  return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/iu.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Tags typed as one comma-separated line (ASCII, full-width and ideographic commas). */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,，、]/u)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** The content the form would save (validated by the save command, not here). */
export function toContent(draft: PostmortemEditorDraft): PostmortemContent {
  const { impact } = draft;
  return {
    ...draft,
    impact: {
      customersAffected: parseTypedNumber(impact.customersAffected),
      revenueLoss: parseTypedNumber(impact.revenueLoss),
      currency: impact.currency.trim().toUpperCase(),
      recordsAffected: parseTypedNumber(impact.recordsAffected),
      mediaReach: parseTypedNumber(impact.mediaReach),
      negativeSentimentPeakPercent: parseTypedNumber(impact.negativeSentimentPeakPercent),
      note: impact.note,
    },
    tags: parseTags(draft.tags),
  };
}

/**
 * A short fingerprint (FNV-1a, hex) of saved content, stored with an unsaved edit so the editor
 * can tell whether the postmortem was saved over since the edit began. Reviews and status moves
 * leave the content alone, so they do not make an edit outdated.
 */
export function contentFingerprint(content: PostmortemContent): string {
  const text = JSON.stringify(content);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(16)}-${hash.toString(16)}`;
}

/** What is stored for an unsaved edit. */
const storedEditSchema = z
  .object({ basedOn: z.string(), savedAt: z.number(), draft: postmortemEditorDraftSchema })
  .strict();

/** An unsaved edit as stored: its draft, the content it started from, and when it was written. */
export type StoredPostmortemEdit = z.output<typeof storedEditSchema>;

/** The local-storage slot of the editor of postmortem `id`. */
export function postmortemDraftKey(id: string): string {
  return `postmortem:${id}`;
}

/** The slot where an outdated edit waits until the user restores or discards it. */
function outdatedKey(draftKey: string): string {
  return `${draftKey}:outdated`;
}

/** What the editor finds on opening: an edit of this very content, and an outdated one. */
export type OpenedPostmortemEdit = {
  restored: StoredPostmortemEdit | null;
  outdated: StoredPostmortemEdit | null;
};

/**
 * The unsaved edits of slot `draftKey` when the editor opens on content with fingerprint
 * `basedOn`. An edit of other content is moved to the outdated slot (the later of two waiting
 * wins), so typing in the editor cannot overwrite it before the user decides.
 */
export function readEditOnOpen(draftKey: string, basedOn: string): OpenedPostmortemEdit {
  const stored = readDraft(draftKey, storedEditSchema);
  const waiting = readDraft(outdatedKey(draftKey), storedEditSchema);
  if (stored !== null && stored.basedOn === basedOn) {
    return { restored: stored, outdated: waiting };
  }
  const outdated =
    stored === null || (waiting !== null && waiting.savedAt > stored.savedAt) ? waiting : stored;
  if (outdated !== null) {
    writeDraft(outdatedKey(draftKey), outdated);
  }
  if (stored !== null) {
    clearDraft(draftKey);
  }
  return { restored: null, outdated };
}

/** Stores the editor's unsaved edit (or forgets it when the form matches the saved content). */
export function keepEdit(draftKey: string, edit: StoredPostmortemEdit | null): void {
  if (edit === null) {
    clearDraft(draftKey);
  } else {
    writeDraft(draftKey, edit);
  }
}

/** Forgets the outdated edit: restored into the form, or discarded. */
export function forgetOutdatedEdit(draftKey: string): void {
  clearDraft(outdatedKey(draftKey));
}
