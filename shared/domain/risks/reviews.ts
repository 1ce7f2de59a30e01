import { addDays, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import type { RiskMatrix } from './riskMatrix';
import type { Risk, RiskAcceptance, RiskIndicator, RiskInput } from './risk';
import { resolveScores } from './scoring';

/**
 * Review scheduling, acceptance expiry and indicator breaches: the rules that decide which risks
 * need attention. Days are calendar days (`YYYY-MM-DD`) in the user's time zone; callers pass
 * `today` so the rules are deterministic and testable.
 */

/** Days before expiry from which an acceptance shows as expiring. */
export const acceptanceWarningDays = 30;

/** A calendar day as `YYYY-MM-DD` for a local time. */
export function toIsoDate(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

/** `days` calendar days after an ISO date. */
export function addDaysToIsoDate(isoDate: string, days: number): string {
  return toIsoDate(addDays(parseISO(isoDate), days));
}

/**
 * Days between reviews: the risk's own interval, or the review interval of the band its current
 * score is in (a critical risk is looked at more often than a low one).
 */
export function reviewIntervalDays(
  risk: Pick<RiskInput, 'reviewIntervalDays' | 'inherent' | 'current' | 'target' | 'controls'>,
  matrix: RiskMatrix,
): number {
  return risk.reviewIntervalDays ?? resolveScores(risk, matrix).current.band.reviewIntervalDays;
}

/**
 * The day the next review is due: the interval after the last review, or after the day the risk
 * was created when it was never reviewed.
 */
export function nextReviewOn(
  risk: Pick<
    Risk,
    | 'reviewIntervalDays'
    | 'inherent'
    | 'current'
    | 'target'
    | 'controls'
    | 'lastReviewedOn'
    | 'createdAt'
  >,
  matrix: RiskMatrix,
): string {
  const base = risk.lastReviewedOn ?? toIsoDate(new Date(risk.createdAt));
  return addDaysToIsoDate(base, reviewIntervalDays(risk, matrix));
}

/** True when the review is due before `today` and the risk is still managed (not closed). */
export function isReviewOverdue(
  risk: Parameters<typeof nextReviewOn>[0] & Pick<Risk, 'status'>,
  matrix: RiskMatrix,
  today: string,
): boolean {
  return risk.status !== 'closed' && nextReviewOn(risk, matrix) < today;
}

/** Days a review is overdue on `today` (0 when it is not). */
export function daysOverdue(
  risk: Parameters<typeof nextReviewOn>[0] & Pick<Risk, 'status'>,
  matrix: RiskMatrix,
  today: string,
): number {
  if (!isReviewOverdue(risk, matrix, today)) {
    return 0;
  }
  return differenceInCalendarDays(parseISO(today), parseISO(nextReviewOn(risk, matrix)));
}

/** Where a formal acceptance stands on a given day. */
export type AcceptanceState = 'none' | 'active' | 'expiring' | 'expired';

/**
 * `expired` from the expiry day on (the acceptance covered the days before it), `expiring` within
 * {@link acceptanceWarningDays} of it, otherwise `active`; `none` without an acceptance.
 */
export function acceptanceState(acceptance: RiskAcceptance | null, today: string): AcceptanceState {
  if (acceptance === null) {
    return 'none';
  }
  if (today >= acceptance.expiresOn) {
    return 'expired';
  }
  return addDaysToIsoDate(today, acceptanceWarningDays) >= acceptance.expiresOn
    ? 'expiring'
    : 'active';
}

/** True when the indicator's latest value is past its threshold in its bad direction. */
export function isIndicatorBreached(indicator: RiskIndicator): boolean {
  if (indicator.currentValue === null) {
    return false;
  }
  return indicator.direction === 'above'
    ? indicator.currentValue > indicator.threshold
    : indicator.currentValue < indicator.threshold;
}

/** What needs attention on a risk, for badges, filters and the dashboard. */
export type RiskFlags = {
  isReviewOverdue: boolean;
  nextReviewOn: string;
  /** An acceptance whose expiry day has come on a risk still managed: it must be re-decided. */
  isAcceptanceExpired: boolean;
  acceptance: AcceptanceState;
  breachedIndicatorIds: string[];
};

/** Every attention flag of a risk on `today`. */
export function riskFlags(risk: Risk, matrix: RiskMatrix, today: string): RiskFlags {
  const acceptance = acceptanceState(risk.acceptance, today);
  return {
    isReviewOverdue: isReviewOverdue(risk, matrix, today),
    nextReviewOn: nextReviewOn(risk, matrix),
    // A closed risk needs no new decision, like a closed risk needs no review.
    isAcceptanceExpired: risk.status !== 'closed' && acceptance === 'expired',
    acceptance,
    breachedIndicatorIds: risk.indicators.filter(isIndicatorBreached).map(({ id }) => id),
  };
}
