import { describe, expect, it } from 'vitest';
import { applyRecords } from '../../../../renderer/src/db/repositories/monitoringRecordRepository';
import {
  deleteSourceAndData,
  observeScheduledSources,
  putSourceConfig,
  readScheduledSources,
  readSourceViews,
  updateSourceEnabled,
} from '../../../../renderer/src/db/repositories/monitoringSourceRepository';
import type { ScheduledSource } from '../../../../shared/monitoring/source';
import { fetchRecord, item, seedSource, sourceConfig, testNow } from '../monitoringFixtures';
import { useFreshDatabases } from '../openDatabaseAt';

const freshDatabase = useFreshDatabases('sources');

describe('monitoring source repository', () => {
  it('stores a new source with no fetch state and no health', async () => {
    const db = await freshDatabase();
    await putSourceConfig(sourceConfig(), testNow, db);
    expect(await readSourceViews(3, db)).toEqual([
      {
        config: sourceConfig(),
        createdAt: testNow,
        updatedAt: testNow,
        health: {
          lastAttemptAt: null,
          lastSuccessAt: null,
          lastOutcome: null,
          lastError: null,
          lastErrorAt: null,
          consecutiveFailures: 0,
          isUnhealthy: false,
          lastNewItems: null,
        },
      },
    ]);
    expect(await readScheduledSources(db)).toEqual([
      {
        config: sourceConfig(),
        state: {
          lastAttemptAt: null,
          lastSuccessAt: null,
          consecutiveFailures: 0,
          etag: null,
          lastModified: null,
        },
      },
    ]);
  });

  it('sorts sources by name in language order', async () => {
    const db = await freshDatabase();
    await seedSource(db, { id: 's1', name: 'beta' });
    await seedSource(db, { id: 's2', name: 'Alpha' });
    await seedSource(db, { id: 's3', name: 'source 10' });
    await seedSource(db, { id: 's4', name: 'source 9' });
    expect((await readSourceViews(3, db)).map((view) => view.config.name)).toEqual([
      'Alpha',
      'beta',
      'source 9',
      'source 10',
    ]);
  });

  it('keeps health on edit and drops the HTTP validators only when the fetch changes', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await applyRecords([fetchRecord(testNow, { etag: '"v1"', items: [item('a')] })], db);

    await putSourceConfig(sourceConfig({ name: 'Renamed', tags: ['news'] }), testNow + 1, db);
    let row = await db.monitoringSources.get('source-a');
    expect(row).toMatchObject({ name: 'Renamed', etag: '"v1"', lastSuccessAt: testNow });
    expect(row?.updatedAt).toBe(testNow + 1);
    expect(row?.createdAt).toBe(testNow - 24 * 60 * 60_000);

    await putSourceConfig(
      sourceConfig({ name: 'Renamed', headers: [{ name: 'X-Api-Key', value: 'k' }] }),
      testNow + 2,
      db,
    );
    row = await db.monitoringSources.get('source-a');
    expect(row).toMatchObject({ etag: null, lastModified: null, lastSuccessAt: testNow });
  });

  it('turns a source on and off and says when there is no such source', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    expect(await updateSourceEnabled('source-a', false, testNow, db)).toBe(true);
    expect((await db.monitoringSources.get('source-a'))?.enabled).toBe(false);
    expect(await updateSourceEnabled('missing', false, testNow, db)).toBe(false);
  });

  it('deletes a source with its items, fetch log and coverage, and nothing of another', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await seedSource(db, { id: 'source-b', name: 'Second' });
    await applyRecords(
      [
        fetchRecord(testNow, { items: [item('a1'), item('a2')] }),
        fetchRecord(testNow, { sourceId: 'source-b', items: [item('b1')] }),
      ],
      db,
    );
    expect(await deleteSourceAndData('source-a', db)).toEqual({
      removedItems: 2,
      removedFetchLog: 1,
      removedCoverage: 1,
    });
    expect(await db.monitoringSources.toCollection().primaryKeys()).toEqual(['source-b']);
    expect((await db.monitoringItems.toArray()).map((row) => row.dedupeKey)).toEqual(['b1']);
    expect(await db.monitoringFetchLog.count()).toBe(1);
    expect(await db.monitoringCoverage.count()).toBe(1);
  });

  it('reports the source list now and after every change', async () => {
    const db = await freshDatabase();
    const seen: ScheduledSource[][] = [];
    const unsubscribe = observeScheduledSources(
      (sources) => {
        seen.push(sources);
      },
      (error: unknown) => {
        throw error;
      },
      db,
    );
    try {
      await expect.poll(() => seen.length).toBe(1);
      expect(seen[0]).toEqual([]);
      await seedSource(db);
      await expect.poll(() => seen.at(-1)?.length).toBe(1);
    } finally {
      unsubscribe();
    }
  });
});
