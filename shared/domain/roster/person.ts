import { z } from 'zod';
import { isoDateSchema } from '../risks/risk';

/**
 * A member of the crisis team and the parts of their record, as zod schemas. Messages of the
 * refinements are codes the UI translates (`roster.validation.<code>`). Calendar dates
 * (qualification award and expiry) are `YYYY-MM-DD` days; availability windows are instants
 * (epoch milliseconds), because "away until Tuesday 09:00" means the same moment wherever the
 * crisis lead and the person are.
 */

/** Kinds of phone number, in the order the form offers them. */
export const phoneKinds = ['mobile', 'work', 'home', 'other'] as const;

/** One of {@link phoneKinds}. */
export type PhoneKind = (typeof phoneKinds)[number];

/** Kinds of email address. */
export const emailKinds = ['work', 'personal', 'other'] as const;

/** One of {@link emailKinds}. */
export type EmailKind = (typeof emailKinds)[number];

/** Messaging services a handle can belong to (the ones Chinese-speaking companies use first). */
export const messagingServices = [
  'line',
  'wechat',
  'wecom',
  'dingtalk',
  'feishu',
  'teams',
  'slack',
  'other',
] as const;

/** One of {@link messagingServices}. */
export type MessagingService = (typeof messagingServices)[number];

/**
 * A phone number as people write it: digits with an optional leading `+`, spaces, dots, dashes,
 * brackets, and an extension (`ext. 12`, `#12`, `轉12`). Full-width digits are accepted by the
 * form and folded to ASCII before validation ({@link normalizePhoneNumber}).
 */
const phoneNumberPattern =
  /^\+?\(?[0-9][0-9 ().-]{2,39}(?:\s*(?:ext\.?|x|#|轉|转|分機|分机)\s*[0-9]{1,8})?$/iu;

/** Longest phone text looked at: a stored number is at most 60 characters. */
const maxPhoneTextLength = 100;

/** Where an extension starts (`ext. 12`, `x12`, `#12`, `轉12`): no leading `\s*`, which backtracks. */
const extensionMarker = /ext\.?|x|#|轉|转|分機|分机/iu;

/** Folds full-width digits and symbols to ASCII and trims, so `０９１２－３４５` validates. */
export function normalizePhoneNumber(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .trim();
}

/**
 * The number to dial for a `tel:` link: the leading `+` and the digits before any extension
 * (`+886 2 1234-5678 ext. 12` → `+886212345678`), without the trunk `(0)` of international forms
 * (`+44 (0)20 7946 0000` → `+442079460000`). Empty when there are fewer than three digits or the
 * text is far longer than a phone number.
 */
export function dialableNumber(number: string): string {
  // Longer than any valid number: refused before a pattern runs over untrusted text.
  if (number.length > maxPhoneTextLength) {
    return '';
  }
  const normalized = normalizePhoneNumber(number);
  const markerAt = normalized.search(extensionMarker);
  let main = (markerAt === -1 ? normalized : normalized.slice(0, markerAt)).trim();
  if (main.startsWith('+')) {
    // "+44 (0)20 …": the bracketed trunk 0 is dialled only from inside the country.
    main = main.replace(/\(\s*0\s*\)/gu, '');
  }
  const digits = main.replace(/[^0-9]/gu, '');
  if (digits.length < 3) {
    return '';
  }
  return `${main.startsWith('+') ? '+' : ''}${digits}`;
}

/** One phone number of a person. */
export const phoneSchema = z
  .object({
    kind: z.enum(phoneKinds),
    number: z
      .string()
      .transform(normalizePhoneNumber)
      .pipe(
        z.string().min(1, 'required').max(60, 'too-long').regex(phoneNumberPattern, 'phone-format'),
      ),
  })
  .strict();

/** One phone number. */
export type Phone = z.output<typeof phoneSchema>;

/** One email address of a person (the same plain form the external-link opener accepts). */
export const emailSchema = z
  .object({
    kind: z.enum(emailKinds),
    address: z
      .string()
      .trim()
      .min(1, 'required')
      .max(254, 'too-long')
      .regex(
        /^[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u,
        'email-format',
      ),
  })
  .strict();

/** One email address. */
export type Email = z.output<typeof emailSchema>;

/** One messaging handle; `label` names the service when it is `other` (e.g. "Signal"). */
export const messagingHandleSchema = z
  .object({
    service: z.enum(messagingServices),
    handle: z.string().trim().min(1, 'required').max(120, 'too-long'),
    label: z.string().trim().max(40, 'too-long'),
  })
  .strict();

/** One messaging handle. */
export type MessagingHandle = z.output<typeof messagingHandleSchema>;

/** True when `zone` is an IANA time zone this runtime knows (`Asia/Taipei`, `UTC`). */
export function isKnownTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name. */
export const timeZoneSchema = z.string().trim().refine(isKnownTimeZone, 'time-zone');

/** A local time of day, `HH:mm` (00:00 … 23:59). */
export const timeOfDaySchema = z
  .string()
  .regex(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/u, 'time-format');

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The hours a person normally works, in their own time zone. `start` after `end` means the hours
 * cross midnight (a night shift, 22:00–06:00, belongs to the day it starts on). With
 * `callableOutsideHours` the person may still be called outside them in a crisis; without it, they
 * count as unavailable outside them.
 */
export const workingHoursSchema = z
  .object({
    days: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'required')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'duplicate-day'),
    start: timeOfDaySchema,
    end: timeOfDaySchema,
    callableOutsideHours: z.boolean(),
  })
  .strict()
  .refine((hours) => hours.start !== hours.end, { message: 'empty-hours', path: ['end'] });

/** See {@link workingHoursSchema}. */
export type WorkingHours = z.output<typeof workingHoursSchema>;

/** Why a person is away. */
export const absenceReasons = ['leave', 'travel', 'sick', 'unreachable', 'other'] as const;

/** One of {@link absenceReasons}. */
export type AbsenceReason = (typeof absenceReasons)[number];

/**
 * A time a person cannot be reached (out of office, on a flight, marked unavailable during a
 * crisis): from `start` up to, not including, `end`; `end` null means until someone marks them
 * available again. Epoch milliseconds.
 */
export const absenceSchema = z
  .object({
    id: z.string().min(1).max(64),
    start: z.number().int().min(0),
    end: z.number().int().min(0).nullable(),
    reason: z.enum(absenceReasons),
    note: z.string().trim().max(500, 'too-long'),
  })
  .strict()
  .refine((absence) => absence.end === null || absence.end > absence.start, {
    message: 'end-before-start',
    path: ['end'],
  });

/** See {@link absenceSchema}. */
export type Absence = z.output<typeof absenceSchema>;

/** Most absences one person keeps (ended ones are pruned after 90 days when new ones come). */
export const maxAbsences = 200;

/** A person's availability: working hours (null = any time) and times away. */
export const availabilitySchema = z
  .object({
    workingHours: workingHoursSchema.nullable(),
    absences: z.array(absenceSchema).max(maxAbsences, 'too-many'),
  })
  .strict();

/** See {@link availabilitySchema}. */
export type Availability = z.output<typeof availabilitySchema>;

/**
 * A qualification a person holds: its type (a built-in or custom qualification type id), when it
 * was awarded and when it expires (null = does not expire). It counts as expired from the expiry
 * day on, like a risk acceptance.
 */
export const heldQualificationSchema = z
  .object({
    id: z.string().min(1).max(64),
    typeId: z.string().min(1).max(80),
    awardedOn: isoDateSchema.nullable(),
    expiresOn: isoDateSchema.nullable(),
    note: z.string().trim().max(500, 'too-long'),
  })
  .strict()
  .refine(
    (qualification) =>
      qualification.awardedOn === null ||
      qualification.expiresOn === null ||
      qualification.expiresOn > qualification.awardedOn,
    { message: 'expiry-before-award', path: ['expiresOn'] },
  );

/** See {@link heldQualificationSchema}. */
export type HeldQualification = z.output<typeof heldQualificationSchema>;

/** Everything a user enters about a person (what the form and the importers produce). */
export const personInputSchema = z
  .object({
    name: z.string().trim().min(1, 'required').max(200, 'too-long'),
    /** Another form of the name: an English name, a romanisation, a nickname colleagues use. */
    otherName: z.string().trim().max(200, 'too-long'),
    title: z.string().trim().max(200, 'too-long'),
    department: z.string().trim().max(200, 'too-long'),
    phones: z.array(phoneSchema).max(10, 'too-many'),
    emails: z.array(emailSchema).max(10, 'too-many'),
    messaging: z.array(messagingHandleSchema).max(20, 'too-many'),
    timeZone: timeZoneSchema,
    availability: availabilitySchema,
    qualifications: z.array(heldQualificationSchema).max(50, 'too-many'),
    notes: z.string().trim().max(5000, 'too-long'),
  })
  .strict();

/** What a user enters about a person. */
export type PersonInput = z.output<typeof personInputSchema>;

/** A stored person: the input plus identity and times (epoch ms). */
export type Person = PersonInput & { id: string; createdAt: number; updatedAt: number };

/** An empty person in `timeZone` (the device's zone when the form opens). */
export function emptyPersonInput(timeZone: string): PersonInput {
  return {
    name: '',
    otherName: '',
    title: '',
    department: '',
    phones: [],
    emails: [],
    messaging: [],
    timeZone,
    availability: { workingHours: null, absences: [] },
    qualifications: [],
    notes: '',
  };
}

/**
 * How private each field of a person is, so exports can redact by class:
 * - `identity`: who they are at work (name, title, department, time zone), kept in reports for
 *   stakeholders that name the crisis team;
 * - `contact`: how to reach them (phones, emails, messaging), left out of every external document;
 * - `private`: about them (availability and absences, qualifications, notes), internal only.
 * The `Record` over every key makes a new field fail to compile until it is classified.
 */
export const personFieldPrivacy = {
  name: 'identity',
  otherName: 'identity',
  title: 'identity',
  department: 'identity',
  timeZone: 'identity',
  phones: 'contact',
  emails: 'contact',
  messaging: 'contact',
  availability: 'private',
  qualifications: 'private',
  notes: 'private',
} as const satisfies Record<keyof PersonInput, 'identity' | 'contact' | 'private'>;

/** A privacy class of {@link personFieldPrivacy}. */
export type PersonalDataClass = (typeof personFieldPrivacy)[keyof PersonInput];

/** The fields of a person that are personal data beyond their work identity. */
export const personalDataFields = (Object.keys(personFieldPrivacy) as (keyof PersonInput)[]).filter(
  (field) => personFieldPrivacy[field] !== 'identity',
);

/**
 * A person with every personal-data field emptied (contact details, availability, qualifications,
 * notes), for documents that leave the company. Identity fields stay.
 */
export function redactPerson<T extends PersonInput>(person: T): T {
  const empty = emptyPersonInput(person.timeZone);
  return Object.assign(
    { ...person },
    Object.fromEntries(personalDataFields.map((field) => [field, empty[field]])),
  );
}
