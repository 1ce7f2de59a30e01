import i18next from 'i18next';
import type { i18n as I18nInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages } from '../../../shared/domain/settings';
import type { Language } from '../../../shared/domain/settings';
import { en } from './resources/en';
import type { Messages, MessagesWithoutPluralForms } from './resources/en';
import { zhCN } from './resources/zhCN';
import { zhTW } from './resources/zhTW';

declare module 'i18next' {
  /** Types `t()` against the English tree, so an unknown key fails the type check. */
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/** Every language's messages under i18next's single `translation` namespace. */
export const resources = {
  en: { translation: en },
  'zh-TW': { translation: zhTW },
  'zh-CN': { translation: zhCN },
} as const satisfies Record<Language, { translation: Messages | MessagesWithoutPluralForms }>;

/**
 * Creates an i18next instance already set to `language`. Resources are bundled, so it is ready
 * synchronously and the first render is in the right language (no flash of English). One instance
 * per app mount keeps tests independent of each other.
 */
export function createI18n(language: Language): I18nInstance {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...languages],
    // zh-TW and zh-CN are complete on their own: never fall back through a bare `zh`.
    load: 'currentOnly',
    resources,
    initAsync: false,
    returnNull: false,
    // React escapes text itself; escaping here would show entities such as &amp; to users.
    interpolation: { escapeValue: false },
  });
  return instance;
}
