import { afterEach, describe, expect, it } from 'vitest';
import { askForPersistentStorage, readStorageStatus } from '../../../renderer/src/lib/storage';

/** Installs a StorageManager on jsdom's navigator, which has none. */
function installStorage(storage: Partial<StorageManager>): void {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('askForPersistentStorage', () => {
  it("passes on the browser's answer", async () => {
    installStorage({ persist: () => Promise.resolve(true) });
    expect(await askForPersistentStorage()).toBe(true);
    installStorage({ persist: () => Promise.resolve(false) });
    expect(await askForPersistentStorage()).toBe(false);
  });

  it('reads a missing storage manager or a browser that throws as a refusal', async () => {
    expect(await askForPersistentStorage()).toBe(false);
    installStorage({ persist: () => Promise.reject(new Error('not allowed')) });
    expect(await askForPersistentStorage()).toBe(false);
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
