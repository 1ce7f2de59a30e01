import type { Transaction } from 'dexie';

/**
 * The Dexie stores declaration of one schema version: table name → primary key and indexes
 * (`null` deletes a table). Index only what queries use.
 */
export type StoresSpec = Readonly<Record<string, string | null>>;

/**
 * Schema version 1 (2026-11-22): the first schema. `settings` holds one row per setting, keyed by
 * `key`; it has no secondary index because settings are always read whole.
 */
export const schemaV1 = {
  settings: 'key',
} as const satisfies StoresSpec;

/** The newest schema version; equals the version of the last migration (a test checks). */
export const currentSchemaVersion = 1;

/**
 * One schema version and how to get there from the previous one. Migrations are never edited
 * after release: a change to stored data is a new migration with the next number.
 */
export type Migration = {
  /** Schema version this migration produces; versions are contiguous from 1. */
  readonly version: number;
  /** The stores declaration of that version (one of the `schemaVN` constants). */
  readonly stores: StoresSpec;
  /** What changed and why, in a sentence. */
  readonly note: string;
  /** Rewrites existing rows into the new shape; omitted when the stores change is enough. */
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
};
