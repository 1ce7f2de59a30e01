import type { i18n as I18nInstance } from 'i18next';
import { pickLanguage } from '../../../shared/domain/locales';
import type { Settings } from '../../../shared/domain/settings';
import { readSettings } from '../db/repositories/settingsRepository';
import { requestPersistentStorageOnce } from '../db/storagePersistence';
import { reportSettingFailure } from '../features/settings';
import { createI18n } from '../i18n/createI18n';
import { applyDocumentSettings } from '../lib/documentSettings';

/** What the app needs before its first render. */
export type Startup = {
  readonly settings: Settings;
  readonly i18n: I18nInstance;
};

/**
 * Reads the saved settings (defaults from the system languages on a first run), creates i18n in
 * that language and applies language, theme and display mode to `<html>`, so the first frame is
 * already in the right language and colours. Rejects when the database cannot be opened.
 */
export async function loadStartup(): Promise<Startup> {
  const settings = await readSettings();
  applyDocumentSettings(settings);
  return { settings, i18n: createI18n(settings.language) };
}

/**
 * The i18n instance for the startup failure screen, which has no settings to go by: it follows
 * the system languages.
 */
export function createFallbackI18n(): I18nInstance {
  return createI18n(pickLanguage(navigator.languages));
}

/**
 * Asks for persistent storage on the first run (later runs reuse the saved answer). If the answer
 * cannot be read or saved, for whatever reason, the reason is shown as a translated error notice
 * rather than lost. Never rejects: main.tsx starts it in the background with `void`.
 */
export async function requestStorageOnStartup(): Promise<void> {
  try {
    await requestPersistentStorageOnce();
  } catch (error: unknown) {
    reportSettingFailure(error);
  }
}
