import { ConverterFactory } from 'opencc-js/core';
import type { DictGroup } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset/t2cn';

/**
 * Text folding for keyword matching: rules and items are folded the same way, so whatever form a
 * user types meets whatever form a feed writes. One pass over the text, linear time, with a map
 * from every folded UTF-16 unit back to the original text so a match can be highlighted.
 *
 * Steps, per code point: default-ignorable characters (zero-width space/joiners, word joiner, BOM,
 * soft hyphen, bidi controls, variation selectors) are removed; NFKC (full-width `ＡＢＣ１２３`
 * becomes `abc123`, compatibility ideographs become unified ones); lower case (final sigma folded
 * to σ); Traditional → Simplified through a character table generated at module load from
 * opencc-js's own Taiwan → Simplified dictionaries (see {@link simplifyCharacters}); then
 * separators: any run of spaces, punctuation, symbols or removed characters between two CJK
 * characters disappears (個 資-外*洩 → 个资外泄, defeating evasion by spacing), and every other
 * run becomes one space. A space is also put where CJK meets another script (`ai模型` → `ai 模型`),
 * so words of other scripts always stand between spaces or the text's ends: word boundaries are
 * then a single comparison with a space. Hangul and kana count as CJK here (Korean loses its
 * spaces: an accepted cost of a matcher tuned for Chinese).
 *
 * NFKC is applied per code point, plus per base character with its combining marks (é written as
 * e + U+0301 folds like é); the rarer compositions NFKC makes across other characters (conjoining
 * Hangul jamo) are not made. That does not break matching, as rules fold the same way.
 */

/** A folded text and, for each of its UTF-16 units, the original range it came from. */
export type FoldedText = {
  /** The folded text: what rules are matched against. */
  text: string;
  /** `originalStarts[i]` is where, in the original text, folded unit `i` comes from. */
  originalStarts: Int32Array;
  /** `originalEnds[i]` is where that original piece ends (exclusive). */
  originalEnds: Int32Array;
};

/**
 * Characters that fold to one of the same meaning that mainland text writes differently after
 * OpenCC's conversion (帳號 converts to 帐号, mainland text writes 账号). The same fold as the
 * full-text search applies, so both features treat these alike.
 */
const simplifiedVariants: ReadonlyMap<number, number> = new Map([[0x5e10, 0x8d26]]);

/** The first dictionary of a group to define a key wins, as in opencc-js's own trie loading. */
function characterEntries(groups: readonly DictGroup[]): Map<number, number> {
  const table = new Map<number, number>();
  for (const group of groups) {
    const groupTable = new Map<number, number>();
    for (const dictionary of group) {
      const pairs =
        typeof dictionary === 'string'
          ? dictionary.split('|').map((line) => line.split(' '))
          : dictionary;
      for (const [source, target] of pairs) {
        if (source === undefined || target === undefined) {
          continue;
        }
        const sourcePoint = source.codePointAt(0);
        const targetPoint = target.codePointAt(0);
        // Single code point to single code point only: phrases are OpenCC's context exceptions.
        const isCharacterPair =
          sourcePoint !== undefined &&
          targetPoint !== undefined &&
          String.fromCodePoint(sourcePoint) === source &&
          String.fromCodePoint(targetPoint) === target;
        if (isCharacterPair && !groupTable.has(sourcePoint)) {
          groupTable.set(sourcePoint, targetPoint);
        }
      }
    }
    for (const [source, target] of groupTable) {
      table.set(source, target);
    }
  }
  return table;
}

/** opencc-js's Taiwan → standard Traditional and Traditional → Simplified dictionary groups. */
function presetGroups(): {
  taiwanToStandard: readonly DictGroup[];
  standardToSimplified: readonly DictGroup[];
} {
  const taiwanToStandard = from.tw;
  const standardToSimplified = to.cn;
  if (taiwanToStandard === undefined || standardToSimplified === undefined) {
    throw new Error('opencc-js preset t2cn lacks its tw or cn tables');
  }
  return { taiwanToStandard, standardToSimplified };
}

/**
 * Taiwan Traditional → Simplified, one code point for one, composed from opencc-js's `t2cn`
 * preset: its Taiwan variants → standard Traditional table (TWVariantsRev), then its Traditional →
 * Simplified character table (TSCharacters). OpenCC's phrase tables are applied afterwards, only
 * where they change the result (see {@link buildPhraseExceptions}).
 */
function buildSimplifiedTable(): Map<number, number> {
  const { taiwanToStandard, standardToSimplified } = presetGroups();
  const variants = characterEntries(taiwanToStandard);
  const simplified = characterEntries(standardToSimplified);
  const table = new Map<number, number>();
  for (const source of [...variants.keys(), ...simplified.keys()]) {
    const standard = variants.get(source) ?? source;
    const target = simplified.get(standard) ?? standard;
    if (target !== source) {
      table.set(source, target);
    }
  }
  return table;
}

/** Traditional → Simplified code points, from {@link buildSimplifiedTable}. */
const simplifiedTable = buildSimplifiedTable();

/** {@link simplifiedTable} for BMP code points as a typed array (0: unchanged), for speed. */
const bmpSimplified = new Uint32Array(0x10000);
for (const [source, target] of simplifiedTable) {
  if (source < 0x10000) {
    bmpSimplified[source] = target;
  }
}

/** Applies {@link simplifiedTable} to each code point of `text` (used at load time only). */
function tableConvert(text: string): string {
  const points: number[] = [];
  for (const character of text) {
    const point = character.codePointAt(0) ?? 0;
    points.push(simplifiedTable.get(point) ?? point);
  }
  return String.fromCodePoint(...points);
}

/** A whole run of Han characters. */
const allCjkPattern = /^\p{Script=Han}+$/u;

/** Code points OpenCC's Traditional → Simplified character table converts. */
const traditionalCharacters = new Set(characterEntries(presetGroups().standardToSimplified).keys());

/**
 * True when a phrase's conversion keeps a Traditional character (乾坤, the surname 於): OpenCC
 * keeps those for names and classical words, but keyed by the table's output they would also
 * rewrite ordinary Simplified text (于单 → 於单), so such phrases are left to the table.
 */
function keepsTraditional(text: string): boolean {
  for (const character of text) {
    if (traditionalCharacters.has(character.codePointAt(0) ?? 0)) {
      return true;
    }
  }
  return false;
}

/** A trie node of {@link phraseExceptions}, keyed by UTF-16 unit. */
type PhraseNode = { next: Map<number, PhraseNode>; replacement: string | null };

/**
 * OpenCC's phrase entries whose conversion differs from the character table's, keyed by the
 * table's output: 回覆 → 回复 (覆 alone stays 覆), 什幺 → 什么 (the Taiwan variant table maps a
 * lone 么 to 幺, the phrase table keeps 什么). Each key is converted once with opencc-js's own
 * converter at module load, so the pair is what the library itself produces. Only all-Han
 * phrases whose result has the key's length are kept, so folded offsets never move; applied
 * greedily, longest first, as OpenCC does.
 */
function buildPhraseExceptions(): {
  root: PhraseNode;
  firstUnits: Uint8Array;
  firstPairs: Uint8Array;
  count: number;
} {
  const { taiwanToStandard, standardToSimplified } = presetGroups();
  const convert = ConverterFactory(...taiwanToStandard, ...standardToSimplified);
  const root: PhraseNode = { next: new Map(), replacement: null };
  const firstUnits = new Uint8Array(0x10000);
  const firstPairs = new Uint8Array(0x10000);
  let count = 0;
  for (const group of [...taiwanToStandard, ...standardToSimplified]) {
    for (const dictionary of group) {
      const pairs =
        typeof dictionary === 'string'
          ? dictionary.split('|').map((line) => line.split(' '))
          : dictionary;
      for (const [source] of pairs) {
        if (source === undefined || Array.from(source).length < 2 || !allCjkPattern.test(source)) {
          continue;
        }
        const key = tableConvert(source);
        const replacement = convert(source);
        if (
          replacement === key ||
          replacement.length !== key.length ||
          keepsTraditional(replacement)
        ) {
          continue;
        }
        let node = root;
        for (let index = 0; index < key.length; index += 1) {
          const unit = key.charCodeAt(index);
          let child = node.next.get(unit);
          if (child === undefined) {
            child = { next: new Map(), replacement: null };
            node.next.set(unit, child);
          }
          node = child;
        }
        if (node.replacement === null) {
          node.replacement = replacement;
          firstUnits[key.charCodeAt(0)] = 1;
          firstPairs[pairSlot(key.charCodeAt(0), key.charCodeAt(1))] = 1;
          count += 1;
        }
      }
    }
  }
  return { root, firstUnits, firstPairs, count };
}

/**
 * Slot of a phrase's first two units in the filter of {@link buildPhraseExceptions}: every key
 * has at least two units, so a position whose pair's slot is empty starts no phrase.
 */
function pairSlot(first: number, second: number): number {
  return ((Math.imul(first, 0x9e3779b1) >>> 16) ^ second) & 0xffff;
}

/** {@link buildPhraseExceptions}, built once. */
const phraseExceptions = buildPhraseExceptions();

/** Number of OpenCC phrases applied on top of the character table (for tests and reports). */
export const phraseExceptionCount = phraseExceptions.count;

/**
 * Rewrites, in place, every phrase exception found in `units[from .. length)` (already folded by
 * the character table; no unit before `from` starts a phrase), longest match first, left to
 * right. Linear: a walk from a position is bounded by the longest phrase, and only positions
 * whose first two units begin some phrase (a filter keyed by the pair) begin one.
 */
function applyPhraseExceptions(units: Uint16Array, length: number, from = 0): void {
  const { root, firstUnits, firstPairs } = phraseExceptions;
  for (let index = from; index < length;) {
    const unit = units[index] ?? 0;
    if (
      firstUnits[unit] !== 1 ||
      index + 1 >= length ||
      firstPairs[pairSlot(unit, units[index + 1] ?? 0)] !== 1
    ) {
      index += 1;
      continue;
    }
    let node: PhraseNode | undefined = root;
    let matchEnd = -1;
    let replacement: string | null = null;
    for (let cursor = index; cursor < length && node !== undefined; cursor += 1) {
      node = node.next.get(units[cursor] ?? 0);
      if (node?.replacement != null) {
        matchEnd = cursor + 1;
        replacement = node.replacement;
      }
    }
    if (replacement === null) {
      index += 1;
      continue;
    }
    for (let offset = 0; offset < replacement.length; offset += 1) {
      units[index + offset] = replacement.charCodeAt(offset);
    }
    index = matchEnd;
  }
}

/** Number of code points the Traditional → Simplified table maps (for tests and reports). */
export const simplifiedTableSize = simplifiedTable.size;

/** What a folded code point is, for the separator rules. */
const enum CharacterClass {
  Unknown = 0,
  Separator = 1,
  Word = 2,
  Cjk = 3,
  Removed = 4,
}

const removedPattern = /\p{Default_Ignorable_Code_Point}/u;
const cjkPattern =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u30FC]/u;
const wordPattern = /[\p{L}\p{N}\p{M}]/u;
const markPattern = /\p{M}/u;

/** The class of one code point, computed with Unicode property escapes (cached by callers). */
function classify(codePoint: number): CharacterClass {
  const character = String.fromCodePoint(codePoint);
  if (removedPattern.test(character)) {
    return CharacterClass.Removed;
  }
  if (cjkPattern.test(character)) {
    return CharacterClass.Cjk;
  }
  return wordPattern.test(character) ? CharacterClass.Word : CharacterClass.Separator;
}

/** Lazily filled classes of BMP code points; astral ones go to {@link astralClasses}. */
const bmpClasses = new Uint8Array(0x10000);
/** The classes by value, to read {@link bmpClasses} back as the enum. */
const characterClasses: readonly CharacterClass[] = [
  CharacterClass.Unknown,
  CharacterClass.Separator,
  CharacterClass.Word,
  CharacterClass.Cjk,
  CharacterClass.Removed,
];
const astralClasses = new Map<number, CharacterClass>();

function classOf(codePoint: number): CharacterClass {
  if (codePoint < 0x10000) {
    const known = characterClasses[bmpClasses[codePoint] ?? 0] ?? CharacterClass.Unknown;
    if (known !== CharacterClass.Unknown) {
      return known;
    }
    const computed = classify(codePoint);
    bmpClasses[codePoint] = computed;
    return computed;
  }
  const known = astralClasses.get(codePoint);
  if (known !== undefined) {
    return known;
  }
  const computed = classify(codePoint);
  astralClasses.set(codePoint, computed);
  return computed;
}

/** The folded form of one code point's worth of text, before the separator rules. */
function foldPiece(piece: string): string {
  const normalized = piece.normalize('NFKC').toLowerCase();
  const points: number[] = [];
  for (const character of normalized) {
    const point = character.codePointAt(0) ?? 0;
    const simplified = simplifiedTable.get(point) ?? point;
    // Final sigma folded so a Greek word matches wherever it ends.
    points.push(simplified === 0x3c2 ? 0x3c3 : (simplifiedVariants.get(simplified) ?? simplified));
  }
  return String.fromCodePoint(...points);
}

/**
 * Lazily filled fold of each BMP code point: -1 not yet computed, -2 removed, -3 several units
 * (in {@link multiUnitFolds}), else the one unit it folds to. Typed-array lookups keep the hot loop
 * free of hashing for ordinary text.
 */
const bmpFolds = new Int32Array(0x10000).fill(-1);
const multiUnitFolds = new Map<number, string>();
const notComputed = -1;
const removedFold = -2;
const multiUnitFold = -3;

/** True for BMP code points that are combining marks (lazily filled: 0 unknown, 1 no, 2 yes). */
const bmpMarks = new Uint8Array(0x10000);

function isMark(codePoint: number): boolean {
  if (codePoint >= 0x10000) {
    return markPattern.test(String.fromCodePoint(codePoint));
  }
  let known = bmpMarks[codePoint] ?? 0;
  if (known === 0) {
    known = markPattern.test(String.fromCharCode(codePoint)) ? 2 : 1;
    bmpMarks[codePoint] = known;
  }
  return known === 2;
}

/** Fold of one BMP code point as a code (see {@link bmpFolds}). */
function bmpFoldCode(unit: number): number {
  const known = bmpFolds[unit] ?? notComputed;
  if (known !== notComputed) {
    return known;
  }
  let code: number;
  if (classOf(unit) === CharacterClass.Removed) {
    code = removedFold;
  } else {
    const folded = foldPiece(String.fromCharCode(unit));
    if (folded.length === 1) {
      code = folded.charCodeAt(0);
    } else if (folded.length === 0) {
      code = removedFold;
    } else {
      multiUnitFolds.set(unit, folded);
      code = multiUnitFold;
    }
  }
  bmpFolds[unit] = code;
  return code;
}

/** Astral code points: rare enough for a Map. */
const astralFolds = new Map<number, string>();

function astralFold(codePoint: number): string {
  let folded = astralFolds.get(codePoint);
  if (folded === undefined) {
    folded =
      classOf(codePoint) === CharacterClass.Removed
        ? ''
        : foldPiece(String.fromCodePoint(codePoint));
    astralFolds.set(codePoint, folded);
  }
  return folded;
}

/** Longest base + marks cluster re-folded as a whole; longer runs of marks fold one by one. */
const maxClusterLength = 32;

/** Growable output: folded units and their original ranges, without string concatenation. */
class FoldBuffer {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) {
      this.grow();
    }
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }

  /** Makes room for at least `capacity` units, keeping what is written. */
  reserve(capacity: number): void {
    if (capacity > this.units.length) {
      this.grow(capacity);
    }
  }

  private grow(minimum = 0): void {
    const capacity = Math.max(this.units.length * 2 + 16, minimum);
    const units = new Uint16Array(capacity);
    units.set(this.units);
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

/**
 * The platform's UTF-16 decoder (Node and browsers have it; the ES2023 lib does not declare it).
 * Decoding a whole buffer at once is far faster than building strings from char codes.
 */
declare const TextDecoder: new (label: string) => { decode(input: Uint8Array): string };
const utf16Decoder = new TextDecoder('utf-16le');

/** The string of `units[0 .. length)` (UTF-16 little-endian, as every supported platform). */
function unitsToString(units: Uint16Array, length: number): string {
  return utf16Decoder.decode(new Uint8Array(units.buffer, units.byteOffset, length * 2));
}

/** One output buffer reused by every fold: folding is synchronous, so calls never overlap. */
const sharedBuffer = new FoldBuffer(1_024);

/** Lower-case ASCII and classes, precomputed for the common case. */
const asciiFolds = new Uint16Array(128);
const asciiClasses = new Uint8Array(128);
for (let unit = 0; unit < 128; unit += 1) {
  asciiFolds[unit] = unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  asciiClasses[unit] = classify(unit);
}

/**
 * Folds `text` for matching (see the module comment): the folded text plus, for each folded unit,
 * the original range it came from. Linear in the text; each distinct character is classified and
 * folded once per process, then looked up.
 */
export function foldForMatching(text: string): FoldedText {
  const output = foldIntoBuffer(text, true);
  return {
    text: unitsToString(output.units, output.length),
    originalStarts: output.starts.slice(0, output.length),
    originalEnds: output.ends.slice(0, output.length),
  };
}

/**
 * The folded text alone, as {@link foldForMatching} gives it, without recording the offsets:
 * what matching uses for item fields.
 */
export function foldTextForMatching(text: string): string {
  const output = foldIntoBuffer(text, false);
  return unitsToString(output.units, output.length);
}

/**
 * Per BMP unit, what the fast path of {@link foldIntoBuffer} needs in one lookup: 0 not yet
 * computed, -1 for units only the general path handles (surrogates, combining marks, units
 * folding to several), else the folded unit (bits 0–15), its class (bits 16–18) and
 * {@link phraseStartBit} when that unit can start one of OpenCC's phrase exceptions.
 */
const fastFolds = new Int32Array(0x10000);
const slowFold = -1;
const phraseStartBit = 1 << 19;

/** Computes and stores {@link fastFolds} for `unit`. */
function fastFoldOf(unit: number): number {
  let info: number;
  if ((unit >= 0xd800 && unit <= 0xdfff) || (unit >= 0x80 && isMark(unit))) {
    info = slowFold;
  } else {
    const code = unit < 0x80 ? (asciiFolds[unit] ?? unit) : bmpFoldCode(unit);
    if (code === multiUnitFold) {
      info = slowFold;
    } else if (code === removedFold) {
      info = CharacterClass.Removed << 16;
    } else {
      const characterClass = unit < 0x80 ? (asciiClasses[unit] ?? 1) : classOf(code);
      const startsPhrase = phraseExceptions.firstUnits[code] === 1;
      info = code | (characterClass << 16) | (startsPhrase ? phraseStartBit : 0);
    }
  }
  fastFolds[unit] = info;
  return info;
}

/**
 * What the separator and cluster rules remember while folding one text (see
 * {@link foldIntoBuffer}); kept in one object so the general path can pick up where the fast
 * path stopped, and back.
 */
class FoldState {
  output: FoldBuffer;
  lastClass: CharacterClass = CharacterClass.Unknown;
  separatorStart = -1;
  separatorEnd = -1;
  /** Where the last base character starts, in the text and in the output, to re-fold it with
   * combining marks that follow. */
  clusterOriginalStart = -1;
  clusterOutputStart = -1;
  /** Where the current code point's own output starts (after any space put before it), -1 if none. */
  pieceOutputStart = -1;

  constructor(output: FoldBuffer) {
    this.output = output;
  }

  emit(unit: number, characterClass: CharacterClass, start: number, end: number): void {
    const { output } = this;
    if (
      this.lastClass !== CharacterClass.Unknown &&
      (this.separatorStart >= 0 || this.lastClass !== characterClass) &&
      !(this.lastClass === CharacterClass.Cjk && characterClass === CharacterClass.Cjk)
    ) {
      const hasSeparator = this.separatorStart >= 0;
      output.push(
        0x20,
        hasSeparator ? this.separatorStart : start,
        hasSeparator ? this.separatorEnd : start,
      );
    }
    this.separatorStart = -1;
    if (this.pieceOutputStart < 0) {
      this.pieceOutputStart = output.length;
    }
    output.push(unit, start, end);
    this.lastClass = characterClass;
  }

  separate(start: number, end: number): void {
    if (this.separatorStart < 0) {
      this.separatorStart = start;
    }
    this.separatorEnd = end;
  }

  emitString(folded: string, start: number, end: number): void {
    for (let index = 0; index < folded.length; index += 1) {
      const unit = folded.charCodeAt(index);
      const isHigh = unit >= 0xd800 && unit <= 0xdbff && index + 1 < folded.length;
      const point = isHigh ? (folded.codePointAt(index) ?? unit) : unit;
      const characterClass = classOf(point);
      if (characterClass === CharacterClass.Separator) {
        this.separate(start, end);
      } else if (characterClass !== CharacterClass.Removed) {
        this.emit(unit, characterClass, start, end);
        if (isHigh) {
          this.output.push(folded.charCodeAt(index + 1), start, end);
        }
      }
      if (isHigh) {
        index += 1;
      }
    }
  }

  /**
   * Folds the code point at `index` of `text` by the general rules (any character, including
   * combining marks, surrogate pairs and multi-unit folds); returns where the next one starts.
   */
  foldCodePoint(text: string, index: number): number {
    const { output } = this;
    const unit = text.charCodeAt(index);
    this.pieceOutputStart = -1;
    let end = index + 1;
    let characterClass: CharacterClass;
    if (unit < 0x80) {
      characterClass = asciiClasses[unit] ?? CharacterClass.Separator;
      if (characterClass === CharacterClass.Separator) {
        this.separate(index, end);
      } else {
        this.emit(asciiFolds[unit] ?? unit, characterClass, index, end);
      }
    } else {
      const isSurrogatePair =
        unit >= 0xd800 &&
        unit <= 0xdbff &&
        end < text.length &&
        (text.charCodeAt(end) & 0xfc00) === 0xdc00;
      const codePoint = isSurrogatePair ? (text.codePointAt(index) ?? unit) : unit;
      end = index + (isSurrogatePair ? 2 : 1);
      if (
        this.clusterOriginalStart >= 0 &&
        end - this.clusterOriginalStart <= maxClusterLength &&
        isMark(codePoint)
      ) {
        // A combining mark: the base and its marks fold together (e + U+0301 → é).
        output.length = this.clusterOutputStart;
        const refolded = foldPiece(text.slice(this.clusterOriginalStart, end));
        for (let folded = 0; folded < refolded.length; folded += 1) {
          output.push(refolded.charCodeAt(folded), this.clusterOriginalStart, end);
        }
        return end;
      }
      characterClass = CharacterClass.Removed;
      if (isSurrogatePair) {
        const folded = astralFold(codePoint);
        characterClass = folded.length === 0 ? CharacterClass.Removed : CharacterClass.Word;
        this.emitString(folded, index, end);
      } else {
        const code = bmpFoldCode(unit);
        if (code >= 0) {
          characterClass = code < 0x80 ? (asciiClasses[code] ?? 1) : classOf(code);
          if (characterClass === CharacterClass.Separator) {
            this.separate(index, end);
          } else if (characterClass !== CharacterClass.Removed) {
            this.emit(code, characterClass, index, end);
          }
        } else if (code === multiUnitFold) {
          characterClass = CharacterClass.Word;
          this.emitString(multiUnitFolds.get(unit) ?? '', index, end);
        }
      }
    }
    if (this.pieceOutputStart >= 0) {
      this.clusterOriginalStart = index;
      this.clusterOutputStart = this.pieceOutputStart;
    } else if (characterClass !== CharacterClass.Removed) {
      this.clusterOriginalStart = -1;
    }
    return end;
  }
}

/** The state of the fold in progress, reused (folding is synchronous, so calls never overlap). */
const sharedState = new FoldState(sharedBuffer);

/**
 * Folds `text` into {@link sharedBuffer} (see {@link foldForMatching}), writing original offsets
 * only when `hasOffsets`. Units whose fold is one unit (nearly all text) take a fast path: one
 * {@link fastFolds} lookup and the separator rule inline, state in locals; any other code point
 * goes through {@link FoldState.foldCodePoint}, the general rules, with the state handed over.
 */
function foldIntoBuffer(text: string, hasOffsets: boolean): FoldBuffer {
  const state = sharedState;
  const output = state.output;
  output.length = 0;
  // The fast path writes at most a space and a unit per unit read.
  output.reserve(text.length * 2 + 2);
  let { units, starts, ends } = output;
  let length = 0;
  let lastClass: CharacterClass = CharacterClass.Unknown;
  let separatorStart = -1;
  let separatorEnd = -1;
  let clusterOriginalStart = -1;
  let clusterOutputStart = -1;
  // No unit before this output offset can start a phrase exception (-1: none seen yet).
  let phraseFrom = -1;
  for (let index = 0; index < text.length;) {
    const unit = text.charCodeAt(index);
    let info = fastFolds[unit] ?? slowFold;
    if (info === 0) {
      info = fastFoldOf(unit);
    }
    if (info > 0) {
      const characterClass = characterClasses[(info >>> 16) & 7] ?? CharacterClass.Unknown;
      if (characterClass === CharacterClass.Separator) {
        if (separatorStart < 0) {
          separatorStart = index;
        }
        separatorEnd = index + 1;
        clusterOriginalStart = -1;
      } else if (characterClass !== CharacterClass.Removed) {
        if (
          lastClass !== CharacterClass.Unknown &&
          (separatorStart >= 0 || lastClass !== characterClass) &&
          !(lastClass === CharacterClass.Cjk && characterClass === CharacterClass.Cjk)
        ) {
          units[length] = 0x20;
          if (hasOffsets) {
            starts[length] = separatorStart >= 0 ? separatorStart : index;
            ends[length] = separatorStart >= 0 ? separatorEnd : index;
          }
          length += 1;
        }
        separatorStart = -1;
        clusterOriginalStart = index;
        clusterOutputStart = length;
        if ((info & phraseStartBit) !== 0 && phraseFrom < 0) {
          phraseFrom = length;
        }
        units[length] = info & 0xffff;
        if (hasOffsets) {
          starts[length] = index;
          ends[length] = index + 1;
        }
        length += 1;
        lastClass = characterClass;
      }
      index += 1;
      continue;
    }
    // The general path, which may also rewrite the output from the current cluster's start.
    const rewriteFrom = clusterOriginalStart >= 0 ? clusterOutputStart : length;
    phraseFrom = phraseFrom < 0 ? rewriteFrom : Math.min(phraseFrom, rewriteFrom);
    output.length = length;
    state.lastClass = lastClass;
    state.separatorStart = separatorStart;
    state.separatorEnd = separatorEnd;
    state.clusterOriginalStart = clusterOriginalStart;
    state.clusterOutputStart = clusterOutputStart;
    index = state.foldCodePoint(text, index);
    output.reserve(output.length + (text.length - index) * 2 + 2);
    ({ units, starts, ends } = output);
    length = output.length;
    lastClass = state.lastClass;
    separatorStart = state.separatorStart;
    separatorEnd = state.separatorEnd;
    clusterOriginalStart = state.clusterOriginalStart;
    clusterOutputStart = state.clusterOutputStart;
  }
  output.length = length;
  if (phraseFrom >= 0) {
    applyPhraseExceptions(units, length, phraseFrom);
  }
  return output;
}

/**
 * The original range `[start, end)` a range of folded text came from, to highlight a match in
 * the text as the user sees it.
 */
export function originalRangeOf(
  folded: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const last = folded.text.length;
  if (last === 0) {
    return { start: 0, end: 0 };
  }
  const from = Math.min(Math.max(start, 0), last - 1);
  const to = Math.min(Math.max(end - 1, from), last - 1);
  return {
    start: folded.originalStarts[from] ?? 0,
    end: folded.originalEnds[to] ?? 0,
  };
}

/**
 * Traditional → Simplified through the generated character table and phrase exceptions alone (no
 * width, case or separator folding): what the tests compare with opencc-js's own converter, and what the
 * benchmark times against it.
 */
export function simplifyCharacters(text: string): string {
  const output = sharedBuffer;
  output.length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    const isSurrogatePair =
      unit >= 0xd800 &&
      unit <= 0xdbff &&
      index + 1 < text.length &&
      (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
    const point = isSurrogatePair ? (text.codePointAt(index) ?? unit) : unit;
    const mapped = isSurrogatePair ? simplifiedTable.get(point) : bmpSimplified[point];
    const target = mapped === undefined || mapped === 0 ? point : mapped;
    if (target > 0xffff) {
      const offset = target - 0x10000;
      output.push(0xd800 + (offset >> 10), index, index + 1);
      output.push(0xdc00 + (offset & 0x3ff), index, index + 1);
    } else {
      output.push(target, index, index + 1);
    }
    if (isSurrogatePair) {
      index += 1;
    }
  }
  applyPhraseExceptions(output.units, output.length);
  return unitsToString(output.units, output.length);
}
