import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CrisisRoomDatabase } from '../../../renderer/src/db/database';
import { migrations } from '../../../renderer/src/db/migrations';
import type { Migration } from '../../../renderer/src/db/schema';
import { currentSchemaVersion } from '../../../renderer/src/db/schema';
import { openDatabaseAt, uniqueDatabaseName } from './openDatabaseAt';

// jsdom replaces the global URL, which node:url refuses, so the path is built from strings.
const migrationsFolder = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../renderer/src/db/migrations',
);

/** True for a value shaped like a Migration (what each migration file must export). */
function isMigration(value: unknown): value is Migration {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    typeof value.version === 'number' &&
    'stores' in value &&
    'note' in value
  );
}

const openDatabases: CrisisRoomDatabase[] = [];

afterEach(() => {
  for (const db of openDatabases.splice(0)) {
    db.close();
  }
});

describe('migrations', () => {
  it('are numbered contiguously from 1 and end at the current schema version', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(
      Array.from({ length: migrations.length }, (_, index) => index + 1),
    );
    expect(migrations.at(-1)?.version).toBe(currentSchemaVersion);
  });

  it('have one NNNN-slug.ts file each, whose number is the version it exports', async () => {
    const files = readdirSync(migrationsFolder)
      .filter((file) => file !== 'index.ts')
      .sort();
    expect(files).toHaveLength(migrations.length);

    for (const [index, file] of files.entries()) {
      const match = /^(\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*\.ts$/u.exec(file);
      expect(match, `${file} is not named NNNN-slug.ts`).not.toBeNull();
      const fileNumber = Number(match?.[1]);
      expect(fileNumber).toBe(index + 1);

      const module: Record<string, unknown> = await import(
        /* @vite-ignore */ join(migrationsFolder, file)
      );
      const exported = Object.values(module).filter(isMigration);
      expect(exported, `${file} exports one migration`).toHaveLength(1);
      expect(exported[0]?.version).toBe(fileNumber);
      expect(migrations[index]).toBe(exported[0]);
    }
  });

  it('each say what changed', () => {
    for (const migration of migrations) {
      expect(migration.note.trim().length).toBeGreaterThan(10);
      expect(Object.keys(migration.stores).length).toBeGreaterThan(0);
    }
  });

  it('refuses to open below the first version', () => {
    expect(() => new CrisisRoomDatabase(uniqueDatabaseName(), { upToVersion: 0 })).toThrow(
      RangeError,
    );
  });

  it('opens at version 1 and keeps its rows when reopened at the current version', async () => {
    const name = uniqueDatabaseName('upgrade');
    const old = await openDatabaseAt(1, name);
    openDatabases.push(old);
    expect(old.verno).toBe(1);
    await old.settings.put({
      key: 'language',
      value: 'zh-TW',
      updatedAt: '2026-11-22T08:00:00.000Z',
    });
    old.close();

    const current = new CrisisRoomDatabase(name);
    openDatabases.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(await current.settings.toArray()).toEqual([
      { key: 'language', value: 'zh-TW', updatedAt: '2026-11-22T08:00:00.000Z' },
    ]);
  });

  it('upgrades version 1 to 2 without losing a setting and adds the monitoring tables', async () => {
    const name = uniqueDatabaseName('v1-to-v2');
    const old = await openDatabaseAt(1, name);
    openDatabases.push(old);
    const seeded = [
      { key: 'language', value: 'zh-CN', updatedAt: '2026-11-20T08:00:00.000Z' },
      { key: 'theme', value: 'dark', updatedAt: '2026-11-20T08:00:01.000Z' },
      { key: 'displayMode', value: 'war-room', updatedAt: '2026-11-20T08:00:02.000Z' },
      {
        key: 'storagePersistence',
        value: { requestedAt: '2026-11-20T08:00:00.000Z', granted: true },
        updatedAt: '2026-11-20T08:00:03.000Z',
      },
      { key: 'retired-setting', value: 42, updatedAt: '2026-11-20T08:00:04.000Z' },
    ];
    await old.settings.bulkPut(seeded);
    expect(old.tables.map((table) => table.name)).toEqual(['settings']);
    old.close();

    const upgraded = await openDatabaseAt(2, name);
    openDatabases.push(upgraded);
    expect(upgraded.verno).toBe(2);
    expect(await upgraded.settings.orderBy('key').toArray()).toEqual(
      [...seeded].sort((left, right) => left.key.localeCompare(right.key)),
    );
    expect(upgraded.tables.map((table) => table.name).sort()).toEqual([
      'monitoringCoverage',
      'monitoringFetchLog',
      'monitoringHostEvents',
      'monitoringItems',
      'monitoringSources',
      'settings',
    ]);
    const items = upgraded.monitoringItems.schema;
    expect(items.idxByName.dedupeKey?.unique).toBe(true);
    expect(Object.keys(items.idxByName).sort()).toEqual([
      '[sourceId+publishedAt]',
      'dedupeKey',
      'publishedAt',
    ]);
    expect(await upgraded.monitoringItems.count()).toBe(0);
  });
});
