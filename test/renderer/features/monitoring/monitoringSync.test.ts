import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../renderer/src/db/database';
import { applyRecords } from '../../../../renderer/src/db/repositories/monitoringRecordRepository';
import { saveSource } from '../../../../renderer/src/features/monitoring/monitoringCommands';
import { startMonitoringSync } from '../../../../renderer/src/features/monitoring/monitoringSync';
import type { MonitoringSync } from '../../../../renderer/src/features/monitoring/monitoringSync';
import type { MonitoringSyncErrorCode } from '../../../../renderer/src/stores/slices/monitoringSlice';
import { fail, ok } from '../../../../shared/ipc/result';
import type { OutboxRecord } from '../../../../shared/monitoring/records';
import type { MonitoringStatus } from '../../../../shared/monitoring/status';
import { fetchRecord, item, seedSource, sourceConfig, testNow } from '../../db/monitoringFixtures';
import { openFreshDatabase } from '../../db/openDatabaseAt';
import { idleMonitoringStatus, installFakeMainProcess } from '../../support/fakeBridge';

const fake = installFakeMainProcess();
const minute = 60_000;

/**
 * The main process's outbox as the renderer sees it: records wait until acknowledged, pages come
 * `pageSize` at a time after `afterId`.
 */
class FakeOutbox {
  records: OutboxRecord[] = [];

  constructor(readonly pageSize: number) {}

  install(): void {
    fake.responders['monitoring:get-pending'] = ({ afterId }) => {
      const after = this.records.filter((record) => afterId === null || record.id > afterId);
      return ok({ records: after.slice(0, this.pageSize), hasMore: after.length > this.pageSize });
    };
    fake.responders['monitoring:ack-records'] = ({ ids }) => {
      this.records = this.records.filter((record) => !ids.includes(record.id));
      return ok({ pendingRecords: this.records.length });
    };
  }

  /** Appends records and pushes them, as the main process does after writing them. */
  push(...records: OutboxRecord[]): void {
    this.records.push(...records);
    fake.emit('monitoring:records', { records });
  }
}

type Harness = {
  db: CrisisRoomDatabase;
  statuses: MonitoringStatus[];
  errors: (MonitoringSyncErrorCode | null)[];
  sync: MonitoringSync;
};

const running: Harness[] = [];

async function start(db?: CrisisRoomDatabase): Promise<Harness> {
  const database = db ?? (await openFreshDatabase('sync'));
  const statuses: MonitoringStatus[] = [];
  const errors: (MonitoringSyncErrorCode | null)[] = [];
  const sync = startMonitoringSync({
    bridge: fake.bridge,
    db: database,
    onStatus: (status) => statuses.push(status),
    onSyncError: (code) => errors.push(code),
    retryDelaysMs: [20, 40],
    sourcesDebounceMs: 20,
  });
  const harness = { db: database, statuses, errors, sync };
  running.push(harness);
  return harness;
}

function callsTo(channel: string): unknown[] {
  return fake.calls.filter((call) => call.channel === channel).map((call) => call.payload);
}

async function storedKeys(db: CrisisRoomDatabase): Promise<string[]> {
  return (await db.monitoringItems.toArray()).map((row) => row.dedupeKey).sort();
}

beforeEach(() => {
  fake.reset();
});

afterEach(() => {
  for (const harness of running.splice(0)) {
    harness.sync.stop();
    harness.db.close();
  }
});

describe('monitoring sync', () => {
  it('sends every source with its resume state at start', async () => {
    const db = await openFreshDatabase('sync');
    await seedSource(db);
    await applyRecords([fetchRecord(testNow, { etag: '"v1"' })], db);
    const harness = await start(db);

    await expect.poll(() => callsTo('monitoring:set-sources').length).toBe(1);
    expect(callsTo('monitoring:set-sources')[0]).toEqual({
      sources: [
        {
          config: sourceConfig(),
          state: {
            lastAttemptAt: testNow - 1_000,
            lastSuccessAt: testNow,
            consecutiveFailures: 0,
            etag: '"v1"',
            lastModified: null,
          },
        },
      ],
    });
    await expect.poll(() => harness.statuses).toEqual([idleMonitoringStatus]);
  });

  it('drains the outbox page by page, then acknowledges what it stored', async () => {
    const outbox = new FakeOutbox(2);
    outbox.install();
    outbox.records = [1, 2, 3, 4, 5].map((index) =>
      fetchRecord(testNow + index * minute, { items: [item(`item-${index}`)] }),
    );
    const db = await openFreshDatabase('sync');
    await seedSource(db);
    const ids = outbox.records.map((record) => record.id);

    await start(db);

    await expect.poll(() => outbox.records.length).toBe(0);
    expect(callsTo('monitoring:get-pending')).toEqual([
      { afterId: null },
      { afterId: ids[1] },
      { afterId: ids[3] },
    ]);
    expect(callsTo('monitoring:ack-records')).toEqual([
      { ids: ids.slice(0, 2) },
      { ids: ids.slice(2, 4) },
      { ids: ids.slice(4) },
    ]);
    expect(await storedKeys(db)).toEqual(['item-1', 'item-2', 'item-3', 'item-4', 'item-5']);
  });

  it('applies pushed records one transaction at a time, batching those that queued up', async () => {
    const outbox = new FakeOutbox(50);
    outbox.install();
    const db = await openFreshDatabase('sync');
    await seedSource(db);
    await start(db);
    await expect.poll(() => callsTo('monitoring:get-pending').length).toBe(1);

    const [first, second, third] = [1, 2, 3].map((index) =>
      fetchRecord(testNow + index * minute, { items: [item(`pushed-${index}`), item('shared')] }),
    );
    if (first === undefined || second === undefined || third === undefined) {
      throw new Error('three records expected');
    }
    outbox.push(first);
    outbox.push(second);
    outbox.push(third);

    await expect.poll(() => outbox.records.length).toBe(0);
    expect(callsTo('monitoring:ack-records')).toEqual([
      { ids: [first.id] },
      { ids: [second.id, third.id] },
    ]);
    expect(await storedKeys(db)).toEqual(['pushed-1', 'pushed-2', 'pushed-3', 'shared']);
  });

  it('acknowledges nothing when storing fails, and stores and acknowledges on the retry', async () => {
    const outbox = new FakeOutbox(50);
    outbox.install();
    const db = await openFreshDatabase('sync');
    await seedSource(db);
    let isDiskBroken = true;
    db.monitoringFetchLog.hook('creating', () => {
      if (isDiskBroken) {
        throw new Error('disk went away');
      }
    });
    const harness = await start(db);
    await expect.poll(() => callsTo('monitoring:get-pending').length).toBe(1);

    outbox.push(fetchRecord(testNow, { items: [item('a')] }));
    await expect.poll(() => harness.errors).toEqual(['write-failed']);
    expect(callsTo('monitoring:ack-records')).toEqual([]);
    expect(await db.monitoringItems.count()).toBe(0);

    isDiskBroken = false;
    await expect.poll(() => outbox.records.length).toBe(0);
    expect(await storedKeys(db)).toEqual(['a']);
    expect(harness.errors).toEqual(['write-failed', null]);
  });

  it('retries after a transport failure without losing a record', async () => {
    const outbox = new FakeOutbox(50);
    outbox.install();
    outbox.records = [fetchRecord(testNow, { items: [item('a')] })];
    const answer = fake.responders['monitoring:get-pending'];
    let failuresLeft = 2;
    fake.responders['monitoring:get-pending'] = (payload) => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        return fail('transport-unavailable', 'server restarting');
      }
      return answer(payload);
    };
    const db = await openFreshDatabase('sync');
    await seedSource(db);
    const harness = await start(db);

    await expect.poll(() => outbox.records.length).toBe(0);
    expect(callsTo('monitoring:get-pending')).toHaveLength(3);
    expect(await storedKeys(db)).toEqual(['a']);
    expect(harness.errors).toEqual(['transport-unavailable', null]);
  });

  it('re-acknowledges records whose acknowledgement was lost, storing them once', async () => {
    const outbox = new FakeOutbox(50);
    outbox.install();
    outbox.records = [fetchRecord(testNow, { items: [item('a')] })];
    const acknowledge = fake.responders['monitoring:ack-records'];
    let isAckBroken = true;
    fake.responders['monitoring:ack-records'] = (payload) =>
      isAckBroken ? fail('transport-unavailable', 'lost') : acknowledge(payload);
    const db = await openFreshDatabase('sync');
    await seedSource(db);
    const harness = await start(db);

    await expect.poll(() => harness.errors).toEqual(['transport-unavailable']);
    isAckBroken = false;
    await expect.poll(() => outbox.records.length).toBe(0);
    expect(await storedKeys(db)).toEqual(['a']);
    expect(await db.monitoringFetchLog.count()).toBe(1);
  });

  it('sends the sources again after a configuration change, not after a health update', async () => {
    const outbox = new FakeOutbox(50);
    outbox.install();
    const db = await openFreshDatabase('sync');
    await seedSource(db);
    await start(db);
    await expect.poll(() => callsTo('monitoring:set-sources').length).toBe(1);

    outbox.push(fetchRecord(testNow, { items: [item('a')] }));
    await expect.poll(() => outbox.records.length).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(callsTo('monitoring:set-sources')).toHaveLength(1);

    await saveSource(sourceConfig({ name: 'Renamed' }), db);
    await saveSource(sourceConfig({ name: 'Renamed', intervalMinutes: 15 }), db);
    await expect.poll(() => callsTo('monitoring:set-sources').length).toBe(2);
    expect(callsTo('monitoring:set-sources')[1]).toMatchObject({
      sources: [{ config: { name: 'Renamed', intervalMinutes: 15 } }],
    });
  });

  it('retries sending the sources after a failure', async () => {
    let failuresLeft = 1;
    fake.responders['monitoring:set-sources'] = () => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        return fail('internal', 'not ready');
      }
      return ok(idleMonitoringStatus);
    };
    const harness = await start();
    await expect.poll(() => callsTo('monitoring:set-sources').length).toBe(2);
    expect(harness.errors[0]).toBe('internal');
    await expect.poll(() => harness.statuses.length).toBe(1);
  });

  it('passes status pushes on and stops listening when stopped', async () => {
    const harness = await start();
    const status: MonitoringStatus = { ...idleMonitoringStatus, runningCount: 2 };
    fake.emit('monitoring:status', status);
    expect(harness.statuses).toContainEqual(status);
    harness.sync.stop();
    const count = harness.statuses.length;
    fake.emit('monitoring:status', { ...status, runningCount: 3 });
    expect(harness.statuses).toHaveLength(count);
  });
});
