import { Index } from 'flexsearch';
import type { Id } from 'flexsearch';
import {
  findSearchRun,
  normalizeForSearch,
  originalRange,
  runTokens,
  searchRuns,
} from './searchText';
import type { SearchRun } from './searchText';

/**
 * A full-text index over small documents (SOPs, statement templates, later incidents and
 * postmortems) in English, Traditional and Simplified Chinese, built on FlexSearch. Documents and
 * queries go through the same normalisation and tokens (searchText.ts): words match by prefix
 * (search-as-you-type), CJK text by character bigrams. A query matches a document when every one
 * of its tokens occurs in it (AND); Chinese phrases of three or more characters are then checked
 * to occur as written, since their bigrams alone could occur apart. Hits whose title alone holds
 * the whole query come before hits that needed the body.
 */

/** A document to index. `kind` lets a search keep to some kinds (`sop`, `template`, `incident`). */
export type SearchDocument = {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** The document's language (`en`, `zh-TW`, `zh-CN`), if known; kept for callers, not used to match. */
  language?: string;
};

/** Where a hit matched: the title alone held every token, or the body (with the title) did. */
export type SearchField = 'title' | 'body';

/** A short excerpt of a text and, when the query was found in it, the range to highlight. */
export type SearchSnippet = {
  text: string;
  /** UTF-16 range `[start, end)` of `text` that matched, or null when the excerpt is the start. */
  highlight: { start: number; end: number } | null;
};

/** One search result, in rank order within the list it came in. */
export type SearchHit = {
  id: string;
  kind: string;
  title: string;
  matchedField: SearchField;
  /** An excerpt of the body around the first match, or its opening when only the title matched. */
  snippet: SearchSnippet;
};

/** Options of {@link SearchIndex.search}. */
export type SearchOptions = {
  /** Most hits to return; {@link defaultSearchLimit} when absent. */
  limit?: number;
  /** Only documents of these kinds; every kind when absent (an empty list matches nothing). */
  kinds?: readonly string[];
  /** Longest snippet, in characters; {@link defaultSnippetLength} when absent. */
  snippetLength?: number;
};

/** Hits returned when the caller sets no limit: more than a results list shows at once. */
export const defaultSearchLimit = 50;

/** Snippet length when the caller sets none: about two lines of a results list. */
export const defaultSnippetLength = 160;

/** A stored document with its normalised fields, for phrase checks and snippets. */
type StoredDocument = SearchDocument & { normalizedTitle: string; normalizedBody: string };

/** Tokens of text that is already normalised (documents and queries both are, before FlexSearch). */
function encodeNormalized(normalizedText: string): string[] {
  return searchRuns(normalizedText).flatMap(runTokens);
}

/**
 * Runs whose tokens do not pin down their text: CJK runs of three or more characters (a pair or a
 * single character is itself a token, and words are matched by prefix, which the index does
 * exactly).
 */
function phraseRunsOf(runs: readonly SearchRun[]): SearchRun[] {
  return runs.filter((run) => run.isCjk && Array.from(run.text).length >= 3);
}

/**
 * One FlexSearch index of one field. `forward` stores every prefix of a token: prefix search for
 * words, and every character of a CJK text as the start of some bigram. Text arrives normalised,
 * so the encoder only cuts it into tokens.
 */
function createFieldIndex(): Index {
  return new Index({
    tokenize: 'forward',
    encode: encodeNormalized,
    // Updates and removals are frequent (every edit of an SOP re-indexes it).
    fastupdate: true,
  });
}

/**
 * The ids FlexSearch finds for `query`, best first. FlexSearch 0.8.212 returns undefined instead
 * of an empty list for a term whose every entry fastupdate removed (its `resolve_default` takes
 * `final[0]` of nothing), so the declared type is widened to say so.
 */
function searchField(index: Index, query: string, limit: number): Id[] {
  const ids: Id[] | undefined = index.search(query, { limit });
  return ids ?? [];
}

/** A search index; one per list of things searched together. Not thread-safe by design: one owner. */
export class SearchIndex {
  readonly #documents = new Map<string, StoredDocument>();
  /**
   * Title and all text (title + body) in two FlexSearch indexes: AND semantics must hold over the
   * whole document (one word in the title, another in the body), while the title alone decides
   * which hits rank first.
   */
  #title = createFieldIndex();
  #content = createFieldIndex();

  /** Number of documents indexed. */
  get size(): number {
    return this.#documents.size;
  }

  /** True when a document with this id is indexed. */
  has(id: string): boolean {
    return this.#documents.has(id);
  }

  /** Indexes a document, replacing any indexed document with the same id. */
  add(document: SearchDocument): void {
    const normalizedTitle = normalizeForSearch(document.title);
    const normalizedBody = normalizeForSearch(document.body);
    const content = `${normalizedTitle}\n${normalizedBody}`;
    if (this.#documents.has(document.id)) {
      this.#title.update(document.id, normalizedTitle);
      this.#content.update(document.id, content);
    } else {
      this.#title.add(document.id, normalizedTitle);
      this.#content.add(document.id, content);
    }
    this.#documents.set(document.id, { ...document, normalizedTitle, normalizedBody });
  }

  /** Re-indexes a changed document; the same operation as {@link add}, named for the call site. */
  update(document: SearchDocument): void {
    this.add(document);
  }

  /** Removes a document; an unknown id is ignored. */
  remove(id: string): void {
    if (this.#documents.delete(id)) {
      this.#title.remove(id);
      this.#content.remove(id);
    }
  }

  /** Removes every document. */
  clear(): void {
    this.#documents.clear();
    // A fresh index rather than FlexSearch's clear(): it also drops fastupdate's leftover keys.
    this.#title = createFieldIndex();
    this.#content = createFieldIndex();
  }

  /**
   * The documents matching every token of `query`, best first: title matches (in FlexSearch's
   * order, earlier tokens first), then body matches. A query with no letters, digits or CJK
   * characters (empty, spaces, punctuation) finds nothing.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const normalizedQuery = normalizeForSearch(query);
    const runs = searchRuns(normalizedQuery);
    const limit = Math.max(1, Math.floor(options.limit ?? defaultSearchLimit));
    if (runs.length === 0 || this.#documents.size === 0) {
      return [];
    }
    const kinds = options.kinds === undefined ? null : new Set(options.kinds);
    const phraseRuns = phraseRunsOf(runs);
    // All candidates, not `limit`: kinds and phrase checks filter after FlexSearch, and title
    // hits must be known before body hits are ranked. A few thousand ids cost little.
    const titleIds = searchField(this.#title, normalizedQuery, this.#documents.size);
    const contentIds = searchField(this.#content, normalizedQuery, this.#documents.size);

    const ranked: { document: StoredDocument; matchedField: SearchField }[] = [];
    const taken = new Set<string>();
    const consider = (id: Id, matchedField: SearchField): void => {
      const document = this.#documents.get(String(id));
      if (
        document === undefined ||
        taken.has(document.id) ||
        (kinds !== null && !kinds.has(document.kind))
      ) {
        return;
      }
      const holdsPhrases = phraseRuns.every((run) =>
        matchedField === 'title'
          ? document.normalizedTitle.includes(run.text)
          : document.normalizedTitle.includes(run.text) ||
            document.normalizedBody.includes(run.text),
      );
      if (holdsPhrases) {
        taken.add(document.id);
        ranked.push({ document, matchedField });
      }
    };
    for (const id of titleIds) {
      if (ranked.length >= limit) break;
      consider(id, 'title');
    }
    for (const id of contentIds) {
      if (ranked.length >= limit) break;
      consider(id, 'body');
    }

    const snippetLength = options.snippetLength ?? defaultSnippetLength;
    return ranked.map(({ document, matchedField }) => ({
      id: document.id,
      kind: document.kind,
      title: document.title,
      matchedField,
      snippet: snippetOf(document.body, document.normalizedBody, runs, snippetLength),
    }));
  }
}

/** Whitespace of any kind, collapsed to one space in snippets (bodies are multi-line Markdown). */
const whitespace = /\s+/gu;

/** True when the UTF-16 unit at `offset` is the second half of a surrogate pair. */
function isLowSurrogateAt(text: string, offset: number): boolean {
  const unit = text.charCodeAt(offset);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The excerpt of `text` around the earliest occurrence of any of `runs` in its normalised form. */
function snippetOf(
  text: string,
  normalizedText: string,
  runs: readonly SearchRun[],
  maxLength: number,
): SearchSnippet {
  const length = Math.max(1, Math.floor(maxLength));
  let best: { start: number; end: number } | null = null;
  for (const run of runs) {
    const offset = findSearchRun(normalizedText, run);
    if (offset !== -1 && (best === null || offset < best.start)) {
      best = { start: offset, end: offset + run.text.length };
    }
  }
  if (best === null) {
    return excerptWithHighlight(text, 0, Math.min(text.length, length), 0, 0);
  }
  const match = originalRange(text, normalizedText, best.start, best.end);
  const matchEnd = Math.min(match.end, match.start + length);
  // About a third of the room before the match, the rest after it, shifted back at the end.
  let windowStart = Math.max(0, match.start - Math.floor((length - (matchEnd - match.start)) / 3));
  const windowEnd = Math.min(text.length, windowStart + length);
  windowStart = Math.max(0, Math.min(windowStart, windowEnd - length));
  return excerptWithHighlight(text, windowStart, windowEnd, match.start, matchEnd);
}

/**
 * `text[start, end)` as a snippet, whitespace collapsed, `…` on each side where text was cut,
 * with `[matchStart, matchEnd)` (inside the window) located in the result for highlighting.
 */
function excerptWithHighlight(
  text: string,
  start: number,
  end: number,
  matchStart: number,
  matchEnd: number,
): SearchSnippet {
  const safeStart = start > 0 && isLowSurrogateAt(text, start) ? start + 1 : start;
  const safeEnd = end < text.length && isLowSurrogateAt(text, end) ? end + 1 : end;
  const collapse = (part: string) => part.replace(whitespace, ' ');
  const before = collapse(text.slice(safeStart, matchStart)).trimStart();
  const matched = collapse(text.slice(matchStart, matchEnd));
  const after = collapse(text.slice(matchEnd, safeEnd));
  const prefix = safeStart > 0 ? '…' : '';
  const suffix = safeEnd < text.length ? '…' : '';
  if (matched === '') {
    return { text: `${prefix}${(before + after).trim()}${suffix}`, highlight: null };
  }
  const highlightStart = prefix.length + before.length;
  return {
    text: `${prefix}${before}${matched}${after.trimEnd()}${suffix}`,
    highlight: { start: highlightStart, end: highlightStart + matched.length },
  };
}

/**
 * A short excerpt of `text` (at most about `maxLength` characters, plus ellipses) around the first
 * place any word or CJK phrase of `query` occurs, found with the same normalisation as the index
 * (so 资料外泄 highlights 資料外洩) and mapped back to the original text. Without a match, the
 * opening of the text. For showing results; not a match test.
 */
export function searchSnippet(text: string, query: string, maxLength: number): SearchSnippet {
  return snippetOf(
    text,
    normalizeForSearch(text),
    searchRuns(normalizeForSearch(query)),
    maxLength,
  );
}
