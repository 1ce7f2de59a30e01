import { describe, expect, it } from 'vitest';
import { applyRecords } from '../../../../renderer/src/db/repositories/monitoringRecordRepository';
import {
  readRollupsByRule,
  readRuleRollups,
} from '../../../../renderer/src/db/repositories/monitoringRollupRepository';
import { insertRule } from '../../../../renderer/src/db/repositories/monitoringRuleRepository';
import { emptyRollup, hourStartOf } from '../../../../shared/monitoring/earlyWarning/rollups';
import type { FetchedItem } from '../../../../shared/monitoring/records';
import { ruleInput } from '../../features/monitoring/earlyWarning/earlyWarningFixtures';
import { fetchRecord, item, seedSource, testNow } from '../monitoringFixtures';
import { useFreshDatabases } from '../openDatabaseAt';

const freshDatabase = useFreshDatabases('rollups');
const hour = 3_600_000;
const minute = 60_000;

/** An item ingest matched with rule-1 (version 1) on `terms`, with a sentiment label. */
function matched(
  dedupeKey: string,
  terms: string[],
  label: 'positive' | 'neutral' | 'negative' | null,
  overrides: Partial<FetchedItem> = {},
): FetchedItem {
  return item(dedupeKey, {
    ruleMatches: [{ ruleId: 'rule-1', matchVersion: 1, terms }],
    ...(label === null ? {} : { sentiment: { score: label === 'negative' ? -0.5 : 0.5, label } }),
    ...overrides,
  });
}

describe('rollups at ingest', () => {
  it('counts two items of one rule in one hour with their sentiment split', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await insertRule(ruleInput(), testNow, db, 'rule-1');
    const result = await applyRecords(
      [
        fetchRecord(testNow + 10 * minute, {
          items: [
            matched('a', ['acme'], 'negative', { publishedAt: testNow + minute }),
            matched('b', ['acme', '愛克米'], null, { publishedAt: testNow + 2 * minute }),
          ],
        }),
      ],
      db,
    );
    const rollups = await readRuleRollups('rule-1', testNow, testNow + hour, db);
    expect(rollups).toHaveLength(1);
    expect(rollups[0]).toMatchObject({
      ruleId: 'rule-1',
      hourStart: hourStartOf(testNow),
      mentions: 2,
      negative: 1,
      neutral: 1,
      positive: 0,
      sourceCounts: { 'source-a': 2 },
      termCounts: { acme: 2, 愛克米: 1 },
    });
    const stored = await db.monitoringItems.where('matchedRuleIds').equals('rule-1').count();
    expect(stored).toBe(2);
    // The sync hands these to the evaluator, so only rules whose figures moved are evaluated.
    expect(result.touchedRuleIds).toEqual(['rule-1']);
  });

  it('does not count a duplicate twice, nor an item without matches', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await insertRule(ruleInput(), testNow, db, 'rule-1');
    await applyRecords([fetchRecord(testNow, { items: [matched('a', ['acme'], 'positive')] })], db);
    await applyRecords(
      [
        fetchRecord(testNow + minute, {
          items: [matched('a', ['acme'], 'positive'), item('plain')],
        }),
      ],
      db,
    );
    const [rollup] = await readRuleRollups('rule-1', testNow, testNow + hour, db);
    expect(rollup?.mentions).toBe(1);
    expect(await db.monitoringRollups.count()).toBe(1);
    const plain = await db.monitoringItems.where('dedupeKey').equals('plain').first();
    expect(plain?.matchedRuleIds).toBeUndefined();
  });

  it('stores nothing when only an unmatched item arrives', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await insertRule(ruleInput(), testNow, db, 'rule-1');
    await applyRecords([fetchRecord(testNow, { items: [item('plain')] })], db);
    expect(await db.monitoringRollups.count()).toBe(0);
  });

  it('counts an item dated in the future in the hour it was fetched', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await insertRule(ruleInput(), testNow, db, 'rule-1');
    await applyRecords(
      [
        fetchRecord(testNow, {
          items: [matched('a', ['acme'], 'neutral', { publishedAt: testNow + 5 * hour })],
        }),
      ],
      db,
    );
    expect((await db.monitoringRollups.toArray()).map((row) => row.hourStart)).toEqual([
      hourStartOf(testNow),
    ]);
  });

  it('drops matches of rules that no longer exist', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await applyRecords([fetchRecord(testNow, { items: [matched('a', ['acme'], 'neutral')] })], db);
    expect(await db.monitoringRollups.count()).toBe(0);
    const stored = await db.monitoringItems.toArray();
    expect(stored[0]?.ruleMatches).toEqual([]);
    expect(stored[0]?.matchedRuleIds).toEqual([]);
  });
});

describe('rollup reads', () => {
  it('reads a rule’s hours in [from, to) and every rule’s hours of a range', async () => {
    const db = await freshDatabase();
    const start = hourStartOf(testNow);
    await db.monitoringRollups.bulkPut([
      { ...emptyRollup('rule-1', start - hour), mentions: 1 },
      { ...emptyRollup('rule-1', start), mentions: 2 },
      { ...emptyRollup('rule-1', start + hour), mentions: 3 },
      { ...emptyRollup('rule-2', start), mentions: 4 },
      { ...emptyRollup('rule-10', start), mentions: 5 },
    ]);
    expect(
      (await readRuleRollups('rule-1', start - hour, start + hour, db)).map((row) => row.mentions),
    ).toEqual([1, 2]);
    expect(await readRuleRollups('rule-1', start, start, db)).toEqual([]);
    const byRule = await readRollupsByRule(['rule-1', 'rule-2', 'rule-3'], start, start + hour, db);
    expect([...byRule].map(([ruleId, rows]) => [ruleId, rows.map((row) => row.mentions)])).toEqual([
      ['rule-1', [2]],
      ['rule-2', [4]],
      ['rule-3', []],
    ]);
  });
});
