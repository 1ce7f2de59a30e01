import { z } from 'zod';
import { normalizeForSearch } from '../../search/searchText';

/**
 * The sentiment lexicon: data, its schema, and the folded lookup structure the scorer walks.
 * The shipped lexicon lives in `assets/sentiment/lexicon.json` (source and licence beside it);
 * shared code cannot read files, so whoever loads it (renderer or main) passes the parsed JSON to
 * {@link parseSentimentLexicon}, merges user words with {@link mergeUserLexicon}, and compiles
 * once with {@link compileSentimentLexicon}. Chinese entries may be written in either script:
 * entries and texts go through the same fold as search (NFKC, lower case, Traditional →
 * Simplified), so 爛 and 烂 are one key.
 */

/** Strongest polarity a term may carry, either way; weights are on a −3..3 scale. */
export const maxTermWeight = 3;

/** Longest entry kept, in lookup units (a CJK character or a word); bounds the scorer's inner loop. */
export const maxEntryUnits = 12;

/** A term's polarity: −3 (strongly negative) … 3 (strongly positive); 0 marks a neutral word. */
const weightSchema = z.number().finite().min(-maxTermWeight).max(maxTermWeight);

/** A lexicon key: non-empty after trimming, short enough to stay a phrase. */
const termSchema = z.string().trim().min(1).max(64);

/**
 * The lexicon file's shape. `terms` maps a word or phrase to its polarity; weight-0 terms are
 * deliberate: they stop longest-match lookup from reading 不 in 不斷 or 未 in 未來 as negators.
 * `negators` flip the next term, `postNegators` flip the term just before them (一點誠意都沒有),
 * `modifiers` scale it (above 1 intensifies, below 1 softens), and
 * `contrasts` (但是, but) make the clause after them count more than the one before.
 */
export const sentimentLexiconSchema = z.object({
  name: z.string().min(1),
  version: z.number().int().positive(),
  source: z.string().min(1),
  licence: z.string().min(1),
  terms: z.record(termSchema, weightSchema),
  negators: z.array(termSchema),
  postNegators: z.array(termSchema).default([]),
  modifiers: z.record(termSchema, z.number().finite().min(0.1).max(3)),
  contrasts: z.array(termSchema),
});

/** The lexicon as data (see {@link sentimentLexiconSchema}). */
export type SentimentLexicon = z.infer<typeof sentimentLexiconSchema>;

/** One word a user adds or re-weights: it overrides the shipped lexicon's entry for that word. */
export const userSentimentEntrySchema = z.object({
  term: termSchema,
  weight: weightSchema,
});

/** A user's word and its polarity (see {@link userSentimentEntrySchema}). */
export type UserSentimentEntry = z.infer<typeof userSentimentEntrySchema>;

/** A user's word list, bounded so a pasted file cannot balloon the lookup structure. */
export const userSentimentEntriesSchema = z.array(userSentimentEntrySchema).max(10_000);

/**
 * Validates lexicon data from outside (the shipped JSON, a backup): throws a ZodError naming the
 * bad entry, since a broken shipped lexicon is a programmer error, not a user's.
 */
export function parseSentimentLexicon(data: unknown): SentimentLexicon {
  return sentimentLexiconSchema.parse(data);
}

/**
 * The lexicon with user words applied: each user entry sets its term's weight, replacing the
 * shipped weight, and a user term wins over a negator, modifier or contrast of the same spelling
 * (in either script: 爛 overrides 烂). Entries are validated here, so raw stored data may be passed.
 */
export function mergeUserLexicon(base: SentimentLexicon, userEntries: unknown): SentimentLexicon {
  const entries = userSentimentEntriesSchema.parse(userEntries);
  const userKeys = new Set(entries.map((entry) => foldEntry(entry.term)));
  const isKept = (term: string): boolean => !userKeys.has(foldEntry(term));
  const terms: Record<string, number> = {};
  for (const [term, weight] of Object.entries(base.terms)) {
    if (isKept(term)) {
      terms[term] = weight;
    }
  }
  for (const entry of entries) {
    terms[entry.term] = entry.weight;
  }
  const modifiers: Record<string, number> = {};
  for (const [term, factor] of Object.entries(base.modifiers)) {
    if (isKept(term)) {
      modifiers[term] = factor;
    }
  }
  return {
    ...base,
    terms,
    negators: base.negators.filter(isKept),
    postNegators: base.postNegators.filter(isKept),
    modifiers,
    contrasts: base.contrasts.filter(isKept),
  };
}

/** What a lexicon key does when the scorer meets it. */
export type SentimentEntry =
  | { kind: 'term'; term: string; weight: number }
  | { kind: 'negator'; term: string }
  | { kind: 'postNegator'; term: string }
  | { kind: 'modifier'; term: string; factor: number }
  | { kind: 'contrast'; term: string };

/** A node of the lookup trie, keyed by unit (one CJK character, one word or one emoji). */
export type SentimentTrieNode = {
  children: Map<string, SentimentTrieNode>;
  entry: SentimentEntry | undefined;
};

/**
 * A lexicon ready for scoring: every key folded and split into units, held in a trie for
 * longest-match lookup. Build it once per lexicon change; scoring then never folds the lexicon.
 */
export type CompiledSentimentLexicon = {
  root: SentimentTrieNode;
  /** Number of distinct folded keys. */
  size: number;
};

/** Variation selector 16 (emoji presentation): ❤️ and ❤ are one key. */
const variationSelectors = /[\uFE0E\uFE0F]/gu;

/**
 * The fold shared by lexicon keys and texts: search's normalisation (zero-width characters out,
 * NFKC, lower case, Traditional → Simplified) plus typographic apostrophes to ASCII, so don’t
 * and don't meet, and emoji presentation selectors removed.
 */
export function foldSentimentText(text: string): string {
  return normalizeForSearch(text.replace(/[\u2018\u2019\u02BC\uFF07]/gu, "'")).replace(
    variationSelectors,
    '',
  );
}

/** A lexicon key's fold, as the scorer will see it in text. */
function foldEntry(term: string): string {
  return foldSentimentText(term.trim());
}

/** One unit of folded text, or a clause break. */
export type SentimentUnit = { kind: 'unit'; text: string } | { kind: 'break' };

/**
 * A CJK character, a word (letters and digits, apostrophes inside), a pictographic emoji, or a
 * clause-breaking punctuation mark. Anything else (spaces, hyphens, quotes, symbols) separates
 * units without breaking the clause, so top-notch reads as the phrase "top notch".
 */
const unitPattern =
  /(\p{Script=Han})|((?:(?!\p{Script=Han})[\p{L}\p{N}])(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}'])*)|(\p{Extended_Pictographic})|([,.!?;:\u3001\u3002\uFF61\u2026\n\r])/gu;

/**
 * Splits folded text into lookup units, in order. English contractions are opened so negation
 * is visible: don't → do + not; a possessive 's is dropped.
 */
export function sentimentUnits(foldedText: string): SentimentUnit[] {
  const units: SentimentUnit[] = [];
  for (const match of foldedText.matchAll(unitPattern)) {
    const [, han, word, emoji] = match;
    if (han !== undefined) {
      units.push({ kind: 'unit', text: han });
    } else if (word !== undefined) {
      pushWord(units, word);
    } else if (emoji !== undefined) {
      units.push({ kind: 'unit', text: emoji });
    } else {
      units.push({ kind: 'break' });
    }
  }
  return units;
}

/** Adds one word, contraction opened, trailing apostrophes and a possessive 's dropped. */
function pushWord(units: SentimentUnit[], rawWord: string): void {
  const word = rawWord.replace(/'+$/u, '');
  if (word.endsWith("n't") && word.length > 3) {
    units.push({ kind: 'unit', text: word.slice(0, -3) });
    units.push({ kind: 'unit', text: 'not' });
    return;
  }
  const base = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (base.length > 0) {
    units.push({ kind: 'unit', text: base });
  }
}

/**
 * Folds and indexes a validated lexicon. Keys that fold to the same units keep one entry, in
 * this order of precedence: terms, then modifiers, then negators after a term, then negators, then contrasts (a term written
 * with a negator inside, such as 不錯 or 沒用, is a term). Keys longer than {@link maxEntryUnits}
 * units are dropped.
 */
export function compileSentimentLexicon(lexicon: SentimentLexicon): CompiledSentimentLexicon {
  const root: SentimentTrieNode = { children: new Map(), entry: undefined };
  let size = 0;
  const insert = (term: string, entry: SentimentEntry): void => {
    const units = sentimentUnits(foldEntry(term)).flatMap((unit) =>
      unit.kind === 'unit' ? [unit.text] : [],
    );
    if (units.length === 0 || units.length > maxEntryUnits) {
      return;
    }
    let node = root;
    for (const unit of units) {
      let child = node.children.get(unit);
      if (child === undefined) {
        child = { children: new Map(), entry: undefined };
        node.children.set(unit, child);
      }
      node = child;
    }
    if (node.entry === undefined) {
      size += 1;
    }
    node.entry = { ...entry, term: joinUnits(units) };
  };
  // Lowest precedence first: a later insert replaces an earlier entry at the same key.
  for (const term of lexicon.contrasts) {
    insert(term, { kind: 'contrast', term });
  }
  for (const term of lexicon.negators) {
    insert(term, { kind: 'negator', term });
  }
  for (const term of lexicon.postNegators) {
    insert(term, { kind: 'postNegator', term });
  }
  for (const [term, factor] of Object.entries(lexicon.modifiers)) {
    insert(term, { kind: 'modifier', term, factor });
  }
  for (const [term, weight] of Object.entries(lexicon.terms)) {
    insert(term, { kind: 'term', term, weight });
  }
  return { root, size };
}

/** Units back to a readable key: words spaced, CJK characters joined (cp值高, waste of money). */
function joinUnits(units: readonly string[]): string {
  let joined = '';
  let isPreviousWord = false;
  for (const unit of units) {
    const isWord = !/^\p{Script=Han}$/u.test(unit);
    joined += isWord && isPreviousWord ? ` ${unit}` : unit;
    isPreviousWord = isWord;
  }
  return joined;
}
