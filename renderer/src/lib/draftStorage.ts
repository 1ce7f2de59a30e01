import type { z } from 'zod';

/**
 * Unsaved form drafts kept in localStorage, so a reload, a crash or a closed window does not
 * lose what someone was typing in the middle of a crisis. A draft is validated when read back (it
 * may come from an older version or be damaged); anything unreadable is dropped, never applied.
 * Storage that refuses to write (private windows, a full quota) only means no draft is kept.
 */

/** Prefix of every draft key, so drafts never collide with other local data. */
const draftPrefix = 'crisis-room:draft:';

/** The browser's localStorage, or null where it is unavailable or refused. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Reading `localStorage` itself throws where storage is disabled: then no drafts are kept.
    return null;
  }
}

/** The draft stored under `key` if it matches `schema`; a damaged one is removed. */
export function readDraft<T>(key: string, schema: z.ZodType<T>): T | null {
  const store = storage();
  const text = store?.getItem(draftPrefix + key) ?? null;
  if (store === null || text === null) {
    return null;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) {
      return parsed.data;
    }
  } catch {
    // Not JSON: fall through and drop it.
  }
  store.removeItem(draftPrefix + key);
  return null;
}

/** Stores a draft under `key`; a refused write keeps no draft and is not an error. */
export function writeDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(draftPrefix + key, JSON.stringify(value));
  } catch {
    // Quota full or storage disabled: the form still works, it just cannot survive a reload.
  }
}

/** Forgets the draft under `key` (after a save, or when the user discards it). */
export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(draftPrefix + key);
  } catch {
    // Nothing stored can be removed either.
  }
}
