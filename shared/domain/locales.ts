import type { Language } from './settings';

/** Chinese regions whose users read Traditional characters. */
const traditionalChineseRegions: ReadonlySet<string> = new Set(['tw', 'hk', 'mo']);

/** Chinese regions whose users read Simplified characters. */
const simplifiedChineseRegions: ReadonlySet<string> = new Set(['cn', 'sg']);

/**
 * Maps one BCP-47 tag to an app language, or `null` when the app has no translation for it.
 * A script subtag (Hant/Hans) decides before a region, because `zh-Hant-CN` is still written in
 * Traditional characters.
 */
function languageOfTag(tag: string): Language | null {
  const [primary, ...rest] = tag.trim().toLowerCase().replaceAll('_', '-').split('-');
  if (primary === 'en') {
    return 'en';
  }
  if (primary !== 'zh') {
    return null;
  }
  if (rest.length === 0) {
    return 'zh-CN';
  }
  const script = rest.find((subtag) => subtag.length === 4);
  if (script === 'hant') {
    return 'zh-TW';
  }
  if (script === 'hans') {
    return 'zh-CN';
  }
  const region = rest.find((subtag) => subtag.length === 2);
  if (region !== undefined && traditionalChineseRegions.has(region)) {
    return 'zh-TW';
  }
  if (region !== undefined && simplifiedChineseRegions.has(region)) {
    return 'zh-CN';
  }
  return null;
}

/**
 * Picks the app language from the system's preferred languages (`navigator.languages` order):
 * zh-TW, zh-HK, zh-MO and zh-Hant* read Traditional Chinese (`zh-TW`); zh-CN, zh-SG, zh-Hans* and
 * bare `zh` read Simplified Chinese (`zh-CN`); en* reads English. The first tag that matches wins,
 * so a user who lists French then Traditional Chinese gets Traditional Chinese; when none matches
 * the app starts in English.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language !== null) {
      return language;
    }
  }
  return 'en';
}
