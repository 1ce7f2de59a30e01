import { afterEach } from 'vitest';
import { CrisisRoomDatabase } from '../../../renderer/src/db/database';

let openedCount = 0;

/**
 * A database name no other test uses, so tests sharing fake-indexeddb in one worker never see
 * each other's rows.
 */
export function uniqueDatabaseName(label = 'test'): string {
  openedCount += 1;
  return `crisis-room-${label}-${openedCount}-${crypto.randomUUID()}`;
}

/**
 * Opens the app database as the app at schema `version` would: only migrations up to that
 * version are registered. Seed the old shape through it, close it, then open the same name with
 * `new CrisisRoomDatabase(name)` to run the newer migrations over real rows.
 */
export async function openDatabaseAt(
  version: number,
  name: string = uniqueDatabaseName(`v${version}`),
): Promise<CrisisRoomDatabase> {
  const db = new CrisisRoomDatabase(name, { upToVersion: version });
  await db.open();
  return db;
}

/** Opens the database at the current schema under a fresh name. */
export async function openFreshDatabase(label = 'fresh'): Promise<CrisisRoomDatabase> {
  const db = new CrisisRoomDatabase(uniqueDatabaseName(label));
  await db.open();
  return db;
}

/**
 * Registers an `afterEach` that closes every database the returned opener opened, so each test
 * gets a database at the current schema under a fresh name (labelled `label`) without leaving
 * connections open for the next test. Call once at the top level of a test file.
 */
export function useFreshDatabases(label: string): () => Promise<CrisisRoomDatabase> {
  const openDatabases: CrisisRoomDatabase[] = [];
  afterEach(() => {
    for (const db of openDatabases.splice(0)) {
      db.close();
    }
  });
  return async function freshDatabase(): Promise<CrisisRoomDatabase> {
    const db = await openFreshDatabase(label);
    openDatabases.push(db);
    return db;
  };
}
