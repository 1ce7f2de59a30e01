import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CrisisRoomDatabase } from '../../../renderer/src/db/database';
import { readSetting } from '../../../renderer/src/db/repositories/settingsRepository';
import { readStorageStatus, requestPersistentStorageOnce } from '../../../renderer/src/lib/storage';
import { openFreshDatabase } from '../db/openDatabaseAt';

const openDatabases: CrisisRoomDatabase[] = [];

async function freshDatabase(): Promise<CrisisRoomDatabase> {
  const db = await openFreshDatabase('storage');
  openDatabases.push(db);
  return db;
}

/** Installs a StorageManager on jsdom's navigator, which has none. */
function installStorage(storage: Partial<StorageManager>): void {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  for (const db of openDatabases.splice(0)) {
    db.close();
  }
});

describe('requestPersistentStorageOnce', () => {
  it('asks once on the first run, saves the answer and returns it afterwards', async () => {
    const db = await freshDatabase();
    const persist = vi.fn(() => Promise.resolve(true));
    installStorage({ persist });

    const first = await requestPersistentStorageOnce(db);
    expect(first.granted).toBe(true);
    expect(Number.isNaN(Date.parse(first.requestedAt))).toBe(false);
    expect(await readSetting('storagePersistence', db)).toEqual(first);

    const second = await requestPersistentStorageOnce(db);
    expect(second).toEqual(first);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('records a refusal', async () => {
    const db = await freshDatabase();
    installStorage({ persist: () => Promise.resolve(false) });
    expect((await requestPersistentStorageOnce(db)).granted).toBe(false);
    expect((await readSetting('storagePersistence', db))?.granted).toBe(false);
  });

  it('records "not granted" where the browser has no storage manager', async () => {
    const db = await freshDatabase();
    expect('storage' in navigator).toBe(false);
    expect((await requestPersistentStorageOnce(db)).granted).toBe(false);
  });

  it('shares one request between calls made at the same time', async () => {
    const db = await freshDatabase();
    const persist = vi.fn(() => Promise.resolve(true));
    installStorage({ persist });

    const [first, second] = await Promise.all([
      requestPersistentStorageOnce(db),
      requestPersistentStorageOnce(db),
    ]);
    expect(second).toEqual(first);
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

describe('readStorageStatus', () => {
  it('reports persistence, usage and quota from the storage manager', async () => {
    installStorage({
      persisted: () => Promise.resolve(true),
      estimate: () => Promise.resolve({ usage: 2048, quota: 1_000_000 }),
    });
    expect(await readStorageStatus()).toEqual({
      isPersisted: true,
      usageBytes: 2048,
      quotaBytes: 1_000_000,
    });
  });

  it('reports null for what the browser does not offer', async () => {
    expect(await readStorageStatus()).toEqual({
      isPersisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
    installStorage({
      persisted: () => Promise.resolve(false),
      estimate: () => Promise.resolve({}),
    });
    expect(await readStorageStatus()).toEqual({
      isPersisted: false,
      usageBytes: null,
      quotaBytes: null,
    });
  });

  it('reports null when the browser refuses to answer', async () => {
    installStorage({
      persisted: () => Promise.reject(new Error('not allowed')),
      estimate: () => Promise.reject(new Error('not allowed')),
    });
    expect(await readStorageStatus()).toEqual({
      isPersisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
  });
});
