import { describe, expect, it } from 'vitest';
import { hourMs } from '../../../../shared/monitoring/earlyWarning/rollups';
import {
  evaluateTriggers,
  markSpikes,
  triggerConfigSchema,
} from '../../../../shared/monitoring/earlyWarning/triggers';
import type {
  TriggerConfigInput,
  TriggerFiring,
} from '../../../../shared/monitoring/earlyWarning/triggers';
import type { HourCoverage } from '../../../../shared/monitoring/earlyWarning/indicators';
import type { HourlyRollup } from '../../../../shared/monitoring/earlyWarning/rollups';
import { baselineHours, currentHour, hourWith, now } from './series';

const fourteenDays = 14 * 24;

/** Config with only the named triggers on. */
function config(overrides: TriggerConfigInput = {}): ReturnType<typeof triggerConfigSchema.parse> {
  return triggerConfigSchema.parse(overrides);
}

/** Firings of `rule-1` at `now`. */
function firingsFor(
  rollups: readonly HourlyRollup[],
  overrides: TriggerConfigInput = {},
  isCovered?: HourCoverage,
): TriggerFiring[] {
  return evaluateTriggers({
    ruleId: 'rule-1',
    config: config(overrides),
    rollups,
    now,
    ...(isCovered === undefined ? {} : { isCovered }),
  });
}

/** Baseline alternating 8 and 12 per hour: mean 10, σ 2 exactly. */
const alternating = baselineHours(fourteenDays, (hoursBefore) => (hoursBefore % 2 === 0 ? 8 : 12));

describe('triggerConfigSchema', () => {
  it('fills the defaults', () => {
    expect(triggerConfigSchema.parse({})).toEqual({
      spike: { isEnabled: true, k: 3, baselineDays: 14, minCount: 5, minBaselineHours: 24 },
      negativeShare: { isEnabled: true, threshold: 0.4, windowHours: 2, minMentions: 10 },
      thresholds: [],
    });
    expect(
      triggerConfigSchema.parse({
        spike: { k: 4 },
        thresholds: [{ indicator: 'velocity', above: 2 }],
      }),
    ).toMatchObject({
      spike: { k: 4, baselineDays: 14, minCount: 5 },
      thresholds: [{ indicator: 'velocity', above: 2, windowHours: 1, minMentions: 5 }],
    });
  });

  it('refuses nonsense', () => {
    expect(triggerConfigSchema.safeParse({ spike: { k: 0 } }).success).toBe(false);
    expect(triggerConfigSchema.safeParse({ negativeShare: { threshold: 1.5 } }).success).toBe(
      false,
    );
    expect(
      triggerConfigSchema.safeParse({ thresholds: [{ indicator: 'volume', above: 1 }] }).success,
    ).toBe(false);
  });
});

describe('spike', () => {
  it('fires at k = 3 and not at k = 4 (baseline mean 10, σ 2, current 17)', () => {
    const rollups = [...alternating, hourWith(currentHour, 17)];
    const atThree = firingsFor(rollups, { negativeShare: { isEnabled: false } });
    expect(atThree).toHaveLength(1);
    expect(atThree[0]).toMatchObject({
      kind: 'spike',
      ruleId: 'rule-1',
      window: { start: currentHour, end: currentHour + hourMs },
      values: { current: 17, mean: 10, stdDev: 2, threshold: 16, k: 3, baselineHours: 336 },
      summary: { mentions: 17, topTerms: [{ key: 'brand', count: 17 }] },
    });
    expect(firingsFor(rollups, { spike: { k: 4 }, negativeShare: { isEnabled: false } })).toEqual(
      [],
    );
  });

  it('needs strictly more than mean + k·σ', () => {
    expect(firingsFor([...alternating, hourWith(currentHour, 16)])).toEqual([]);
  });

  it('does not call 1 → 3 a spike (minimum count 5)', () => {
    const rollups = [...baselineHours(fourteenDays, () => 1), hourWith(currentHour, 3)];
    expect(firingsFor(rollups)).toEqual([]);
    // The minimum is what stops it: without it the flat baseline (σ = 0) would fire.
    expect(firingsFor(rollups, { spike: { minCount: 1 } })).toHaveLength(1);
  });

  it('fires on 20 mentions after a flat-zero baseline', () => {
    const firings = firingsFor([hourWith(currentHour, 20)]);
    expect(firings).toHaveLength(1);
    expect(firings[0]?.values).toMatchObject({ current: 20, mean: 0, stdDev: 0, threshold: 0 });
  });

  it('does not fire on a flat baseline at its usual level, even above the minimum', () => {
    expect(firingsFor([...baselineHours(fourteenDays, () => 6), hourWith(currentHour, 6)])).toEqual(
      [],
    );
    expect(
      firingsFor([...baselineHours(fourteenDays, () => 6), hourWith(currentHour, 7)]),
    ).toHaveLength(1);
  });

  it('leaves gap hours out of the baseline', () => {
    // Only the last two days were monitored, at 18/22 per hour (mean 20, σ 2 → threshold 26).
    const lastTwoDays = baselineHours(48, (hoursBefore) => (hoursBefore % 2 === 0 ? 18 : 22));
    const isCovered: HourCoverage = (hour) => hour >= currentHour - 48 * hourMs;
    const rollups = [...lastTwoDays, hourWith(currentHour, 25)];
    expect(firingsFor(rollups, {}, isCovered)).toEqual([]);
    // Read as zeros, the twelve unmonitored days would drag the mean down and 25 would fire.
    expect(firingsFor(rollups)).toHaveLength(1);
    const [mark] = markSpikes(config().spike, rollups, currentHour, currentHour + 1, isCovered);
    expect(mark).toMatchObject({ baselineHours: 48, mean: 20, stdDev: 2, isSpike: false });
  });

  it('waits for enough monitored baseline hours', () => {
    const isCovered: HourCoverage = (hour) => hour >= currentHour - 10 * hourMs;
    expect(firingsFor([hourWith(currentHour, 20)], {}, isCovered)).toEqual([]);
    expect(
      firingsFor([hourWith(currentHour, 20)], { spike: { minBaselineHours: 10 } }, isCovered),
    ).toHaveLength(1);
  });

  it('also checks the hour just finished (items from it arrive after it ends)', () => {
    const rollups = [...baselineHours(fourteenDays, (hoursBefore) => (hoursBefore === 1 ? 30 : 1))];
    const firings = firingsFor(rollups);
    expect(firings.map((firing) => firing.window.start)).toEqual([currentHour - hourMs]);
  });

  it('is off when disabled and ignores other rules', () => {
    expect(firingsFor([hourWith(currentHour, 20)], { spike: { isEnabled: false } })).toEqual([]);
    expect(firingsFor([hourWith(currentHour, 20, 0, 'rule-2')])).toEqual([]);
  });

  it('marks spikes along a chart range', () => {
    const rollups = [...alternating, hourWith(currentHour, 17)];
    const marks = markSpikes(config().spike, rollups, currentHour - 2 * hourMs, now);
    expect(marks.map((mark) => mark.isSpike)).toEqual([false, false, true]);
  });
});

describe('negative share', () => {
  /** Mentions split over the running hour and the one before (the default 2 h window). */
  function split(mentions: number, negative: number): HourlyRollup[] {
    const early = Math.floor(mentions / 2);
    const earlyNegative = Math.floor(negative / 2);
    return [
      hourWith(currentHour - hourMs, early, earlyNegative),
      hourWith(currentHour, mentions - early, negative - earlyNegative),
    ];
  }

  const noSpike = { spike: { isEnabled: false } };

  it('fires at 4/10 (40 %), not at 3/10, not at 4/9 (fewer than 10 mentions)', () => {
    const fired = firingsFor(split(10, 4), noSpike);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      kind: 'negative-share',
      window: { start: currentHour - hourMs, end: currentHour + hourMs },
      values: { current: 0.4, threshold: 0.4, mentions: 10, negative: 4, minMentions: 10 },
      summary: { sentimentMix: { negative: 4, neutral: 6, positive: 0 } },
    });
    expect(firingsFor(split(10, 3), noSpike)).toEqual([]);
    expect(firingsFor(split(9, 4), noSpike)).toEqual([]);
  });

  it('only looks at the window', () => {
    const rollups = [hourWith(currentHour - 2 * hourMs, 20, 20), ...split(10, 3)];
    expect(firingsFor(rollups, noSpike)).toEqual([]);
    expect(firingsFor(rollups, { ...noSpike, negativeShare: { windowHours: 3 } })).toHaveLength(1);
  });
});

describe('fixed thresholds', () => {
  const quiet = { spike: { isEnabled: false }, negativeShare: { isEnabled: false } };

  it('mentions per hour: strictly above', () => {
    const thresholds = [{ indicator: 'mentions-per-hour' as const, above: 10 }];
    expect(firingsFor([hourWith(currentHour, 10)], { ...quiet, thresholds })).toEqual([]);
    const fired = firingsFor([hourWith(currentHour, 11)], { ...quiet, thresholds });
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      kind: 'threshold',
      indicator: 'mentions-per-hour',
      values: { current: 11, threshold: 10 },
    });
  });

  it('negative share: above the level with enough mentions', () => {
    const thresholds = [{ indicator: 'negative-share' as const, above: 0.5 }];
    const rollups = [hourWith(currentHour, 12, 7)];
    expect(firingsFor(rollups, { ...quiet, thresholds })[0]?.values.current).toBeCloseTo(7 / 12);
    expect(firingsFor([hourWith(currentHour, 12, 6)], { ...quiet, thresholds })).toEqual([]);
    expect(firingsFor([hourWith(currentHour, 9, 9)], { ...quiet, thresholds })).toEqual([]);
  });

  it('velocity: growth above the level, not after a gap, not on tiny counts', () => {
    const thresholds = [{ indicator: 'velocity' as const, above: 1 }];
    const rollups = [hourWith(currentHour - hourMs, 3), hourWith(currentHour, 7)];
    const fired = firingsFor(rollups, { ...quiet, thresholds });
    expect(fired).toHaveLength(1);
    expect(fired[0]?.values).toMatchObject({ current: 4 / 3, previous: 3, mentions: 7 });
    expect(
      firingsFor([hourWith(currentHour - hourMs, 4), hourWith(currentHour, 8)], {
        ...quiet,
        thresholds,
      }),
    ).toEqual([]);
    const previousWasGap: HourCoverage = (hour) => hour !== currentHour - hourMs;
    expect(firingsFor(rollups, { ...quiet, thresholds }, previousWasGap)).toEqual([]);
    expect(firingsFor([hourWith(currentHour, 4)], { ...quiet, thresholds })).toEqual([]);
  });

  it('gives the same occurrence key when the same hour is evaluated again', () => {
    const rollups = [...alternating, hourWith(currentHour, 17)];
    const first = firingsFor(rollups);
    const later = evaluateTriggers({
      ruleId: 'rule-1',
      config: config(),
      rollups,
      now: now + 20 * 60_000,
    });
    expect(later.map((firing) => firing.occurrenceKey)).toEqual(
      first.map((firing) => firing.occurrenceKey),
    );
  });
});
