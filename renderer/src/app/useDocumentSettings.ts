import { useEffect } from 'react';
import type { i18n as I18nInstance } from 'i18next';
import { useSettings } from '../features/settings';
import { applyDocumentSettings } from '../lib/documentSettings';

/**
 * Keeps the document in step with the saved settings, live: the UI language (i18next and
 * `<html lang>`), the theme and the display mode. A change saved anywhere shows everywhere.
 */
export function useDocumentSettings(i18n: I18nInstance): void {
  const settings = useSettings();
  useEffect(() => {
    if (settings === undefined) {
      return;
    }
    applyDocumentSettings(settings);
    if (i18n.language !== settings.language) {
      void i18n.changeLanguage(settings.language);
    }
  }, [settings, i18n]);
}
