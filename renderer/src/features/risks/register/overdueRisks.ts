import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { RiskView } from '../useRiskData';

/** A risk needing attention on the Dashboard: why, and for how many days. */
export type OverdueRisk = {
  view: RiskView;
  /** Days the review is overdue; 0 when it is not. */
  reviewDaysOverdue: number;
  /** Days since the acceptance expired (0 on the expiry day); null when it has not. */
  acceptanceDaysExpired: number | null;
};

/** Whole calendar days from an ISO day to `today`. */
function daysFrom(isoDate: string, today: string): number {
  return differenceInCalendarDays(parseISO(today), parseISO(isoDate));
}

/**
 * Risks whose review is overdue or whose acceptance has expired, the longest overdue first (ties
 * by reference), so the Dashboard leads with what has waited longest.
 */
export function overdueRisks(views: readonly RiskView[], today: string): OverdueRisk[] {
  return views
    .filter(({ flags }) => flags.isReviewOverdue || flags.isAcceptanceExpired)
    .map((view): OverdueRisk => {
      const { flags, risk } = view;
      return {
        view,
        reviewDaysOverdue: flags.isReviewOverdue ? daysFrom(flags.nextReviewOn, today) : 0,
        acceptanceDaysExpired:
          flags.isAcceptanceExpired && risk.acceptance !== null
            ? daysFrom(risk.acceptance.expiresOn, today)
            : null,
      };
    })
    .sort(
      (left, right) =>
        Math.max(right.reviewDaysOverdue, right.acceptanceDaysExpired ?? 0) -
          Math.max(left.reviewDaysOverdue, left.acceptanceDaysExpired ?? 0) ||
        left.view.risk.reference.localeCompare(right.view.risk.reference),
    );
}
