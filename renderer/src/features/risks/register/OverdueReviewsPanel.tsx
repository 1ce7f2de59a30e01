import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLanguage } from '../../../i18n/useLanguage';
import { useRiskViews, useToday } from '../useRiskData';
import { overdueRisks } from './overdueRisks';
import { showOverdueInRegister } from './registerViewState';
import { formatCalendarDate } from '../../../lib/dates';

/** Risks listed on the Dashboard; the register shows them all. */
const listedCount = 10;

/**
 * The Dashboard's "Overdue reviews": how many risks have a review overdue or an acceptance
 * expired, the longest overdue first with how long, and a link that opens the register filtered
 * to them.
 */
export function OverdueReviewsPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const views = useRiskViews();
  const today = useToday();
  const overdue = useMemo(
    () => (views === undefined ? undefined : overdueRisks(views, today)),
    [views, today],
  );

  let body;
  if (overdue === undefined) {
    body = <p role="status">{t('risks.register.overdue.loading')}</p>;
  } else if (overdue.length === 0) {
    body = <p>{t('risks.register.overdue.none')}</p>;
  } else {
    const reviewCount = overdue.filter(({ reviewDaysOverdue }) => reviewDaysOverdue > 0).length;
    const acceptanceCount = overdue.filter(
      ({ acceptanceDaysExpired }) => acceptanceDaysExpired !== null,
    ).length;
    body = (
      <>
        <p className="overdue-panel__summary">
          {t('risks.register.overdue.summary', { count: overdue.length })}{' '}
          {t('risks.register.overdue.breakdown', {
            reviews: reviewCount,
            acceptances: acceptanceCount,
          })}
        </p>
        <ol className="overdue-panel__list">
          {overdue
            .slice(0, listedCount)
            .map(({ view, reviewDaysOverdue, acceptanceDaysExpired }) => (
              <li key={view.risk.id} className="overdue-panel__item">
                <span className="overdue-panel__reference">{view.risk.reference}</span>{' '}
                <Link href={`~/risks/${view.risk.id}`}>{view.risk.title}</Link>
                {reviewDaysOverdue > 0 && (
                  <span className="overdue-panel__reason">
                    {t('risks.register.overdue.reviewOverdue', {
                      count: reviewDaysOverdue,
                      date: formatCalendarDate(view.flags.nextReviewOn, language),
                    })}
                  </span>
                )}
                {acceptanceDaysExpired !== null && view.risk.acceptance !== null && (
                  <span className="overdue-panel__reason">
                    {t('risks.register.overdue.acceptanceExpired', {
                      date: formatCalendarDate(view.risk.acceptance.expiresOn, language),
                    })}
                  </span>
                )}
              </li>
            ))}
        </ol>
        <p>
          <Link href="~/risks" onClick={showOverdueInRegister}>
            {t('risks.register.overdue.showAll')}
          </Link>
        </p>
      </>
    );
  }

  return (
    <section className="panel overdue-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('risks.register.overdue.heading')}</h2>
      {body}
    </section>
  );
}
