import { describe, expect, it, vi } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../renderer/src/db/database';
import {
  pruneMonitoringData,
  queryItems,
  readFetchLog,
  readSourceCoverage,
} from '../../../../renderer/src/db/repositories/monitoringItemRepository';
import { applyRecords } from '../../../../renderer/src/db/repositories/monitoringRecordRepository';
import type { FetchError } from '../../../../shared/monitoring/records';
import { fetchRecord, hostRecord, item, seedSource, testNow } from '../monitoringFixtures';
import { useFreshDatabases } from '../openDatabaseAt';

const freshDatabase = useFreshDatabases('items');

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const timeout: FetchError = { code: 'timeout', params: { seconds: 30 }, detail: 'timed out' };
const noFilter = { sourceId: null, from: null, to: null, text: '' };

/** Two sources with items published one hour apart, newest last. */
async function seedItems(db: CrisisRoomDatabase): Promise<void> {
  await seedSource(db);
  await seedSource(db, { id: 'source-b', name: 'Second' });
  await applyRecords(
    [
      fetchRecord(testNow, {
        items: [
          item('a1', { publishedAt: testNow - 5 * hour, title: 'Data breach at 台積電' }),
          item('a2', { publishedAt: testNow - 3 * hour, author: 'Lin MEI-LING' }),
          item('a3', { publishedAt: testNow - hour, text: 'The RECALL widens' }),
        ],
      }),
      fetchRecord(testNow + minute, {
        sourceId: 'source-b',
        items: [
          item('b1', { publishedAt: testNow - 4 * hour }),
          item('b2', { publishedAt: testNow - 2 * hour, title: '產品召回 recall' }),
        ],
      }),
    ],
    db,
  );
}

function keys(page: { items: { dedupeKey: string }[] }): string[] {
  return page.items.map((entry) => entry.dedupeKey);
}

describe('queryItems', () => {
  it('lists every item newest published first', async () => {
    const db = await freshDatabase();
    await seedItems(db);
    const page = await queryItems(noFilter, 10, db);
    expect(keys(page)).toEqual(['a3', 'b2', 'a2', 'b1', 'a1']);
    expect(page.hasMore).toBe(false);
    expect(page.items[0]).toMatchObject({ sourceId: 'source-a', fetchedAt: testNow });
  });

  it('says when more items match than the limit', async () => {
    const db = await freshDatabase();
    await seedItems(db);
    const page = await queryItems(noFilter, 2, db);
    expect(keys(page)).toEqual(['a3', 'b2']);
    expect(page.hasMore).toBe(true);
    expect((await queryItems(noFilter, 5, db)).hasMore).toBe(false);
  });

  it('filters by source and by published time, inclusive', async () => {
    const db = await freshDatabase();
    await seedItems(db);
    expect(keys(await queryItems({ ...noFilter, sourceId: 'source-b' }, 10, db))).toEqual([
      'b2',
      'b1',
    ]);
    const range = { from: testNow - 4 * hour, to: testNow - 2 * hour };
    expect(keys(await queryItems({ ...noFilter, ...range }, 10, db))).toEqual(['b2', 'a2', 'b1']);
    expect(keys(await queryItems({ ...noFilter, ...range, sourceId: 'source-a' }, 10, db))).toEqual(
      ['a2'],
    );
    expect(
      keys(await queryItems({ ...noFilter, from: testNow, to: testNow - hour }, 10, db)),
    ).toEqual([]);
  });

  it('filters by text in title, text or author, ignoring case', async () => {
    const db = await freshDatabase();
    await seedItems(db);
    expect(keys(await queryItems({ ...noFilter, text: 'recall' }, 10, db))).toEqual(['a3', 'b2']);
    expect(keys(await queryItems({ ...noFilter, text: ' mei-ling ' }, 10, db))).toEqual(['a2']);
    expect(keys(await queryItems({ ...noFilter, text: '台積電' }, 10, db))).toEqual(['a1']);
    const limited = await queryItems({ ...noFilter, text: 'recall' }, 1, db);
    expect(keys(limited)).toEqual(['a3']);
    expect(limited.hasMore).toBe(true);
  });
});

describe('readFetchLog', () => {
  it('lists the newest fetches of one source first, up to the limit', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await seedSource(db, { id: 'source-b', name: 'Second' });
    const records = [0, 1, 2].map((hours) => fetchRecord(testNow + hours * hour));
    await applyRecords([...records, fetchRecord(testNow, { sourceId: 'source-b' })], db);
    const log = await readFetchLog('source-a', 2, db);
    expect(log.map((entry) => entry.id)).toEqual([records[2]?.id, records[1]?.id]);
    expect(log[0]).toMatchObject({ outcome: 'ok', itemsNew: 0, httpStatus: 200 });
  });
});

describe('readSourceCoverage', () => {
  it('returns the windows and the explained gaps of one source', async () => {
    const db = await freshDatabase();
    await seedSource(db, {}, testNow - day);
    const at = (hours: number) => testNow + hours * hour;
    await applyRecords(
      [
        fetchRecord(at(0)),
        fetchRecord(at(1)),
        hostRecord(at(1.5), 'suspend'),
        hostRecord(at(4), 'resume'),
        fetchRecord(at(4)),
        fetchRecord(at(5)),
        fetchRecord(at(6), { outcome: 'failed', error: timeout }),
        fetchRecord(at(7), { outcome: 'failed', error: timeout }),
        fetchRecord(at(8)),
      ],
      db,
    );
    const coverage = await readSourceCoverage('source-a', at(0), at(8), db);
    expect(coverage.windows).toEqual([
      { start: at(0), end: at(1) },
      { start: at(4), end: at(5) },
      { start: at(8), end: at(8) },
    ]);
    expect(coverage.gaps).toEqual([
      { start: at(1), end: at(4), reasons: ['asleep'] },
      { start: at(5), end: at(8), reasons: ['failing'] },
    ]);
  });

  it('knows the machine was asleep since before the range', async () => {
    const db = await freshDatabase();
    await seedSource(db, {}, testNow - day);
    await applyRecords([hostRecord(testNow - 2 * hour, 'suspend')], db);
    const coverage = await readSourceCoverage('source-a', testNow, testNow + 3 * hour, db);
    expect(coverage.gaps).toEqual([
      { start: testNow, end: testNow + 3 * hour, reasons: ['asleep'] },
    ]);
  });

  it('shows no gap before the source was created, and nothing for an unknown source', async () => {
    const db = await freshDatabase();
    await seedSource(db, {}, testNow);
    await applyRecords([fetchRecord(testNow + minute)], db);
    const coverage = await readSourceCoverage('source-a', testNow - day, testNow + hour, db);
    expect(coverage.gaps).toEqual([]);
    expect(await readSourceCoverage('missing', testNow - day, testNow, db)).toEqual({
      windows: [],
      gaps: [],
    });
  });
});

describe('pruneMonitoringData', () => {
  it('removes items and fetch log older than the retention, in chunks, and keeps the rest', async () => {
    const db = await freshDatabase();
    await seedSource(db, {}, testNow - 400 * day);
    const old = Array.from({ length: 5 }, (_, index) =>
      fetchRecord(testNow - 200 * day + index * hour, {
        items: Array.from({ length: 3 }, (_, n) => item(`old-${index}-${n}`)),
      }),
    );
    const recent = fetchRecord(testNow - 10 * day, { items: [item('recent')] });
    await applyRecords([...old, recent, hostRecord(testNow - 300 * day, 'offline')], db);
    const transaction = vi.spyOn(db, 'transaction');

    const result = await pruneMonitoringData(testNow, 180, db, 4);

    const scopes = transaction.mock.calls.map((call) => call[1]);
    // 15 items four at a time: four transactions, the last one short.
    expect(
      scopes.filter((scope) => Array.isArray(scope) && scope.includes(db.monitoringItems)),
    ).toHaveLength(4);
    expect(result).toEqual({
      removedItems: 15,
      removedFetchLog: 5,
      removedHostEvents: 1,
      removedCoverage: 1,
    });
    expect((await db.monitoringItems.toArray()).map((row) => row.dedupeKey)).toEqual(['recent']);
    expect((await db.monitoringFetchLog.toArray()).map((row) => row.id)).toEqual([recent.id]);
    expect(await db.monitoringCoverage.count()).toBe(1);
    expect(await pruneMonitoringData(testNow, 180, db, 4)).toEqual({
      removedItems: 0,
      removedFetchLog: 0,
      removedHostEvents: 0,
      removedCoverage: 0,
    });
  });
});
