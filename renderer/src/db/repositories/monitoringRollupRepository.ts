import {
  addToRollup,
  hourStartOf,
  removeFromRollup,
  rollupKey,
} from '../../../../shared/monitoring/earlyWarning/rollups';
import type { HourlyRollup, RollupMatch } from '../../../../shared/monitoring/earlyWarning/rollups';
import { getDatabase } from '../database';
import type { CrisisRoomDatabase, MonitoringRollupRow } from '../database';

/**
 * Hourly rollups in IndexedDB: one row per rule and UTC hour, keyed `[ruleId+hourStart]`, so a
 * rule's hours are one key range and a dashboard reads a handful of rows instead of scanning
 * items. Rows are written only inside the transaction that stores or re-matches the items they
 * count, which keeps "rollups = the sum of the stored items' matches" true at every commit.
 */

/** One change to the rollups: an item starts or stops counting for a rule in an hour. */
export type RollupChange = { kind: 'add' | 'remove'; match: RollupMatch };

/**
 * A rule's rollups for the hours starting in [from, to), oldest first: one key-range read.
 * Dexie-only, so it works inside live queries.
 */
export function readRuleRollups(
  ruleId: string,
  from: number,
  to: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<MonitoringRollupRow[]> {
  if (!(from < to)) {
    return Promise.resolve([]);
  }
  return db.monitoringRollups
    .where('[ruleId+hourStart]')
    .between([ruleId, from], [ruleId, to], true, false)
    .toArray();
}

/**
 * Every rule's rollups for the hours starting in [from, to), grouped by rule id (hours oldest
 * first): one key-range read per rule, for the dashboard's overview. Rules with no hour in the
 * range map to an empty list.
 */
export async function readRollupsByRule(
  ruleIds: readonly string[],
  from: number,
  to: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Map<string, MonitoringRollupRow[]>> {
  const lists = await Promise.all(ruleIds.map((ruleId) => readRuleRollups(ruleId, from, to, db)));
  return new Map(ruleIds.map((ruleId, index) => [ruleId, lists[index] ?? []]));
}

/**
 * Applies rollup changes inside the caller's read-write transaction (which must include
 * `monitoringRollups`): reads each touched hour once, applies the changes in order, then writes
 * the hours that still count something and deletes the ones left empty. A removal from an hour
 * that has no row is ignored (nothing was counted there).
 */
export async function applyRollupChanges(
  db: CrisisRoomDatabase,
  changes: readonly RollupChange[],
): Promise<void> {
  if (changes.length === 0) {
    return;
  }
  const keys = new Map<string, [string, number]>();
  for (const { match } of changes) {
    const key = rollupKeyOf(match);
    if (!keys.has(key)) {
      keys.set(key, [match.ruleId, hourStartOf(match.publishedAt)]);
    }
  }
  const stored = await db.monitoringRollups.bulkGet([...keys.values()]);
  const current = new Map<string, HourlyRollup | null>();
  [...keys.keys()].forEach((key, index) => {
    current.set(key, stored[index] ?? null);
  });
  for (const { kind, match } of changes) {
    const key = rollupKeyOf(match);
    const rollup = current.get(key) ?? null;
    if (kind === 'add') {
      current.set(key, addToRollup(rollup, match));
    } else if (rollup !== null) {
      current.set(key, removeFromRollup(rollup, match));
    }
  }
  const puts: HourlyRollup[] = [];
  const deletes: [string, number][] = [];
  for (const [key, rollup] of current) {
    const primaryKey = keys.get(key);
    if (rollup !== null) {
      puts.push(rollup);
    } else if (primaryKey !== undefined) {
      deletes.push(primaryKey);
    }
  }
  if (deletes.length > 0) {
    await db.monitoringRollups.bulkDelete(deletes);
  }
  if (puts.length > 0) {
    await db.monitoringRollups.bulkPut(puts);
  }
}

/** The text key of a match's rollup, for grouping changes. */
function rollupKeyOf(match: RollupMatch): string {
  return rollupKey(match.ruleId, match.publishedAt);
}
