/** What the browser says about this app's storage; `null` where the browser cannot tell. */
export type StorageStatus = {
  /** True when the browser promised not to evict the app's data under storage pressure. */
  isPersisted: boolean | null;
  /** Bytes the app's origin uses (IndexedDB, caches…), as estimated by the browser. */
  usageBytes: number | null;
  /** Bytes the origin may use before writes fail with a quota error. */
  quotaBytes: number | null;
};

/** The browser's StorageManager, or undefined where it does not exist (old engines, jsdom). */
function storageManager(): StorageManager | undefined {
  return 'storage' in navigator ? navigator.storage : undefined;
}

/**
 * Asks the browser to keep the app's data under storage pressure. Resolves `false` when the
 * browser refuses, cannot be asked, or throws instead of answering; never rejects.
 */
export async function askForPersistentStorage(): Promise<boolean> {
  const storage = storageManager();
  if (storage === undefined || typeof storage.persist !== 'function') {
    return false;
  }
  try {
    return await storage.persist();
  } catch {
    // A browser that throws instead of answering has refused; the answer is recorded as such.
    return false;
  }
}

/** Runs a StorageManager query; a missing method or a refusal reads as "unknown" (`null`). */
async function queryStorage<T>(query: (() => Promise<T>) | undefined): Promise<T | null> {
  if (query === undefined) {
    return null;
  }
  try {
    return await query();
  } catch {
    // Some engines reject these queries (private windows); Diagnostics then shows "unknown".
    return null;
  }
}

/**
 * Reads whether storage is persistent and how much of the quota is used, for Settings →
 * Diagnostics. Each figure is `null` when the browser does not offer it.
 */
export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  const isPersisted = await queryStorage(
    storage !== undefined && typeof storage.persisted === 'function'
      ? () => storage.persisted()
      : undefined,
  );
  const estimate = await queryStorage(
    storage !== undefined && typeof storage.estimate === 'function'
      ? () => storage.estimate()
      : undefined,
  );
  return {
    isPersisted,
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}
