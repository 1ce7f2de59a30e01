import { describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../renderer/src/db/database';
import {
  applyRecords,
  monitoringItemId,
} from '../../../../renderer/src/db/repositories/monitoringRecordRepository';
import {
  deleteSourceAndData,
  readSourceViews,
} from '../../../../renderer/src/db/repositories/monitoringSourceRepository';
import { StorageWriteError } from '../../../../renderer/src/db/writeErrors';
import type { FetchError } from '../../../../shared/monitoring/records';
import { fetchRecord, hostRecord, item, seedSource, testNow } from '../monitoringFixtures';
import { useFreshDatabases } from '../openDatabaseAt';

const freshDatabase = useFreshDatabases('records');

const minute = 60_000;
const timeout: FetchError = { code: 'timeout', params: { seconds: 30 }, detail: 'timed out' };

async function storedKeys(db: CrisisRoomDatabase): Promise<string[]> {
  const rows = await db.monitoringItems.toArray();
  return rows.map((row) => row.dedupeKey).sort();
}

async function health(db: CrisisRoomDatabase, unhealthyAfter = 3) {
  const [view] = await readSourceViews(unhealthyAfter, db);
  return view?.health;
}

describe('applyRecords', () => {
  it('stores the items of a fetch with time-ordered ids, the source and the fetch time', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    const record = fetchRecord(testNow, { items: [item('a'), item('b')] });

    const result = await applyRecords([record], db);

    expect(result).toEqual({ appliedIds: [record.id], itemsAdded: 2, touchedRuleIds: [] });
    const rows = await db.monitoringItems.orderBy(':id').toArray();
    expect(rows.map((row) => row.id)).toEqual([
      monitoringItemId(record.id, 0),
      monitoringItemId(record.id, 1),
    ]);
    expect(rows[0]).toMatchObject({ sourceId: 'source-a', fetchedAt: testNow, title: 'Title a' });
    expect(await db.monitoringFetchLog.get(record.id)).toMatchObject({
      outcome: 'ok',
      itemsFound: 2,
      itemsNew: 2,
      startedAt: testNow - 1_000,
    });
  });

  it('applies a re-delivered record once: items once, its failure counted once', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    const ok = fetchRecord(testNow, { items: [item('a')] });
    const failed = fetchRecord(testNow + 60 * minute, { outcome: 'failed', error: timeout });

    await applyRecords([ok, failed], db);
    const again = await applyRecords([ok, failed], db);

    expect(again).toEqual({ appliedIds: [ok.id, failed.id], itemsAdded: 0, touchedRuleIds: [] });
    expect(await storedKeys(db)).toEqual(['a']);
    expect(await db.monitoringFetchLog.count()).toBe(2);
    expect((await health(db))?.consecutiveFailures).toBe(1);
  });

  it('stores an item found again by a later fetch only once', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await applyRecords([fetchRecord(testNow, { items: [item('a'), item('b')] })], db);
    const later = fetchRecord(testNow + 60 * minute, { items: [item('b'), item('c')] });

    const result = await applyRecords([later], db);

    expect(result.itemsAdded).toBe(1);
    expect(await storedKeys(db)).toEqual(['a', 'b', 'c']);
    expect((await db.monitoringFetchLog.get(later.id))?.itemsNew).toBe(1);
    expect((await health(db))?.lastNewItems).toBe(1);
  });

  it('deduplicates inside one batch, across and within records', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await seedSource(db, { id: 'source-b', name: 'Second' });
    const first = fetchRecord(testNow, { items: [item('a'), item('a'), item('b')] });
    const second = fetchRecord(testNow + minute, {
      sourceId: 'source-b',
      items: [item('b'), item('c')],
    });

    const result = await applyRecords([first, second, first], db);

    expect(result.itemsAdded).toBe(3);
    expect(await storedKeys(db)).toEqual(['a', 'b', 'c']);
    expect((await db.monitoringItems.where('dedupeKey').equals('b').first())?.sourceId).toBe(
      'source-a',
    );
  });

  it('stores nothing of a batch when a write fails halfway', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    const first = fetchRecord(testNow, { items: [item('a')] });
    const second = fetchRecord(testNow + minute, { items: [item('b')] });
    const host = hostRecord(testNow + 2 * minute, 'suspend');
    db.monitoringFetchLog.hook('creating', (_key, row) => {
      if (row.id === second.id) {
        throw new Error('disk went away');
      }
    });

    await expect(applyRecords([first, host, second], db)).rejects.toBeInstanceOf(StorageWriteError);

    expect(await db.monitoringItems.count()).toBe(0);
    expect(await db.monitoringFetchLog.count()).toBe(0);
    expect(await db.monitoringHostEvents.count()).toBe(0);
    expect(await db.monitoringCoverage.count()).toBe(0);
    expect((await health(db))?.lastAttemptAt).toBeNull();
  });

  it('acknowledges a record of a deleted source without storing anything of it', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await deleteSourceAndData('source-a', db);
    const record = fetchRecord(testNow, { items: [item('a')] });

    expect(await applyRecords([record], db)).toEqual({
      appliedIds: [record.id],
      itemsAdded: 0,
      touchedRuleIds: [],
    });
    expect(await db.monitoringItems.count()).toBe(0);
    expect(await db.monitoringFetchLog.count()).toBe(0);
    expect(await db.monitoringSources.count()).toBe(0);
  });

  it('puts host events by id, so a re-delivery changes nothing', async () => {
    const db = await freshDatabase();
    const suspend = hostRecord(testNow, 'suspend');
    await applyRecords([suspend], db);
    await applyRecords([suspend], db);
    expect(await db.monitoringHostEvents.toArray()).toEqual([
      { id: suspend.id, at: testNow, event: 'suspend' },
    ]);
  });

  it('marks a source unhealthy after three failures in a row and healthy after a success', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    const failures = [1, 2, 3].map((hours) =>
      fetchRecord(testNow + hours * 60 * minute, { outcome: 'failed', error: timeout }),
    );

    await applyRecords(failures.slice(0, 2), db);
    expect(await health(db)).toMatchObject({ consecutiveFailures: 2, isUnhealthy: false });
    await applyRecords(failures.slice(2), db);
    expect(await health(db)).toMatchObject({
      consecutiveFailures: 3,
      isUnhealthy: true,
      lastOutcome: 'failed',
      lastError: timeout,
      lastErrorAt: testNow + 3 * 60 * minute,
      lastSuccessAt: null,
    });
    expect((await health(db, 4))?.isUnhealthy).toBe(false);

    await applyRecords([fetchRecord(testNow + 4 * 60 * minute, { outcome: 'not-modified' })], db);
    expect(await health(db)).toMatchObject({
      consecutiveFailures: 0,
      isUnhealthy: false,
      lastOutcome: 'not-modified',
      lastError: null,
      lastSuccessAt: testNow + 4 * 60 * minute,
    });
  });

  it('does not count a fetch cut short by sleep or a lost network against the source', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    const offline: FetchError = { code: 'offline', params: {}, detail: 'network went away' };
    await applyRecords(
      [
        fetchRecord(testNow + 60 * minute, { outcome: 'failed', error: timeout }),
        fetchRecord(testNow + 120 * minute, { outcome: 'failed', error: offline }),
        fetchRecord(testNow + 180 * minute, { outcome: 'failed', error: offline }),
      ],
      db,
    );
    expect(await health(db)).toMatchObject({
      consecutiveFailures: 1,
      isUnhealthy: false,
      lastError: offline,
    });
  });

  it('counts a partial fetch as a success but keeps its error visible', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await applyRecords([fetchRecord(testNow, { outcome: 'failed', error: timeout })], db);
    const malformed: FetchError = { code: 'malformed-xml', params: {}, detail: 'line 3' };
    await applyRecords(
      [
        fetchRecord(testNow + 60 * minute, {
          outcome: 'partial',
          error: malformed,
          items: [item('a')],
        }),
      ],
      db,
    );
    expect(await health(db)).toMatchObject({
      consecutiveFailures: 0,
      lastOutcome: 'partial',
      lastError: malformed,
      lastSuccessAt: testNow + 60 * minute,
    });
    expect(await db.monitoringCoverage.count()).toBe(1);
  });

  it('keeps the HTTP validators from the server and through failures', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    const validators = async () => {
      const row = await db.monitoringSources.get('source-a');
      return { etag: row?.etag, lastModified: row?.lastModified };
    };
    await applyRecords([fetchRecord(testNow, { etag: '"v1"', lastModified: 'Sun, 22 Nov' })], db);
    expect(await validators()).toEqual({ etag: '"v1"', lastModified: 'Sun, 22 Nov' });
    await applyRecords([fetchRecord(testNow + minute, { outcome: 'failed', error: timeout })], db);
    expect(await validators()).toEqual({ etag: '"v1"', lastModified: 'Sun, 22 Nov' });
    await applyRecords([fetchRecord(testNow + 2 * minute, { outcome: 'not-modified' })], db);
    expect(await validators()).toEqual({ etag: '"v1"', lastModified: 'Sun, 22 Nov' });
    await applyRecords([fetchRecord(testNow + 3 * minute, { etag: '"v2"' })], db);
    expect(await validators()).toEqual({ etag: '"v2"', lastModified: null });
  });

  it('does not roll health back when an older record arrives late', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    const older = fetchRecord(testNow, { outcome: 'failed', error: timeout });
    const newer = fetchRecord(testNow + 60 * minute);
    await applyRecords([newer], db);
    await applyRecords([older], db);
    expect(await health(db)).toMatchObject({ consecutiveFailures: 0, lastOutcome: 'ok' });
    expect(await db.monitoringFetchLog.count()).toBe(2);
  });

  it('extends the coverage window on schedule and opens a new one after a gap', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    const at = (minutes: number) => testNow + minutes * minute;
    await applyRecords([fetchRecord(at(0)), fetchRecord(at(60)), fetchRecord(at(125))], db);
    await applyRecords([fetchRecord(at(190), { outcome: 'failed', error: timeout })], db);
    await applyRecords([fetchRecord(at(260))], db);

    const windows = await db.monitoringCoverage.orderBy('[sourceId+start]').toArray();
    expect(windows.map(({ start, end }) => ({ start, end }))).toEqual([
      { start: at(0), end: at(125) },
      { start: at(260), end: at(260) },
    ]);

    // A late record in between bridges the two windows into one.
    await applyRecords([fetchRecord(at(195))], db);
    const merged = await db.monitoringCoverage.toArray();
    expect(merged.map(({ start, end }) => ({ start, end }))).toEqual([
      { start: at(0), end: at(260) },
    ]);
  });
});
