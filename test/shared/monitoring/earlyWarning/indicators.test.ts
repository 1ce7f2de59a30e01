import { describe, expect, it } from 'vitest';
import {
  baselineBefore,
  everyHourCovered,
  hourCoverageFromWindows,
  hoursBetween,
  mentionsSeries,
  negativeShare,
  rollupsByHour,
  velocity,
} from '../../../../shared/monitoring/earlyWarning/indicators';
import { hourMs } from '../../../../shared/monitoring/earlyWarning/rollups';
import { baselineHours, currentHour, hourWith, now } from './series';

describe('mentionsSeries', () => {
  it('fills missing hours with 0 and flags hours outside coverage as gaps', () => {
    const covered = hourCoverageFromWindows([
      { start: currentHour - 4 * hourMs + 5 * 60_000, end: currentHour - 3 * hourMs + 5 * 60_000 },
      { start: currentHour - hourMs + 10 * 60_000, end: now },
    ]);
    const series = mentionsSeries(
      [hourWith(currentHour - 4 * hourMs, 3, 1), hourWith(currentHour, 7, 2)],
      currentHour - 4 * hourMs,
      now,
      covered,
    );
    expect(series).toEqual([
      { hourStart: currentHour - 4 * hourMs, mentions: 3, negative: 1, isGap: false },
      { hourStart: currentHour - 3 * hourMs, mentions: 0, negative: 0, isGap: false },
      { hourStart: currentHour - 2 * hourMs, mentions: 0, negative: 0, isGap: true },
      { hourStart: currentHour - hourMs, mentions: 0, negative: 0, isGap: false },
      { hourStart: currentHour, mentions: 7, negative: 2, isGap: false },
    ]);
  });

  it('covers every hour overlapping [from, to)', () => {
    expect(hoursBetween(currentHour + 1, currentHour + hourMs)).toEqual([currentHour]);
    expect(hoursBetween(currentHour, currentHour + hourMs + 1)).toEqual([
      currentHour,
      currentHour + hourMs,
    ]);
    expect(hoursBetween(currentHour, currentHour)).toEqual([]);
  });
});

describe('negativeShare', () => {
  it('adds the window hours ending with the running hour', () => {
    const rollups = [
      hourWith(currentHour - 2 * hourMs, 50, 50),
      hourWith(currentHour - hourMs, 6, 3),
      hourWith(currentHour, 4, 1),
    ];
    expect(negativeShare(rollups, now, 2)).toMatchObject({
      start: currentHour - hourMs,
      end: currentHour + hourMs,
      mentions: 10,
      negative: 4,
      share: 0.4,
    });
  });

  it('is null without mentions', () => {
    expect(negativeShare([], now, 2).share).toBeNull();
  });
});

describe('velocity', () => {
  it('compares the current window with the previous one', () => {
    const rollups = [hourWith(currentHour - hourMs, 4), hourWith(currentHour, 10)];
    expect(velocity(rollups, now, 1)).toMatchObject({ ratio: 2.5, growth: 1.5, isFromZero: false });
    const twoHours = velocity(
      [...rollups, hourWith(currentHour - 3 * hourMs, 7), hourWith(currentHour - 2 * hourMs, 7)],
      now,
      2,
    );
    expect(twoHours.current.mentions).toBe(14);
    expect(twoHours.previous.mentions).toBe(14);
    expect(twoHours.growth).toBe(0);
  });

  it('has a defined value when the previous window is 0', () => {
    expect(velocity([hourWith(currentHour, 6)], now, 1)).toMatchObject({
      ratio: 6,
      growth: 6,
      isFromZero: true,
    });
    expect(velocity([], now, 1)).toMatchObject({ ratio: 0, growth: 0, isFromZero: true });
  });

  it('counts gap hours in each window', () => {
    const result = velocity([hourWith(currentHour, 6)], now, 2, (hour) => hour >= currentHour);
    expect(result.previous.gapHours).toBe(2);
    expect(result.current.gapHours).toBe(1);
  });
});

describe('baselineBefore', () => {
  it('counts quiet hours as 0 and leaves gap hours out', () => {
    const byHour = rollupsByHour(baselineHours(4, (hoursBefore) => (hoursBefore === 1 ? 8 : 0)));
    expect(baselineBefore(byHour, currentHour, 4 / 24, everyHourCovered)).toEqual({
      hours: 4,
      mean: 2,
      stdDev: Math.sqrt(12),
    });
    const onlyLastTwo = baselineBefore(
      byHour,
      currentHour,
      4 / 24,
      (hour) => hour >= currentHour - 2 * hourMs,
    );
    expect(onlyLastTwo).toEqual({ hours: 2, mean: 4, stdDev: 4 });
  });

  it('gives exactly 0 for a flat series', () => {
    const byHour = rollupsByHour(baselineHours(336, () => 7));
    expect(baselineBefore(byHour, currentHour, 14, everyHourCovered)).toEqual({
      hours: 336,
      mean: 7,
      stdDev: 0,
    });
  });
});
