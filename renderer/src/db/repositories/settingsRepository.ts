import {
  defaultSettings,
  isSettingKey,
  settingKeys,
  settingSchemas,
  settingsSchema,
} from '../../../../shared/domain/settings';
import type { SettingKey, Settings } from '../../../../shared/domain/settings';
import { getDatabase } from '../database';
import type { CrisisRoomDatabase, SettingRow } from '../database';
import { runWrite, StorageWriteError } from '../writeErrors';

/**
 * The settings a set of stored rows describes: each valid stored value replaces its default; a
 * missing, unknown or invalid one is ignored, so data written by another app version can never
 * stop the app from starting.
 */
function settingsFromRows(rows: readonly SettingRow[], defaults: Settings): Settings {
  const storedByKey = new Map(rows.map((row) => [row.key, row.value]));
  const merged: Record<string, unknown> = { ...defaults };
  for (const key of settingKeys) {
    if (!storedByKey.has(key)) {
      continue;
    }
    const parsed = settingSchemas[key].safeParse(storedByKey.get(key));
    if (parsed.success) {
      merged[key] = parsed.data;
    }
  }
  // Every key now holds a default or a value its schema accepted, so this parse cannot fail; it
  // gives the result its type without a cast.
  return settingsSchema.parse(merged);
}

/**
 * Reads every setting, stored values over the defaults. Only Dexie promises are awaited, so it can
 * run inside `liveQuery`/`useLiveQuery` and views update when a setting changes. Never throws for
 * bad stored data: an invalid value reads as its default.
 */
export function readSettings(
  db: CrisisRoomDatabase = getDatabase(),
  preferredLanguages: readonly string[] = navigator.languages,
): Promise<Settings> {
  return db.settings
    .toArray()
    .then((rows) => settingsFromRows(rows, defaultSettings(preferredLanguages)));
}

/** Reads one setting (stored value or its default); see {@link readSettings}. */
export function readSetting<K extends SettingKey>(
  key: K,
  db: CrisisRoomDatabase = getDatabase(),
  preferredLanguages: readonly string[] = navigator.languages,
): Promise<Settings[K]> {
  return readSettings(db, preferredLanguages).then((settings) => settings[key]);
}

/** Validates one setting and builds its row, or throws `invalid-value` naming the key. */
export function toSettingRow(key: SettingKey, value: unknown, updatedAt: string): SettingRow {
  const parsed = settingSchemas[key].safeParse(value);
  if (!parsed.success) {
    throw new StorageWriteError(
      'invalid-value',
      `Invalid value for setting "${key}": ${parsed.error.message}`,
      { cause: parsed.error },
    );
  }
  return { key, value: parsed.data, updatedAt };
}

/** Writes rows in one read-write transaction: all of them or, on any failure, none. */
function writeRows(db: CrisisRoomDatabase, rows: readonly SettingRow[]): Promise<void> {
  return runWrite(db, [db.settings], async () => {
    for (const row of rows) {
      await db.settings.put(row);
    }
  });
}

/**
 * Saves one setting. The value is checked against its shared schema first (a bad value throws a
 * StorageWriteError `invalid-value` and nothing is written); a failed write throws a
 * StorageWriteError (`storage-full` when the quota is reached) and leaves the old value in place.
 */
export async function saveSetting<K extends SettingKey>(
  key: K,
  value: Settings[K],
  db: CrisisRoomDatabase = getDatabase(),
): Promise<void> {
  const row = toSettingRow(key, value, new Date().toISOString());
  await writeRows(db, [row]);
}

/**
 * Saves several settings in one transaction: every value is validated before anything is
 * written, and either all of them are stored or none is. Keys whose value is `undefined` are left
 * unchanged.
 */
export async function saveSettings(
  partial: Partial<Settings>,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<void> {
  const updatedAt = new Date().toISOString();
  const rows: SettingRow[] = [];
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) {
      continue;
    }
    if (!isSettingKey(key)) {
      throw new StorageWriteError('invalid-value', `Unknown setting "${key}".`);
    }
    rows.push(toSettingRow(key, value, updatedAt));
  }
  if (rows.length > 0) {
    await writeRows(db, rows);
  }
}
