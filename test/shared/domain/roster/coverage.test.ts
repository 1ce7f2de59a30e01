import { describe, expect, it } from 'vitest';
import { coverageSummary, rosterCoverage } from '../../../../shared/domain/roster/coverage';
import type { CoverageIssue, RoleCoverage } from '../../../../shared/domain/roster/coverage';
import type { CrisisRole } from '../../../../shared/domain/roster/crisisRoles';
import { emptyPersonInput } from '../../../../shared/domain/roster/person';
import type { HeldQualification, Person } from '../../../../shared/domain/roster/person';

// Wednesday 2026-11-25 02:00 UTC: 10:00 in Taipei, 02:00 in London.
const now = Date.parse('2026-11-25T02:00:00.000Z');
const today = '2026-11-25';
const clock = { now, today };
const hour = 3_600_000;

/** A person in Taipei with no working hours (callable any time), with `overrides` applied. */
function person(id: string, overrides: Partial<Person> = {}): Person {
  return {
    ...emptyPersonInput('Asia/Taipei'),
    name: id,
    id,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

/** A person away from an hour ago for a day. */
function awayPerson(id: string): Person {
  return person(id, {
    availability: {
      workingHours: null,
      absences: [
        { id: `${id}-trip`, start: now - hour, end: now + 24 * hour, reason: 'travel', note: '' },
      ],
    },
  });
}

/** A person holding media training that expires on `expiresOn`. */
function trained(id: string, expiresOn: string | null): Person {
  const qualification: HeldQualification = {
    id: `${id}-media`,
    typeId: 'media-training',
    awardedOn: '2024-01-01',
    expiresOn,
    note: '',
  };
  return person(id, { qualifications: [qualification] });
}

/** A required role with no qualification requirement, with `overrides` applied. */
function role(overrides: Partial<CrisisRole> = {}): CrisisRole {
  return {
    id: 'spokesperson',
    isBuiltIn: true,
    name: '',
    description: '',
    isRequired: true,
    requiredQualificationTypeId: null,
    primaryPersonId: null,
    backupPersonIds: [],
    order: 2,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

/** The coverage of one role among `people`. */
function coverageOf(subject: CrisisRole, people: Person[]): RoleCoverage {
  const [coverage] = rosterCoverage([subject], people, clock);
  if (coverage === undefined) {
    throw new Error('expected one coverage entry');
  }
  return coverage;
}

/** Issues as `kind/level[@position]` for compact comparisons. */
function brief(issues: readonly CoverageIssue[]): string[] {
  return issues.map((issue) =>
    'position' in issue
      ? `${issue.kind}/${issue.level}@${issue.position}`
      : `${issue.kind}/${issue.level}`,
  );
}

describe('staffing', () => {
  it('flags a required role without primary or backup as two problems', () => {
    const coverage = coverageOf(role(), []);
    expect(brief(coverage.issues)).toEqual(['no-primary/problem', 'no-backup/problem']);
    expect(coverage.isCovered).toBe(false);
    expect(coverage.firstAvailablePersonId).toBeNull();
  });

  it('flags a missing backup when only the primary is set', () => {
    const coverage = coverageOf(role({ primaryPersonId: 'ming' }), [person('ming')]);
    expect(brief(coverage.issues)).toEqual(['no-backup/problem']);
    expect(coverage.firstAvailablePersonId).toBe('ming');
  });

  it('flags a missing primary when only backups are set', () => {
    const coverage = coverageOf(role({ backupPersonIds: ['mei'] }), [person('mei')]);
    expect(brief(coverage.issues)).toEqual(['no-primary/problem']);
    expect(coverage.firstAvailablePersonId).toBe('mei');
  });

  it('is satisfied by a primary and a backup who are both available', () => {
    const coverage = coverageOf(role({ primaryPersonId: 'ming', backupPersonIds: ['mei'] }), [
      person('ming'),
      person('mei'),
    ]);
    expect(coverage).toMatchObject({ issues: [], isCovered: true, firstAvailablePersonId: 'ming' });
  });

  it('does not flag an empty optional role', () => {
    const coverage = coverageOf(role({ id: 'observer', isRequired: false }), []);
    expect(coverage).toMatchObject({ issues: [], isCovered: true, firstAvailablePersonId: null });
  });

  it('treats holder ids that name nobody as no holder', () => {
    const coverage = coverageOf(
      role({ primaryPersonId: 'gone', backupPersonIds: ['also-gone'] }),
      [],
    );
    expect(brief(coverage.issues)).toEqual(['no-primary/problem', 'no-backup/problem']);
    expect(coverage.firstAvailablePersonId).toBeNull();

    const partly = coverageOf(role({ primaryPersonId: 'ming', backupPersonIds: ['gone', 'mei'] }), [
      person('ming'),
      awayPerson('mei'),
    ]);
    // "mei" is the first backup that exists, so she is backup 1.
    expect(brief(partly.issues)).toEqual(['holder-unavailable/warning@1']);
  });
});

describe('holders who are unavailable now', () => {
  it('is a problem for the primary even when a backup can step in', () => {
    const coverage = coverageOf(role({ primaryPersonId: 'ming', backupPersonIds: ['mei'] }), [
      awayPerson('ming'),
      person('mei'),
    ]);
    expect(brief(coverage.issues)).toEqual(['holder-unavailable/problem@0']);
    expect(coverage.isCovered).toBe(false);
    expect(coverage.firstAvailablePersonId).toBe('mei');
    expect(coverage.issues[0]).toMatchObject({
      personId: 'ming',
      availability: { isAvailable: false, reason: 'away', until: now + 24 * hour },
    });
  });

  it('is a warning for a backup while someone else holding the role is available', () => {
    const coverage = coverageOf(
      role({ primaryPersonId: 'ming', backupPersonIds: ['mei', 'hua'] }),
      [person('ming'), awayPerson('mei'), person('hua')],
    );
    expect(brief(coverage.issues)).toEqual(['holder-unavailable/warning@1']);
    expect(coverage.isCovered).toBe(true);
    expect(coverageSummary([coverage])).toEqual({ uncovered: 0, withWarnings: 1, total: 1 });
  });

  it('is a problem for every holder, plus nobody-available, when nobody can be reached', () => {
    const coverage = coverageOf(role({ primaryPersonId: 'ming', backupPersonIds: ['mei'] }), [
      awayPerson('ming'),
      awayPerson('mei'),
    ]);
    expect(brief(coverage.issues)).toEqual([
      'holder-unavailable/problem@0',
      'holder-unavailable/problem@1',
      'nobody-available/problem',
    ]);
    expect(coverage.firstAvailablePersonId).toBeNull();
  });

  it('counts someone outside hours they may not be called in as unavailable', () => {
    const londonOffice = person('alice', {
      timeZone: 'Europe/London',
      availability: {
        workingHours: {
          days: [1, 2, 3, 4, 5],
          start: '09:00',
          end: '18:00',
          callableOutsideHours: false,
        },
        absences: [],
      },
    });
    const coverage = coverageOf(role({ primaryPersonId: 'ming', backupPersonIds: ['alice'] }), [
      person('ming'),
      londonOffice,
    ]);
    expect(coverage.issues).toMatchObject([
      {
        kind: 'holder-unavailable',
        level: 'warning',
        personId: 'alice',
        availability: { reason: 'outside-hours', until: Date.parse('2026-11-25T09:00:00.000Z') },
      },
    ]);

    const callable = person('alice', {
      ...londonOffice,
      availability: {
        workingHours: {
          days: [1, 2, 3, 4, 5],
          start: '09:00',
          end: '18:00',
          callableOutsideHours: true,
        },
        absences: [],
      },
    });
    expect(
      coverageOf(role({ primaryPersonId: 'ming', backupPersonIds: ['alice'] }), [
        person('ming'),
        callable,
      ]).issues,
    ).toEqual([]);
  });

  it('checks the holders of an optional role too', () => {
    const coverage = coverageOf(
      role({ id: 'observer', isRequired: false, primaryPersonId: 'ming' }),
      [awayPerson('ming')],
    );
    expect(brief(coverage.issues)).toEqual([
      'holder-unavailable/problem@0',
      'nobody-available/problem',
    ]);
  });
});

describe('required qualification', () => {
  const needsMedia = role({
    primaryPersonId: 'ming',
    backupPersonIds: ['mei'],
    requiredQualificationTypeId: 'media-training',
  });

  it('is fine when every holder holds it', () => {
    expect(
      coverageOf(needsMedia, [trained('ming', '2028-01-01'), trained('mei', null)]).issues,
    ).toEqual([]);
  });

  it('missing is a problem for the primary and a warning for a backup', () => {
    const coverage = coverageOf(needsMedia, [person('ming'), person('mei')]);
    expect(brief(coverage.issues)).toEqual([
      'qualification-missing/problem@0',
      'qualification-missing/warning@1',
    ]);
    expect(coverage.issues[0]).toMatchObject({
      personId: 'ming',
      qualificationTypeId: 'media-training',
      expiresOn: null,
    });
  });

  it('expired (from the expiry day) is a problem for the primary, with the expiry day', () => {
    const coverage = coverageOf(needsMedia, [trained('ming', today), trained('mei', '2020-01-01')]);
    expect(brief(coverage.issues)).toEqual([
      'qualification-expired/problem@0',
      'qualification-expired/warning@1',
    ]);
    expect(coverage.issues[0]).toMatchObject({ expiresOn: today });
    expect(coverage.isCovered).toBe(false);
  });

  it('expiring within 30 days is a warning for anyone', () => {
    const coverage = coverageOf(needsMedia, [
      trained('ming', '2026-12-25'),
      trained('mei', '2026-12-01'),
    ]);
    expect(brief(coverage.issues)).toEqual([
      'qualification-expiring/warning@0',
      'qualification-expiring/warning@1',
    ]);
    expect(coverage.isCovered).toBe(true);
    expect(
      coverageOf(needsMedia, [trained('ming', '2026-12-26'), trained('mei', null)]).issues,
    ).toEqual([]);
  });

  it('counts a renewal over the lapsed entry and treats a future award as missing', () => {
    const renewed = person('ming', {
      qualifications: [
        {
          id: 'old',
          typeId: 'media-training',
          awardedOn: '2022-01-01',
          expiresOn: '2024-01-01',
          note: '',
        },
        {
          id: 'new',
          typeId: 'media-training',
          awardedOn: '2024-01-01',
          expiresOn: '2028-01-01',
          note: '',
        },
      ],
    });
    const booked = person('mei', {
      qualifications: [
        {
          id: 'next',
          typeId: 'media-training',
          awardedOn: '2026-12-01',
          expiresOn: null,
          note: '',
        },
      ],
    });
    expect(brief(coverageOf(needsMedia, [renewed, booked]).issues)).toEqual([
      'qualification-missing/warning@1',
    ]);
  });

  it('ignores qualifications of another type', () => {
    const firstAid = person('ming', {
      qualifications: [
        { id: 'fa', typeId: 'first-aid', awardedOn: '2024-01-01', expiresOn: null, note: '' },
      ],
    });
    expect(brief(coverageOf(needsMedia, [firstAid, trained('mei', null)]).issues)).toEqual([
      'qualification-missing/problem@0',
    ]);
  });
});

describe('rosterCoverage and coverageSummary', () => {
  it('check every role in order and count uncovered and warning-only roles', () => {
    const people = [person('ming'), awayPerson('mei'), person('hua')];
    const roles = [
      role({ id: 'commander', primaryPersonId: 'ming', backupPersonIds: ['hua'] }),
      role({ id: 'spokesperson', primaryPersonId: 'hua', backupPersonIds: ['mei'] }),
      role({ id: 'legal-counsel' }),
      role({ id: 'observer', isRequired: false }),
      role({ id: 'scribe', primaryPersonId: 'mei', backupPersonIds: ['ming'] }),
    ];
    const coverage = rosterCoverage(roles, people, clock);
    expect(coverage.map(({ role: { id } }) => id)).toEqual(roles.map(({ id }) => id));
    expect(coverage.map(({ isCovered }) => isCovered)).toEqual([true, true, false, true, false]);
    expect(coverageSummary(coverage)).toEqual({ uncovered: 2, withWarnings: 1, total: 5 });
    expect(coverageSummary([])).toEqual({ uncovered: 0, withWarnings: 0, total: 0 });
  });
});
