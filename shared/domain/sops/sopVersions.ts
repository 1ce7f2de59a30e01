import { diffArrays, diffWordsWithSpace } from 'diff';
import { z } from 'zod';
import { sopContentSchema } from './sop';
import type { SopChecklistItem, SopContent, SopStep } from './sop';

/**
 * Published SOP versions and the readable diff between two of them. Publishing freezes the working
 * draft as version 1, 2, 3 … with a change note; a version never changes afterwards, so a run that
 * followed version 3 can always show what version 3 said.
 */

/** Longest change note. */
export const maxChangeNoteLength = 1000;

/** One published version of an SOP. `publishedAt` is epoch ms; `publishedBy` names the publisher. */
export const sopVersionSchema = z
  .object({
    sopId: z.string().min(1).max(80),
    version: z.number().int().min(1),
    content: sopContentSchema,
    changeNote: z
      .string()
      .trim()
      .min(1, 'change-note-required')
      .max(maxChangeNoteLength, 'too-long'),
    publishedAt: z.number().int().min(0),
    publishedBy: z.string().trim().min(1, 'required').max(120, 'too-long'),
  })
  .strict();

/** See {@link sopVersionSchema}. Versions returned by {@link nextVersion} are deeply frozen. */
export type SopVersion = z.output<typeof sopVersionSchema>;

/**
 * Why publishing was refused: the content equals the latest version's (`no-changes`), the change
 * note is blank (`change-note-required`), or a field is invalid (`invalid`, with zod's issues; paths
 * are those of {@link sopVersionSchema}, so content issues start with `content`).
 */
export type NextVersionRefusal =
  | { ok: false; code: 'no-changes' | 'change-note-required' }
  | { ok: false; code: 'invalid'; issues: z.core.$ZodIssue[] };

/** The new version, or why it was refused. */
export type NextVersionResult = { ok: true; value: SopVersion } | NextVersionRefusal;

/** Freezes a plain JSON-like value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** True when two plain JSON-like values (objects, arrays, primitives) are structurally equal. */
function isSameValue(left: unknown, right: unknown): boolean {
  if (left === right) {
    return true;
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => isSameValue(item, right[index]))
    );
  }
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return false;
  }
  const leftEntries = Object.entries(left);
  const rightRecord = new Map(Object.entries(right));
  return (
    leftEntries.length === rightRecord.size &&
    leftEntries.every(
      ([key, value]) => rightRecord.has(key) && isSameValue(value, rightRecord.get(key)),
    )
  );
}

/**
 * True when two contents say the same thing: every field equal, steps and checklist items in the
 * same order, severity ids as a set (their order carries no meaning).
 */
export function isSameSopContent(older: SopContent, newer: SopContent): boolean {
  const sortedSeverities = (content: SopContent): SopContent => ({
    ...content,
    severityIds: [...content.severityIds].sort(),
  });
  return isSameValue(sortedSeverities(older), sortedSeverities(newer));
}

/** The version of `sopId` with the highest number in `existing`, or undefined when none. */
export function latestVersion(
  existing: readonly SopVersion[],
  sopId: string,
): SopVersion | undefined {
  let latest: SopVersion | undefined;
  for (const version of existing) {
    if (version.sopId === sopId && (latest === undefined || version.version > latest.version)) {
      latest = version;
    }
  }
  return latest;
}

/**
 * Publishes `content` as the next version of `sopId`: one more than the highest version of that
 * SOP in `existing` (versions of other SOPs are ignored), starting at 1. The content is validated
 * and copied, and the result is deeply frozen, so editing the draft afterwards cannot change a
 * published version. Refused when the content equals the latest version's (`no-changes`, checked
 * first: there is nothing to describe) or the change note is blank. Never mutates its arguments.
 */
export function nextVersion(
  existing: readonly SopVersion[],
  sopId: string,
  content: SopContent,
  changeNote: string,
  publishedAt: number,
  publishedBy: string,
): NextVersionResult {
  const parsedContent = sopContentSchema.safeParse(content);
  if (!parsedContent.success) {
    return {
      ok: false,
      code: 'invalid',
      issues: parsedContent.error.issues.map((issue) => ({
        ...issue,
        path: ['content', ...issue.path],
      })),
    };
  }
  const latest = latestVersion(existing, sopId);
  if (latest !== undefined && isSameSopContent(latest.content, parsedContent.data)) {
    return { ok: false, code: 'no-changes' };
  }
  if (changeNote.trim() === '') {
    return { ok: false, code: 'change-note-required' };
  }
  const parsed = sopVersionSchema.safeParse({
    sopId,
    version: (latest?.version ?? 0) + 1,
    content: parsedContent.data,
    changeNote,
    publishedAt,
    publishedBy,
  } satisfies SopVersion);
  if (!parsed.success) {
    return { ok: false, code: 'invalid', issues: parsed.error.issues };
  }
  return { ok: true, value: deepFreeze(parsed.data) };
}

/**
 * Most edits a line or word diff explores before giving up. Bodies are at most 10,000 characters,
 * and diffing two wholly different long texts costs (length × edits): with this bound the worst
 * case takes tens of milliseconds instead of about half a second, and the block is shown as
 * replaced without word-level detail. Real edits between versions are far smaller.
 */
const maxEditLength = 500;

/** A run of words (or CJK characters, which the word diff treats one by one) in a changed block. */
export type WordSegment = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * One block of a line diff: lines kept, added or removed, or a block of lines replaced by another
 * (`changed`), with a word-level diff of the two blocks joined by `\n` (null when the blocks were
 * too different to diff within {@link maxEditLength}).
 */
export type TextDiffPart =
  | { kind: 'same' | 'added' | 'removed'; lines: string[] }
  | { kind: 'changed'; before: string[]; after: string[]; words: WordSegment[] | null };

/** A line-level diff of a text field, with word-level detail inside replaced lines. */
export type TextDiff = { before: string; after: string; parts: TextDiffPart[] };

/** The lines of a text; an empty text has none (not one empty line). */
function toLines(text: string): string[] {
  return text === '' ? [] : text.replace(/\r\n?/gu, '\n').split('\n');
}

/** A word diff of two blocks, or null when it would take more than {@link maxEditLength} edits. */
function wordDiff(before: string, after: string): WordSegment[] | null {
  const changes = diffWordsWithSpace(before, after, { maxEditLength });
  if (changes === undefined) {
    return null;
  }
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * Diffs two texts line by line (Markdown bodies, titles). Lines are compared as arrays, not with
 * `diffLines`, so a last line without a newline still matches the same line followed by one. A
 * removed block directly followed by an added one (or the reverse) becomes one `changed` part.
 */
export function diffText(before: string, after: string): TextDiff {
  const beforeLines = toLines(before);
  const afterLines = toLines(after);
  const changes = diffArrays(beforeLines, afterLines, { maxEditLength }) ?? [
    { value: beforeLines, added: false, removed: true, count: beforeLines.length },
    { value: afterLines, added: true, removed: false, count: afterLines.length },
  ];
  const parts: TextDiffPart[] = [];
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index];
    if (change === undefined || change.value.length === 0) {
      continue;
    }
    const following = changes[index + 1];
    if (
      following !== undefined &&
      following.value.length > 0 &&
      ((change.removed && following.added) || (change.added && following.removed))
    ) {
      const [removed, added] = change.removed ? [change, following] : [following, change];
      parts.push({
        kind: 'changed',
        before: removed.value,
        after: added.value,
        words: wordDiff(removed.value.join('\n'), added.value.join('\n')),
      });
      index += 1;
      continue;
    }
    parts.push({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      lines: change.value,
    });
  }
  return { before, after, parts };
}

/** A run of list values (a step's resources) kept, added or removed, in the newer order. */
export type ListDiffPart = { kind: 'same' | 'added' | 'removed'; values: string[] };

/**
 * Where an item (step or checklist item, matched by id) went: `added` at `toIndex` of the newer
 * list, `removed` from `fromIndex` of the older one, or `kept`. A kept item `isMoved` when it is
 * not part of the longest run of items that kept their relative order: moving one step down three
 * places marks that one step as moved, not the three it passed.
 */
type Matched<T> =
  | { kind: 'added'; item: T; toIndex: number }
  | { kind: 'removed'; item: T; fromIndex: number }
  | {
      kind: 'kept';
      before: T;
      after: T;
      fromIndex: number;
      toIndex: number;
      isMoved: boolean;
    };

/**
 * Matches two lists by id (unique within each list, as the schemas require), in reading order:
 * the newer list's order, with removed items where they stood. A moved item appears once, at its
 * new place.
 */
function matchById<T extends { id: string }>(
  older: readonly T[],
  newer: readonly T[],
): Matched<T>[] {
  const olderById = new Map(older.map((item, index) => [item.id, { item, index }]));
  const newerById = new Map(newer.map((item, index) => [item.id, { item, index }]));
  const entries: Matched<T>[] = [];
  const changes = diffArrays(
    older.map(({ id }) => id),
    newer.map(({ id }) => id),
  );
  for (const change of changes) {
    for (const id of change.value) {
      const before = olderById.get(id);
      const after = newerById.get(id);
      if (change.removed) {
        // A removed id still in the newer list moved: it is reported where it arrives.
        if (after === undefined && before !== undefined) {
          entries.push({ kind: 'removed', item: before.item, fromIndex: before.index });
        }
      } else if (after !== undefined) {
        entries.push(
          before === undefined
            ? { kind: 'added', item: after.item, toIndex: after.index }
            : {
                kind: 'kept',
                before: before.item,
                after: after.item,
                fromIndex: before.index,
                toIndex: after.index,
                isMoved: change.added,
              },
        );
      }
    }
  }
  return entries;
}

/** A checklist item added, removed, or kept (moved and/or reworded; `text` null when unchanged). */
export type ChecklistItemDiff =
  | { kind: 'added'; item: SopChecklistItem; toIndex: number }
  | { kind: 'removed'; item: SopChecklistItem; fromIndex: number }
  | {
      kind: 'kept';
      itemId: string;
      before: SopChecklistItem;
      after: SopChecklistItem;
      fromIndex: number;
      toIndex: number;
      isMoved: boolean;
      text: TextDiff | null;
    };

/**
 * A changed field of a step. Text fields carry a text diff; the checklist lists every item in
 * reading order (unchanged ones too, for context); resources are diffed as an ordered list.
 */
export type SopStepFieldChange =
  | { field: 'title' | 'notes'; before: string; after: string; text: TextDiff }
  | { field: 'ownerRoleId'; before: string | null; after: string | null }
  | { field: 'targetMinutes'; before: number | null; after: number | null }
  | { field: 'checklist'; items: ChecklistItemDiff[] }
  | { field: 'resources'; parts: ListDiffPart[] };

/**
 * A step added, removed, or kept: a kept step lists its changed fields (empty when unchanged) and
 * whether it moved. Positions are 0-based indexes into the older and newer step lists.
 */
export type SopStepDiff =
  | { kind: 'added'; step: SopStep; toIndex: number }
  | { kind: 'removed'; step: SopStep; fromIndex: number }
  | {
      kind: 'kept';
      stepId: string;
      before: SopStep;
      after: SopStep;
      fromIndex: number;
      toIndex: number;
      isMoved: boolean;
      changes: SopStepFieldChange[];
    };

/** A changed field of the SOP itself; severity ids are compared as a set. */
export type SopFieldChange =
  | {
      field: 'title' | 'purpose' | 'triggerCriteria';
      before: string;
      after: string;
      text: TextDiff;
    }
  | { field: 'crisisTypeId'; before: string | null; after: string | null }
  | { field: 'severityIds'; added: string[]; removed: string[] };

/** What changed between two versions; see {@link diffSopVersions}. */
export type SopDiff = {
  /** False when the two contents say the same thing (as {@link isSameSopContent} decides). */
  hasChanges: boolean;
  /** Changed SOP fields, in the order the SOP page shows them. */
  fields: SopFieldChange[];
  /** Every step of both versions in reading order (the newer order, removed steps where they stood). */
  steps: SopStepDiff[];
  /** How many steps were added, removed, moved, and changed in a field. */
  summary: { added: number; removed: number; moved: number; changed: number };
};

/** The diff of one text field, or nothing when it is unchanged. */
function textFieldChange<F extends string>(
  field: F,
  before: string,
  after: string,
): { field: F; before: string; after: string; text: TextDiff }[] {
  return before === after ? [] : [{ field, before, after, text: diffText(before, after) }];
}

/** The checklist entries in reading order, or null when nothing about the checklist changed. */
function diffChecklist(
  older: readonly SopChecklistItem[],
  newer: readonly SopChecklistItem[],
): ChecklistItemDiff[] | null {
  const items = matchById(older, newer).map((entry): ChecklistItemDiff => {
    if (entry.kind !== 'kept') {
      return entry;
    }
    const { before, after } = entry;
    return {
      ...entry,
      itemId: after.id,
      text: before.text === after.text ? null : diffText(before.text, after.text),
    };
  });
  const hasChanges = items.some(
    (item) => item.kind !== 'kept' || item.isMoved || item.text !== null,
  );
  return hasChanges ? items : null;
}

/** The resources as an ordered list diff, or null when they are the same list. */
function diffResources(older: readonly string[], newer: readonly string[]): ListDiffPart[] | null {
  if (isSameValue(older, newer)) {
    return null;
  }
  return diffArrays([...older], [...newer]).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    values: change.value,
  }));
}

/** The changed fields of a step kept between two versions, in the order the step form shows them. */
function diffStep(before: SopStep, after: SopStep): SopStepFieldChange[] {
  const changes: SopStepFieldChange[] = [...textFieldChange('title', before.title, after.title)];
  if (before.ownerRoleId !== after.ownerRoleId) {
    changes.push({ field: 'ownerRoleId', before: before.ownerRoleId, after: after.ownerRoleId });
  }
  if (before.targetMinutes !== after.targetMinutes) {
    changes.push({
      field: 'targetMinutes',
      before: before.targetMinutes,
      after: after.targetMinutes,
    });
  }
  const checklist = diffChecklist(before.checklist, after.checklist);
  if (checklist !== null) {
    changes.push({ field: 'checklist', items: checklist });
  }
  const resources = diffResources(before.resources, after.resources);
  if (resources !== null) {
    changes.push({ field: 'resources', parts: resources });
  }
  changes.push(...textFieldChange('notes', before.notes, after.notes));
  return changes;
}

/**
 * A readable diff of two versions' contents (`older` → `newer`): changed SOP fields with line and
 * word diffs of their text, and every step matched by id as added, removed or kept (with moves and
 * per-field changes, including checklist items added, removed, reworded or moved).
 */
export function diffSopVersions(older: SopContent, newer: SopContent): SopDiff {
  const fields: SopFieldChange[] = [...textFieldChange('title', older.title, newer.title)];
  if (older.crisisTypeId !== newer.crisisTypeId) {
    fields.push({ field: 'crisisTypeId', before: older.crisisTypeId, after: newer.crisisTypeId });
  }
  fields.push(
    ...textFieldChange('purpose', older.purpose, newer.purpose),
    ...textFieldChange('triggerCriteria', older.triggerCriteria, newer.triggerCriteria),
  );
  const addedSeverities = newer.severityIds.filter((id) => !older.severityIds.includes(id));
  const removedSeverities = older.severityIds.filter((id) => !newer.severityIds.includes(id));
  if (addedSeverities.length > 0 || removedSeverities.length > 0) {
    fields.push({ field: 'severityIds', added: addedSeverities, removed: removedSeverities });
  }
  const steps = matchById(older.steps, newer.steps).map((entry): SopStepDiff => {
    if (entry.kind === 'added') {
      return { kind: 'added', step: entry.item, toIndex: entry.toIndex };
    }
    if (entry.kind === 'removed') {
      return { kind: 'removed', step: entry.item, fromIndex: entry.fromIndex };
    }
    return { ...entry, stepId: entry.after.id, changes: diffStep(entry.before, entry.after) };
  });
  const summary = { added: 0, removed: 0, moved: 0, changed: 0 };
  for (const step of steps) {
    if (step.kind === 'added') {
      summary.added += 1;
    } else if (step.kind === 'removed') {
      summary.removed += 1;
    } else {
      summary.moved += step.isMoved ? 1 : 0;
      summary.changed += step.changes.length > 0 ? 1 : 0;
    }
  }
  return {
    hasChanges:
      fields.length > 0 || summary.added + summary.removed + summary.moved + summary.changed > 0,
    fields,
    steps,
    summary,
  };
}
