import { TZDate } from '@date-fns/tz';
import { format, formatDuration } from 'date-fns';
import type { Language } from '../../../../../shared/domain/settings';
import { dateLocaleFor } from '../../../lib/dates';

/**
 * How the time sections write lengths of time and moments in other time zones: a countdown in
 * digits for the eye ("42:10"), the same length in words for screen readers and sentences
 * ("42 minutes"), and a deadline's due time in the zone it was given in beside this device's.
 */

const secondMs = 1000;
const minuteMs = 60 * secondMs;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** Two digits, zero-padded. */
function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A length of time as a countdown reads: `mm:ss` under an hour ("42:10"), `h:mm:ss` beyond
 * ("3:42:10", "26:00:00": hours keep counting past a day, as a wall clock of a war room does).
 * The sign is ignored (the caller says whether it is left or overdue); seconds are truncated.
 */
export function formatCountdown(milliseconds: number): string {
  const totalSeconds = Math.floor(Math.abs(milliseconds) / secondMs);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0
    ? `${hours}:${twoDigits(minutes)}:${twoDigits(seconds)}`
    : `${twoDigits(minutes)}:${twoDigits(seconds)}`;
}

/**
 * A length of time in words in `language`, as precise as a person needs it: seconds under a
 * minute ("42 seconds"), whole minutes under an hour ("12 minutes"), hours and minutes under a
 * day ("1 hour 5 minutes"), then days and hours ("2 days 3 hours"). The sign is ignored and parts
 * are truncated, never rounded up, so "12 minutes left" is never more than there is.
 */
export function formatDurationWords(milliseconds: number, language: Language): string {
  const length = Math.abs(milliseconds);
  const locale = dateLocaleFor(language);
  if (length < minuteMs) {
    return formatDuration({ seconds: Math.floor(length / secondMs) }, { locale, zero: true });
  }
  if (length < hourMs) {
    return formatDuration({ minutes: Math.floor(length / minuteMs) }, { locale });
  }
  if (length < dayMs) {
    return formatDuration(
      { hours: Math.floor(length / hourMs), minutes: Math.floor((length % hourMs) / minuteMs) },
      { locale },
    );
  }
  return formatDuration(
    { days: Math.floor(length / dayMs), hours: Math.floor((length % dayMs) / hourMs) },
    { locale },
  );
}

/** A moment as clocks in one time zone show it. */
export type ZonedReading = {
  /** The calendar day there, `YYYY-MM-DD`. */
  isoDate: string;
  /** The time of day there, `HH:mm` (24-hour, as deadlines are given). */
  time: string;
};

/** What clocks in `timeZone` show at `at` (epoch ms). */
export function readingIn(at: number, timeZone: string): ZonedReading {
  const zoned = new TZDate(at, timeZone);
  return { isoDate: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') };
}

/** Whole calendar days from `fromIsoDate` to `toIsoDate` (both `YYYY-MM-DD`): 1 = the next day. */
function calendarDaysBetween(fromIsoDate: string, toIsoDate: string): number {
  const toUtc = (isoDate: string) => {
    const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((toUtc(toIsoDate) - toUtc(fromIsoDate)) / dayMs);
}

/**
 * A deadline's due moment read in the zone it was given in and in this device's zone. `device`
 * is null when the two zones are the same; otherwise `dayOffset` says on which calendar day the
 * device's clocks are then, relative to the given zone's (1: the next day, as 18:00 in London is
 * 02:00 the next day in Taipei).
 */
export type DueReadings = {
  given: ZonedReading & { timeZone: string };
  device: (ZonedReading & { timeZone: string; dayOffset: number }) | null;
};

/** See {@link DueReadings}. */
export function dueReadings(at: number, givenZone: string, deviceZone: string): DueReadings {
  const given = { ...readingIn(at, givenZone), timeZone: givenZone };
  if (givenZone === deviceZone) {
    return { given, device: null };
  }
  const device = readingIn(at, deviceZone);
  return {
    given,
    device: {
      ...device,
      timeZone: deviceZone,
      dayOffset: calendarDaysBetween(given.isoDate, device.isoDate),
    },
  };
}
