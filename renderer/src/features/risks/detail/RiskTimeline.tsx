import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { trackedRiskFields } from '../../../../../shared/domain/risks/riskHistory';
import type { RiskEvent, TrackedRiskField } from '../../../../../shared/domain/risks/riskHistory';
import type { ScorePoint } from '../../../../../shared/domain/risks/scoring';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatCalendarDate, formatDateTime } from '../../../lib/dates';
import { useLocalizedText } from '../riskLabels';

/** Props of {@link RiskTimeline}. */
export type RiskTimelineProps = {
  /** The risk's timeline, newest first, or undefined while it loads. */
  events: readonly RiskEvent[] | undefined;
  matrix: RiskMatrix;
};

function isTrackedField(field: string): field is TrackedRiskField {
  return (trackedRiskFields as readonly string[]).includes(field);
}

/**
 * What happened to the risk, newest first: every score change ("Current: 12 High → 6 Medium"),
 * the fields each edit changed, reviews with their decision and comment, deletion and
 * restoration, each with its time.
 */
export function RiskTimeline({ events, matrix }: RiskTimelineProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedText();
  const headingId = useId();

  function scoreText(point: ScorePoint): string {
    const band = matrix.bands.find((candidate) => candidate.id === point.bandId);
    return t('risks.detail.timeline.score', {
      score: point.score,
      band: band === undefined ? point.bandId : localize(band.label),
    });
  }

  return (
    <section aria-labelledby={headingId} className="panel risk-section">
      <h3 id={headingId}>{t('risks.detail.timeline.heading')}</h3>
      {events === undefined ? (
        <p role="status">{t('risks.detail.loading')}</p>
      ) : events.length === 0 ? (
        <p>{t('risks.detail.timeline.empty')}</p>
      ) : (
        <ol className="risk-timeline" aria-labelledby={headingId}>
          {events.map((event) => (
            <li key={event.id} className="risk-timeline__entry">
              <p className="risk-timeline__head">
                <time dateTime={new Date(event.at).toISOString()}>
                  {formatDateTime(event.at, language)}
                </time>{' '}
                <strong>{t(`risks.eventKinds.${event.kind}`)}</strong>
              </p>
              {event.changes.length > 0 && (
                <ul className="plain-list">
                  {event.changes.map((change) => {
                    const kind = t(`risks.scoreKinds.${change.kind}`);
                    return (
                      <li key={change.kind}>
                        {change.from === null
                          ? t('risks.detail.timeline.scoreSet', { kind, to: scoreText(change.to) })
                          : t('risks.detail.timeline.scoreChanged', {
                              kind,
                              from: scoreText(change.from),
                              to: scoreText(change.to),
                            })}
                      </li>
                    );
                  })}
                </ul>
              )}
              {event.kind === 'edited' && event.fields.length > 0 && (
                <p>
                  {t('risks.detail.timeline.changedFields', {
                    fields: event.fields
                      .map((field) => (isTrackedField(field) ? t(`risks.fields.${field}`) : field))
                      .join(t('risks.detail.listSeparator')),
                  })}
                </p>
              )}
              {event.review !== null && (
                <>
                  <p>
                    {t('risks.detail.timeline.review', {
                      decision: t(`risks.decisions.${event.review.decision}`),
                      reviewer: event.review.reviewer,
                      date: formatCalendarDate(event.review.reviewedOn, language),
                    })}
                  </p>
                  {event.review.comment !== '' && (
                    <p className="risk-text">{event.review.comment}</p>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
