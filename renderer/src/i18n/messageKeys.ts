import type { Messages } from './resources/en';

/** Dot paths to every string leaf of a message tree: `{ a: { b: string } }` → `'a.b'`. */
type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * Any translatable message key. UI state (a notice in the store, for instance) keeps a key and
 * its parameters rather than finished text, so it re-translates when the language changes.
 */
export type MessageKey = LeafPaths<Messages>;

/** Values substituted into a message's `{{placeholders}}`. */
export type MessageParams = Readonly<Record<string, string | number>>;
