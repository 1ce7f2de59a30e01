import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  displayModes,
  isSettingKey,
  languages,
  settingKeys,
  settingSchemas,
  settingsSchema,
  themes,
} from '../../../shared/domain/settings';
import { defaultRiskMatrix } from '../../../shared/domain/risks/riskMatrix';
import { defaultCallTree } from '../../../shared/domain/roster/callTree';
import { defaultChannels, defaultStakeholders } from '../../../shared/domain/sops/commMatrix';
import { defaultIncidentCadence } from '../../../shared/domain/incidents/cadence';
import { defaultSynonymGroups } from '../../../shared/monitoring/matching/synonyms';
import { defaultSeverityLevels } from '../../../shared/domain/severity';

describe('settings domain', () => {
  it('lists every setting key once', () => {
    expect(settingKeys).toEqual([
      'language',
      'theme',
      'displayMode',
      'storagePersistence',
      'monitoringRetentionDays',
      'monitoringUnhealthyAfter',
      'riskMatrix',
      'severityLevels',
      'callTree',
      'commStakeholders',
      'commChannels',
      'incidentCadence',
      'monitoringSynonyms',
      'sentimentUserWords',
    ]);
    expect(isSettingKey('theme')).toBe(true);
    expect(isSettingKey('toString')).toBe(false);
    expect(isSettingKey('__proto__')).toBe(false);
    expect(isSettingKey(42)).toBe(false);
  });

  it('derives the default language from the preferred languages', () => {
    expect(defaultSettings(['zh-HK']).language).toBe('zh-TW');
    expect(defaultSettings(['zh-CN']).language).toBe('zh-CN');
    expect(defaultSettings(['fr']).language).toBe('en');
  });

  it('starts with the system theme, the desk layout and no persistence answer', () => {
    const defaults = defaultSettings(['en-US']);
    expect(defaults).toEqual({
      language: 'en',
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
    expect(defaults.riskMatrix.size).toBe(5);
    expect(settingsSchema.safeParse(defaults).success).toBe(true);
  });

  it('accepts every listed language, theme and display mode', () => {
    for (const language of languages) {
      expect(settingSchemas.language.safeParse(language).success).toBe(true);
    }
    for (const theme of themes) {
      expect(settingSchemas.theme.safeParse(theme).success).toBe(true);
    }
    for (const displayMode of displayModes) {
      expect(settingSchemas.displayMode.safeParse(displayMode).success).toBe(true);
    }
  });

  it('rejects values outside the lists', () => {
    expect(settingSchemas.language.safeParse('zh-HK').success).toBe(false);
    expect(settingSchemas.language.safeParse('fr').success).toBe(false);
    expect(settingSchemas.theme.safeParse('sepia').success).toBe(false);
    expect(settingSchemas.displayMode.safeParse('projector').success).toBe(false);
    expect(settingSchemas.theme.safeParse(undefined).success).toBe(false);
  });

  it('validates the persistence answer', () => {
    const schema = settingSchemas.storagePersistence;
    expect(schema.safeParse(null).success).toBe(true);
    expect(
      schema.safeParse({ requestedAt: '2026-11-22T08:30:00.000Z', granted: true }).success,
    ).toBe(true);
    expect(schema.safeParse({ requestedAt: 'yesterday', granted: true }).success).toBe(false);
    expect(schema.safeParse({ requestedAt: '2026-11-22T08:30:00.000Z' }).success).toBe(false);
    expect(
      schema.safeParse({ requestedAt: '2026-11-22T08:30:00.000Z', granted: 'yes' }).success,
    ).toBe(false);
    expect(
      schema.safeParse({ requestedAt: '2026-11-22T08:30:00.000Z', granted: false, extra: 1 })
        .success,
    ).toBe(false);
  });

  it('validates the risk matrix as a whole', () => {
    const schema = settingSchemas.riskMatrix;
    expect(schema.safeParse(defaultRiskMatrix(4)).success).toBe(true);
    expect(schema.safeParse({ ...defaultRiskMatrix(), size: 4 }).success).toBe(false);
    expect(schema.safeParse({ ...defaultRiskMatrix(), extra: true }).success).toBe(false);
    expect(schema.safeParse(null).success).toBe(false);
  });
});
