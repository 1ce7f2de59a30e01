import type { StoragePersistence } from '../../../shared/domain/settings';
import { askForPersistentStorage } from '../lib/storage';
import { getDatabase } from './database';
import type { CrisisRoomDatabase } from './database';
import { readSetting, saveSetting } from './repositories/settingsRepository';

/** The answer of the persistent-storage request once it was asked. */
export type StoragePersistenceAnswer = NonNullable<StoragePersistence>;

const pendingRequests = new WeakMap<CrisisRoomDatabase, Promise<StoragePersistenceAnswer>>();

/**
 * On the first run, asks the browser for persistent storage (so a crisis log is not evicted when
 * the disk fills up) and saves the answer in the `storagePersistence` setting; on later runs
 * returns the saved answer without asking again. Concurrent calls share one request. Rejects when
 * the setting cannot be read or saved.
 */
export function requestPersistentStorageOnce(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<StoragePersistenceAnswer> {
  const pending = pendingRequests.get(db);
  if (pending !== undefined) {
    return pending;
  }
  const request = requestAndSave(db).finally(() => {
    pendingRequests.delete(db);
  });
  pendingRequests.set(db, request);
  return request;
}

async function requestAndSave(db: CrisisRoomDatabase): Promise<StoragePersistenceAnswer> {
  const saved = await readSetting('storagePersistence', db);
  if (saved !== null) {
    return saved;
  }
  const requestedAt = new Date().toISOString();
  const granted = await askForPersistentStorage();
  const answer: StoragePersistenceAnswer = { requestedAt, granted };
  await saveSetting('storagePersistence', answer, db);
  return answer;
}
