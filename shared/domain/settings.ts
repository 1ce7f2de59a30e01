import { z } from 'zod';
import { commGroupListSchema, defaultChannels, defaultStakeholders } from './sops/commMatrix';
import { defaultIncidentCadence, incidentCadenceSchema } from './incidents/cadence';
import { defaultRetentionDays, defaultUnhealthyAfter } from '../monitoring/source';
import { defaultSynonymGroups, synonymGroupsSchema } from '../monitoring/matching/synonyms';
import { userSentimentEntriesSchema } from '../monitoring/sentiment/sentimentLexicon';
import { pickLanguage } from './locales';
import { defaultRiskMatrix, riskMatrixSchema } from './risks/riskMatrix';
import { callTreeSchema, defaultCallTree } from './roster/callTree';
import { defaultSeverityLevels, severityLevelsSchema } from './severity';

/** Languages the app is translated into, as i18n resource names. */
export const languages = ['en', 'zh-TW', 'zh-CN'] as const;

/** One of {@link languages}. */
export type Language = (typeof languages)[number];

/** Colour themes: `system` follows the operating system's light or dark preference. */
export const themes = ['system', 'light', 'dark'] as const;

/** One of {@link themes}. */
export type Theme = (typeof themes)[number];

/**
 * How the app is drawn: `standard` for a desk, `war-room` for a projector or wall screen (high
 * contrast, large type).
 */
export const displayModes = ['standard', 'war-room'] as const;

/** One of {@link displayModes}. */
export type DisplayMode = (typeof displayModes)[number];

/**
 * The answer to the one-time request for persistent storage (`navigator.storage.persist()`), or
 * `null` before it was asked. Kept so the app asks once and Settings → Diagnostics can show it.
 */
export const storagePersistenceSchema = z
  .object({
    requestedAt: z.iso.datetime(),
    granted: z.boolean(),
  })
  .strict()
  .nullable();

/** Outcome of the persistent-storage request, or `null` before it was asked. */
export type StoragePersistence = z.output<typeof storagePersistenceSchema>;

/**
 * One schema per setting key. Settings are stored one row per key, so each value is validated on
 * its own: a bad stored value falls back to its default without losing the other settings.
 */
export const settingSchemas = {
  language: z.enum(languages),
  theme: z.enum(themes),
  displayMode: z.enum(displayModes),
  storagePersistence: storagePersistenceSchema,
  /** Days fetched monitoring items are kept before background pruning removes them. */
  monitoringRetentionDays: z.number().int().min(1).max(3650),
  /** Consecutive failed fetches after which a source is shown as unhealthy. */
  monitoringUnhealthyAfter: z.number().int().min(1).max(20),
  /** The risk matrix risks are scored on (size, level names, bands, impact roll-up). */
  riskMatrix: riskMatrixSchema,
  /** Severity levels with their written definitions, worst first. */
  severityLevels: severityLevelsSchema,
  /** Who is called, in what order, for each severity level. */
  callTree: callTreeSchema,
  /** The communication matrix's stakeholder groups, in display order. */
  commStakeholders: commGroupListSchema,
  /** The communication matrix's channels, in display order. */
  commChannels: commGroupListSchema,
  /** Per severity: the first-statement target, the update cadence and the situation-report cadence. */
  incidentCadence: incidentCadenceSchema,
  /** Groups of equivalent terms early-warning rules expand (資料外洩 ↔ 数据泄露). */
  monitoringSynonyms: synonymGroupsSchema,
  /** Words the user added to (or re-weighted in) the shipped sentiment lexicon. */
  sentimentUserWords: userSentimentEntriesSchema,
} as const;

/** The name of one setting. */
export type SettingKey = keyof typeof settingSchemas;

/** True when `name` is a setting key (own keys only, so `__proto__` and `toString` are not). */
export function isSettingKey(name: unknown): name is SettingKey {
  return typeof name === 'string' && Object.hasOwn(settingSchemas, name);
}

/** Every setting key, in declaration order. */
export const settingKeys: readonly SettingKey[] = Object.keys(settingSchemas).filter(isSettingKey);

/** Schema of a complete set of settings (every key present and valid). */
export const settingsSchema = z.object(settingSchemas).strict();

/** Every user setting with its value; inferred from {@link settingSchemas} so they cannot drift. */
export type Settings = z.output<typeof settingsSchema>;

/**
 * The settings of a first run: the language comes from the system's preferred languages, the
 * theme follows the system, the display is the desk layout, persistence was not asked yet, and
 * monitoring keeps items {@link defaultRetentionDays} days and flags a source after
 * {@link defaultUnhealthyAfter} failures in a row; risks are scored on the default 5×5 matrix;
 * severity has four levels and the call tree wakes more roles the worse the level; early-warning
 * rules expand the seeded regional synonyms and sentiment uses the shipped lexicon alone.
 */
export function defaultSettings(preferredLanguages: readonly string[]): Settings {
  return {
    language: pickLanguage(preferredLanguages),
    theme: 'system',
    displayMode: 'standard',
    storagePersistence: null,
    monitoringRetentionDays: defaultRetentionDays,
    monitoringUnhealthyAfter: defaultUnhealthyAfter,
    riskMatrix: defaultRiskMatrix(),
    severityLevels: defaultSeverityLevels,
    callTree: defaultCallTree,
    commStakeholders: defaultStakeholders,
    commChannels: defaultChannels,
    incidentCadence: defaultIncidentCadence,
    monitoringSynonyms: defaultSynonymGroups.map((group) => [...group]),
    sentimentUserWords: [],
  };
}
