import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../renderer/src/db/database';
import {
  readSettings,
  saveSettings,
} from '../../../renderer/src/db/repositories/settingsRepository';
import {
  runWrite,
  StorageWriteError,
  toStorageWriteError,
} from '../../../renderer/src/db/writeErrors';
import { openFreshDatabase } from './openDatabaseAt';

const openDatabases: CrisisRoomDatabase[] = [];
const restorers: (() => void)[] = [];

afterEach(() => {
  for (const restore of restorers.splice(0)) {
    restore();
  }
  for (const db of openDatabases.splice(0)) {
    db.close();
  }
});

async function freshDatabase(): Promise<CrisisRoomDatabase> {
  const db = await openFreshDatabase('quota');
  openDatabases.push(db);
  return db;
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/**
 * Makes the IndexedDB object store (fake-indexeddb's, below Dexie) refuse the `putNumber`-th put
 * with a quota error, as a browser does when the disk or the origin's quota is full.
 */
function failPutNumber(putNumber: number): void {
  const originalPut = IDBObjectStore.prototype.put;
  let putCount = 0;
  IDBObjectStore.prototype.put = function put(
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ): IDBRequest<IDBValidKey> {
    putCount += 1;
    if (putCount === putNumber) {
      throw quotaError();
    }
    return originalPut.apply(this, args);
  };
  restorers.push(() => {
    IDBObjectStore.prototype.put = originalPut;
  });
}

describe('writes that hit the storage quota', () => {
  it('write nothing and fail with storage-full when the second of two rows is refused', async () => {
    const db = await freshDatabase();
    failPutNumber(2);

    const write = saveSettings({ language: 'zh-TW', theme: 'dark' }, db);

    await expect(write).rejects.toBeInstanceOf(StorageWriteError);
    await expect(write).rejects.toMatchObject({ code: 'storage-full' });
    expect(await db.settings.count()).toBe(0);
    expect((await readSettings(db, ['en'])).theme).toBe('system');
  });

  it('keep the earlier value of every row of the failed write', async () => {
    const db = await freshDatabase();
    await saveSettings({ language: 'en', theme: 'light' }, db);
    failPutNumber(2);

    await expect(saveSettings({ language: 'zh-CN', theme: 'dark' }, db)).rejects.toMatchObject({
      code: 'storage-full',
    });

    const settings = await readSettings(db, ['en']);
    expect(settings.language).toBe('en');
    expect(settings.theme).toBe('light');
  });

  it('write nothing when a put inside runWrite is refused by the table', async () => {
    const db = await freshDatabase();
    const write = runWrite(db, [db.settings], async () => {
      await db.settings.put({ key: 'language', value: 'en', updatedAt: new Date().toISOString() });
      throw quotaError();
    });

    await expect(write).rejects.toMatchObject({ name: 'StorageWriteError', code: 'storage-full' });
    expect(await db.settings.count()).toBe(0);
  });

  it('return what the write returned when it succeeds', async () => {
    const db = await freshDatabase();
    const count = await runWrite(db, [db.settings], async () => {
      await db.settings.put({ key: 'theme', value: 'dark', updatedAt: new Date().toISOString() });
      return db.settings.count();
    });
    expect(count).toBe(1);
  });
});

describe('toStorageWriteError', () => {
  it('recognises the browser DOMException', () => {
    const error = toStorageWriteError(quotaError());
    expect(error.code).toBe('storage-full');
    expect(error.cause).toBeInstanceOf(DOMException);
  });

  it("recognises Dexie's QuotaExceededError", () => {
    expect(toStorageWriteError(new Dexie.QuotaExceededError('full')).code).toBe('storage-full');
  });

  it('recognises a quota error wrapped in an abort (quota hit at commit time)', () => {
    expect(toStorageWriteError(new Dexie.AbortError('aborted', quotaError())).code).toBe(
      'storage-full',
    );
    expect(
      toStorageWriteError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).code,
    ).toBe('storage-full');
  });

  it('recognises the old Firefox name and a quota error given as cause', () => {
    expect(toStorageWriteError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED')).code).toBe(
      'storage-full',
    );
    expect(toStorageWriteError(new Error('full', { cause: quotaError() })).code).toBe(
      'storage-full',
    );
  });

  it('keeps a StorageWriteError as it is', () => {
    const original = new StorageWriteError('invalid-value', 'Invalid value for setting "theme"');
    expect(toStorageWriteError(original)).toBe(original);
  });

  it('reports anything else as write-failed with the original as cause', () => {
    const failure = new Dexie.ConstraintError('duplicate key');
    const error = toStorageWriteError(failure);
    expect(error.code).toBe('write-failed');
    expect(error.cause).toBe(failure);
    expect(error.message).toContain('duplicate key');
    expect(toStorageWriteError('a string').code).toBe('write-failed');
    expect(toStorageWriteError(null).code).toBe('write-failed');
  });
});
