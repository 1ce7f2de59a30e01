import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Person } from '../../../../../shared/domain/roster/person';
import type { Language } from '../../../../../shared/domain/settings';
import { dateLocaleFor } from '../../../lib/dates';

/**
 * Time for the call tree screens: the instant "who to call now" is resolved at, and people's
 * local time when they live in another time zone than this device.
 */

/** The IANA time zone of this device (`Asia/Taipei`), as the browser reports it. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The instant to resolve availability at: the clock tick, or the newest change to a person when
 * that is later. "Mark unavailable" starts an absence at the moment it is clicked, which is after
 * the last 30-second tick; resolving at the tick would still call the person just marked away.
 */
export function resolutionInstant(
  now: number,
  people: readonly Pick<Person, 'updatedAt'>[],
): number {
  return people.reduce((latest, person) => Math.max(latest, person.updatedAt), now);
}

/** True when the clock in `timeZone` shows another time than this device's at `at`. */
export function isOtherClock(timeZone: string, at: number): boolean {
  return new TZDate(at, timeZone).getTimezoneOffset() !== new Date(at).getTimezoneOffset();
}

/** The weekday and time at `at` in `timeZone` ("Tue 3:04 AM", "週二 上午3:04"). */
export function formatZonedTime(at: number, timeZone: string, language: Language): string {
  return format(new TZDate(at, timeZone), 'EEE p', { locale: dateLocaleFor(language) });
}
