import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { localize } from '../../../../../shared/domain/localizedText';
import {
  defaultEventFilters,
  eventSearchDocuments,
  matchesEventFilters,
  parseEventDocumentId,
  tagKey,
} from '../../../../../shared/domain/postmortems/eventDocuments';
import type { EventFilters } from '../../../../../shared/domain/postmortems/eventDocuments';
import type { Postmortem } from '../../../../../shared/domain/postmortems/postmortem';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import type { FilterOption } from '../../../components/fields/FilterSelect';
import { useLanguage } from '../../../i18n/useLanguage';
import { deviceTimeZone } from '../../../lib/dates';
import { useSearch } from '../../../lib/search/useSearch';
import type { SearchClient } from '../../../lib/search/searchClient';
import { useCrisisTypeName } from '../../sops';
import { EventFiltersBar } from './EventFiltersBar';
import { EventSearchResults } from './EventSearchResults';
import type { EventSearchResult } from './EventSearchResults';
import { EventTable } from './EventTable';

/** Props of {@link EventDatabase}: the loaded data. */
export type EventDatabaseProps = {
  incidents: readonly Incident[];
  postmortems: readonly Postmortem[];
  /** The severity levels setting, worst first. */
  levels: readonly SeverityLevel[];
  /** Makes the search client; tests may pass one with a stand-in worker. */
  createClient?: () => SearchClient;
};

/** Longest query; longer text is no search anyone types. */
const maxQueryLength = 200;

/**
 * Most hits asked of the index: the filters apply after the search (a postmortem is filtered by
 * its incident), so more are asked for than a page shows.
 */
const searchLimit = 200;

/** The filter choices of tags: every tag of the incidents and postmortems once (case and script folded). */
function tagOptionsOf(
  incidents: readonly Incident[],
  postmortems: readonly Postmortem[],
  language: string,
): FilterOption[] {
  const byKey = new Map<string, string>();
  for (const tag of [
    ...incidents.flatMap((incident) => incident.tags),
    ...postmortems.flatMap((postmortem) => postmortem.content.tags),
  ]) {
    const key = tagKey(tag);
    if (key !== '' && !byKey.has(key)) byKey.set(key, tag.trim());
  }
  return [...byKey.values()]
    .sort((a, b) => a.localeCompare(b, language))
    .map((tag) => ({ value: tag, label: tag }));
}

/**
 * The crisis-event database over loaded data: a search box (full text over every incident and
 * postmortem, Traditional and Simplified Chinese alike), the filters, and either the table of
 * every incident the filters let through (blank query) or the search hits they let through. The
 * status line (a live region) says when indexing is still under way, how many results there are,
 * and when nothing matches; typing never waits for the index.
 */
export function EventDatabase({
  incidents,
  postmortems,
  levels,
  createClient,
}: EventDatabaseProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const crisisTypeName = useCrisisTypeName();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<EventFilters>(defaultEventFilters);
  const [timeZone] = useState(deviceTimeZone);

  const severityName = useCallback(
    (severityId: string) => {
      const level = levels.find((candidate) => candidate.id === severityId);
      return level === undefined ? severityId : localize(level.name, language);
    },
    [levels, language],
  );
  const documents = useMemo(
    () => eventSearchDocuments(incidents, postmortems, { crisisTypeName, severityName }),
    [incidents, postmortems, crisisTypeName, severityName],
  );
  const { hits, isIndexing, isSearching, error } = useSearch(documents, query, {
    limit: searchLimit,
    ...(createClient === undefined ? {} : { createClient }),
  });

  const incidentsById = useMemo(
    () => new Map(incidents.map((incident) => [incident.id, incident])),
    [incidents],
  );
  const postmortemsById = useMemo(
    () => new Map(postmortems.map((postmortem) => [postmortem.id, postmortem])),
    [postmortems],
  );
  const postmortemOf = useMemo(
    () => new Map(postmortems.map((postmortem) => [postmortem.incidentId, postmortem])),
    [postmortems],
  );
  const crisisTypeOptions = useMemo(() => {
    const known: readonly string[] = crisisTypes;
    const custom = incidents
      .map((incident) => incident.crisisTypeId)
      .filter((typeId): typeId is string => typeId !== null && !known.includes(typeId));
    return [...known, ...new Set(custom)].map((typeId) => ({
      value: typeId,
      label: crisisTypeName(typeId),
    }));
  }, [incidents, crisisTypeName]);
  const severityOptions = useMemo(
    () => levels.map((level) => ({ value: level.id, label: localize(level.name, language) })),
    [levels, language],
  );
  const tagOptions = useMemo(
    () => tagOptionsOf(incidents, postmortems, language),
    [incidents, postmortems, language],
  );

  const passes = (incident: Incident) =>
    matchesEventFilters(incident, filters, timeZone, postmortemOf.get(incident.id));
  const trimmed = query.trim();
  const hasQuery = trimmed !== '';

  const results: EventSearchResult[] = hasQuery
    ? hits.flatMap((hit): EventSearchResult[] => {
        const target = parseEventDocumentId(hit.id);
        if (target === null) return [];
        if (target.kind === 'incident') {
          const incident = incidentsById.get(target.id);
          return incident !== undefined && passes(incident)
            ? [
                {
                  hit,
                  kind: target.kind,
                  href: `~/incidents/${encodeURIComponent(target.id)}`,
                  incident,
                },
              ]
            : [];
        }
        const postmortem = postmortemsById.get(target.id);
        const incident =
          postmortem === undefined ? undefined : incidentsById.get(postmortem.incidentId);
        return incident !== undefined && passes(incident)
          ? [
              {
                hit,
                kind: target.kind,
                href: `~/postmortems/${encodeURIComponent(target.id)}`,
                incident,
              },
            ]
          : [];
      })
    : [];
  const shown = hasQuery
    ? []
    : incidents
        .filter(passes)
        .sort((a, b) => b.detectedAt - a.detectedAt || b.reference.localeCompare(a.reference));

  const isSettled = hasQuery && !isSearching && !isIndexing;
  let status = '';
  if (error !== null) {
    status = t('postmortems.database.search.failed');
  } else if (!hasQuery) {
    status =
      shown.length === 0
        ? t('postmortems.database.noMatch')
        : t('postmortems.database.table.shown', { count: shown.length });
  } else if (isIndexing) {
    status = t('postmortems.database.search.indexing');
  } else if (isSettled) {
    if (results.length > 0) {
      status = t('postmortems.database.search.results', { count: results.length });
    } else {
      status =
        hits.length > 0
          ? t('postmortems.database.search.noResultsFiltered', { query: trimmed })
          : t('postmortems.database.search.noResults', { query: trimmed });
    }
  }

  return (
    <div className="event-db">
      <div role="search" className="field event-db__search">
        <label htmlFor={`${id}-query`}>{t('postmortems.database.search.label')}</label>
        <input
          id={`${id}-query`}
          type="search"
          value={query}
          maxLength={maxQueryLength}
          placeholder={t('postmortems.database.search.placeholder')}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <EventFiltersBar
        filters={filters}
        crisisTypeOptions={crisisTypeOptions}
        severityOptions={severityOptions}
        tagOptions={tagOptions}
        onChange={setFilters}
      />
      <p role="status" className="event-db__status">
        {status}
      </p>
      {hasQuery && results.length > 0 ? <EventSearchResults results={results} /> : null}
      {!hasQuery && shown.length > 0 ? (
        <EventTable
          incidents={shown}
          postmortemOf={postmortemOf}
          crisisTypeName={crisisTypeName}
          severityName={severityName}
        />
      ) : null}
    </div>
  );
}
