import type { Dexie, Table, Transaction } from 'dexie';

/**
 * Why a write was refused: the device or browser quota is full, the value broke its schema, or
 * IndexedDB failed for another reason. The UI turns each code into a sentence in the user's
 * language; the message is an English detail for diagnostics.
 */
export type StorageWriteErrorCode = 'storage-full' | 'invalid-value' | 'write-failed';

/**
 * A write that did not happen. Thrown only after its transaction was aborted, so when a caller
 * sees it, nothing of that write is stored.
 */
export class StorageWriteError extends Error {
  /** Which kind of failure this is. */
  readonly code: StorageWriteErrorCode;

  constructor(code: StorageWriteErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StorageWriteError';
    this.code = code;
  }
}

/** Error names browsers use for a full quota (Firefox once used its own). */
const quotaErrorNames: ReadonlySet<string> = new Set([
  'QuotaExceededError',
  'NS_ERROR_DOM_QUOTA_REACHED',
]);

/** How deep to follow `inner`/`cause` chains; Dexie wraps at most a couple of times. */
const maxErrorDepth = 5;

/**
 * True when `error`, or an error it wraps, says the quota is full. Dexie reports it as its own
 * `QuotaExceededError`, or as an `AbortError` whose `inner` is the browser's DOMException when
 * the quota is hit at commit time; bulk operations collect it in `failures`.
 */
function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > maxErrorDepth || typeof error !== 'object' || error === null) {
    return false;
  }
  if ('name' in error && typeof error.name === 'string' && quotaErrorNames.has(error.name)) {
    return true;
  }
  if ('inner' in error && isQuotaError(error.inner, depth + 1)) {
    return true;
  }
  if ('cause' in error && isQuotaError(error.cause, depth + 1)) {
    return true;
  }
  if ('failures' in error && Array.isArray(error.failures)) {
    return error.failures.some((failure: unknown) => isQuotaError(failure, depth + 1));
  }
  return false;
}

/** A readable detail of any thrown value. */
function describe(error: unknown): string {
  if (error instanceof Error) {
    return `${error.name}: ${error.message}`;
  }
  return String(error);
}

/**
 * Turns anything a Dexie write threw into a {@link StorageWriteError}: quota failures become
 * `storage-full`, an existing StorageWriteError is kept, anything else is `write-failed`. The
 * original error stays available as `cause`.
 */
export function toStorageWriteError(error: unknown): StorageWriteError {
  if (error instanceof StorageWriteError) {
    return error;
  }
  const detail = describe(error);
  return isQuotaError(error)
    ? new StorageWriteError('storage-full', `Storage is full; nothing was saved (${detail}).`, {
        cause: error,
      })
    : new StorageWriteError('write-failed', `The write failed; nothing was saved (${detail}).`, {
        cause: error,
      });
}

/**
 * Runs `write` in one read-write transaction over `tables`. Any error aborts the whole
 * transaction, so nothing is partially written, and is then rethrown as a StorageWriteError.
 * `write` must not catch errors of its own Dexie calls (that would commit the half that worked),
 * and must not await anything but Dexie (a foreign promise ends the transaction early).
 */
export async function runWrite<T>(
  db: Dexie,
  tables: readonly Table[],
  write: (transaction: Transaction) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', tables, write);
  } catch (error: unknown) {
    throw toStorageWriteError(error);
  }
}
