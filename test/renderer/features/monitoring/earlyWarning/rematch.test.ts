import { describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../../renderer/src/db/database';
import { applyRecords } from '../../../../../renderer/src/db/repositories/monitoringRecordRepository';
import {
  deleteRule,
  insertRule,
  readRules,
  updateRule,
} from '../../../../../renderer/src/db/repositories/monitoringRuleRepository';
import {
  planRematch,
  readRematchState,
  runRematch,
  startRematch,
} from '../../../../../renderer/src/features/monitoring/earlyWarning/rematch';
import type { RematchProgress } from '../../../../../renderer/src/features/monitoring/earlyWarning/rematch';
import { defaultSynonymGroups } from '../../../../../shared/monitoring/matching/synonyms';
import type { SynonymGroups } from '../../../../../shared/monitoring/matching/synonyms';
import type { FetchRecord } from '../../../../../shared/monitoring/records';
import { fetchRecord, item, seedSource, testNow } from '../../../db/monitoringFixtures';
import { useFreshDatabases } from '../../../db/openDatabaseAt';
import { ruleInput } from './earlyWarningFixtures';

const freshDatabase = useFreshDatabases('rematch');
const minute = 60_000;

/** Five items ingest did not match: three mention acme, two mention widgets (one both). */
function unmatchedRecords(): FetchRecord[] {
  return [
    fetchRecord(testNow, {
      items: [
        item('a', {
          text: 'Acme recalls its kettles',
          sentiment: { score: -0.6, label: 'negative' },
        }),
        item('b', { text: 'A new widget fair opens' }),
        item('c', { title: 'ACME widget sales', text: 'Figures for the quarter' }),
      ],
    }),
    fetchRecord(testNow + 5 * minute, {
      items: [item('d', { text: 'Weather report' }), item('e', { text: 'acme again, acme' })],
    }),
  ];
}

async function seeded(records: readonly FetchRecord[]): Promise<CrisisRoomDatabase> {
  const db = await freshDatabase();
  await seedSource(db);
  await applyRecords(records, db);
  await insertRule(ruleInput(), testNow, db, 'rule-1');
  return db;
}

async function rematch(
  db: CrisisRoomDatabase,
  options: {
    chunkSize?: number;
    onProgress?: (progress: RematchProgress) => void;
    synonyms?: SynonymGroups;
  } = {},
  signal?: AbortSignal,
) {
  return runRematch({
    db,
    rules: await readRules(db),
    synonyms: defaultSynonymGroups,
    yieldBetweenChunks: () => Promise.resolve(),
    now: () => testNow,
    ...options,
    ...(signal === undefined ? {} : { signal }),
  });
}

/** Each item's matches by dedupe key, and each rollup without its sample list. */
async function snapshot(db: CrisisRoomDatabase) {
  const items = await db.monitoringItems.toArray();
  const rollups = await db.monitoringRollups.toArray();
  return {
    items: Object.fromEntries(
      items.map((row) => [row.dedupeKey, { matches: row.ruleMatches, ids: row.matchedRuleIds }]),
    ),
    rollups,
  };
}

describe('re-matching stored items', () => {
  it('matches items ingest never matched and counts them in rollups', async () => {
    const db = await seeded(unmatchedRecords());
    expect(await rematch(db)).toBe('completed');
    const { items, rollups } = await snapshot(db);
    expect(items['a']).toEqual({
      matches: [{ ruleId: 'rule-1', matchVersion: 1, terms: ['acme'] }],
      ids: ['rule-1'],
    });
    expect(items['b']).toEqual({ matches: [], ids: [] });
    expect(rollups).toHaveLength(1);
    expect(rollups[0]).toMatchObject({
      mentions: 3,
      negative: 1,
      neutral: 2,
      termCounts: { acme: 3 },
    });
  });

  it('moves rollup contributions after the query changes, once, and is idempotent', async () => {
    const db = await seeded(unmatchedRecords());
    await rematch(db);
    await updateRule('rule-1', ruleInput({ query: 'widget*' }), testNow, db);
    expect(await rematch(db)).toBe('completed');
    const after = await snapshot(db);
    expect(after.items['a']).toEqual({ matches: [], ids: [] });
    expect(after.items['c']).toEqual({
      matches: [{ ruleId: 'rule-1', matchVersion: 2, terms: ['widget'] }],
      ids: ['rule-1'],
    });
    expect(after.rollups).toHaveLength(1);
    expect(after.rollups[0]).toMatchObject({
      mentions: 2,
      negative: 0,
      neutral: 2,
      termCounts: { widget: 2 },
    });

    // Nothing left to do, and a forced second pass (state lost) changes nothing either.
    expect(await rematch(db)).toBe('up-to-date');
    await db.settings.delete('monitoringRematch');
    expect(await rematch(db)).toBe('completed');
    expect(await snapshot(db)).toEqual(after);
  });

  it('resumes after an interruption and ends where an uninterrupted run ends', async () => {
    const records = unmatchedRecords();
    const whole = await seeded(records);
    const interrupted = await seeded(records);
    await rematch(whole, { chunkSize: 2 });

    const controller = new AbortController();
    const firstRun: RematchProgress[] = [];
    const outcome = await rematch(
      interrupted,
      {
        chunkSize: 2,
        onProgress: (progress) => {
          firstRun.push(progress);
          if (progress.done >= 2) {
            controller.abort();
          }
        },
      },
      controller.signal,
    );
    expect(outcome).toBe('cancelled');
    expect(firstRun).toEqual([
      { done: 0, total: 5 },
      { done: 2, total: 5 },
    ]);
    expect((await readRematchState(interrupted)).pending).toMatchObject({ done: 2 });

    const secondRun: RematchProgress[] = [];
    expect(
      await rematch(interrupted, {
        chunkSize: 2,
        onProgress: (progress) => secondRun.push(progress),
      }),
    ).toBe('completed');
    expect(secondRun).toEqual([
      { done: 2, total: 5 },
      { done: 4, total: 5 },
      { done: 5, total: 5 },
    ]);
    expect(await snapshot(interrupted)).toEqual(await snapshot(whole));
    expect((await readRematchState(interrupted)).pending).toBeNull();
  });

  it('starts over when the rules changed while a run was interrupted', async () => {
    const db = await seeded(unmatchedRecords());
    const controller = new AbortController();
    await rematch(
      db,
      {
        chunkSize: 2,
        onProgress: (progress) => {
          if (progress.done >= 2) {
            controller.abort();
          }
        },
      },
      controller.signal,
    );
    await updateRule('rule-1', ruleInput({ query: 'weather' }), testNow, db);
    const progress: RematchProgress[] = [];
    await rematch(db, { chunkSize: 2, onProgress: (next) => progress.push(next) });
    expect(progress[0]).toEqual({ done: 0, total: 5 });
    const { items, rollups } = await snapshot(db);
    expect(items['a']?.ids).toEqual([]);
    expect(items['d']?.ids).toEqual(['rule-1']);
    expect(rollups.map((row) => row.mentions)).toEqual([1]);
  });

  it('undoes an abandoned run when the target changes back to the completed one', async () => {
    const records = unmatchedRecords();
    const fresh = await seeded(records);
    await rematch(fresh);
    const db = await seeded(records);
    await rematch(db);
    // Under these synonyms the acme rule also matches b and d: whichever two items the
    // interrupted run covers, at least one of them is rewritten.
    const widened: SynonymGroups = [...defaultSynonymGroups, ['acme', 'widget', 'weather']];
    const controller = new AbortController();
    const outcome = await rematch(
      db,
      {
        chunkSize: 2,
        synonyms: widened,
        onProgress: (progress) => {
          if (progress.done >= 4) {
            controller.abort();
          }
        },
      },
      controller.signal,
    );
    expect(outcome).toBe('cancelled');
    expect(await snapshot(db)).not.toEqual(await snapshot(fresh));

    expect(await rematch(db, { chunkSize: 2 })).toBe('completed');
    expect(await snapshot(db)).toEqual(await snapshot(fresh));
    expect(await readRematchState(db)).toMatchObject({ pending: null });
    expect(await rematch(db)).toBe('up-to-date');
  });

  it('matches items ingested while a rule was off when it is turned on mid-run', async () => {
    const db = await seeded(unmatchedRecords());
    await rematch(db);
    await updateRule('rule-1', ruleInput({ mode: 'off' }), testNow, db);
    const controller = new AbortController();
    await rematch(
      db,
      {
        chunkSize: 2,
        onProgress: (progress) => {
          if (progress.done >= 2) {
            controller.abort();
          }
        },
      },
      controller.signal,
    );
    expect((await readRematchState(db)).pending).not.toBeNull();
    // Ingest matched this item with the active rules only: the acme rule was off.
    await applyRecords(
      [
        fetchRecord(testNow + 10 * minute, {
          items: [item('f', { text: 'acme', ruleMatches: [] })],
        }),
      ],
      db,
    );
    await updateRule('rule-1', ruleInput(), testNow, db);

    expect(await rematch(db, { chunkSize: 2 })).toBe('completed');
    const after = await snapshot(db);
    expect(after.items['f']?.ids).toEqual(['rule-1']);
    // A full match from scratch finds nothing else to change.
    await db.settings.delete('monitoringRematch');
    await rematch(db);
    expect(await snapshot(db)).toEqual(after);
  });

  it('drops matches of a deleted rule and keeps those of a rule turned off', async () => {
    const db = await seeded(unmatchedRecords());
    await insertRule(ruleInput({ query: 'widget' }), testNow, db, 'rule-2');
    await rematch(db);
    await updateRule('rule-2', ruleInput({ query: 'widget', mode: 'off' }), testNow, db);
    await deleteRule('rule-1', db);
    await rematch(db);
    const { items, rollups } = await snapshot(db);
    expect(items['a']?.ids).toEqual([]);
    expect(items['c']?.ids).toEqual(['rule-2']);
    expect(rollups.map((row) => [row.ruleId, row.mentions])).toEqual([['rule-2', 2]]);
  });
});

describe('planning a re-match', () => {
  const synonymsKey = 'synonyms';
  const targetA = { versions: { r1: 1, r2: 1 }, synonymsKey };

  it('re-matches what an abandoned run was re-matching, even for rules back at their version', () => {
    // A run towards r1@2 was abandoned for one towards r1@1, r2@2 that re-matches both rules;
    // going back to A must still re-match r1, which the first run rewrote before its cursor.
    const plan = planRematch(
      {
        completed: targetA,
        pending: {
          target: { versions: { r1: 1, r2: 2 }, synonymsKey },
          changedRuleIds: ['r1', 'r2'],
          cursor: 'item-3',
          done: 3,
        },
      },
      targetA,
    );
    expect(plan).toEqual({ isNeeded: true, changedRuleIds: ['r1', 'r2'], cursor: null, done: 0 });
  });

  it('resumes a run with the same target with the rules it started with', () => {
    const target = { versions: { r1: 2, r2: 1 }, synonymsKey };
    const state = {
      completed: targetA,
      pending: { target, changedRuleIds: ['r1', 'r2'], cursor: 'item-3', done: 3 },
    };
    expect(planRematch(state, target)).toEqual({
      isNeeded: true,
      changedRuleIds: ['r1', 'r2'],
      cursor: 'item-3',
      done: 3,
    });
    expect(planRematch({ completed: targetA, pending: null }, targetA).isNeeded).toBe(false);
  });

  it('re-matches every rule when the synonyms differ from the abandoned run', () => {
    const plan = planRematch(
      {
        completed: targetA,
        pending: {
          target: { versions: targetA.versions, synonymsKey: 'other' },
          changedRuleIds: ['r1', 'r2'],
          cursor: 'item-1',
          done: 1,
        },
      },
      targetA,
    );
    expect(plan.changedRuleIds).toEqual(['r1', 'r2']);
  });
});

describe('the re-match runner', () => {
  it('follows rule changes and reports progress until the items follow the rules', async () => {
    const db = await seeded(unmatchedRecords());
    const reports: (RematchProgress | null)[] = [];
    const errors: unknown[] = [];
    const runner = startRematch({
      db,
      onProgress: (progress) => reports.push(progress),
      onError: (error) => errors.push(error),
      chunkSize: 2,
    });
    try {
      await expect.poll(() => reports.at(-1)).toBeNull();
      expect(reports).toContainEqual({ done: 5, total: 5 });
      expect((await db.monitoringRollups.toArray()).map((row) => row.mentions)).toEqual([3]);

      await updateRule('rule-1', ruleInput({ query: 'weather' }), testNow, db);
      await expect
        .poll(async () => (await db.monitoringRollups.toArray()).map((row) => row.termCounts))
        .toEqual([{ weather: 1 }]);
      await expect.poll(() => reports.at(-1)).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      runner.stop();
    }
  });
});
