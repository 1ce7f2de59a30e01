import { availabilityAt } from '../../../../../shared/domain/roster/availability';
import type { AvailabilityAt } from '../../../../../shared/domain/roster/availability';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { HeldQualification, Person } from '../../../../../shared/domain/roster/person';
import { qualificationAlerts } from '../../../../../shared/domain/roster/qualifications';
import { rolesHeldBy } from './personRoles';
import type { HeldRole } from './personRoles';

/** One line of the people list: the person and what the list works out about them. */
export type PersonRow = {
  person: Person;
  roles: HeldRole[];
  availability: AvailabilityAt;
  alerts: { qualification: HeldQualification; state: 'expiring' | 'expired' }[];
};

/**
 * The people list's lines at `now` (epoch ms) and `today` (`YYYY-MM-DD`): the roles each person
 * holds, whether they can be called now, and their expiring or expired qualifications.
 */
export function peopleRows(
  people: readonly Person[],
  roles: readonly CrisisRole[],
  now: number,
  today: string,
): PersonRow[] {
  return people.map((person) => ({
    person,
    roles: rolesHeldBy(roles, person.id),
    availability: availabilityAt(person.availability, person.timeZone, now),
    alerts: qualificationAlerts(person.qualifications, today),
  }));
}
