import { afterEach, describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../renderer/src/db/database';
import type { PruneResult } from '../../../../renderer/src/db/repositories/monitoringItemRepository';
import { applyRecords } from '../../../../renderer/src/db/repositories/monitoringRecordRepository';
import { saveSetting } from '../../../../renderer/src/db/repositories/settingsRepository';
import { startRetention } from '../../../../renderer/src/features/monitoring/monitoringRetention';
import { fetchRecord, item, seedSource, testNow } from '../../db/monitoringFixtures';
import { openFreshDatabase } from '../../db/openDatabaseAt';

const day = 24 * 60 * 60_000;
const openDatabases: CrisisRoomDatabase[] = [];
const stops: (() => void)[] = [];

afterEach(() => {
  for (const stop of stops.splice(0)) {
    stop();
  }
  for (const db of openDatabases.splice(0)) {
    db.close();
  }
});

describe('startRetention', () => {
  it('prunes at once by the retention setting, then again on its interval', async () => {
    const db = await openFreshDatabase('retention');
    openDatabases.push(db);
    await seedSource(db, {}, testNow - 100 * day);
    await applyRecords(
      [
        fetchRecord(testNow - 40 * day, { items: [item('old')] }),
        fetchRecord(testNow - 20 * day, { items: [item('recent')] }),
      ],
      db,
    );
    await saveSetting('monitoringRetentionDays', 30, db);
    const passes: PruneResult[] = [];
    let now = testNow;

    stops.push(
      startRetention({
        db,
        now: () => now,
        everyMs: 30,
        onPruned: (result) => passes.push(result),
        onError: (error: unknown) => {
          throw error;
        },
      }),
    );

    await expect.poll(() => passes.length).toBeGreaterThanOrEqual(1);
    expect(passes[0]).toMatchObject({ removedItems: 1, removedFetchLog: 1 });
    expect((await db.monitoringItems.toArray()).map((row) => row.dedupeKey)).toEqual(['recent']);

    now = testNow + 15 * day;
    await expect.poll(() => db.monitoringItems.count()).toBe(0);
  });
});
