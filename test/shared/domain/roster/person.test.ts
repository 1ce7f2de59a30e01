import { describe, expect, it } from 'vitest';
import {
  absenceSchema,
  dialableNumber,
  emailSchema,
  emptyPersonInput,
  heldQualificationSchema,
  isKnownTimeZone,
  normalizePhoneNumber,
  personalDataFields,
  personFieldPrivacy,
  personInputSchema,
  phoneSchema,
  redactPerson,
  workingHoursSchema,
} from '../../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../../shared/domain/roster/person';

/** A valid person input named 王小明 in Taipei, with `overrides` applied. */
function personInput(overrides: Partial<PersonInput> = {}): PersonInput {
  return { ...emptyPersonInput('Asia/Taipei'), name: '王小明', ...overrides };
}

/** The issues of parsing `value` with the person schema, as `path: message` strings. */
function personIssues(value: unknown): string[] {
  const result = personInputSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** The parsed number of a phone entry, or the issue messages when it is refused. */
function parsePhone(number: string): string | string[] {
  const result = phoneSchema.safeParse({ kind: 'mobile', number });
  return result.success ? result.data.number : result.error.issues.map((issue) => issue.message);
}

describe('personInputSchema', () => {
  it('accepts a minimal person and trims the name', () => {
    const result = personInputSchema.safeParse(personInput({ name: '  王小明  ' }));
    expect(result.success).toBe(true);
    expect(result.data?.name).toBe('王小明');
  });

  it('requires a name that is more than spaces', () => {
    expect(personIssues(personInput({ name: '   ' }))).toEqual(['name: required']);
    expect(personIssues(personInput({ name: '' }))).toEqual(['name: required']);
  });

  it('refuses fields beyond their limits', () => {
    expect(personIssues(personInput({ name: 'x'.repeat(201) }))).toEqual(['name: too-long']);
    expect(personIssues(personInput({ name: 'x'.repeat(200) }))).toEqual([]);
    expect(personIssues(personInput({ notes: 'x'.repeat(5001) }))).toEqual(['notes: too-long']);
    const phones = Array.from({ length: 11 }, () => ({
      kind: 'work' as const,
      number: '0227123456',
    }));
    expect(personIssues(personInput({ phones }))).toEqual(['phones: too-many']);
    expect(personIssues(personInput({ phones: phones.slice(1) }))).toEqual([]);
    const absences = Array.from({ length: 201 }, (_, index) => ({
      id: `absence-${index}`,
      start: index * 10,
      end: index * 10 + 5,
      reason: 'leave' as const,
      note: '',
    }));
    expect(personIssues(personInput({ availability: { workingHours: null, absences } }))).toEqual([
      'availability.absences: too-many',
    ]);
  });

  it('refuses fields it does not know', () => {
    expect(personIssues({ ...personInput(), nickname: 'Ming' })).toHaveLength(1);
  });

  it('refuses a time zone this runtime does not know', () => {
    expect(personIssues(personInput({ timeZone: 'Mars/Olympus_Mons' }))).toEqual([
      'timeZone: time-zone',
    ]);
    expect(personIssues(personInput({ timeZone: '' }))).toEqual(['timeZone: time-zone']);
    expect(personIssues(personInput({ timeZone: 'Europe/London' }))).toEqual([]);
    expect(personIssues(personInput({ timeZone: 'UTC' }))).toEqual([]);
  });

  it('reports nested problems at their dotted path', () => {
    const issues = personIssues(
      personInput({
        phones: [
          { kind: 'mobile', number: '0912 345 678' },
          { kind: 'work', number: 'call reception' },
        ],
        emails: [{ kind: 'work', address: 'ming@example' }],
      }),
    );
    expect(issues).toEqual(['phones.1.number: phone-format', 'emails.0.address: email-format']);
  });
});

describe('isKnownTimeZone', () => {
  it('knows IANA zones and refuses made-up, empty and overlong names', () => {
    expect(isKnownTimeZone('Asia/Taipei')).toBe(true);
    expect(isKnownTimeZone('Asia/Shanghai')).toBe(true);
    expect(isKnownTimeZone('America/New_York')).toBe(true);
    expect(isKnownTimeZone('Asia/Taipeii')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(isKnownTimeZone(`Asia/${'x'.repeat(64)}`)).toBe(false);
  });
});

describe('phone numbers', () => {
  it('accepts the ways people write numbers, with extensions', () => {
    expect(parsePhone('+886 2 2712-3456')).toBe('+886 2 2712-3456');
    expect(parsePhone('(02) 2712-3456 轉12')).toBe('(02) 2712-3456 轉12');
    expect(parsePhone('(010) 6552-9988 转 305')).toBe('(010) 6552-9988 转 305');
    expect(parsePhone('02-2712-3456 分機 88')).toBe('02-2712-3456 分機 88');
    expect(parsePhone('+1 212.555.0100 ext. 3')).toBe('+1 212.555.0100 ext. 3');
    expect(parsePhone('+44 20 7946 0958 x204')).toBe('+44 20 7946 0958 x204');
    expect(parsePhone('0912345678#9')).toBe('0912345678#9');
  });

  it('folds full-width digits and dashes to ASCII before checking', () => {
    expect(normalizePhoneNumber(' ０９１２－３４５－６７８ ')).toBe('0912-345-678');
    expect(normalizePhoneNumber('＋８８６ ２ ２７１２‐３４５６')).toBe('+886 2 2712-3456');
    expect(parsePhone('０９１２－３４５－６７８')).toBe('0912-345-678');
    expect(parsePhone('（０２）２７１２－３４５６ 轉１２')).toBe('(02)2712-3456 轉12');
  });

  it('refuses text that is not a number', () => {
    expect(parsePhone('')).toEqual(['required', 'phone-format']);
    expect(parsePhone('call reception')).toEqual(['phone-format']);
    expect(parsePhone('12')).toEqual(['phone-format']);
    expect(parsePhone('+886 2 2712 3456 ext.')).toEqual(['phone-format']);
    expect(parsePhone('0800-FLOWERS')).toEqual(['phone-format']);
    expect(parsePhone('1'.repeat(61))).toEqual(['too-long', 'phone-format']);
  });

  it('dials the leading plus and the digits before the extension', () => {
    expect(dialableNumber('+886 2 1234-5678 ext. 12')).toBe('+886212345678');
    expect(dialableNumber('(02) 2712-3456 轉12')).toBe('0227123456');
    expect(dialableNumber('０９１２－３４５－６７８')).toBe('0912345678');
    expect(dialableNumber('+44 20 7946 0958 x204')).toBe('+442079460958');
    expect(dialableNumber('0912345678#9')).toBe('0912345678');
    expect(dialableNumber('02-2712-3456 分機 88')).toBe('0227123456');
    expect(dialableNumber('12')).toBe('');
    expect(dialableNumber('ext. 123')).toBe('');
  });

  it('dials international numbers without their bracketed trunk 0', () => {
    expect(dialableNumber('+44 (0)20 7946 0000')).toBe('+442079460000');
    expect(dialableNumber('+886 (0)2 2712 3456')).toBe('+886227123456');
    // Without a country code the 0 is part of the number.
    expect(dialableNumber('(02) 2712 3456')).toBe('0227123456');
  });

  it('refuses text far longer than a phone number before any pattern runs over it', () => {
    const hostile = `1${' '.repeat(160_000)}1`;
    const started = performance.now();
    expect(dialableNumber(hostile)).toBe('');
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('emailSchema', () => {
  it('accepts a plain address and trims it', () => {
    expect(
      emailSchema.parse({ kind: 'work', address: ' ming.wang+crisis@example.com.tw ' }),
    ).toEqual({ kind: 'work', address: 'ming.wang+crisis@example.com.tw' });
  });

  it.each([
    'ming@example',
    'ming example@example.com',
    'ming@@example.com',
    '@example.com',
    'ming@-example.com',
    'mailto:ming@example.com',
  ])('refuses %s', (address) => {
    const result = emailSchema.safeParse({ kind: 'personal', address });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['email-format']);
  });
});

describe('workingHoursSchema', () => {
  const weekdays = {
    days: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '18:00',
    callableOutsideHours: false,
  };

  /** The issues of `hours` as `path: message`. */
  function hoursIssues(hours: unknown): string[] {
    const result = workingHoursSchema.safeParse(hours);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }

  it('accepts weekday hours and night hours crossing midnight', () => {
    expect(hoursIssues(weekdays)).toEqual([]);
    expect(hoursIssues({ ...weekdays, start: '22:00', end: '06:00' })).toEqual([]);
  });

  it('refuses a day listed twice', () => {
    expect(hoursIssues({ ...weekdays, days: [1, 2, 2] })).toEqual(['days: duplicate-day']);
  });

  it('refuses hours that start and end at the same time', () => {
    expect(hoursIssues({ ...weekdays, start: '09:00', end: '09:00' })).toEqual([
      'end: empty-hours',
    ]);
  });

  it('refuses no days, days outside 1–7 and times that are not HH:mm', () => {
    expect(hoursIssues({ ...weekdays, days: [] })).toEqual(['days: required']);
    expect(hoursIssues({ ...weekdays, days: [0] })).toHaveLength(1);
    expect(hoursIssues({ ...weekdays, days: [8] })).toHaveLength(1);
    expect(hoursIssues({ ...weekdays, start: '24:00' })).toEqual(['start: time-format']);
    expect(hoursIssues({ ...weekdays, end: '9:00' })).toEqual(['end: time-format']);
  });
});

describe('absenceSchema', () => {
  const absence = { id: 'absence-1', start: 1_000, end: 2_000, reason: 'travel', note: '' };

  it('accepts a window and an open-ended absence', () => {
    expect(absenceSchema.safeParse(absence).success).toBe(true);
    expect(absenceSchema.safeParse({ ...absence, end: null }).success).toBe(true);
  });

  it('refuses an end before or at the start', () => {
    for (const end of [999, 1_000]) {
      const result = absenceSchema.safeParse({ ...absence, end });
      expect(result.error?.issues).toMatchObject([{ path: ['end'], message: 'end-before-start' }]);
    }
  });

  it('refuses an unknown reason', () => {
    expect(absenceSchema.safeParse({ ...absence, reason: 'holiday' }).success).toBe(false);
  });
});

describe('heldQualificationSchema', () => {
  const qualification = {
    id: 'q-1',
    typeId: 'media-training',
    awardedOn: '2026-01-10',
    expiresOn: '2028-01-10',
    note: '',
  };

  it('accepts an award with or without expiry, and an expiry without a known award', () => {
    expect(heldQualificationSchema.safeParse(qualification).success).toBe(true);
    expect(heldQualificationSchema.safeParse({ ...qualification, expiresOn: null }).success).toBe(
      true,
    );
    expect(heldQualificationSchema.safeParse({ ...qualification, awardedOn: null }).success).toBe(
      true,
    );
  });

  it('refuses an expiry before or on the award day', () => {
    for (const expiresOn of ['2025-12-31', '2026-01-10']) {
      const result = heldQualificationSchema.safeParse({ ...qualification, expiresOn });
      expect(result.error?.issues).toMatchObject([
        { path: ['expiresOn'], message: 'expiry-before-award' },
      ]);
    }
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    const result = heldQualificationSchema.safeParse({ ...qualification, awardedOn: '2026/01/10' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['date-format']);
  });
});

describe('personal data', () => {
  it('classifies every field of a person', () => {
    expect(Object.keys(personFieldPrivacy).sort()).toEqual(
      Object.keys(personInputSchema.shape).sort(),
    );
    expect(personalDataFields.sort()).toEqual(
      ['availability', 'emails', 'messaging', 'notes', 'phones', 'qualifications'].sort(),
    );
    expect(personFieldPrivacy.phones).toBe('contact');
    expect(personFieldPrivacy.notes).toBe('private');
    expect(personFieldPrivacy.name).toBe('identity');
  });

  it('redacts contact and private fields and keeps who the person is', () => {
    const person: Person = {
      ...personInput({
        otherName: 'Ming Wang',
        title: '公關經理',
        department: '品牌溝通部',
        phones: [{ kind: 'mobile', number: '0912-345-678' }],
        emails: [{ kind: 'work', address: 'ming@example.com' }],
        messaging: [{ service: 'line', handle: 'ming.wang', label: '' }],
        availability: {
          workingHours: {
            days: [1, 2, 3, 4, 5],
            start: '09:00',
            end: '18:00',
            callableOutsideHours: true,
          },
          absences: [{ id: 'a-1', start: 1, end: 2, reason: 'sick', note: '流感' }],
        },
        qualifications: [
          { id: 'q-1', typeId: 'media-training', awardedOn: null, expiresOn: null, note: '' },
        ],
        notes: '家中電話請勿於深夜撥打',
      }),
      id: 'person-1',
      createdAt: 10,
      updatedAt: 20,
    };
    const before = structuredClone(person);

    const redacted = redactPerson(person);

    expect(redacted).toEqual({
      ...emptyPersonInput('Asia/Taipei'),
      name: '王小明',
      otherName: 'Ming Wang',
      title: '公關經理',
      department: '品牌溝通部',
      id: 'person-1',
      createdAt: 10,
      updatedAt: 20,
    });
    expect(person).toEqual(before);
  });
});
