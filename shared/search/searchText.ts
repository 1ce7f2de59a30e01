import { ConverterFactory } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset/t2cn';

/**
 * Text preparation for full-text search, shared by the index, its tests and its benchmark. The
 * same steps run on documents and on queries, so whatever a user types meets the stored text in
 * one form: compatibility-normalised (full-width Latin and digits become half-width), lower case,
 * without invisible zero-width characters, and in Simplified Chinese characters. Chinese has no
 * spaces between words, so runs of CJK text are cut into overlapping character pairs (bigrams):
 * any two-character query is then an exact lookup, and a longer one is the AND of its pairs.
 * Pure and synchronous; no DOM, no Node.
 */

/**
 * Taiwan Traditional → Simplified, character by character plus OpenCC's phrase exceptions (乾坤
 * keeps 乾). Variants are unified on the way (洩 → 泄), so 資料外洩 and 资料外泄 meet. Vocabulary is
 * not translated (資料 stays 资料, never 数据): regional synonyms are a separate concern. The
 * preset entry loads only the Traditional → Simplified tables (about 100 kB), not the reverse
 * direction's megabyte of phrases.
 */
const traditionalToSimplified = createTraditionalToSimplified();

/** Builds {@link traditionalToSimplified}; a preset without its tables fails loudly, not silently. */
function createTraditionalToSimplified(): (text: string) => string {
  const taiwanToStandard = from.tw;
  const standardToSimplified = to.cn;
  if (taiwanToStandard === undefined || standardToSimplified === undefined) {
    throw new Error('opencc-js preset t2cn lacks its tw or cn tables');
  }
  return ConverterFactory(...taiwanToStandard, ...standardToSimplified);
}

/**
 * Simplified characters that mainland text writes one way and OpenCC's Traditional → Simplified
 * step leaves another way, folded after conversion so both meet: 帳號 converts to 帐号, while
 * mainland text writes 账号. Each pair is one character for one, so offsets do not move. The fold
 * runs on documents and queries alike, so a rarer sense (帐篷, a tent) still finds itself.
 */
const simplifiedVariants: Readonly<Record<string, string>> = { 帐: '账' };

/** Matches any character {@link simplifiedVariants} folds. */
const simplifiedVariantPattern = new RegExp(`[${Object.keys(simplifiedVariants).join('')}]`, 'gu');

/** Zero-width space, non-joiner, joiner, word joiner, BOM/ZWNBSP and the soft hyphen. */
const invisibleCharacters = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * Characters of the scripts written without spaces between words, indexed as bigrams: Han, kana
 * (with the prolonged sound mark ー, which Unicode files under no script), Hangul and Bopomofo.
 */
const cjkCharacter =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u30FC]/u;

/**
 * A run of CJK characters, or a run of other letters, digits and combining marks (a "word"):
 * everything else (spaces, punctuation, symbols) separates runs.
 */
const runPattern =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u30FC]+)|((?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u30FC])[\p{L}\p{N}\p{M}])+)/gu;

/**
 * Longest word kept, in UTF-16 units. The index stores every prefix of a word (for
 * search-as-you-type), so a pasted hash or base64 blob would otherwise add thousands of entries;
 * queries are cut the same way, so a long word still finds itself.
 */
export const maxWordLength = 40;

/**
 * The canonical form of text for searching: zero-width characters removed, NFKC (full-width
 * `ＡＢＣ１２３` becomes `ABC123`, compatibility ideographs become unified ones), lower case (final
 * sigma folded to σ so a Greek word matches wherever it ends) and Traditional Chinese characters
 * converted to Simplified ones. Length usually stays the same, but need not (a ligature expands,
 * a zero-width character disappears), so offsets into the result are not offsets into `text`;
 * {@link originalRange} maps them back.
 */
export function normalizeForSearch(text: string): string {
  const folded = text
    .replace(invisibleCharacters, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ς/gu, 'σ');
  // Latin-only text skips the Chinese conversion, the costliest step.
  return cjkCharacter.test(folded)
    ? traditionalToSimplified(folded).replace(
        simplifiedVariantPattern,
        (character) => simplifiedVariants[character] ?? character,
      )
    : folded;
}

/**
 * One run of normalised text: CJK characters (`isCjk`), or a word of other letters and digits.
 * `start`/`end` are UTF-16 offsets into the normalised text the run was found in.
 */
export type SearchRun = {
  text: string;
  isCjk: boolean;
  start: number;
  end: number;
};

/**
 * The runs of already normalised text (see {@link normalizeForSearch}), in order. A word longer
 * than {@link maxWordLength} keeps its first {@link maxWordLength} units (never half a surrogate
 * pair); its `end` still marks where it ends in the text.
 */
export function searchRuns(normalizedText: string): SearchRun[] {
  const runs: SearchRun[] = [];
  for (const match of normalizedText.matchAll(runPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[1] !== undefined) {
      runs.push({ text: match[1], isCjk: true, start, end });
    } else {
      runs.push({ text: truncateWord(match[0]), isCjk: false, start, end });
    }
  }
  return runs;
}

/** A word cut to {@link maxWordLength} UTF-16 units without splitting a surrogate pair. */
function truncateWord(word: string): string {
  if (word.length <= maxWordLength) {
    return word;
  }
  const lastKept = word.charCodeAt(maxWordLength - 1);
  const isHighSurrogate = lastKept >= 0xd800 && lastKept <= 0xdbff;
  return word.slice(0, isHighSurrogate ? maxWordLength - 1 : maxWordLength);
}

/**
 * The tokens of one run. A word is one token. A CJK run gives its overlapping character pairs
 * plus its last character on its own (資料外洩 → 资料, 料外, 外泄, 泄); a single character is
 * itself. With the index storing prefixes of tokens, every character of a document is then the
 * start of some token, so a one-character query finds every document containing it, and a
 * query's tokens are always a subset of the tokens of any text that contains the query.
 */
export function runTokens(run: SearchRun): string[] {
  if (!run.isCjk) {
    return [run.text];
  }
  const characters = Array.from(run.text);
  const tokens: string[] = [];
  for (let index = 0; index + 1 < characters.length; index += 1) {
    tokens.push(`${characters[index] ?? ''}${characters[index + 1] ?? ''}`);
  }
  const last = characters.at(-1);
  if (last !== undefined) {
    tokens.push(last);
  }
  return tokens;
}

/**
 * The search tokens of any text, normalised first: CJK runs as character bigrams (plus each run's
 * last character), other runs as lower-case words. No stemming: the index matches words by
 * prefix instead (`breach` finds `breaches`), which also serves search-as-you-type. Repeated
 * tokens are kept; the index skips repeats itself.
 */
export function searchTokens(text: string): string[] {
  return searchRuns(normalizeForSearch(text)).flatMap(runTokens);
}

/** Letters, digits and marks that continue a non-CJK word. */
const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

/** True when the code point ending at `offset` in `text` continues a non-CJK word. */
function continuesWordBefore(text: string, offset: number): boolean {
  if (offset === 0) {
    return false;
  }
  const low = text.charCodeAt(offset - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff && offset >= 2;
  const previous = text.slice(isLowSurrogate ? offset - 2 : offset - 1, offset);
  return wordCharacter.test(previous) && !cjkCharacter.test(previous);
}

/**
 * Where a query run first occurs in normalised text, or -1, with the index's matching rules: a CJK
 * run anywhere as a contiguous string, a word only at the start of a word (`breach` matches in
 * `breaches`, not in `unbreached`). Used to verify CJK phrases, to place snippets and, in the
 * benchmark, as the linear-scan reference the index is checked against.
 */
export function findSearchRun(
  normalizedText: string,
  run: Pick<SearchRun, 'text' | 'isCjk'>,
): number {
  let offset = normalizedText.indexOf(run.text);
  if (run.isCjk) {
    return offset;
  }
  while (offset !== -1 && continuesWordBefore(normalizedText, offset)) {
    offset = normalizedText.indexOf(run.text, offset + 1);
  }
  return offset;
}

/** A code point with the combining marks after it: the unit offsets are mapped by. */
const clusterPattern = /\P{M}\p{M}*|\p{M}+/gu;

/** {@link normalizeForSearch} without the Chinese conversion, which rarely changes lengths. */
function foldCluster(cluster: string): string {
  return cluster.replace(invisibleCharacters, '').normalize('NFKC').toLowerCase();
}

/**
 * Maps a range `[start, end)` of `normalizedText` (the {@link normalizeForSearch} form of `text`)
 * back to a range of `text`, to show or highlight what matched. When both have the same length
 * and the range reads the same in both, as for nearly all text (full-width punctuation and letters
 * turn into one unit each), the range is the same. Otherwise `text` is folded one code point (with
 * its combining marks) at a time to see where each piece lands; that ignores the rare Chinese
 * conversions that change length, so the result can then be off by a character or two, which a
 * snippet tolerates.
 */
export function originalRange(
  text: string,
  normalizedText: string,
  start: number,
  end: number,
): { start: number; end: number } {
  // Same length and the matched piece reads the same: nothing moved (a removed zero-width
  // character and an expanded ligature could cancel out in length, but not in content).
  if (
    normalizedText.length === text.length &&
    normalizeForSearch(text.slice(start, end)) === normalizedText.slice(start, end)
  ) {
    return { start, end };
  }
  let foldedOffset = 0;
  let originalStart: number | null = null;
  for (const cluster of text.matchAll(clusterPattern)) {
    const foldedEnd = foldedOffset + foldCluster(cluster[0]).length;
    if (originalStart === null && foldedEnd > start) {
      originalStart = cluster.index;
    }
    if (originalStart !== null && foldedEnd >= end) {
      return { start: originalStart, end: cluster.index + cluster[0].length };
    }
    foldedOffset = foldedEnd;
  }
  return { start: originalStart ?? text.length, end: text.length };
}

/**
 * Markdown reduced to its words, so snippets read as text and markup never matches a query:
 * fences, heading and quote markers, list bullets and task boxes, emphasis markers, and links and
 * images replaced by their text. A light pass, not a parser; anything it leaves is harmless.
 */
export function markdownToSearchText(markdown: string): string {
  return markdown
    .replace(/^\s*(?:```|~~~).*$/gmu, '')
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/gu, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?)+/gmu, '')
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/gmu, '')
    .replace(/(\*\*|__|~~|`)/gu, '')
    .replace(/(^|[\s(])[*_](\S(?:[^*_\n]*\S)?)[*_](?=$|[\s).,;:!?])/gmu, '$1$2');
}
