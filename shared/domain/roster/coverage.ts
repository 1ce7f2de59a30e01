import type { AvailabilityAt } from './availability';
import { availabilityAt } from './availability';
import type { CrisisRole } from './crisisRoles';
import type { Person } from './person';
import { bestQualification } from './qualifications';
import type { QualificationState } from './qualifications';

/**
 * The coverage check: for each role, what stops the team from being ready (nobody holds a required
 * role, nobody backs it up, a holder is away right now, a holder lacks the qualification the role
 * requires). `problem`s make a role uncovered; `warning`s need attention soon.
 */

/** One thing wrong with a role's staffing. */
export type CoverageIssue =
  | { kind: 'no-primary'; level: 'problem' }
  | { kind: 'no-backup'; level: 'problem' }
  | {
      kind: 'holder-unavailable';
      /** `problem` for the primary, or for a backup when nobody holding the role is available. */
      level: 'problem' | 'warning';
      personId: string;
      /** 0 = primary, 1 = first backup, … */
      position: number;
      availability: AvailabilityAt;
    }
  | {
      kind: 'qualification-missing' | 'qualification-expired' | 'qualification-expiring';
      level: 'problem' | 'warning';
      personId: string;
      position: number;
      qualificationTypeId: string;
      /** The expiry day of the best qualification of that type they hold, if any. */
      expiresOn: string | null;
    }
  | { kind: 'nobody-available'; level: 'problem' };

/** Kinds of {@link CoverageIssue}. */
export type CoverageIssueKind = CoverageIssue['kind'];

/** A role's coverage: its issues, and whether it is covered (no problem). */
export type RoleCoverage = {
  role: CrisisRole;
  issues: CoverageIssue[];
  isCovered: boolean;
  /** The first available holder (primary, then backups in order), or null. */
  firstAvailablePersonId: string | null;
};

/** What the check needs to know about the moment it runs. */
export type CoverageClock = {
  /** The instant availability is checked at (epoch ms). */
  now: number;
  /** The local calendar day qualifications are checked on (`YYYY-MM-DD`). */
  today: string;
};

/** Qualification issue kind for a state, or null when the qualification is fine. */
function qualificationIssueKind(
  state: QualificationState | null,
): 'qualification-missing' | 'qualification-expired' | 'qualification-expiring' | null {
  switch (state) {
    case null:
    case 'not-yet-awarded':
      return 'qualification-missing';
    case 'expired':
      return 'qualification-expired';
    case 'expiring':
      return 'qualification-expiring';
    default:
      return null;
  }
}

/**
 * The coverage of one role. A holder id that names no person (removed meanwhile) counts as no
 * holder. Optional roles are not flagged for being empty, but their holders are checked.
 */
export function roleCoverage(
  role: CrisisRole,
  peopleById: ReadonlyMap<string, Person>,
  clock: CoverageClock,
): RoleCoverage {
  const primary = role.primaryPersonId === null ? undefined : peopleById.get(role.primaryPersonId);
  const backups = role.backupPersonIds.flatMap((id) => {
    const person = peopleById.get(id);
    return person === undefined ? [] : [person];
  });
  const issues: CoverageIssue[] = [];
  if (role.isRequired && primary === undefined) {
    issues.push({ kind: 'no-primary', level: 'problem' });
  }
  if (role.isRequired && backups.length === 0) {
    issues.push({ kind: 'no-backup', level: 'problem' });
  }
  const holders: { person: Person; position: number }[] = [
    ...(primary === undefined ? [] : [{ person: primary, position: 0 }]),
    ...backups.map((person, index) => ({ person, position: index + 1 })),
  ];
  const availabilities = holders.map(({ person }) =>
    availabilityAt(person.availability, person.timeZone, clock.now),
  );
  const firstAvailableIndex = availabilities.findIndex((availability) => availability.isAvailable);
  holders.forEach(({ person, position }, index) => {
    const availability = availabilities[index];
    if (availability !== undefined && !availability.isAvailable) {
      issues.push({
        kind: 'holder-unavailable',
        level: position === 0 || firstAvailableIndex === -1 ? 'problem' : 'warning',
        personId: person.id,
        position,
        availability,
      });
    }
    const typeId = role.requiredQualificationTypeId;
    if (typeId !== null) {
      const best = bestQualification(person.qualifications, typeId, clock.today);
      const kind = qualificationIssueKind(best?.state ?? null);
      if (kind !== null) {
        issues.push({
          kind,
          level:
            kind === 'qualification-expiring' ? 'warning' : position === 0 ? 'problem' : 'warning',
          personId: person.id,
          position,
          qualificationTypeId: typeId,
          expiresOn: best?.qualification.expiresOn ?? null,
        });
      }
    }
  });
  if (holders.length > 0 && firstAvailableIndex === -1) {
    issues.push({ kind: 'nobody-available', level: 'problem' });
  }
  const firstAvailable = firstAvailableIndex === -1 ? undefined : holders[firstAvailableIndex];
  return {
    role,
    issues,
    isCovered: !issues.some((issue) => issue.level === 'problem'),
    firstAvailablePersonId: firstAvailable?.person.id ?? null,
  };
}

/** The coverage of every role, in role order. */
export function rosterCoverage(
  roles: readonly CrisisRole[],
  people: readonly Person[],
  clock: CoverageClock,
): RoleCoverage[] {
  const peopleById = new Map(people.map((person) => [person.id, person]));
  return roles.map((role) => roleCoverage(role, peopleById, clock));
}

/** Counts for the Dashboard card: roles with a problem, roles with only warnings. */
export function coverageSummary(coverage: readonly RoleCoverage[]): {
  uncovered: number;
  withWarnings: number;
  total: number;
} {
  return {
    uncovered: coverage.filter((entry) => !entry.isCovered).length,
    withWarnings: coverage.filter((entry) => entry.isCovered && entry.issues.length > 0).length,
    total: coverage.length,
  };
}
