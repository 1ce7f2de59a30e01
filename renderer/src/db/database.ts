import { Dexie } from 'dexie';
import type { DexieOptions, Table } from 'dexie';
import { migrations } from './migrations';

/**
 * A stored setting: one row per key. `value` stays `unknown` because stored data may come from an
 * older or newer app version; the settings repository validates it before anyone uses it.
 */
export type SettingRow = {
  key: string;
  value: unknown;
  /** ISO 8601 time of the last write. */
  updatedAt: string;
};

/** Name of the app's IndexedDB database. Never change it: users' data lives under this name. */
export const databaseName = 'crisis-room';

/** Options of {@link CrisisRoomDatabase}. */
export type CrisisRoomDatabaseOptions = {
  /** Register migrations only up to this version, to open the database as an older app would. */
  upToVersion?: number;
  /** IndexedDB implementation, for environments without a global one. */
  indexedDB?: DexieOptions['indexedDB'];
  /** IDBKeyRange matching {@link indexedDB}. */
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
};

/**
 * The app's one Dexie database with typed tables. Each schema version is registered from its
 * migration, so the same class opens the current schema in the app and an older one in tests.
 */
export class CrisisRoomDatabase extends Dexie {
  /** User settings, keyed by setting name. */
  declare readonly settings: Table<SettingRow, string>;

  constructor(name: string = databaseName, options: CrisisRoomDatabaseOptions = {}) {
    const { upToVersion = Number.POSITIVE_INFINITY, indexedDB, IDBKeyRange } = options;
    // Dexie spreads its options over its defaults, so an explicit `undefined` would erase them.
    super(name, {
      ...(indexedDB === undefined ? {} : { indexedDB }),
      ...(IDBKeyRange === undefined ? {} : { IDBKeyRange }),
    });
    const registered = migrations.filter((migration) => migration.version <= upToVersion);
    if (registered.length === 0) {
      throw new RangeError(`No schema version at or below ${upToVersion}.`);
    }
    for (const migration of registered) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade !== undefined) {
        version.upgrade(migration.upgrade);
      }
    }
  }
}

let database: CrisisRoomDatabase | undefined;

/**
 * The app's database, created on first use and shared afterwards (Dexie opens it on the first
 * query). One instance keeps one connection, so live queries see every write.
 */
export function getDatabase(): CrisisRoomDatabase {
  database ??= new CrisisRoomDatabase();
  return database;
}
