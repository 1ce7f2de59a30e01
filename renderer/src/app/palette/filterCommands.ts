/** What the palette searches in: a command's label in the current language and its keywords. */
export type SearchableCommand = {
  readonly label: string;
  /** English words that find the command whatever the UI language. */
  readonly keywords: readonly string[];
};

/**
 * Folds text for matching: NFKC turns full-width letters and digits into ASCII (ＳＯＰ → SOP)
 * and lower-casing ignores case, so what a user types with a CJK input method still matches.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The commands matching `query`, in their original order: every whitespace-separated term must
 * appear in the command's label or in one of its keywords. An empty query matches everything.
 */
export function filterCommands<T extends SearchableCommand>(
  items: readonly T[],
  query: string,
): T[] {
  const terms = normalizeSearchText(query)
    .split(/\s+/u)
    .filter((term) => term.length > 0);
  if (terms.length === 0) {
    return [...items];
  }
  return items.filter((item) => {
    const haystack = normalizeSearchText([item.label, ...item.keywords].join('\n'));
    return terms.every((term) => haystack.includes(term));
  });
}
