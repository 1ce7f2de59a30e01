import type { CoverageWindow } from '../coverage';
import { hourMs, hourStartOf } from './rollups';
import type { HourlyRollup } from './rollups';

/**
 * Indicators per rule, read from hourly rollups only: mentions per hour (with coverage gaps
 * marked), negative share over a window, and velocity (growth against the previous window).
 * Windows are whole UTC hours ending with the hour that holds `now`, so the running hour counts
 * with what it has so far.
 */

/**
 * Whether monitoring really ran during the hour starting at `hourStart`. Hours that were not
 * covered (laptop asleep, offline, app closed) are gaps: charts shade them and baselines leave
 * them out, since a zero there means "not looked", not "nothing said".
 */
export type HourCoverage = (hourStart: number) => boolean;

/** Coverage for callers that do not track it (tests, a rule's first run): every hour counts. */
export function everyHourCovered(): boolean {
  return true;
}

/**
 * Coverage from the ledger's windows (see `coverage.ts`): an hour is covered when a coverage
 * window touches it. A rule over several sources passes the union of their windows.
 */
export function hourCoverageFromWindows(windows: readonly CoverageWindow[]): HourCoverage {
  const sorted = [...windows].sort((left, right) => left.start - right.start);
  return (hourStart) => {
    const hourEnd = hourStart + hourMs;
    return sorted.some((window) => window.start < hourEnd && window.end >= hourStart);
  };
}

/** One hour of a rule's series. Missing rollups are zero; `isGap` hours were not monitored. */
export type HourPoint = {
  hourStart: number;
  mentions: number;
  negative: number;
  isGap: boolean;
};

/** Rollups by hour start, for lookups while walking a range. */
export function rollupsByHour(rollups: readonly HourlyRollup[]): Map<number, HourlyRollup> {
  return new Map(rollups.map((rollup) => [rollup.hourStart, rollup]));
}

/** The start of every UTC hour that overlaps [from, to), oldest first. */
export function hoursBetween(from: number, to: number): number[] {
  const hours: number[] = [];
  if (to <= from) {
    return hours;
  }
  for (let hour = hourStartOf(from); hour < to; hour += hourMs) {
    hours.push(hour);
  }
  return hours;
}

/**
 * Mentions and negative mentions per hour for every hour overlapping [from, to): hours without a
 * rollup are 0, hours outside coverage are flagged `isGap` (their counts are kept, since items
 * caught up after a gap may still land in them).
 */
export function mentionsSeries(
  rollups: readonly HourlyRollup[],
  from: number,
  to: number,
  isCovered: HourCoverage,
): HourPoint[] {
  const byHour = rollupsByHour(rollups);
  return hoursBetween(from, to).map((hourStart) => {
    const rollup = byHour.get(hourStart);
    return {
      hourStart,
      mentions: rollup?.mentions ?? 0,
      negative: rollup?.negative ?? 0,
      isGap: !isCovered(hourStart),
    };
  });
}

/** The `windowHours` whole hours ending with the hour holding `now` (start inclusive, end exclusive). */
export function windowEndingAt(now: number, windowHours: number): { start: number; end: number } {
  const end = hourStartOf(now) + hourMs;
  return { start: end - Math.max(1, Math.floor(windowHours)) * hourMs, end };
}

/** Totals over a window of hours. */
export type WindowTotals = {
  start: number;
  end: number;
  mentions: number;
  negative: number;
  /** Hours in the window that were not monitored. */
  gapHours: number;
};

/** Mentions, negative mentions and gap hours over [start, end) (hour-aligned). */
export function windowTotals(
  byHour: ReadonlyMap<number, HourlyRollup>,
  start: number,
  end: number,
  isCovered: HourCoverage,
): WindowTotals {
  let mentions = 0;
  let negative = 0;
  let gapHours = 0;
  for (const hourStart of hoursBetween(start, end)) {
    const rollup = byHour.get(hourStart);
    mentions += rollup?.mentions ?? 0;
    negative += rollup?.negative ?? 0;
    if (!isCovered(hourStart)) {
      gapHours += 1;
    }
  }
  return { start, end, mentions, negative, gapHours };
}

/** Negative share over a window; `share` is null when there were no mentions. */
export type NegativeShare = WindowTotals & { share: number | null };

/** The share of negative mentions over the `windowHours` hours ending with the hour of `now`. */
export function negativeShare(
  rollups: readonly HourlyRollup[],
  now: number,
  windowHours: number,
  isCovered: HourCoverage = everyHourCovered,
): NegativeShare {
  const { start, end } = windowEndingAt(now, windowHours);
  const totals = windowTotals(rollupsByHour(rollups), start, end, isCovered);
  return { ...totals, share: totals.mentions === 0 ? null : totals.negative / totals.mentions };
}

/** Velocity: the current window against the previous window of the same length. */
export type Velocity = {
  current: WindowTotals;
  previous: WindowTotals;
  /**
   * `current / previous`, with a previous of 0 read as 1 so the value is always defined (0 → 6 is
   * a ratio of 6, 0 → 0 a ratio of 0).
   */
  ratio: number;
  /** Growth as a fraction: `(current − previous) / max(previous, 1)`; 1 means +100 %. */
  growth: number;
  /** True when the previous window had no mentions (the UI says "new" rather than a percentage). */
  isFromZero: boolean;
};

/**
 * Mentions in the `windowHours` hours ending with the hour of `now` against the same number of
 * hours before them. Gap hours are counted in each window's `gapHours`, so a caller can refuse to
 * read growth after a stretch nobody was looking.
 */
export function velocity(
  rollups: readonly HourlyRollup[],
  now: number,
  windowHours: number,
  isCovered: HourCoverage = everyHourCovered,
): Velocity {
  const byHour = rollupsByHour(rollups);
  const currentWindow = windowEndingAt(now, windowHours);
  const length = currentWindow.end - currentWindow.start;
  const current = windowTotals(byHour, currentWindow.start, currentWindow.end, isCovered);
  const previous = windowTotals(
    byHour,
    currentWindow.start - length,
    currentWindow.start,
    isCovered,
  );
  const divisor = Math.max(previous.mentions, 1);
  return {
    current,
    previous,
    ratio: current.mentions / divisor,
    growth: (current.mentions - previous.mentions) / divisor,
    isFromZero: previous.mentions === 0,
  };
}

/** Mean and population standard deviation of hourly counts. */
export type Baseline = { hours: number; mean: number; stdDev: number };

/**
 * The baseline for the hour starting at `hourStart`: the hourly mention counts of the
 * `baselineDays` days before it, gap hours left out and hours without mentions counted as 0.
 * Population standard deviation (the baseline is the whole reference period, not a sample), in
 * two passes so a flat series gives exactly 0.
 */
export function baselineBefore(
  byHour: ReadonlyMap<number, HourlyRollup>,
  hourStart: number,
  baselineDays: number,
  isCovered: HourCoverage,
): Baseline {
  const counts = hoursBetween(hourStart - baselineDays * 24 * hourMs, hourStart)
    .filter((hour) => isCovered(hour))
    .map((hour) => byHour.get(hour)?.mentions ?? 0);
  if (counts.length === 0) {
    return { hours: 0, mean: 0, stdDev: 0 };
  }
  const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
  const variance =
    counts.reduce((sum, count) => sum + (count - mean) * (count - mean), 0) / counts.length;
  return { hours: counts.length, mean, stdDev: Math.sqrt(variance) };
}
