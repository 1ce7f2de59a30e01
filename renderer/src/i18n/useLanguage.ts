import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/domain/settings';
import type { Language } from '../../../shared/domain/settings';

/** The app language matching an i18next language code, English when it is none of ours. */
export function toLanguage(code: string | undefined): Language {
  return languages.find((language) => language === code) ?? 'en';
}

/**
 * The language the UI is shown in right now. Components use it for dates and numbers so they
 * re-render in step with the translated text when the language changes.
 */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage ?? i18n.language);
}
