import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../../shared/domain/risks/risk';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import type { RiskEvent } from '../../../../../shared/domain/risks/riskHistory';
import { daysOverdue, reviewIntervalDays } from '../../../../../shared/domain/risks/reviews';
import type { RiskFlags } from '../../../../../shared/domain/risks/reviews';
import type { ResolvedScores } from '../../../../../shared/domain/risks/scoring';
import { FactList } from '../../../components/FactList';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { useLocalizedText } from '../riskLabels';
import { ReviewDialog } from './ReviewDialog';
import { formatCalendarDate } from '../../../lib/dates';

/** Props of {@link RiskReviewSection}. */
export type RiskReviewSectionProps = {
  risk: Risk;
  scores: ResolvedScores;
  flags: RiskFlags;
  matrix: RiskMatrix;
  /** The risk's timeline, newest first, or undefined while it loads. */
  events: readonly RiskEvent[] | undefined;
  today: string;
  /** True for a risk in the recycle bin: shown, not changed. */
  isReadOnly: boolean;
};

/**
 * When the risk is reviewed: the interval (its own, or the one of its current level), the last
 * and next review with an overdue flag, the review log (newest first) and "Record a review".
 */
export function RiskReviewSection({
  risk,
  scores,
  flags,
  matrix,
  events,
  today,
  isReadOnly,
}: RiskReviewSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalizedText();
  const headingId = useId();
  const logId = useId();
  const [isRecording, setIsRecording] = useState(false);
  const interval = reviewIntervalDays(risk, matrix);
  const overdueDays = daysOverdue(risk, matrix, today);
  const reviews = (events ?? []).flatMap((event) =>
    event.kind === 'reviewed' && event.review !== null ? [{ id: event.id, ...event.review }] : [],
  );

  return (
    <section aria-labelledby={headingId} className="panel risk-section">
      <h3 id={headingId}>{t('risks.detail.review.heading')}</h3>
      <FactList
        facts={[
          {
            id: 'interval',
            label: t('risks.fields.reviewIntervalDays'),
            value:
              risk.reviewIntervalDays === null
                ? t('risks.detail.review.intervalFollowsLevel', {
                    count: interval,
                    level: localize(scores.current.band.label),
                  })
                : t('risks.detail.review.intervalOwn', { count: interval }),
          },
          {
            id: 'last',
            label: t('risks.fields.lastReviewedOn'),
            value:
              risk.lastReviewedOn === null
                ? t('risks.detail.review.never')
                : formatCalendarDate(risk.lastReviewedOn, language),
          },
          {
            id: 'next',
            label: t('risks.detail.review.next'),
            value: (
              <>
                {formatCalendarDate(flags.nextReviewOn, language)}{' '}
                {flags.isReviewOverdue && (
                  <StatusBadge tone="danger">
                    {t('risks.detail.review.overdue', { count: overdueDays })}
                  </StatusBadge>
                )}
                {risk.status === 'closed' && (
                  <StatusBadge tone="neutral">{t('risks.detail.review.closedNote')}</StatusBadge>
                )}
              </>
            ),
          },
        ]}
      />
      {!isReadOnly && (
        <button type="button" onClick={() => setIsRecording(true)}>
          {t('risks.detail.review.record')}
        </button>
      )}
      <h4 id={logId}>{t('risks.detail.review.logHeading')}</h4>
      {events === undefined ? (
        <p role="status">{t('risks.detail.loading')}</p>
      ) : reviews.length === 0 ? (
        <p>{t('risks.detail.review.noReviews')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={logId}>
            <thead>
              <tr>
                <th scope="col">{t('risks.detail.review.date')}</th>
                <th scope="col">{t('risks.detail.review.reviewer')}</th>
                <th scope="col">{t('risks.detail.review.decision')}</th>
                <th scope="col">{t('risks.detail.review.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((review) => (
                <tr key={review.id}>
                  <td>{formatCalendarDate(review.reviewedOn, language)}</td>
                  <td>{review.reviewer}</td>
                  <td>{t(`risks.decisions.${review.decision}`)}</td>
                  <td className="risk-text">{review.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isRecording && (
        <ReviewDialog risk={risk} today={today} onClose={() => setIsRecording(false)} />
      )}
    </section>
  );
}
