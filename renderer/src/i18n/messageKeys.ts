import type { Messages } from './resources/en';

/** Plural suffixes i18next adds to a key when it is given a `count`. */
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A key without its plural suffix (`imported_other` → `imported`): what callers pass with `count`. */
type PluralBase<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/**
 * Dot paths to every string leaf of a message tree: `{ a: { b: string } }` → `'a.b'`; a plural
 * leaf (`a.n_one`, `a.n_other`) is also reachable by its base path `a.n`.
 */
type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}` | `${Prefix}${PluralBase<K>}`
    : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * Any translatable message key. UI state (a notice in the store, for instance) keeps a key and
 * its parameters rather than finished text, so it re-translates when the language changes.
 */
export type MessageKey = LeafPaths<Messages>;

/** Values substituted into a message's `{{placeholders}}`. */
export type MessageParams = Readonly<Record<string, string | number>>;
