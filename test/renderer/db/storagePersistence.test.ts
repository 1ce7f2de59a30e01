import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CrisisRoomDatabase } from '../../../renderer/src/db/database';
import { readSetting } from '../../../renderer/src/db/repositories/settingsRepository';
import { requestPersistentStorageOnce } from '../../../renderer/src/db/storagePersistence';
import { openFreshDatabase } from './openDatabaseAt';

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
