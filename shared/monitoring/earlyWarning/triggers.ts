import { z } from 'zod';
import {
  baselineBefore,
  everyHourCovered,
  rollupsByHour,
  velocity,
  windowEndingAt,
  windowTotals,
} from './indicators';
import type { HourCoverage } from './indicators';
import { hourMs, hourStartOf, summarizeRollups } from './rollups';
import type { HourlyRollup, RollupSummary } from './rollups';

/**
 * Triggers per rule: spike against a baseline, negative share within a window, and fixed
 * thresholds. Pure evaluation over the rule's hourly rollups at an injected `now`; what the
 * firings become (alerts, grouping, dry-run) is `alerts.ts`'s job.
 */

/**
 * Spike: the hour's mentions above mean + k·σ of the same rule's hourly counts over the baseline.
 * `minCount` 5: with a quiet baseline σ is tiny, so k·σ alone would call 1 → 3 a spike; five
 * mentions in an hour is the smallest burst worth a look for a small team, and for a baseline mean
 * of 0.5 per hour a Poisson count reaches 5 about once in 6,000 hours (well under one false alarm
 * a year per rule). `minBaselineHours` 24: under a day of monitored history the mean and σ say
 * nothing yet, so a new rule or install does not fire on its first busy hour.
 */
export const spikeConfigSchema = z.object({
  isEnabled: z.boolean().default(true),
  k: z.number().positive().max(20).default(3),
  baselineDays: z.int().min(1).max(60).default(14),
  minCount: z.int().min(1).max(1_000_000).default(5),
  minBaselineHours: z
    .int()
    .min(0)
    .max(60 * 24)
    .default(24),
});

/** Negative share of at least `threshold` over the last `windowHours`, with `minMentions`. */
export const negativeShareConfigSchema = z.object({
  isEnabled: z.boolean().default(true),
  threshold: z.number().min(0).max(1).default(0.4),
  windowHours: z.int().min(1).max(168).default(2),
  minMentions: z.int().min(1).max(1_000_000).default(10),
});

/** Indicators a fixed threshold can watch. */
export const thresholdIndicators = ['mentions-per-hour', 'negative-share', 'velocity'] as const;

/** One of {@link thresholdIndicators}. */
export type ThresholdIndicator = (typeof thresholdIndicators)[number];

/**
 * A fixed threshold: fires when the indicator is strictly above `above`.
 * - `mentions-per-hour`: the hour's mentions (checked like spikes: running and last hour).
 * - `negative-share`: share (0–1) over `windowHours`, only with at least `minMentions`.
 * - `velocity`: growth as a fraction (2 = +200 %) of the last `windowHours` against the ones
 *   before, only with at least `minMentions` now and no gap in the previous window (a window
 *   nobody watched would look like growth from zero).
 */
export const thresholdConfigSchema = z.discriminatedUnion('indicator', [
  z.object({
    indicator: z.literal('mentions-per-hour'),
    above: z.number().min(0),
  }),
  z.object({
    indicator: z.literal('negative-share'),
    above: z.number().min(0).max(1),
    windowHours: z.int().min(1).max(168).default(2),
    minMentions: z.int().min(1).max(1_000_000).default(10),
  }),
  z.object({
    indicator: z.literal('velocity'),
    above: z.number().min(0),
    windowHours: z.int().min(1).max(168).default(1),
    minMentions: z.int().min(1).max(1_000_000).default(5),
  }),
]);

/** Per-rule trigger settings; `triggerConfigSchema.parse({})` gives every default. */
export const triggerConfigSchema = z.object({
  spike: spikeConfigSchema.prefault({}),
  negativeShare: negativeShareConfigSchema.prefault({}),
  thresholds: z.array(thresholdConfigSchema).max(20).default([]),
});

/** Parsed trigger settings (defaults filled in). */
export type TriggerConfig = z.output<typeof triggerConfigSchema>;

/** Trigger settings as stored or typed by a user (defaults optional). */
export type TriggerConfigInput = z.input<typeof triggerConfigSchema>;

/** Kinds of firing (and of alert). */
export const triggerKinds = ['spike', 'negative-share', 'threshold', 'source-unhealthy'] as const;

/** One of {@link triggerKinds}. */
export type TriggerKind = (typeof triggerKinds)[number];

/** The indicator a firing is about. */
export type FiringIndicator = ThresholdIndicator | 'source-health';

/**
 * The numbers behind a firing, for the explanation. `current` is the indicator's value and
 * `threshold` the value it had to exceed (or reach, for negative share); the rest depend on kind.
 */
export type FiringValues = {
  current: number;
  threshold: number;
  mean?: number;
  stdDev?: number;
  k?: number;
  minCount?: number;
  baselineHours?: number;
  mentions?: number;
  negative?: number;
  minMentions?: number;
  previous?: number;
  windowHours?: number;
  unhealthySince?: number;
  unhealthyForMs?: number;
};

/** One trigger that fired. */
export type TriggerFiring = {
  kind: TriggerKind;
  indicator: FiringIndicator;
  ruleId: string | null;
  sourceId: string | null;
  /** Display name of the source for source-health firings, else null. */
  sourceName: string | null;
  /** The hours (or time) the firing is about: [start, end). */
  window: { start: number; end: number };
  values: FiringValues;
  /**
   * Identifies what fired (rule, kind, indicator, hour or slot). Re-evaluating the same hour gives
   * the same key, so alerts count a repeat only when something new fired.
   */
  occurrenceKey: string;
  /** Totals, sentiment mix, top terms and sources and samples over the window. */
  summary: RollupSummary;
};

/** Inputs of {@link evaluateTriggers}. */
export type TriggerEvaluationInput = {
  ruleId: string;
  config: TriggerConfig;
  /** The rule's rollups from the baseline start to `now`; other rules' rollups are ignored. */
  rollups: readonly HourlyRollup[];
  now: number;
  isCovered?: HourCoverage;
};

/** The outcome of the spike test for one hour, firing or not (dashboards mark spikes with it). */
export type SpikeEvaluation = {
  hourStart: number;
  current: number;
  mean: number;
  stdDev: number;
  /** mean + k·σ: the count must be strictly above it (and at least `minCount`). */
  threshold: number;
  baselineHours: number;
  isSpike: boolean;
};

/**
 * The spike test for the hour starting at `hourStart`: mentions > mean + k·σ of the baseline
 * (the `baselineDays` before the hour, gap hours left out, quiet hours as 0) and mentions ≥
 * `minCount`, with at least `minBaselineHours` monitored baseline hours. With a flat baseline
 * (σ = 0) this reads "at least minCount and above the usual level".
 */
export function evaluateSpike(
  config: TriggerConfig['spike'],
  byHour: ReadonlyMap<number, HourlyRollup>,
  hourStart: number,
  isCovered: HourCoverage,
): SpikeEvaluation {
  const current = byHour.get(hourStart)?.mentions ?? 0;
  const baseline = baselineBefore(byHour, hourStart, config.baselineDays, isCovered);
  const threshold = baseline.mean + config.k * baseline.stdDev;
  return {
    hourStart,
    current,
    mean: baseline.mean,
    stdDev: baseline.stdDev,
    threshold,
    baselineHours: baseline.hours,
    isSpike:
      config.isEnabled &&
      baseline.hours >= config.minBaselineHours &&
      current >= config.minCount &&
      current > threshold,
  };
}

/**
 * Spike marks for a chart: the spike test for every hour overlapping [from, to). Needs the rule's
 * rollups from `baselineDays` before `from`.
 */
export function markSpikes(
  config: TriggerConfig['spike'],
  rollups: readonly HourlyRollup[],
  from: number,
  to: number,
  isCovered: HourCoverage = everyHourCovered,
): SpikeEvaluation[] {
  const byHour = rollupsByHour(rollups);
  const evaluations: SpikeEvaluation[] = [];
  for (let hourStart = hourStartOf(from); hourStart < to; hourStart += hourMs) {
    evaluations.push(evaluateSpike(config, byHour, hourStart, isCovered));
  }
  return evaluations;
}

/** The rollups of [start, end), for a firing's summary. */
function rollupsIn(
  byHour: ReadonlyMap<number, HourlyRollup>,
  start: number,
  end: number,
): HourlyRollup[] {
  const inWindow: HourlyRollup[] = [];
  for (let hourStart = start; hourStart < end; hourStart += hourMs) {
    const rollup = byHour.get(hourStart);
    if (rollup !== undefined) {
      inWindow.push(rollup);
    }
  }
  return inWindow;
}

/**
 * Every trigger of one rule that fires at `now`. Spikes and mentions-per-hour thresholds are
 * checked for the running hour and for the hour before it: with hourly scans, items published
 * late in an hour are only fetched after it ended, so the finished hour must be looked at again
 * (alerts group the two; the occurrence key keeps re-evaluations from counting as repeats).
 * Negative share and velocity use windows of whole hours ending with the running hour.
 */
export function evaluateTriggers(input: TriggerEvaluationInput): TriggerFiring[] {
  const { ruleId, config, now } = input;
  const isCovered = input.isCovered ?? everyHourCovered;
  const own = input.rollups.filter((rollup) => rollup.ruleId === ruleId);
  const byHour = rollupsByHour(own);
  const runningHour = hourStartOf(now);
  const hoursToCheck = [runningHour - hourMs, runningHour];
  const firings: TriggerFiring[] = [];
  const fire = (
    kind: TriggerKind,
    indicator: ThresholdIndicator,
    start: number,
    end: number,
    values: FiringValues,
  ): void => {
    firings.push({
      kind,
      indicator,
      ruleId,
      sourceId: null,
      sourceName: null,
      window: { start, end },
      values,
      occurrenceKey: `${ruleId}|${kind}|${indicator}|${String(start)}|${String(end)}`,
      summary: summarizeRollups(rollupsIn(byHour, start, end)),
    });
  };

  for (const hourStart of hoursToCheck) {
    const spike = evaluateSpike(config.spike, byHour, hourStart, isCovered);
    if (spike.isSpike) {
      fire('spike', 'mentions-per-hour', hourStart, hourStart + hourMs, {
        current: spike.current,
        threshold: spike.threshold,
        mean: spike.mean,
        stdDev: spike.stdDev,
        k: config.spike.k,
        minCount: config.spike.minCount,
        baselineHours: spike.baselineHours,
      });
    }
  }

  if (config.negativeShare.isEnabled) {
    const { threshold, windowHours, minMentions } = config.negativeShare;
    const { start, end } = windowEndingAt(now, windowHours);
    const totals = windowTotals(byHour, start, end, isCovered);
    const share = totals.mentions === 0 ? 0 : totals.negative / totals.mentions;
    if (totals.mentions >= minMentions && share >= threshold) {
      fire('negative-share', 'negative-share', start, end, {
        current: share,
        threshold,
        mentions: totals.mentions,
        negative: totals.negative,
        minMentions,
        windowHours,
      });
    }
  }

  for (const rule of config.thresholds) {
    if (rule.indicator === 'mentions-per-hour') {
      for (const hourStart of hoursToCheck) {
        const current = byHour.get(hourStart)?.mentions ?? 0;
        if (current > rule.above) {
          fire('threshold', rule.indicator, hourStart, hourStart + hourMs, {
            current,
            threshold: rule.above,
          });
        }
      }
    } else if (rule.indicator === 'negative-share') {
      const { start, end } = windowEndingAt(now, rule.windowHours);
      const totals = windowTotals(byHour, start, end, isCovered);
      const share = totals.mentions === 0 ? 0 : totals.negative / totals.mentions;
      if (totals.mentions >= rule.minMentions && share > rule.above) {
        fire('threshold', rule.indicator, start, end, {
          current: share,
          threshold: rule.above,
          mentions: totals.mentions,
          negative: totals.negative,
          minMentions: rule.minMentions,
          windowHours: rule.windowHours,
        });
      }
    } else {
      const growth = velocity(own, now, rule.windowHours, isCovered);
      if (
        growth.previous.gapHours === 0 &&
        growth.current.mentions >= rule.minMentions &&
        growth.growth > rule.above
      ) {
        fire('threshold', rule.indicator, growth.current.start, growth.current.end, {
          current: growth.growth,
          threshold: rule.above,
          mentions: growth.current.mentions,
          previous: growth.previous.mentions,
          minMentions: rule.minMentions,
          windowHours: rule.windowHours,
        });
      }
    }
  }
  return firings;
}
