import { useEffect, useState } from 'react';
import type { SearchDocument, SearchHit } from '../../../../shared/search/searchIndex';
import { createSearchClient } from './searchClient';
import type { SearchClient } from './searchClient';

/**
 * Full-text search over a list of documents from a React component: the documents are indexed in
 * the search worker (only what changed since the last render is sent), and the query is searched
 * once typing pauses for {@link searchDebounceMs}. Each component using it has its own index.
 */

/** How long typing must pause before the query is searched. */
export const searchDebounceMs = 100;

/** Options of {@link useSearch}. */
export type UseSearchOptions = {
  /** Only documents of these kinds. Compared by value, so a new array each render is fine. */
  kinds?: readonly string[];
  /** Most hits. */
  limit?: number;
  /** Makes the client (tests pass one with an in-thread engine or a stand-in worker). */
  createClient?: () => SearchClient;
};

/** What {@link useSearch} returns. */
export type SearchState = {
  /** Hits of the latest query searched, best first; empty for a blank query. */
  hits: SearchHit[];
  /** True while the current documents are not yet all indexed (hits may then be incomplete). */
  isIndexing: boolean;
  /** True while the hits are not yet those of the current query (typing, or a search under way). */
  isSearching: boolean;
  /** Set when the last search or indexing failed; cleared by the next success. */
  error: Error | null;
};

/** A search's hits, with what they answer. */
type Answer = { query: string; hits: SearchHit[] };

/** `value`, once it has stayed the same for `delayMs`. */
function useDebounced<Value>(value: Value, delayMs: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * Searches `documents` for `query`. Pass `documents` with a stable identity (from `useMemo` over
 * the live query's data): a new array makes the client diff the whole list again (cheap, but not
 * free). Hits may come from a partly built index while `isIndexing`; the search runs again when
 * indexing finishes.
 */
export function useSearch(
  documents: readonly SearchDocument[],
  query: string,
  { kinds, limit, createClient = createSearchClient }: UseSearchOptions = {},
): SearchState {
  // The client starts no worker until used, so making it during render has no side effect.
  const [client] = useState(createClient);
  const [indexed, setIndexed] = useState<readonly SearchDocument[] | null>(null);
  const [answer, setAnswer] = useState<Answer>({ query: '', hits: [] });
  const [error, setError] = useState<Error | null>(null);
  const debouncedQuery = useDebounced(query.trim(), searchDebounceMs);
  const kindsKey = kinds === undefined ? null : JSON.stringify(kinds);

  useEffect(() => () => client.close(), [client]);

  useEffect(() => {
    let isCurrent = true;
    client.sync(documents).then(
      () => {
        if (isCurrent) {
          setIndexed(documents);
          setError(null);
        }
      },
      (reason: unknown) => {
        if (isCurrent) {
          setError(reason instanceof Error ? reason : new Error(String(reason)));
        }
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [client, documents]);

  useEffect(() => {
    if (debouncedQuery === '') {
      return undefined;
    }
    let isCurrent = true;
    const searchKinds: unknown = kindsKey === null ? undefined : JSON.parse(kindsKey);
    client
      .search(debouncedQuery, {
        ...(Array.isArray(searchKinds) ? { kinds: searchKinds.map(String) } : {}),
        ...(limit === undefined ? {} : { limit }),
      })
      .then(
        (hits) => {
          if (isCurrent) {
            setAnswer({ query: debouncedQuery, hits });
            setError(null);
          }
        },
        (reason: unknown) => {
          if (isCurrent) {
            setError(reason instanceof Error ? reason : new Error(String(reason)));
          }
        },
      );
    return () => {
      isCurrent = false;
    };
    // `indexed` is a dependency on purpose: the search runs again once indexing catches up.
  }, [client, debouncedQuery, kindsKey, limit, indexed]);

  const trimmed = query.trim();
  return {
    hits: trimmed === '' ? [] : answer.hits,
    isIndexing: indexed !== documents,
    isSearching: trimmed !== '' && answer.query !== trimmed,
    error,
  };
}
