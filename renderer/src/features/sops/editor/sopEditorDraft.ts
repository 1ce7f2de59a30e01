import { z } from 'zod';
import type { SopContent, SopStep } from '../../../../../shared/domain/sops/sop';
import type { FieldIssue } from '../../../lib/commandResult';
import type { SopSettingsInput } from '../sopCommands';

/**
 * The SOP editor's state: every field as typed (target minutes and the review interval as text,
 * resources as one text with one per line, "none" choices as ''), so nothing typed is lost when a
 * save is refused. Step and checklist item ids are made once, when the step or item is added, and
 * never change: published versions, their diff and runs match steps and items by id.
 */

/** The review interval a new SOP starts with: about every six months. */
export const defaultReviewIntervalDays = 180;

/** Where the unsaved editor of an SOP is kept (see lib/draftStorage.ts); `new` for a new SOP. */
export function sopEditorDraftKey(sopId: string | null): string {
  return `sop-editor:${sopId ?? 'new'}`;
}

/** One checklist item as the editor keeps it. */
export type ChecklistItemDraft = { id: string; text: string };

/** One step as the editor keeps it; '' is "no owner role" and "no target". */
export type StepDraft = {
  id: string;
  title: string;
  ownerRoleId: string;
  targetText: string;
  checklist: ChecklistItemDraft[];
  resourcesText: string;
  notes: string;
};

/**
 * Everything the editor edits. `crisisTypeId` '' is every crisis type. The owner role and the
 * review interval are only edited when creating (the SOP page changes them afterwards).
 */
export type SopEditorDraft = {
  title: string;
  crisisTypeId: string;
  purpose: string;
  triggerCriteria: string;
  severityIds: string[];
  steps: StepDraft[];
  ownerRoleId: string;
  reviewIntervalText: string;
};

/**
 * The shape of a {@link SopEditorDraft}, for reading one back from storage: a draft written by
 * another app version, or damaged, fails this check and is dropped rather than half applied.
 */
export const sopEditorDraftSchema = z
  .object({
    title: z.string(),
    crisisTypeId: z.string(),
    purpose: z.string(),
    triggerCriteria: z.string(),
    severityIds: z.array(z.string()),
    steps: z.array(
      z
        .object({
          id: z.string().min(1),
          title: z.string(),
          ownerRoleId: z.string(),
          targetText: z.string(),
          checklist: z.array(z.object({ id: z.string().min(1), text: z.string() }).strict()),
          resourcesText: z.string(),
          notes: z.string(),
        })
        .strict(),
    ),
    ownerRoleId: z.string(),
    reviewIntervalText: z.string(),
  })
  .strict() satisfies z.ZodType<SopEditorDraft>;

/**
 * What is kept of an unsaved editor: the draft, when it was last written (`savedAt`, ms) and the
 * fingerprint of the SOP content it was started from (see {@link sopContentFingerprint}; null for
 * a new SOP). The fingerprint is of the content alone, so marking the SOP reviewed, changing its
 * owner or publishing it does not make the unsaved edit look outdated; only a save of other
 * content does.
 */
export const storedSopEditorDraftSchema = z
  .object({ basedOn: z.string().nullable(), savedAt: z.number(), draft: sopEditorDraftSchema })
  .strict();

/** A stored unsaved editor; see {@link storedSopEditorDraftSchema}. */
export type StoredSopEditorDraft = z.infer<typeof storedSopEditorDraftSchema>;

/** `value` as JSON with every object's keys sorted, so equal values give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A short fingerprint of an SOP's content: two 32-bit FNV-1a style hashes of its canonical JSON
 * (severity levels as a set, as `isSameSopContent` compares them) and its length. Equal
 * contents always agree; a different content agreeing by chance is vanishingly unlikely, and would
 * only offer a draft as current instead of as outdated.
 */
export function sopContentFingerprint(content: SopContent): string {
  const text = canonicalJson({ ...content, severityIds: [...content.severityIds].sort() });
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
  }
  const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
  return `${hex(first)}${hex(second)}:${text.length}`;
}

/** An empty step with the given id. */
export function newStepDraft(id: string): StepDraft {
  return {
    id,
    title: '',
    ownerRoleId: '',
    targetText: '',
    checklist: [],
    resourcesText: '',
    notes: '',
  };
}

/** The editor of a new SOP: one empty step and the default review interval. */
export function newSopEditorDraft(stepId: string): SopEditorDraft {
  return {
    title: '',
    crisisTypeId: '',
    purpose: '',
    triggerCriteria: '',
    severityIds: [],
    steps: [newStepDraft(stepId)],
    ownerRoleId: '',
    reviewIntervalText: String(defaultReviewIntervalDays),
  };
}

/** The editor's view of a stored step. */
function toStepDraft(step: SopStep): StepDraft {
  return {
    id: step.id,
    title: step.title,
    ownerRoleId: step.ownerRoleId ?? '',
    targetText: step.targetMinutes === null ? '' : String(step.targetMinutes),
    checklist: step.checklist.map(({ id, text }) => ({ id, text })),
    resourcesText: step.resources.join('\n'),
    notes: step.notes,
  };
}

/** The editor of an SOP's working draft (its owner and interval pass through unchanged). */
export function toSopEditorDraft(content: SopContent, settings: SopSettingsInput): SopEditorDraft {
  return {
    title: content.title,
    crisisTypeId: content.crisisTypeId ?? '',
    purpose: content.purpose,
    triggerCriteria: content.triggerCriteria,
    severityIds: [...content.severityIds],
    steps: content.steps.map(toStepDraft),
    ownerRoleId: settings.ownerRoleId ?? '',
    reviewIntervalText: String(settings.reviewIntervalDays),
  };
}

/**
 * A whole number typed in a field: null when blank, NaN when it cannot be read (the command then
 * refuses it beside its field). Full-width digits count, as a Chinese input method may type them.
 */
export function parseWholeNumberText(text: string): number | null {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') {
    return null;
  }
  return /^[+-]?\d+(?:\.\d+)?$/u.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Resources typed one per line; blank lines are not resources. */
export function parseResources(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The content the draft describes, for `createSop` / `saveSopDraft` to check and store. */
export function toSopContent(draft: SopEditorDraft): SopContent {
  return {
    title: draft.title,
    crisisTypeId: draft.crisisTypeId === '' ? null : draft.crisisTypeId,
    purpose: draft.purpose,
    triggerCriteria: draft.triggerCriteria,
    severityIds: [...draft.severityIds],
    steps: draft.steps.map((step) => ({
      id: step.id,
      title: step.title,
      ownerRoleId: step.ownerRoleId === '' ? null : step.ownerRoleId,
      targetMinutes: parseWholeNumberText(step.targetText),
      checklist: step.checklist.map(({ id, text }) => ({ id, text })),
      resources: parseResources(step.resourcesText),
      notes: step.notes,
    })),
  };
}

/** The owner and review interval of a new SOP (an unreadable interval is NaN, refused). */
export function toSopSettings(draft: SopEditorDraft): SopSettingsInput {
  return {
    ownerRoleId: draft.ownerRoleId === '' ? null : draft.ownerRoleId,
    reviewIntervalDays: parseWholeNumberText(draft.reviewIntervalText) ?? Number.NaN,
  };
}

/** A copy of `items` with the item at `index` moved one place up (-1) or down (1). */
export function withItemMoved<T>(items: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  const moving = items[index];
  const other = items[target];
  if (moving === undefined || other === undefined) {
    return [...items];
  }
  const next = [...items];
  next[target] = moving;
  next[index] = other;
  return next;
}

/** A copy of `items` with `item` put back at `index` (an Undo of a removal). */
export function withItemInserted<T>(items: readonly T[], index: number, item: T): T[] {
  const at = Math.min(Math.max(index, 0), items.length);
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** `severityIds` with `severityId` added or removed, in the order of `levelOrder`, others last. */
export function withSeverityToggled(
  severityIds: readonly string[],
  severityId: string,
  isChecked: boolean,
  levelOrder: readonly string[],
): string[] {
  const chosen = new Set(severityIds);
  if (isChecked) {
    chosen.add(severityId);
  } else {
    chosen.delete(severityId);
  }
  const known = levelOrder.filter((id) => chosen.has(id));
  return [...known, ...[...chosen].filter((id) => !levelOrder.includes(id))];
}

/**
 * The issues of a refused save with step and checklist positions replaced by their ids
 * (`content.steps.1.checklist.0.text` → `steps.<step id>.checklist.<item id>.text`), so each
 * stays with its step after the steps are moved; `content.` is dropped, any resource issue is the
 * resources field's, the list's own issue (no steps, too many) is `stepList` and the severity
 * levels' issues are `severityIds`. An unreadable target (NaN) is reported as out of range.
 */
export function placeSopIssues(issues: readonly FieldIssue[], draft: SopEditorDraft): FieldIssue[] {
  return issues.map((issue) => {
    const parts = issue.path.split('.');
    if (parts[0] !== 'content') {
      return issue;
    }
    const [, field, stepIndex, stepField, itemIndex, ...rest] = parts;
    if (field === 'severityIds') {
      return { path: 'severityIds', code: issue.code };
    }
    if (field !== 'steps') {
      return { path: parts.slice(1).join('.'), code: issue.code };
    }
    const step = stepIndex === undefined ? undefined : draft.steps[Number(stepIndex)];
    if (step === undefined) {
      return { path: 'stepList', code: issue.code };
    }
    const stepPath = `steps.${step.id}`;
    if (stepField === undefined) {
      return { path: stepPath, code: issue.code };
    }
    if (stepField === 'resources') {
      return { path: `${stepPath}.resources`, code: issue.code };
    }
    if (stepField === 'targetMinutes') {
      return { path: `${stepPath}.targetMinutes`, code: 'target-range' };
    }
    const item = itemIndex === undefined ? undefined : step.checklist[Number(itemIndex)];
    if (stepField === 'checklist' && item !== undefined) {
      return { path: [stepPath, 'checklist', item.id, ...rest].join('.'), code: issue.code };
    }
    return { path: [stepPath, stepField].join('.'), code: issue.code };
  });
}

/**
 * The placed issues still about something in the draft: an issue of a step or checklist item the
 * user has removed since is settled and no longer shown or counted.
 */
export function currentIssues(issues: readonly FieldIssue[], draft: SopEditorDraft): FieldIssue[] {
  return issues.filter((issue) => {
    const [head, stepId, stepField, itemId] = issue.path.split('.');
    if (head !== 'steps' || stepId === undefined) {
      return true;
    }
    const step = draft.steps.find(({ id }) => id === stepId);
    if (step === undefined) {
      return false;
    }
    return (
      stepField !== 'checklist' ||
      itemId === undefined ||
      step.checklist.some(({ id }) => id === itemId)
    );
  });
}

/** The paths the editor shows issues beside: everything else goes to the summary. */
export function placedIssuePaths(draft: SopEditorDraft): string[] {
  return [
    'title',
    'crisisTypeId',
    'purpose',
    'triggerCriteria',
    'severityIds',
    'ownerRoleId',
    'reviewIntervalDays',
    'stepList',
    ...draft.steps.flatMap((step) => [
      `steps.${step.id}.title`,
      `steps.${step.id}.ownerRoleId`,
      `steps.${step.id}.targetMinutes`,
      `steps.${step.id}.resources`,
      `steps.${step.id}.notes`,
      `steps.${step.id}.checklist`,
    ]),
  ];
}
