import type {
  CrisisRoomDatabase,
  MonitoringRuleRow,
} from '../../../../../renderer/src/db/database';
import { addToRollup, hourMs } from '../../../../../shared/monitoring/earlyWarning/rollups';
import type { HourlyRollup } from '../../../../../shared/monitoring/earlyWarning/rollups';
import { triggerConfigSchema } from '../../../../../shared/monitoring/earlyWarning/triggers';
import type { TriggerConfigInput } from '../../../../../shared/monitoring/earlyWarning/triggers';
import type { SentimentLabel } from '../../../../../shared/monitoring/sentiment/sentimentScorer';
import { testNow } from '../../../db/monitoringFixtures';

/** The start of the hour evaluations run in (testNow is on the hour). */
export const hourStart = testNow;

/** Half past that hour: the "now" of most evaluations. */
export const evaluationNow = testNow + 30 * 60_000;

/** A stored rule (brand watch on every source), with `overrides` and trigger settings applied. */
export function ruleRow(
  overrides: Partial<MonitoringRuleRow> = {},
  triggers: TriggerConfigInput = {},
): MonitoringRuleRow {
  return {
    id: 'rule-brand',
    name: 'Brand watch',
    query: 'brand',
    sourceIds: [],
    tags: [],
    mode: 'active',
    riskIds: [],
    crisisTypeId: null,
    triggers: triggerConfigSchema.parse(triggers),
    matchVersion: 1,
    createdAt: testNow - 30 * 24 * hourMs,
    updatedAt: testNow - 30 * 24 * hourMs,
    ...overrides,
  };
}

/** Mentions of one hour by sentiment. */
export type HourMentions = Partial<Record<SentimentLabel, number>>;

/**
 * A rollup built the way ingest builds it (`addToRollup` once per item): every item matched the
 * term `brand` and came from `sourceId`; items are numbered within the hour.
 */
export function rollupOf(
  ruleId: string,
  start: number,
  mentions: HourMentions,
  sourceId = 'source-a',
): HourlyRollup | null {
  let rollup: HourlyRollup | null = null;
  let index = 0;
  for (const label of ['negative', 'neutral', 'positive'] as const) {
    for (let count = 0; count < (mentions[label] ?? 0); count += 1) {
      index += 1;
      rollup = addToRollup(rollup, {
        ruleId,
        itemId: `${ruleId}-${String(start)}-${String(index)}`,
        publishedAt: start + index * 1_000,
        sentimentLabel: label,
        sourceId,
        terms: ['brand'],
      });
    }
  }
  return rollup;
}

/** Stores rollups for the given hours (hour start → mentions). */
export async function seedRollups(
  db: CrisisRoomDatabase,
  ruleId: string,
  hours: ReadonlyMap<number, HourMentions>,
): Promise<void> {
  const rows = [...hours]
    .map(([start, mentions]) => rollupOf(ruleId, start, mentions))
    .filter((rollup) => rollup !== null);
  await db.monitoringRollups.bulkPut(rows);
}

/**
 * A 14-day baseline before `hourStart` alternating 1 and 2 neutral mentions per hour (mean 1.5,
 * σ 0.5, so mean + 3σ = 3), plus `current` neutral mentions in the hour itself.
 */
export function spikeSeries(current: number): Map<number, HourMentions> {
  const hours = new Map<number, HourMentions>();
  for (let back = 1; back <= 14 * 24; back += 1) {
    hours.set(hourStart - back * hourMs, { neutral: back % 2 === 0 ? 2 : 1 });
  }
  hours.set(hourStart, { neutral: current });
  return hours;
}

/** One coverage window for `sourceId` from `start` to `end`, as the ledger stores it. */
export async function seedCoverage(
  db: CrisisRoomDatabase,
  start: number,
  end: number,
  sourceId = 'source-a',
): Promise<void> {
  await db.monitoringCoverage.put({ id: `${sourceId}:${String(start)}`, sourceId, start, end });
}
