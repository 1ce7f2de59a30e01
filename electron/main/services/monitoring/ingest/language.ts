import type { LanguageGuess } from '../../../../../shared/monitoring/records';

/**
 * A cheap language guess for an item: Chinese or English from the share of Han characters among
 * letters, and Traditional or Simplified Chinese from frequent characters that differ between the
 * two scripts. It only needs to be good enough to pick a default for keyword folding and display;
 * it looks at the first {@link sampleLength} characters so that it stays fast on long items.
 */

/** Characters examined per item. */
const sampleLength = 600;

/** Frequent characters written differently in Traditional (first) and Simplified (second) Chinese. */
const scriptPairs =
  '個个們们這这說说會会為为來来時时國国對对資资與与發发後后開开關关經经點点體体車车長长門门問问間间' +
  '現现過过還还進进動动實实學学戰战讓让認认從从當当幾几樣样種种兒儿頭头見见聽听電电話话' +
  '錢钱機机業业產产報报導导氣气書书東东萬万難难員员區区務务組组織织題题邊边親亲處处覺觉場场' +
  '買买賣卖將将應应該该網网絡络據据費费選选條条無无';

/**
 * +1 for a Traditional-only character, -1 for a Simplified-only one, 0 otherwise; a flat table
 * over the Basic Multilingual Plane (64 KB), because a Map lookup per Han character was a tenth of
 * the whole ingest time.
 */
const scriptScores = new Int8Array(0x10000);
for (let index = 0; index + 1 < scriptPairs.length; index += 2) {
  scriptScores[scriptPairs.charCodeAt(index)] = 1;
  scriptScores[scriptPairs.charCodeAt(index + 1)] = -1;
}

/** Letters needed before a text is called English rather than undetermined. */
const minimumLatinLetters = 12;
/** Han characters needed before a text is called Chinese. */
const minimumHan = 2;

/** Guesses the language of an item from its title and text (the first characters of each part). */
export function guessLanguage(...parts: readonly string[]): LanguageGuess {
  let han = 0;
  let latin = 0;
  let script = 0;
  let budget = sampleLength;
  for (const part of parts) {
    const length = Math.min(part.length, budget);
    budget -= length;
    for (let index = 0; index < length; index += 1) {
      const code = part.charCodeAt(index);
      if (code < 0x80) {
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) latin += 1;
      } else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) {
        han += 1;
        script += scriptScores[code] ?? 0;
      }
    }
    if (budget === 0) break;
  }
  // An English word averages five letters, a Chinese word one or two characters: weigh accordingly.
  if (han >= minimumHan && han * 4 >= latin) {
    if (script > 0) return 'zh-Hant';
    if (script < 0) return 'zh-Hans';
    return 'zh';
  }
  if (latin >= minimumLatinLetters) return 'en';
  return 'und';
}

/** True when a text holds enough Han characters to treat its feed as Chinese (for "CST"). */
export function looksChinese(text: string): boolean {
  const length = Math.min(text.length, sampleLength);
  let han = 0;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x4e00 && code <= 0x9fff) {
      han += 1;
      if (han >= 4) return true;
    }
  }
  return false;
}
