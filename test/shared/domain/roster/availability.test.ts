import { describe, expect, it } from 'vitest';
import {
  availabilityAt,
  coversInstant,
  currentAndUpcomingAbsences,
  endAbsencesAt,
  isWithinWorkingHours,
  nextWorkingStart,
  withAbsence,
  zonedWeekdayAndMinutes,
} from '../../../../shared/domain/roster/availability';
import type { Absence, Availability, WorkingHours } from '../../../../shared/domain/roster/person';

const hour = 3_600_000;
const minute = 60_000;

/** An instant written as UTC (`2026-11-25T01:30`), in epoch ms. */
function utc(text: string): number {
  return Date.parse(`${text}:00.000Z`);
}

/** An absence from `start` to `end` (null = open-ended). */
function absence(id: string, start: number, end: number | null): Absence {
  return { id, start, end, reason: 'leave', note: '' };
}

/** Monday to Friday, 09:00–18:00, not callable outside them unless `overrides` say so. */
function officeHours(overrides: Partial<WorkingHours> = {}): WorkingHours {
  return {
    days: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '18:00',
    callableOutsideHours: false,
    ...overrides,
  };
}

/** Availability with `absences` and no working hours (callable any time). */
function away(...absences: Absence[]): Availability {
  return { workingHours: null, absences };
}

describe('zonedWeekdayAndMinutes', () => {
  it('reads weekday and time of day in the given zone', () => {
    // Wednesday 2026-11-25 01:30 UTC.
    const at = utc('2026-11-25T01:30');
    expect(zonedWeekdayAndMinutes(at, 'Asia/Taipei')).toEqual({ weekday: 3, minutes: 9 * 60 + 30 });
    expect(zonedWeekdayAndMinutes(at, 'Europe/London')).toEqual({ weekday: 3, minutes: 90 });
    expect(zonedWeekdayAndMinutes(at, 'America/New_York')).toEqual({
      weekday: 2,
      minutes: 20 * 60 + 30,
    });
    // Sunday is 7, not 0.
    expect(zonedWeekdayAndMinutes(utc('2026-11-22T12:00'), 'UTC').weekday).toBe(7);
  });
});

describe('absences at an instant', () => {
  const start = utc('2026-11-25T10:00');
  const end = utc('2026-11-25T12:00');

  it('count from the start, inclusive, to the end, exclusive', () => {
    const availability = away(absence('trip', start, end));
    expect(availabilityAt(availability, 'UTC', start - 1).isAvailable).toBe(true);
    expect(availabilityAt(availability, 'UTC', start)).toEqual({
      isAvailable: false,
      reason: 'away',
      absence: absence('trip', start, end),
      until: end,
      isWithinHours: null,
    });
    expect(availabilityAt(availability, 'UTC', end - 1).isAvailable).toBe(false);
    expect(availabilityAt(availability, 'UTC', end)).toEqual({
      isAvailable: true,
      reason: null,
      absence: null,
      until: null,
      isWithinHours: null,
    });
  });

  it('with an open end last until marked available', () => {
    const availability = away(absence('sick', start, null));
    const result = availabilityAt(availability, 'UTC', start + 1_000 * hour);
    expect(result).toMatchObject({ isAvailable: false, reason: 'away', until: null });
  });

  it('that overlap or follow on without a gap are one chain, back at its end', () => {
    const first = absence('first', start, end);
    const overlapping = absence('overlapping', start + hour, end + 2 * hour);
    const following = absence('following', end + 2 * hour, end + 4 * hour);
    const afterGap = absence('after-gap', end + 4 * hour + minute, end + 8 * hour);
    const availability = away(following, afterGap, first, overlapping);

    const early = availabilityAt(availability, 'UTC', start + 30 * minute);
    expect(early.until).toBe(end + 4 * hour);
    expect(early.absence?.id).toBe('first');

    // Two absences cover this instant: the one ending last is the reason.
    const both = availabilityAt(availability, 'UTC', start + 90 * minute);
    expect(both.absence?.id).toBe('overlapping');
    expect(both.until).toBe(end + 4 * hour);

    expect(availabilityAt(availability, 'UTC', end + 4 * hour).isAvailable).toBe(true);
  });

  it('chained to an open-ended absence have no known end', () => {
    const availability = away(absence('trip', start, end), absence('then-sick', end - hour, null));
    const result = availabilityAt(availability, 'UTC', start);
    expect(result.until).toBeNull();
    expect(result.absence?.id).toBe('trip');
    expect(availabilityAt(availability, 'UTC', start + 90 * minute).absence?.id).toBe('then-sick');
  });

  it('outrank working hours: away inside hours is away', () => {
    const availability: Availability = {
      workingHours: officeHours({ callableOutsideHours: true }),
      absences: [absence('meeting', utc('2026-11-25T02:00'), utc('2026-11-25T03:00'))],
    };
    expect(availabilityAt(availability, 'Asia/Taipei', utc('2026-11-25T02:30'))).toMatchObject({
      isAvailable: false,
      reason: 'away',
      isWithinHours: true,
    });
  });

  it('covers an instant as coversInstant says', () => {
    expect(coversInstant(absence('a', 10, 20), 10)).toBe(true);
    expect(coversInstant(absence('a', 10, 20), 20)).toBe(false);
    expect(coversInstant(absence('a', 10, null), 9)).toBe(false);
    expect(coversInstant(absence('a', 10, null), Number.MAX_SAFE_INTEGER)).toBe(true);
  });
});

describe('working hours in the person’s own time zone', () => {
  // Wednesday 2026-11-25 01:30 UTC: 09:30 in Taipei, 01:30 in London, Tuesday 20:30 in New York.
  const morningInTaipei = utc('2026-11-25T01:30');
  // 14:30 UTC: 22:30 in Taipei, 14:30 in London, 09:30 in New York.
  const afternoonInLondon = utc('2026-11-25T14:30');

  it('make the same instant inside hours in one zone and outside in another', () => {
    const hours = officeHours();
    expect(isWithinWorkingHours(hours, 'Asia/Taipei', morningInTaipei)).toBe(true);
    expect(isWithinWorkingHours(hours, 'Europe/London', morningInTaipei)).toBe(false);
    expect(isWithinWorkingHours(hours, 'America/New_York', morningInTaipei)).toBe(false);

    expect(isWithinWorkingHours(hours, 'Asia/Taipei', afternoonInLondon)).toBe(false);
    expect(isWithinWorkingHours(hours, 'Europe/London', afternoonInLondon)).toBe(true);
    expect(isWithinWorkingHours(hours, 'America/New_York', afternoonInLondon)).toBe(true);
  });

  it('start inclusive and end exclusive, on listed days only', () => {
    const hours = officeHours();
    expect(isWithinWorkingHours(hours, 'UTC', utc('2026-11-25T09:00'))).toBe(true);
    expect(isWithinWorkingHours(hours, 'UTC', utc('2026-11-25T08:59'))).toBe(false);
    expect(isWithinWorkingHours(hours, 'UTC', utc('2026-11-25T17:59'))).toBe(true);
    expect(isWithinWorkingHours(hours, 'UTC', utc('2026-11-25T18:00'))).toBe(false);
    // Saturday.
    expect(isWithinWorkingHours(hours, 'UTC', utc('2026-11-28T10:00'))).toBe(false);
  });

  it('make a person outside them unavailable until the next start, in their zone', () => {
    const availability: Availability = { workingHours: officeHours(), absences: [] };
    expect(availabilityAt(availability, 'Europe/London', morningInTaipei)).toEqual({
      isAvailable: false,
      reason: 'outside-hours',
      absence: null,
      until: utc('2026-11-25T09:00'),
      isWithinHours: false,
    });
    expect(availabilityAt(availability, 'America/New_York', morningInTaipei).until).toBe(
      utc('2026-11-25T14:00'),
    );
    expect(availabilityAt(availability, 'Asia/Taipei', morningInTaipei)).toEqual({
      isAvailable: true,
      reason: null,
      absence: null,
      until: null,
      isWithinHours: true,
    });
  });

  it('leave a person callable outside them when they allow it', () => {
    const availability: Availability = {
      workingHours: officeHours({ callableOutsideHours: true }),
      absences: [],
    };
    expect(availabilityAt(availability, 'Europe/London', morningInTaipei)).toEqual({
      isAvailable: true,
      reason: null,
      absence: null,
      until: null,
      isWithinHours: false,
    });
  });
});

describe('night hours crossing midnight', () => {
  // Friday nights only, 22:00–06:00, in Taipei.
  const fridayNights = officeHours({ days: [5], start: '22:00', end: '06:00' });

  /** Whether Taipei local `2026-11-DDTHH:mm` is inside the Friday night shift. */
  function inShift(localText: string): boolean {
    return isWithinWorkingHours(fridayNights, 'Asia/Taipei', utc(localText) - 8 * hour);
  }

  it('belong to the day they start on', () => {
    expect(inShift('2026-11-27T21:59')).toBe(false);
    expect(inShift('2026-11-27T22:00')).toBe(true);
    expect(inShift('2026-11-27T23:59')).toBe(true);
    expect(inShift('2026-11-28T03:00')).toBe(true);
    expect(inShift('2026-11-28T05:59')).toBe(true);
    expect(inShift('2026-11-28T06:00')).toBe(false);
    // Saturday night is not a shift, and Friday early morning belongs to Thursday's (none).
    expect(inShift('2026-11-28T23:00')).toBe(false);
    expect(inShift('2026-11-27T03:00')).toBe(false);
  });

  it('wrap from Sunday night into Monday morning', () => {
    const sundayNights = officeHours({ days: [7], start: '22:00', end: '06:00' });
    // Monday 2026-11-23 03:00 in Taipei.
    expect(isWithinWorkingHours(sundayNights, 'Asia/Taipei', utc('2026-11-22T19:00'))).toBe(true);
    // Sunday 2026-11-22 03:00 in Taipei belongs to Saturday night: not a shift.
    expect(isWithinWorkingHours(sundayNights, 'Asia/Taipei', utc('2026-11-21T19:00'))).toBe(false);
  });

  it('find the next start later the same day', () => {
    // Friday 2026-11-27 07:00 in Taipei: the shift starts at 22:00 local, 14:00 UTC.
    expect(nextWorkingStart(fridayNights, 'Asia/Taipei', utc('2026-11-26T23:00'))).toBe(
      utc('2026-11-27T14:00'),
    );
  });
});

describe('London’s daylight-saving change days', () => {
  const everyDay = officeHours({ days: [1, 2, 3, 4, 5, 6, 7] });

  it('read hours in summer time once the clocks go forward (29 March 2026)', () => {
    // 08:30 UTC is 09:30 BST: inside, although 08:30 in winter time would not be.
    expect(isWithinWorkingHours(everyDay, 'Europe/London', utc('2026-03-29T08:30'))).toBe(true);
    expect(isWithinWorkingHours(everyDay, 'Europe/London', utc('2026-03-29T07:59'))).toBe(false);
    expect(isWithinWorkingHours(everyDay, 'Europe/London', utc('2026-03-29T16:59'))).toBe(true);
    expect(isWithinWorkingHours(everyDay, 'Europe/London', utc('2026-03-29T17:00'))).toBe(false);
    // The day before, still winter time.
    expect(isWithinWorkingHours(everyDay, 'Europe/London', utc('2026-03-28T08:30'))).toBe(false);
  });

  it('read hours in winter time once the clocks go back (25 October 2026)', () => {
    expect(isWithinWorkingHours(everyDay, 'Europe/London', utc('2026-10-25T08:30'))).toBe(false);
    expect(isWithinWorkingHours(everyDay, 'Europe/London', utc('2026-10-25T09:00'))).toBe(true);
    expect(isWithinWorkingHours(everyDay, 'Europe/London', utc('2026-10-24T08:30'))).toBe(true);
  });

  it('find the next start across the change, at local 09:00', () => {
    const weekdays = officeHours();
    // Friday 27 March 18:00 GMT → Monday 30 March 09:00 BST = 08:00 UTC.
    expect(nextWorkingStart(weekdays, 'Europe/London', utc('2026-03-27T18:00'))).toBe(
      utc('2026-03-30T08:00'),
    );
    // Friday 23 October 17:30 BST → Monday 26 October 09:00 GMT = 09:00 UTC.
    expect(nextWorkingStart(weekdays, 'Europe/London', utc('2026-10-23T16:30'))).toBe(
      utc('2026-10-26T09:00'),
    );
  });

  it('keep night hours right through the short night', () => {
    // Saturday 28 March 22:00 GMT to Sunday 06:00 BST (05:00 UTC): seven hours long.
    const saturdayNights = officeHours({ days: [6], start: '22:00', end: '06:00' });
    expect(isWithinWorkingHours(saturdayNights, 'Europe/London', utc('2026-03-28T22:00'))).toBe(
      true,
    );
    expect(isWithinWorkingHours(saturdayNights, 'Europe/London', utc('2026-03-29T04:59'))).toBe(
      true,
    );
    expect(isWithinWorkingHours(saturdayNights, 'Europe/London', utc('2026-03-29T05:00'))).toBe(
      false,
    );
  });
});

describe('nextWorkingStart', () => {
  it('lands on the whole minute the hours start, from any instant', () => {
    const hours = officeHours({ start: '09:07' });
    expect(nextWorkingStart(hours, 'UTC', utc('2026-11-25T08:59') + 30_000)).toBe(
      utc('2026-11-25T09:07'),
    );
    expect(nextWorkingStart(hours, 'UTC', utc('2026-11-25T09:06'))).toBe(utc('2026-11-25T09:07'));
  });

  it('skips to the next working day from inside today’s hours', () => {
    expect(nextWorkingStart(officeHours(), 'UTC', utc('2026-11-27T10:00'))).toBe(
      utc('2026-11-30T09:00'),
    );
  });

  it('finds hours a week away and gives up on hours that never start', () => {
    const mondays = officeHours({ days: [1] });
    // Monday 2026-11-23 18:00 → Monday 2026-11-30 09:00.
    expect(nextWorkingStart(mondays, 'UTC', utc('2026-11-23T18:00'))).toBe(utc('2026-11-30T09:00'));
    // 00:00–23:59 on every day leaves one minute a day, which is still found.
    const almostAlways = officeHours({ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' });
    expect(nextWorkingStart(almostAlways, 'UTC', utc('2026-11-25T23:59'))).toBe(
      utc('2026-11-26T00:00'),
    );
  });
});

describe('marking unavailable and available', () => {
  const now = utc('2026-11-25T10:00');

  it('withAbsence adds an absence and keeps the others', () => {
    const earlier = absence('earlier', now - 5 * hour, now - 4 * hour);
    const availability: Availability = { workingHours: officeHours(), absences: [earlier] };
    const marked = withAbsence(availability, absence('now', now, null));
    expect(marked).toEqual({
      workingHours: officeHours(),
      absences: [earlier, absence('now', now, null)],
    });
    expect(availability.absences).toHaveLength(1);
    expect(availabilityAt(marked, 'UTC', now)).toMatchObject({ reason: 'away', until: null });
  });

  it('endAbsencesAt ends what covers the instant, keeps past and future ones, drops empty ones', () => {
    const past = absence('past', now - 5 * hour, now - 4 * hour);
    const current = absence('current', now - hour, null);
    const overlapping = absence('overlapping', now - 2 * hour, now + 2 * hour);
    const startingNow = absence('starting-now', now, now + hour);
    const future = absence('future', now + 3 * hour, now + 4 * hour);
    const ended = endAbsencesAt(away(past, current, overlapping, startingNow, future), now);
    expect(ended.absences).toEqual([
      past,
      { ...current, end: now },
      { ...overlapping, end: now },
      future,
    ]);
    expect(availabilityAt(ended, 'UTC', now).isAvailable).toBe(true);
    expect(availabilityAt(ended, 'UTC', now + 3 * hour).isAvailable).toBe(false);
  });

  it('currentAndUpcomingAbsences lists the ones not yet over, soonest first', () => {
    const past = absence('past', now - 5 * hour, now);
    const current = absence('current', now - hour, null);
    const future = absence('future', now + 3 * hour, now + 4 * hour);
    expect(currentAndUpcomingAbsences(away(future, past, current), now)).toEqual([current, future]);
  });
});

describe('next start of short working windows', () => {
  it('finds a ten-minute window that starts between quarter hours', () => {
    const briefing = officeHours({ days: [1], start: '09:00', end: '09:10' });
    // Monday 30 November 2026 08:56 in Taipei is 00:56 UTC.
    expect(nextWorkingStart(briefing, 'Asia/Taipei', utc('2026-11-30T00:56'))).toBe(
      utc('2026-11-30T01:00'),
    );
    // Just after it started: the next one is a week later.
    expect(nextWorkingStart(briefing, 'Asia/Taipei', utc('2026-11-30T01:01'))).toBe(
      utc('2026-12-07T01:00'),
    );
  });
});
