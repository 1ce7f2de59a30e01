import { z } from 'zod';
import type { Language } from './settings';

/**
 * A label the user may edit, written once per app language (`{ en, 'zh-TW', 'zh-CN' }`). Used
 * where labels are data rather than i18n keys, such as the risk matrix's level names and bands,
 * so a company can rename them and still see each in the language of the UI.
 */
export const localizedTextSchema = z
  .object({
    en: z.string().trim().min(1).max(80),
    'zh-TW': z.string().trim().min(1).max(80),
    'zh-CN': z.string().trim().min(1).max(80),
  })
  .strict();

/** One label in every app language. */
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** The label in `language`; every language is required, so there is no fallback to pick. */
export function localize(text: LocalizedText, language: Language): string {
  return text[language];
}

/** The same text in every language, for labels a user typed once (a custom band name). */
export function sameInEveryLanguage(text: string): LocalizedText {
  return { en: text, 'zh-TW': text, 'zh-CN': text };
}
