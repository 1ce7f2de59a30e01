import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  readSetting,
  readSettings,
  saveSetting,
  saveSettings,
} from '../../../../renderer/src/db/repositories/settingsRepository';
import type { Settings } from '../../../../shared/domain/settings';
import { defaultRiskMatrix, resizeMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { defaultCallTree } from '../../../../shared/domain/roster/callTree';
import { defaultChannels, defaultStakeholders } from '../../../../shared/domain/sops/commMatrix';
import { defaultIncidentCadence } from '../../../../shared/domain/incidents/cadence';
import { defaultSynonymGroups } from '../../../../shared/monitoring/matching/synonyms';
import { defaultSeverityLevels } from '../../../../shared/domain/severity';
import { StorageWriteError } from '../../../../renderer/src/db/writeErrors';
import { useFreshDatabases } from '../openDatabaseAt';

const freshDatabase = useFreshDatabases('settings');

describe('settings repository', () => {
  it('reads defaults from the preferred languages when nothing is stored', async () => {
    const db = await freshDatabase();
    expect(await readSettings(db, ['zh-HK', 'en'])).toEqual({
      language: 'zh-TW',
      theme: 'system',
      displayMode: 'standard',
      storagePersistence: null,
      monitoringRetentionDays: 180,
      monitoringUnhealthyAfter: 3,
      riskMatrix: defaultRiskMatrix(),
      severityLevels: defaultSeverityLevels,
      callTree: defaultCallTree,
      commStakeholders: defaultStakeholders,
      commChannels: defaultChannels,
      incidentCadence: defaultIncidentCadence,
      monitoringSynonyms: defaultSynonymGroups,
      sentimentUserWords: [],
    });
    expect((await readSettings(db, ['zh-SG'])).language).toBe('zh-CN');
    expect((await readSettings(db, ['fr'])).language).toBe('en');
  });

  it('reads back what it saved, over the defaults', async () => {
    const db = await freshDatabase();
    await saveSetting('language', 'zh-CN', db);
    await saveSetting('theme', 'dark', db);
    await saveSetting(
      'storagePersistence',
      { requestedAt: '2026-11-22T09:00:00.000Z', granted: true },
      db,
    );
    await saveSetting('monitoringRetentionDays', 30, db);
    const smallMatrix = resizeMatrix(defaultRiskMatrix(), 3);
    await saveSetting('riskMatrix', smallMatrix, db);

    expect(await readSettings(db, ['en-US'])).toEqual({
      language: 'zh-CN',
      theme: 'dark',
      displayMode: 'standard',
      storagePersistence: { requestedAt: '2026-11-22T09:00:00.000Z', granted: true },
      monitoringRetentionDays: 30,
      monitoringUnhealthyAfter: 3,
      riskMatrix: smallMatrix,
      severityLevels: defaultSeverityLevels,
      callTree: defaultCallTree,
      commStakeholders: defaultStakeholders,
      commChannels: defaultChannels,
      incidentCadence: defaultIncidentCadence,
      monitoringSynonyms: defaultSynonymGroups,
      sentimentUserWords: [],
    });
    expect(await readSetting('theme', db)).toBe('dark');
  });

  it('stamps each row with the time of the write', async () => {
    const db = await freshDatabase();
    const before = Date.now();
    await saveSetting('displayMode', 'war-room', db);
    const row = await db.settings.get('displayMode');
    expect(row?.value).toBe('war-room');
    const stampedAt = Date.parse(row?.updatedAt ?? '');
    expect(stampedAt).toBeGreaterThanOrEqual(before);
    expect(stampedAt).toBeLessThanOrEqual(Date.now());
  });

  it('overwrites a saved value', async () => {
    const db = await freshDatabase();
    await saveSetting('theme', 'dark', db);
    await saveSetting('theme', 'light', db);
    expect(await readSetting('theme', db)).toBe('light');
    expect(await db.settings.count()).toBe(1);
  });

  it('falls back to the default for an invalid stored value and keeps the valid ones', async () => {
    const db = await freshDatabase();
    await db.settings.bulkPut([
      { key: 'language', value: 'klingon', updatedAt: '2026-11-22T09:00:00.000Z' },
      { key: 'theme', value: 'dark', updatedAt: '2026-11-22T09:00:00.000Z' },
      { key: 'displayMode', value: 42, updatedAt: '2026-11-22T09:00:00.000Z' },
      {
        key: 'storagePersistence',
        value: { granted: 'yes' },
        updatedAt: '2026-11-22T09:00:00.000Z',
      },
      { key: 'retiredSetting', value: true, updatedAt: '2026-11-22T09:00:00.000Z' },
      { key: 'monitoringRetentionDays', value: 0, updatedAt: '2026-11-22T09:00:00.000Z' },
      { key: 'monitoringUnhealthyAfter', value: 5, updatedAt: '2026-11-22T09:00:00.000Z' },
      {
        key: 'riskMatrix',
        value: { ...defaultRiskMatrix(), size: 4 },
        updatedAt: '2026-11-22T09:00:00.000Z',
      },
    ]);

    expect(await readSettings(db, ['zh-TW'])).toEqual({
      language: 'zh-TW',
      theme: 'dark',
      displayMode: 'standard',
      storagePersistence: null,
      monitoringRetentionDays: 180,
      monitoringUnhealthyAfter: 5,
      riskMatrix: defaultRiskMatrix(),
      severityLevels: defaultSeverityLevels,
      callTree: defaultCallTree,
      commStakeholders: defaultStakeholders,
      commChannels: defaultChannels,
      incidentCadence: defaultIncidentCadence,
      monitoringSynonyms: defaultSynonymGroups,
      sentimentUserWords: [],
    });
  });

  it('refuses an invalid value, names the key and writes nothing', async () => {
    const db = await freshDatabase();
    const partial: Partial<Settings> = { language: 'zh-TW', displayMode: 'war-room' };
    // Set the way untyped code (a stale draft, an import) would, past the type checker.
    Reflect.set(partial, 'theme', 'sepia');
    const refusal = saveSettings(partial, db);

    await expect(refusal).rejects.toBeInstanceOf(StorageWriteError);
    await expect(refusal).rejects.toMatchObject({ code: 'invalid-value' });
    await expect(refusal).rejects.toThrow(/"theme"/u);
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses a value of the right type that breaks its schema', async () => {
    const db = await freshDatabase();
    await expect(
      saveSetting('storagePersistence', { requestedAt: 'yesterday', granted: true }, db),
    ).rejects.toMatchObject({
      code: 'invalid-value',
      message: expect.stringContaining('"storagePersistence"'),
    });
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses a risk matrix whose bands do not fit its size', async () => {
    const db = await freshDatabase();
    const matrix = defaultRiskMatrix(3);
    // 3×3 scores go up to 9; the 5×5 thresholds (1, 5, 10, 15) do not fit.
    const unfitting = { ...matrix, bands: defaultRiskMatrix(5).bands };
    await expect(saveSetting('riskMatrix', unfitting, db)).rejects.toMatchObject({
      code: 'invalid-value',
      message: expect.stringContaining('"riskMatrix"'),
    });
    expect(await db.settings.count()).toBe(0);
    await saveSetting('riskMatrix', matrix, db);
    expect(await readSetting('riskMatrix', db)).toEqual(matrix);
  });

  it('refuses an unknown key', async () => {
    const db = await freshDatabase();
    const partial: Partial<Settings> = {};
    Reflect.set(partial, 'fontSize', 14);
    await expect(saveSettings(partial, db)).rejects.toMatchObject({
      code: 'invalid-value',
      message: expect.stringContaining('fontSize'),
    });
    expect(await db.settings.count()).toBe(0);
  });

  it('saves several settings together and ignores keys left undefined', async () => {
    const db = await freshDatabase();
    await saveSettings({ language: 'en', displayMode: 'war-room', theme: undefined }, db);
    expect((await db.settings.toArray()).map((row) => row.key).sort()).toEqual([
      'displayMode',
      'language',
    ]);
  });

  it('runs inside liveQuery and emits again after a save', async () => {
    const db = await freshDatabase();
    const seen: string[] = [];
    let resolveSecond: () => void = () => {};
    const secondSeen = new Promise<void>((resolve) => {
      resolveSecond = resolve;
    });
    const subscription = liveQuery(() => readSettings(db, ['en'])).subscribe({
      next: (settings) => {
        seen.push(settings.theme);
        if (seen.length === 2) {
          resolveSecond();
        }
      },
    });
    try {
      await vi.waitFor(() => expect(seen).toEqual(['system']));
      await saveSetting('theme', 'dark', db);
      await secondSeen;
      expect(seen).toEqual(['system', 'dark']);
    } finally {
      subscription.unsubscribe();
    }
  });
});
