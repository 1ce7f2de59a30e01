import { format } from 'date-fns';
import { z } from 'zod';
import {
  detectionSources,
  incidentPriorities,
  incidentVisibilities,
} from '../../../../../shared/domain/incidents/incident';
import type { Incident, IncidentInput } from '../../../../../shared/domain/incidents/incident';
import type { FieldIssue } from '../../../lib/commandResult';

/**
 * The "Edit facts" form's draft: the incident's fields as typed (times as local date-time text,
 * tags as one comma-separated line), so nothing typed is lost when a save is refused, and the
 * conversions to and from the stored input.
 */

/** The facts as the form holds them. */
export const factsDraftSchema = z
  .object({
    title: z.string(),
    /** A crisis type id, or '' when not known yet. */
    crisisTypeId: z.string(),
    severityId: z.string(),
    priority: z.enum(incidentPriorities),
    detectionSource: z.enum(detectionSources),
    detectionNote: z.string(),
    summary: z.string(),
    /** `YYYY-MM-DDTHH:mm` in this device's time zone, or '' when unknown. */
    startedAtText: z.string(),
    /** `YYYY-MM-DDTHH:mm` in this device's time zone. */
    detectedAtText: z.string(),
    affectedAudiences: z.array(z.string()),
    tagsText: z.string(),
    visibility: z.enum(incidentVisibilities),
    riskIds: z.array(z.string()),
    isExercise: z.boolean(),
  })
  .strict();

/** See {@link factsDraftSchema}. */
export type FactsDraft = z.output<typeof factsDraftSchema>;

/** A draft as kept in local storage, with the `updatedAt` of the incident it was made from. */
export const storedFactsDraftSchema = z.object({
  basedOn: z.number().nullable(),
  draft: factsDraftSchema,
});

/** A moment as the text of an `<input type="datetime-local">` in this device's time zone. */
export function localDateTimeText(at: number): string {
  return format(at, "yyyy-MM-dd'T'HH:mm");
}

/** Pattern of a local date-time as `datetime-local` inputs give it. */
const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u;

/**
 * The moment of a local date-time text (`YYYY-MM-DDTHH:mm`, this device's time zone), or null
 * when it is not one or names a day that does not exist (31 April rolls over in `Date`).
 */
export function parseLocalDateTime(text: string): number | null {
  const match = localDateTimePattern.exec(text.trim());
  if (match === null) {
    return null;
  }
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined
  ) {
    return null;
  }
  const date = new Date(year, month - 1, day, hour, minute);
  const isSameMoment =
    date.getFullYear() === year &&
    date.getMonth() === month - 1 &&
    date.getDate() === day &&
    date.getHours() === hour &&
    date.getMinutes() === minute;
  return isSameMoment ? date.getTime() : null;
}

/** Separators people type between tags: commas (Latin and full-width) and the ideographic 、. */
const tagSeparator = /[,，、]/u;

/** The tags of a comma-separated line, trimmed, blanks dropped, each once. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(tagSeparator)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** The input of a stored incident (its editable fields only). */
export function incidentInputOf(incident: Incident): IncidentInput {
  return {
    title: incident.title,
    crisisTypeId: incident.crisisTypeId,
    severityId: incident.severityId,
    priority: incident.priority,
    detectionSource: incident.detectionSource,
    detectionNote: incident.detectionNote,
    summary: incident.summary,
    startedAt: incident.startedAt,
    detectedAt: incident.detectedAt,
    affectedAudiences: incident.affectedAudiences,
    tags: incident.tags,
    visibility: incident.visibility,
    riskIds: incident.riskIds,
    isExercise: incident.isExercise,
  };
}

/** The form's draft of an incident's facts. */
export function toFactsDraft(input: IncidentInput): FactsDraft {
  return {
    title: input.title,
    crisisTypeId: input.crisisTypeId ?? '',
    severityId: input.severityId,
    priority: input.priority,
    detectionSource: input.detectionSource,
    detectionNote: input.detectionNote,
    summary: input.summary,
    startedAtText: input.startedAt === null ? '' : localDateTimeText(input.startedAt),
    detectedAtText: localDateTimeText(input.detectedAt),
    affectedAudiences: [...input.affectedAudiences],
    tagsText: input.tags.join(', '),
    visibility: input.visibility,
    riskIds: [...input.riskIds],
    isExercise: input.isExercise,
  };
}

/**
 * The moment of a time field: the original moment when its text was left as shown (a minute-only
 * input must not drop the seconds of a time recorded by the app), else the typed one.
 */
function readTime(text: string, original: number | null): number | null {
  if (original !== null && text === localDateTimeText(original)) {
    return original;
  }
  return parseLocalDateTime(text);
}

/**
 * The input a draft stands for, or the issues of the time fields that cannot be read (a blank
 * detection time is `required`, an unreadable one `invalid-date`); the shared schema checks the
 * rest when the command runs.
 */
export function toIncidentInput(
  draft: FactsDraft,
  original: IncidentInput,
): { ok: true; value: IncidentInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const detectedAt =
    draft.detectedAtText.trim() === '' ? null : readTime(draft.detectedAtText, original.detectedAt);
  if (detectedAt === null) {
    issues.push({
      path: 'detectedAt',
      code: draft.detectedAtText.trim() === '' ? 'required' : 'invalid-date',
    });
  }
  const startedAt =
    draft.startedAtText.trim() === '' ? null : readTime(draft.startedAtText, original.startedAt);
  if (draft.startedAtText.trim() !== '' && startedAt === null) {
    issues.push({ path: 'startedAt', code: 'invalid-date' });
  }
  if (detectedAt === null || issues.length > 0) {
    return { ok: false, issues };
  }
  return {
    ok: true,
    value: {
      title: draft.title,
      crisisTypeId: draft.crisisTypeId === '' ? null : draft.crisisTypeId,
      severityId: draft.severityId,
      priority: draft.priority,
      detectionSource: draft.detectionSource,
      detectionNote: draft.detectionNote,
      summary: draft.summary,
      startedAt,
      detectedAt,
      affectedAudiences: draft.affectedAudiences,
      tags: parseTags(draft.tagsText),
      visibility: draft.visibility,
      riskIds: draft.riskIds,
      isExercise: draft.isExercise,
    },
  };
}

/** The fields of an incident's input, in the order a change summary lists them. */
export const factFields = [
  'title',
  'severityId',
  'priority',
  'crisisTypeId',
  'visibility',
  'isExercise',
  'detectionSource',
  'detectionNote',
  'summary',
  'startedAt',
  'detectedAt',
  'affectedAudiences',
  'tags',
  'riskIds',
] as const satisfies readonly (keyof IncidentInput)[];

/** One of {@link factFields}. */
export type FactField = (typeof factFields)[number];

/** Whether two values of a field are the same (lists compare in order, as stored). */
function isSameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * The fields whose values differ between two versions of an incident's facts, in
 * {@link factFields} order. Text is compared trimmed, as the schema stores it.
 */
export function changedFactFields(before: IncidentInput, after: IncidentInput): FactField[] {
  return factFields.filter((field) => {
    const left = before[field];
    const right = after[field];
    if (typeof left === 'string' && typeof right === 'string') {
      return left.trim() !== right.trim();
    }
    return !isSameValue(left, right);
  });
}
