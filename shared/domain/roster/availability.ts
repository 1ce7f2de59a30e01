import { TZDate } from '@date-fns/tz';
import type { Absence, Availability, WorkingHours } from './person';

/**
 * Whether a person can be called at a given instant: not inside any absence, and inside their
 * working hours in their own time zone (unless they may be called outside them). Callers pass the
 * instant, so the rules are deterministic and testable across time zones and daylight saving.
 */

/** Why a person cannot be called at an instant. */
export type UnavailableReason = 'away' | 'outside-hours';

/** A person's availability at one instant. */
export type AvailabilityAt = {
  isAvailable: boolean;
  /** Why not, or null when available. */
  reason: UnavailableReason | null;
  /** The absence that makes them unavailable (the one ending last when several overlap). */
  absence: Absence | null;
  /**
   * When they are expected back (epoch ms): the end of the chain of absences covering the instant
   * (null while any of them is open-ended), or the next start of their working hours.
   */
  until: number | null;
  /** Inside working hours (null when they have none, which means any time). */
  isWithinHours: boolean | null;
};

/** Minutes since midnight of `HH:mm`. */
function minutesOf(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** The ISO weekday (1 = Monday … 7 = Sunday) and minutes since midnight at `at` in `timeZone`. */
export function zonedWeekdayAndMinutes(
  at: number,
  timeZone: string,
): { weekday: number; minutes: number } {
  const local = new TZDate(at, timeZone);
  const day = local.getDay();
  return { weekday: day === 0 ? 7 : day, minutes: local.getHours() * 60 + local.getMinutes() };
}

/** The weekday before an ISO weekday. */
function previousWeekday(weekday: number): number {
  return weekday === 1 ? 7 : weekday - 1;
}

/**
 * True when `at` falls inside the working hours, read in `timeZone`. Hours crossing midnight
 * (22:00–06:00) belong to the day they start on, so Friday's night shift covers Saturday 03:00.
 */
export function isWithinWorkingHours(hours: WorkingHours, timeZone: string, at: number): boolean {
  const { weekday, minutes } = zonedWeekdayAndMinutes(at, timeZone);
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  const days = new Set(hours.days);
  if (start < end) {
    return days.has(weekday) && minutes >= start && minutes < end;
  }
  return (
    (days.has(weekday) && minutes >= start) || (days.has(previousWeekday(weekday)) && minutes < end)
  );
}

/** Days searched ahead for the next start of working hours (a week and a day). */
const searchLimitDays = 8;

/**
 * The next instant after `at` at which the working hours begin, in `timeZone`: each following
 * day's start time (on a working day) as the zone's rules place it, so daylight-saving jumps are
 * the zone's business; null when no working day starts within eight days.
 */
export function nextWorkingStart(hours: WorkingHours, timeZone: string, at: number): number | null {
  const local = new TZDate(at, timeZone);
  const start = minutesOf(hours.start);
  const days = new Set(hours.days);
  for (let offset = 0; offset <= searchLimitDays; offset += 1) {
    const candidate = TZDate.tz(
      timeZone,
      local.getFullYear(),
      local.getMonth(),
      local.getDate() + offset,
      Math.floor(start / 60),
      start % 60,
    );
    const day = candidate.getDay();
    if (candidate.getTime() > at && days.has(day === 0 ? 7 : day)) {
      return candidate.getTime();
    }
  }
  return null;
}

/** True when `absence` covers `at` (start inclusive, end exclusive; an open end never ends). */
export function coversInstant(absence: Absence, at: number): boolean {
  return absence.start <= at && (absence.end === null || at < absence.end);
}

/**
 * The end of the chain of absences covering `at`: an absence that starts before (or when) another
 * ends extends it. Null when the chain is open-ended.
 */
function chainEnd(absences: readonly Absence[], at: number): number | null {
  let end = at;
  for (;;) {
    const covering = absences.filter((absence) => coversInstant(absence, end));
    if (covering.length === 0) {
      return end;
    }
    if (covering.some((absence) => absence.end === null)) {
      return null;
    }
    end = Math.max(...covering.map((absence) => absence.end ?? end));
  }
}

/** A person's availability at `at` (see {@link AvailabilityAt}). */
export function availabilityAt(
  availability: Availability,
  timeZone: string,
  at: number,
): AvailabilityAt {
  const hours = availability.workingHours;
  const isWithinHours = hours === null ? null : isWithinWorkingHours(hours, timeZone, at);
  const covering = availability.absences.filter((absence) => coversInstant(absence, at));
  if (covering.length > 0) {
    const absence = covering.reduce((latest, candidate) =>
      (candidate.end ?? Infinity) > (latest.end ?? Infinity) ? candidate : latest,
    );
    return {
      isAvailable: false,
      reason: 'away',
      absence,
      until: chainEnd(availability.absences, at),
      isWithinHours,
    };
  }
  if (hours !== null && isWithinHours === false && !hours.callableOutsideHours) {
    return {
      isAvailable: false,
      reason: 'outside-hours',
      absence: null,
      until: nextWorkingStart(hours, timeZone, at),
      isWithinHours,
    };
  }
  return { isAvailable: true, reason: null, absence: null, until: null, isWithinHours };
}

/**
 * The availability with a new absence from `start` (usually now) until `end` (null = until marked
 * available again), as "Mark unavailable" records it.
 */
export function withAbsence(availability: Availability, absence: Absence): Availability {
  return { ...availability, absences: [...availability.absences, absence] };
}

/**
 * The availability with every absence covering `at` ended at `at` ("Mark available"); absences
 * that start later stay, and ones that would become empty are removed.
 */
export function endAbsencesAt(availability: Availability, at: number): Availability {
  const absences = availability.absences.flatMap((absence) => {
    if (!coversInstant(absence, at)) {
      return [absence];
    }
    return absence.start >= at ? [] : [{ ...absence, end: at }];
  });
  return { ...availability, absences };
}

/** How long an ended absence is kept: older ones are pruned when a new one is recorded. */
export const endedAbsenceRetentionMs = 90 * 24 * 60 * 60 * 1000;

/**
 * The availability without absences that ended before `cutoff`, so quick "Mark unavailable"
 * clicks over months never fill the list up to its limit.
 */
export function withoutAbsencesEndedBefore(
  availability: Availability,
  cutoff: number,
): Availability {
  return {
    ...availability,
    absences: availability.absences.filter(
      (absence) => absence.end === null || absence.end >= cutoff,
    ),
  };
}

/** Absences that have not ended by `at`, soonest first (for the person's page). */
export function currentAndUpcomingAbsences(availability: Availability, at: number): Absence[] {
  return availability.absences
    .filter((absence) => absence.end === null || absence.end > at)
    .sort((a, b) => a.start - b.start);
}
