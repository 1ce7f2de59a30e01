import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import type { SearchSnippet } from '../../../../../shared/search/searchIndex';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { useSearch } from '../../../lib/search/useSearch';
import type { SearchClient } from '../../../lib/search/searchClient';
import { sopSearchDocumentId, sopSearchDocuments, sopSearchHref } from './sopSearchDocuments';
import type { SearchableSop, SopSearchKind } from './sopSearchDocuments';

/** Props of {@link SopSearch}. */
export type SopSearchProps = {
  /** The SOPs with the content to search: the version in force (the library passes it). */
  sops: readonly SearchableSop[];
  templates: readonly StoredStatementTemplate[];
  /** Makes the search client; tests may pass one with a stand-in worker. */
  createClient?: () => SearchClient;
};

/** Longest query; longer text is no search anyone types. */
const maxQueryLength = 200;

/** A snippet with its matched words marked. */
function SnippetText({ snippet }: { snippet: SearchSnippet }) {
  const { text, highlight } = snippet;
  if (highlight === null) {
    return <>{text}</>;
  }
  return (
    <>
      {text.slice(0, highlight.start)}
      <mark>{text.slice(highlight.start, highlight.end)}</mark>
      {text.slice(highlight.end)}
    </>
  );
}

/** True for the kinds this search indexes (hits come back with plain strings). */
function isSopSearchKind(kind: string): kind is SopSearchKind {
  return kind === 'sop' || kind === 'template';
}

/**
 * Full-text search over the SOP library: SOPs (title, purpose, trigger criteria, steps, as given:
 * the library gives the version in force) and statement templates, in any of the three languages
 * (Traditional and Simplified Chinese match each other). Results say what they are (an SOP never
 * published is marked so), show where the words matched and link to the SOP or template. Indexing runs in the background; until it finishes, results may be incomplete and a
 * status line says so.
 */
export function SopSearch({ sops, templates, createClient }: SopSearchProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const documents = useMemo(
    () => sopSearchDocuments(sops, templates, language),
    [sops, templates, language],
  );
  const unpublishedIds = useMemo(
    () =>
      new Set(
        sops.filter((sop) => sop.isPublished === false).map(({ id }) => sopSearchDocumentId(id)),
      ),
    [sops],
  );
  const languageOf = useMemo(
    () => new Map(documents.map((document) => [document.id, document.language])),
    [documents],
  );
  const { hits, isIndexing, isSearching, error } = useSearch(
    documents,
    query,
    createClient === undefined ? {} : { createClient },
  );
  const hasQuery = query.trim() !== '';
  const isSettled = hasQuery && !isSearching && !isIndexing;

  let status = '';
  if (error !== null) {
    status = t('sops.search.failed');
  } else if (hasQuery && isIndexing) {
    status = t('sops.search.indexing');
  } else if (isSettled && hits.length > 0) {
    status = t('sops.search.results', { count: hits.length });
  }

  return (
    <div className="sop-search">
      <div role="search" className="field">
        <label htmlFor={`${id}-query`}>{t('sops.search.label')}</label>
        <input
          id={`${id}-query`}
          type="search"
          value={query}
          maxLength={maxQueryLength}
          placeholder={t('sops.search.placeholder')}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <p role="status" className="sop-search__status">
        {status}
      </p>
      {isSettled && hits.length === 0 && error === null ? (
        <p>{t('sops.search.noResults', { query: query.trim() })}</p>
      ) : null}
      {hasQuery && hits.length > 0 ? (
        <ul className="sop-search__results" aria-label={t('sops.search.resultsLabel')}>
          {hits.map((hit) => {
            const href = sopSearchHref(hit.id);
            const lang = languageOf.get(hit.id);
            return (
              <li key={hit.id} className="sop-search__result">
                {isSopSearchKind(hit.kind) ? (
                  <StatusBadge tone="neutral">{t(`sops.search.kinds.${hit.kind}`)}</StatusBadge>
                ) : null}{' '}
                {unpublishedIds.has(hit.id) ? (
                  <>
                    <StatusBadge tone="warning">{t('sops.search.notPublished')}</StatusBadge>{' '}
                  </>
                ) : null}
                {href === null ? (
                  <span lang={lang}>{hit.title}</span>
                ) : (
                  <Link href={href} lang={lang}>
                    {hit.title}
                  </Link>
                )}
                {hit.snippet.text === '' ? null : (
                  <p className="sop-search__snippet" lang={lang}>
                    <SnippetText snippet={hit.snippet} />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
