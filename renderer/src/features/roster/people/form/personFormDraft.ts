import { format } from 'date-fns';
import { z } from 'zod';
import {
  absenceReasons,
  emailKinds,
  messagingServices,
  phoneKinds,
} from '../../../../../../shared/domain/roster/person';
import type {
  AbsenceReason,
  EmailKind,
  MessagingService,
  PersonInput,
  PhoneKind,
} from '../../../../../../shared/domain/roster/person';
import type { FieldIssue } from '../../../../lib/commandResult';

/**
 * The person form's state: every field as typed (times away as the text of their date-time
 * fields, dates as `YYYY-MM-DD` or ''), so nothing typed is lost when a save is refused, plus the
 * working hours kept while "no set hours" is chosen, so switching back does not lose them.
 */

/** One phone row; `rowId` only keeps React's rows apart. */
export type PhoneDraft = { rowId: string; kind: PhoneKind; number: string };

/** One email row. */
export type EmailDraft = { rowId: string; kind: EmailKind; address: string };

/** One messaging row; `label` is kept while another service is chosen and saved only for `other`. */
export type MessagingDraft = {
  rowId: string;
  service: MessagingService;
  handle: string;
  label: string;
};

/** Working hours as the form edits them (`HH:mm` or '' from the time fields). */
export type WorkingHoursDraft = {
  days: number[];
  start: string;
  end: string;
  callableOutsideHours: boolean;
};

/** One time away: `start`/`end` as `<input type="datetime-local">` text in the device's zone. */
export type AbsenceDraft = {
  id: string;
  start: string;
  end: string;
  reason: AbsenceReason;
  note: string;
};

/** One held qualification; '' for a date not set and for a type not chosen yet. */
export type QualificationDraft = {
  id: string;
  typeId: string;
  awardedOn: string;
  expiresOn: string;
  note: string;
};

/** Everything the person form edits. */
export type PersonDraft = {
  name: string;
  otherName: string;
  title: string;
  department: string;
  phones: PhoneDraft[];
  emails: EmailDraft[];
  messaging: MessagingDraft[];
  timeZone: string;
  hasWorkingHours: boolean;
  workingHours: WorkingHoursDraft;
  absences: AbsenceDraft[];
  qualifications: QualificationDraft[];
  notes: string;
};

/** The lists of the form that grow and shrink, by their path in the input. */
export type PersonListPath =
  'phones' | 'emails' | 'messaging' | 'availability.absences' | 'qualifications';

/**
 * How many rows each list may have: the limits of `personInputSchema` (person.ts), so the form
 * stops offering "Add" where a save would be refused.
 */
export const maxRows = {
  phones: 10,
  emails: 10,
  messaging: 20,
  'availability.absences': 200,
  qualifications: 50,
} as const satisfies Record<PersonListPath, number>;

/**
 * The shape of a {@link PersonDraft}, for reading one back from storage: a draft written by
 * another app version, or damaged, fails this check and is dropped rather than half applied.
 */
export const personDraftSchema = z
  .object({
    name: z.string(),
    otherName: z.string(),
    title: z.string(),
    department: z.string(),
    phones: z.array(
      z.object({ rowId: z.string(), kind: z.enum(phoneKinds), number: z.string() }).strict(),
    ),
    emails: z.array(
      z.object({ rowId: z.string(), kind: z.enum(emailKinds), address: z.string() }).strict(),
    ),
    messaging: z.array(
      z
        .object({
          rowId: z.string(),
          service: z.enum(messagingServices),
          handle: z.string(),
          label: z.string(),
        })
        .strict(),
    ),
    timeZone: z.string(),
    hasWorkingHours: z.boolean(),
    workingHours: z
      .object({
        days: z.array(z.number().int().min(1).max(7)),
        start: z.string(),
        end: z.string(),
        callableOutsideHours: z.boolean(),
      })
      .strict(),
    absences: z.array(
      z
        .object({
          id: z.string(),
          start: z.string(),
          end: z.string(),
          reason: z.enum(absenceReasons),
          note: z.string(),
        })
        .strict(),
    ),
    qualifications: z.array(
      z
        .object({
          id: z.string(),
          typeId: z.string(),
          awardedOn: z.string(),
          expiresOn: z.string(),
          note: z.string(),
        })
        .strict(),
    ),
    notes: z.string(),
  })
  .strict() satisfies z.ZodType<PersonDraft>;

/**
 * What is kept of an unsaved person form: the draft and the `updatedAt` of the person it edits
 * (null for a new person), so a draft is not restored over a person who changed since.
 */
export const storedPersonDraftSchema = z
  .object({ basedOn: z.number().nullable(), draft: personDraftSchema })
  .strict();

/** The working hours a form starts from when hours are switched on: weekdays, nine to six. */
const defaultWorkingHours: WorkingHoursDraft = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '18:00',
  // Counting someone unreachable outside office hours is the consequential choice: made on purpose.
  callableOutsideHours: true,
};

/** The pattern of `<input type="datetime-local">` values this form writes (minutes). */
const localDateTimePattern = "yyyy-MM-dd'T'HH:mm";

/** An instant as the text of a date-time field in the device's time zone (`2026-03-02T09:30`). */
export function toLocalDateTimeText(instant: number): string {
  return format(instant, localDateTimePattern);
}

/**
 * The instant a date-time field's text names in the device's time zone, or null when it is not a
 * complete date and time (or is before 1970, which no absence can be).
 */
export function parseLocalDateTimeText(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/u.exec(
    text.trim(),
  );
  if (match === null) {
    return null;
  }
  const [year, month, day, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hours === undefined ||
    minutes === undefined ||
    seconds === undefined ||
    year < 1970
  ) {
    return null;
  }
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  // Reject 2026-02-31 and 25:00 rather than rolling them over into another day.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return null;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) {
    return null;
  }
  return date.getTime();
}

/** A new row id for a list row that has no id of its own. */
function newRowId(): string {
  return crypto.randomUUID();
}

/** The draft of a person's input, as the form opens with it. */
export function toPersonDraft(input: PersonInput): PersonDraft {
  const hours = input.availability.workingHours;
  return {
    name: input.name,
    otherName: input.otherName,
    title: input.title,
    department: input.department,
    phones: input.phones.map((phone) => ({ rowId: newRowId(), ...phone })),
    emails: input.emails.map((email) => ({ rowId: newRowId(), ...email })),
    messaging: input.messaging.map((handle) => ({ rowId: newRowId(), ...handle })),
    timeZone: input.timeZone,
    hasWorkingHours: hours !== null,
    workingHours: hours === null ? defaultWorkingHours : { ...hours, days: [...hours.days] },
    absences: input.availability.absences.map((absence) => ({
      id: absence.id,
      start: toLocalDateTimeText(absence.start),
      end: absence.end === null ? '' : toLocalDateTimeText(absence.end),
      reason: absence.reason,
      note: absence.note,
    })),
    qualifications: input.qualifications.map((qualification) => ({
      id: qualification.id,
      typeId: qualification.typeId,
      awardedOn: qualification.awardedOn ?? '',
      expiresOn: qualification.expiresOn ?? '',
      note: qualification.note,
    })),
    notes: input.notes,
  };
}

/**
 * The instant of a date-time field: the stored one while its text is unchanged (so an absence
 * marked at 09:30:42 keeps its seconds through an edit), else the typed one; NaN when the text
 * cannot be read, which the command refuses beside the field.
 */
function instantOf(text: string, stored: number | null | undefined): number {
  if (stored !== undefined && stored !== null && toLocalDateTimeText(stored) === text) {
    return stored;
  }
  return parseLocalDateTimeText(text) ?? Number.NaN;
}

/**
 * The input the draft describes. `base` is the person's input as the form opened, so times away
 * whose fields were not touched keep their exact stored instants.
 */
export function toPersonInput(draft: PersonDraft, base: PersonInput): PersonInput {
  const storedAbsences = new Map(
    base.availability.absences.map((absence) => [absence.id, absence]),
  );
  return {
    name: draft.name,
    otherName: draft.otherName,
    title: draft.title,
    department: draft.department,
    phones: draft.phones.map(({ kind, number }) => ({ kind, number })),
    emails: draft.emails.map(({ kind, address }) => ({ kind, address })),
    messaging: draft.messaging.map(({ service, handle, label }) => ({
      service,
      handle,
      label: service === 'other' ? label : '',
    })),
    timeZone: draft.timeZone,
    availability: {
      workingHours: draft.hasWorkingHours
        ? {
            ...draft.workingHours,
            days: [...draft.workingHours.days].sort((left, right) => left - right),
          }
        : null,
      absences: draft.absences.map((absence) => {
        const stored = storedAbsences.get(absence.id);
        return {
          id: absence.id,
          start: instantOf(absence.start, stored?.start),
          end: absence.end.trim() === '' ? null : instantOf(absence.end, stored?.end),
          reason: absence.reason,
          note: absence.note,
        };
      }),
    },
    qualifications: draft.qualifications.map((qualification) => ({
      id: qualification.id,
      typeId: qualification.typeId,
      awardedOn: qualification.awardedOn === '' ? null : qualification.awardedOn,
      expiresOn: qualification.expiresOn === '' ? null : qualification.expiresOn,
      note: qualification.note,
    })),
    notes: draft.notes,
  };
}

/**
 * Issues of date-time fields the form cannot read, found before saving: an empty start is
 * required, text that is not a date and time is invalid. (An empty end is allowed: until marked
 * available.)
 */
export function unreadableTimeIssues(draft: PersonDraft): FieldIssue[] {
  return draft.absences.flatMap((absence, index) => {
    const path = `availability.absences.${index}`;
    const issues: FieldIssue[] = [];
    if (absence.start.trim() === '') {
      issues.push({ path: `${path}.start`, code: 'required' });
    } else if (parseLocalDateTimeText(absence.start) === null) {
      issues.push({ path: `${path}.start`, code: 'invalid' });
    }
    if (absence.end.trim() !== '' && parseLocalDateTimeText(absence.end) === null) {
      issues.push({ path: `${path}.end`, code: 'invalid' });
    }
    return issues;
  });
}

/** An empty phone row (a mobile first: the number a crisis lead tries first). */
export function newPhoneDraft(): PhoneDraft {
  return { rowId: newRowId(), kind: 'mobile', number: '' };
}

/** An empty email row. */
export function newEmailDraft(): EmailDraft {
  return { rowId: newRowId(), kind: 'work', address: '' };
}

/** An empty messaging row (LINE first: the app most Taiwanese teams use). */
export function newMessagingDraft(): MessagingDraft {
  return { rowId: newRowId(), service: 'line', handle: '', label: '' };
}

/** A time away starting at `now`, with no end yet. */
export function newAbsenceDraft(now: number): AbsenceDraft {
  return {
    id: crypto.randomUUID(),
    start: toLocalDateTimeText(now),
    end: '',
    reason: 'leave',
    note: '',
  };
}

/** An empty qualification row with no type chosen yet. */
export function newQualificationDraft(): QualificationDraft {
  return { id: crypto.randomUUID(), typeId: '', awardedOn: '', expiresOn: '', note: '' };
}

/**
 * The paths of every field the form shows an issue beside, for this draft; an issue at any other
 * path (a whole list, a storage failure) goes to the summary at the top instead.
 */
export function placedIssuePaths(draft: PersonDraft): string[] {
  const rows = (list: string, count: number, fields: readonly string[]) =>
    Array.from({ length: count }, (_, index) =>
      fields.map((field) => `${list}.${index}.${field}`),
    ).flat();
  const hours = draft.hasWorkingHours
    ? [
        'availability.workingHours.days',
        'availability.workingHours.start',
        'availability.workingHours.end',
      ]
    : [];
  return [
    'name',
    'otherName',
    'title',
    'department',
    ...rows('phones', draft.phones.length, ['kind', 'number']),
    ...rows('emails', draft.emails.length, ['kind', 'address']),
    ...draft.messaging.flatMap(({ service }, index) =>
      (service === 'other' ? ['service', 'handle', 'label'] : ['service', 'handle']).map(
        (field) => `messaging.${index}.${field}`,
      ),
    ),
    'timeZone',
    ...hours,
    ...rows('availability.absences', draft.absences.length, ['start', 'end', 'reason', 'note']),
    ...rows('qualifications', draft.qualifications.length, [
      'typeId',
      'awardedOn',
      'expiresOn',
      'note',
    ]),
    'notes',
  ];
}

/**
 * The issues still meaningful after row `index` of `list` was removed: the row's own go, and
 * those of later rows move up one, so each message stays beside the field it is about.
 */
export function issuesWithoutRow(
  issues: readonly FieldIssue[],
  list: PersonListPath,
  index: number,
): FieldIssue[] {
  const prefix = `${list}.`;
  return issues.flatMap((issue) => {
    if (!issue.path.startsWith(prefix)) {
      return [issue];
    }
    const [rowText, ...rest] = issue.path.slice(prefix.length).split('.');
    const row = Number(rowText);
    if (!Number.isInteger(row) || row < index) {
      return [issue];
    }
    if (row === index) {
      return [];
    }
    return [{ ...issue, path: [`${list}.${row - 1}`, ...rest].join('.') }];
  });
}
