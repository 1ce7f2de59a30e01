import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { EventDocumentKind } from '../../../../../shared/domain/postmortems/eventDocuments';
import type { SearchHit } from '../../../../../shared/search/searchIndex';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { HighlightedSnippet } from './HighlightedSnippet';

/** One search hit with what it points to: its kind, in-app link and incident. */
export type EventSearchResult = {
  hit: SearchHit;
  kind: EventDocumentKind;
  href: string;
  /** The incident itself, or the incident a postmortem looks back at. */
  incident: Incident;
};

/**
 * Search results of the crisis-event database, best first: each says whether it is an incident or
 * a postmortem (and whose), links to it by reference and title, shows when the incident was
 * detected, marks exercises, and shows a snippet with the matched words marked.
 */
export function EventSearchResults({ results }: { results: readonly EventSearchResult[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="event-db__results" aria-label={t('postmortems.database.search.resultsLabel')}>
      {results.map(({ hit, kind, href, incident }) => (
        <li key={hit.id} className="event-db__result">
          <StatusBadge tone="neutral">{t(`postmortems.database.kinds.${kind}`)}</StatusBadge>{' '}
          {incident.isExercise ? (
            <>
              <StatusBadge tone="busy">{t('postmortems.database.exercise')}</StatusBadge>{' '}
            </>
          ) : null}
          <Link href={href}>{hit.title}</Link>
          <p className="event-db__meta">
            {kind === 'postmortem'
              ? `${t('postmortems.database.hit.ofIncident', { reference: incident.reference })} · `
              : null}
            {t('postmortems.database.hit.detected', {
              date: formatDateTime(incident.detectedAt, language),
            })}
          </p>
          {hit.snippet.text === '' ? null : (
            <p className="event-db__snippet">
              <HighlightedSnippet snippet={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
