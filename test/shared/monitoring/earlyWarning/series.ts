import { emptyRollup, hourMs } from '../../../../shared/monitoring/earlyWarning/rollups';
import type { HourlyRollup } from '../../../../shared/monitoring/earlyWarning/rollups';

/** Synthetic hourly series for the early-warning tests. */

/** The hour being evaluated: 2026-11-22 12:00 UTC. */
export const currentHour = Date.UTC(2026, 10, 22, 12, 0, 0);

/** Half past the current hour: the injected `now`. */
export const now = currentHour + 30 * 60_000;

/** A rollup with just counts (mentions, of which `negative` negative and the rest neutral). */
export function hourWith(
  hourStart: number,
  mentions: number,
  negative = 0,
  ruleId = 'rule-1',
): HourlyRollup {
  return {
    ...emptyRollup(ruleId, hourStart),
    mentions,
    negative,
    neutral: mentions - negative,
    sourceCounts: mentions > 0 ? { 'src-a': mentions } : {},
    termCounts: mentions > 0 ? { brand: mentions } : {},
  };
}

/**
 * Rollups for the `hours` hours before `currentHour`, oldest first, with counts from `countAt`
 * (given how many hours before the current hour, 1 = the hour just before).
 */
export function baselineHours(
  hours: number,
  countAt: (hoursBefore: number) => number,
): HourlyRollup[] {
  const rollups: HourlyRollup[] = [];
  for (let hoursBefore = hours; hoursBefore >= 1; hoursBefore -= 1) {
    const count = countAt(hoursBefore);
    if (count > 0) {
      rollups.push(hourWith(currentHour - hoursBefore * hourMs, count));
    }
  }
  return rollups;
}
