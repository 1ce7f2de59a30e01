import type { Language } from '../../../shared/domain/settings';

/**
 * Each language's name written in its own script. Deliberately not translated: a reader who cannot
 * read the current language must still recognise their own in the language list.
 */
export const languageNames = {
  en: 'English',
  'zh-TW': '繁體中文',
  'zh-CN': '简体中文',
} as const satisfies Record<Language, string>;
