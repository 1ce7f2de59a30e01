import { format } from 'date-fns';
import { z } from 'zod';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import type { CrisisType } from '../../../../../shared/domain/crisisTypes';
import {
  detectionSources,
  incidentPriorities,
  incidentVisibilities,
} from '../../../../../shared/domain/incidents/incident';
import type {
  DetectionSource,
  IncidentInput,
  IncidentPriority,
  IncidentVisibility,
} from '../../../../../shared/domain/incidents/incident';

/**
 * What the declare form holds while it is being filled in: text as typed (times as
 * `datetime-local` values in the device's zone, tags as one comma-separated line) and the
 * proposals the user kept or changed. Converted to an {@link IncidentInput} on submit; kept in
 * local storage as it is typed so a reload in the middle of a crisis loses nothing.
 */
export type DeclareDraft = {
  title: string;
  /** '' while the crisis type is not known. */
  crisisTypeId: CrisisType | '';
  /** null until a level is chosen: the form shows its default level (SEV 2) checked. */
  severityId: string | null;
  priority: IncidentPriority;
  detectionSource: DetectionSource;
  detectionNote: string;
  /** `YYYY-MM-DDTHH:mm` in the device's zone. */
  detectedAtText: string;
  /**
   * True once the user typed a detection time; until then it is the time the form was opened,
   * which a restored draft refreshes instead of keeping an old "now".
   */
  isDetectedAtEdited: boolean;
  /** `YYYY-MM-DDTHH:mm` in the device's zone, or '' when unknown. */
  startedAtText: string;
  audienceIds: string[];
  tagsText: string;
  visibility: IncidentVisibility;
  isExercise: boolean;
  summary: string;
  declaredBy: string;
  /** Declare now (active), or only log it as detected. */
  isDeclaringNow: boolean;
  /** SOPs whose proposal the user ticked or unticked (by SOP id); others keep their default. */
  sopChoices: Record<string, boolean>;
  /** People the user chose per role (by role id; '' = nobody); others keep the proposal. */
  roleChoices: Record<string, string>;
};

/** The declare form as the browser's `datetime-local` input reads a moment. */
export function toLocalDateTimeText(at: number): string {
  return format(new Date(at), "yyyy-MM-dd'T'HH:mm");
}

/** A `datetime-local` value: date and time to the minute (seconds tolerated). */
const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/u;

/**
 * The moment a `datetime-local` value names in the device's zone, or null when it is not one or
 * names a time that does not exist there (30 February, or an hour skipped by a clock change).
 */
export function parseLocalDateTime(text: string): number | null {
  const match = localDateTimePattern.exec(text.trim());
  if (match === null) {
    return null;
  }
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined
  ) {
    return null;
  }
  const date = new Date(year, month - 1, day, hour, minute, second ?? 0);
  const isSameMoment =
    date.getFullYear() === year &&
    date.getMonth() === month - 1 &&
    date.getDate() === day &&
    date.getHours() === hour &&
    date.getMinutes() === minute;
  return isSameMoment ? date.getTime() : null;
}

/** Tags typed on one line, split at commas (also the Chinese `，` and `、`), trimmed, each once. */
export function splitTags(text: string): string[] {
  const tags = text
    .split(/[,，、]/u)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** A fresh declaration detected now (to the minute): every field at its default. */
export function emptyDeclareDraft(now: number, declaredBy: string): DeclareDraft {
  return {
    title: '',
    crisisTypeId: '',
    severityId: null,
    priority: 'p2',
    detectionSource: 'other',
    detectionNote: '',
    detectedAtText: toLocalDateTimeText(now),
    isDetectedAtEdited: false,
    startedAtText: '',
    audienceIds: [],
    tagsText: '',
    visibility: 'normal',
    isExercise: false,
    summary: '',
    declaredBy,
    isDeclaringNow: true,
    sopChoices: {},
    roleChoices: {},
  };
}

/**
 * A draft read back from local storage, as the form reopened at `now` starts from: a detection
 * time the user never typed was only "when the form was first opened", so it becomes now; one the
 * user typed is kept (the form then says it comes from the saved draft).
 */
export function restoreDeclareDraft(stored: DeclareDraft, now: number): DeclareDraft {
  return stored.isDetectedAtEdited
    ? stored
    : { ...stored, detectedAtText: toLocalDateTimeText(now) };
}

/**
 * The incident fields of a draft, once its times were read (`detectedAt`, `startedAt`) and its
 * severity resolved. Risks are linked from the incident page later.
 */
export function toIncidentInput(
  draft: DeclareDraft,
  times: { detectedAt: number; startedAt: number | null },
  severityId: string,
): IncidentInput {
  return {
    title: draft.title,
    crisisTypeId: draft.crisisTypeId === '' ? null : draft.crisisTypeId,
    severityId,
    priority: draft.priority,
    detectionSource: draft.detectionSource,
    detectionNote: draft.detectionNote,
    summary: draft.summary,
    startedAt: times.startedAt,
    detectedAt: times.detectedAt,
    affectedAudiences: draft.audienceIds,
    tags: splitTags(draft.tagsText),
    visibility: draft.visibility,
    riskIds: [],
    isExercise: draft.isExercise,
  };
}

/** Limits a stored draft's texts so a damaged or foreign entry cannot flood the form. */
const storedText = z.string().max(20_000);

/** A declare draft as read back from local storage (validated; anything else is dropped). */
export const storedDeclareDraftSchema = z.object({
  basedOn: z.null(),
  draft: z.object({
    title: storedText,
    crisisTypeId: z.union([z.enum(crisisTypes), z.literal('')]),
    severityId: z.string().max(40).nullable(),
    priority: z.enum(incidentPriorities),
    detectionSource: z.enum(detectionSources),
    detectionNote: storedText,
    detectedAtText: z.string().max(40),
    // A draft stored without it cannot tell: keep its time and warn rather than replace a typed one.
    isDetectedAtEdited: z.boolean().default(true),
    startedAtText: z.string().max(40),
    audienceIds: z.array(z.string().max(80)).max(100),
    tagsText: storedText,
    visibility: z.enum(incidentVisibilities),
    isExercise: z.boolean(),
    summary: storedText,
    declaredBy: z.string().max(200),
    isDeclaringNow: z.boolean(),
    sopChoices: z.record(z.string().max(80), z.boolean()),
    roleChoices: z.record(z.string().max(80), z.string().max(80)),
  }),
});
