import { useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  prepareSimilarity,
  rankSimilarIncidents,
} from '../../../../../shared/domain/postmortems/similarity';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useEventIncidents } from './useEventIncidents';
import { usePostmortems } from '../usePostmortemData';

/** Props of {@link SimilarIncidents}: the incident being declared, as typed so far. */
export type SimilarIncidentsProps = {
  crisisTypeId: string | null;
  title: string;
  summary?: string;
  /** A drill is compared with past drills too; a real incident only with real ones. */
  isExercise?: boolean;
  /** An incident never suggested (the one being edited, if any). */
  excludeIncidentId?: string;
};

/** Lessons shown per suggestion: enough to act on, short enough for a dialog. */
const shownLessons = 2;

/**
 * In the declare dialog: up to three past incidents of the same crisis type, most alike first
 * (shared words of title and summary with their title, summary and postmortem lessons), each with
 * its reference, title, when it was detected, why it was suggested, a link to its postmortem and
 * up to two lessons. Renders nothing when there are none. Past incidents are prepared once per
 * change of the data and typing is deferred, so ranking while someone types stays cheap.
 */
export function SimilarIncidents({
  crisisTypeId,
  title,
  summary = '',
  isExercise = false,
  excludeIncidentId,
}: SimilarIncidentsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const incidents = useEventIncidents();
  const postmortems = usePostmortems();
  const deferredTitle = useDeferredValue(title);
  const deferredSummary = useDeferredValue(summary);

  const index = useMemo(
    () =>
      incidents === undefined || postmortems === undefined
        ? null
        : prepareSimilarity(incidents, postmortems),
    [incidents, postmortems],
  );
  const suggestions = useMemo(
    () =>
      index === null
        ? []
        : rankSimilarIncidents(
            index,
            { crisisTypeId, title: deferredTitle, summary: deferredSummary, isExercise },
            {
              lessonLimit: shownLessons,
              ...(excludeIncidentId === undefined ? {} : { excludeIncidentId }),
            },
          ),
    [index, crisisTypeId, deferredTitle, deferredSummary, isExercise, excludeIncidentId],
  );

  if (suggestions.length === 0) {
    return null;
  }
  return (
    <section className="similar-incidents" aria-labelledby={headingId}>
      <h3 id={headingId} className="similar-incidents__heading">
        {t('postmortems.database.similar.heading')}
      </h3>
      <ul className="similar-incidents__list" aria-labelledby={headingId}>
        {suggestions.map((suggestion) => (
          <li key={suggestion.incident.id} className="similar-incidents__item">
            <p className="similar-incidents__title">
              <span className="similar-incidents__reference">{suggestion.incident.reference}</span>{' '}
              {suggestion.incident.title}
            </p>
            <p className="similar-incidents__meta">
              {t('postmortems.database.similar.detected', {
                date: formatDateTime(suggestion.incident.detectedAt, language),
              })}
              {' · '}
              {suggestion.sharedWords.length > 0
                ? t('postmortems.database.similar.sharedWords', {
                    words: suggestion.sharedWords.join(language === 'en' ? ', ' : '、'),
                  })
                : t('postmortems.database.similar.sameType')}
              {' · '}
              {suggestion.postmortemId === null || suggestion.postmortemReference === null ? (
                t('postmortems.database.similar.noPostmortem')
              ) : (
                <Link href={`~/postmortems/${encodeURIComponent(suggestion.postmortemId)}`}>
                  {t('postmortems.database.similar.postmortem', {
                    reference: suggestion.postmortemReference,
                  })}
                </Link>
              )}
            </p>
            {suggestion.lessons.length > 0 ? (
              <ul
                className="similar-incidents__lessons"
                aria-label={t('postmortems.database.similar.lessons')}
              >
                {suggestion.lessons.map((lesson, position) => (
                  <li key={position}>{lesson}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
