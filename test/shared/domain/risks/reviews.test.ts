import { afterEach, describe, expect, it } from 'vitest';
import { defaultRiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import type { RiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { emptyRiskInput } from '../../../../shared/domain/risks/risk';
import type {
  Risk,
  RiskAcceptance,
  RiskControl,
  RiskIndicator,
} from '../../../../shared/domain/risks/risk';
import {
  acceptanceState,
  acceptanceWarningDays,
  addDaysToIsoDate,
  daysOverdue,
  isIndicatorBreached,
  isReviewOverdue,
  nextReviewOn,
  reviewIntervalDays,
  riskFlags,
  toIsoDate,
} from '../../../../shared/domain/risks/reviews';

const matrix = defaultRiskMatrix();

/** 2026-11-22 08:00 UTC: when the test risks were created. */
const createdAt = Date.UTC(2026, 10, 22, 8, 0, 0);

/** A stored, open risk rated `likelihood` × `impact`, with `overrides`. */
function risk(likelihood: number, impact: number, overrides: Partial<Risk> = {}): Risk {
  return {
    ...emptyRiskInput(),
    title: 'If the supplier fails, then the launch slips',
    status: 'open',
    inherent: { likelihood, impact, dimensions: {} },
    id: 'risk-1',
    reference: 'R-0001',
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
    ...overrides,
  };
}

/** A control of `effectiveness` % already in place. */
function implemented(effectiveness: number): RiskControl {
  return {
    id: `control-${effectiveness}`,
    title: 'Second supplier',
    owner: '',
    dueDate: null,
    cost: null,
    effort: null,
    effectiveness,
    status: 'implemented',
  };
}

/** An acceptance from 2026-01-01 until `expiresOn`. */
function acceptance(expiresOn: string): RiskAcceptance {
  return {
    approver: 'Chief risk officer',
    justification: 'Cost of treatment exceeds the exposure',
    acceptedOn: '2026-01-01',
    expiresOn,
  };
}

/** An indicator breached when its value goes `direction` `threshold`. */
function indicator(
  id: string,
  direction: RiskIndicator['direction'],
  threshold: number,
  currentValue: number | null,
): RiskIndicator {
  return {
    id,
    name: `Indicator ${id}`,
    metric: 'mentions per hour',
    threshold,
    direction,
    currentValue,
    monitoringRuleIds: [],
  };
}

const originalTimeZone = process.env.TZ;

/** Runs the rest of the test in `timeZone`; the zone is restored after each test. */
function useTimeZone(timeZone: string): void {
  process.env.TZ = timeZone;
}

afterEach(() => {
  if (originalTimeZone === undefined) {
    delete process.env.TZ;
  } else {
    process.env.TZ = originalTimeZone;
  }
});

describe('review interval', () => {
  it('follows the band of the current score', () => {
    expect(reviewIntervalDays(risk(1, 1), matrix)).toBe(365);
    expect(reviewIntervalDays(risk(1, 5), matrix)).toBe(180);
    expect(reviewIntervalDays(risk(2, 5), matrix)).toBe(90);
    expect(reviewIntervalDays(risk(4, 5), matrix)).toBe(30);
  });

  it('follows the current score, not the inherent one, once controls are in place', () => {
    // 4 × 5 = 20 (critical) inherent; 50 % → 2 × 5 = 10 (high) current.
    expect(reviewIntervalDays(risk(4, 5, { controls: [implemented(50)] }), matrix)).toBe(90);
  });

  it('is the risk’s own interval when it sets one', () => {
    expect(reviewIntervalDays(risk(4, 5, { reviewIntervalDays: 7 }), matrix)).toBe(7);
    expect(reviewIntervalDays(risk(1, 1, { reviewIntervalDays: 400 }), matrix)).toBe(400);
  });

  it('follows the matrix’s intervals', () => {
    const weekly: RiskMatrix = {
      ...matrix,
      bands: matrix.bands.map((band) =>
        band.id === 'critical' ? { ...band, reviewIntervalDays: 7 } : band,
      ),
    };
    expect(reviewIntervalDays(risk(5, 5), weekly)).toBe(7);
  });
});

describe('nextReviewOn', () => {
  it('counts from the last review', () => {
    expect(nextReviewOn(risk(4, 5, { lastReviewedOn: '2026-12-10' }), matrix)).toBe('2027-01-09');
    expect(nextReviewOn(risk(1, 1, { lastReviewedOn: '2026-12-10' }), matrix)).toBe('2027-12-10');
  });

  it('counts from the day the risk was created when it was never reviewed', () => {
    expect(nextReviewOn(risk(4, 5), matrix)).toBe('2026-12-22');
  });

  it('counts across month ends and a leap day', () => {
    expect(nextReviewOn(risk(4, 5, { lastReviewedOn: '2027-01-31' }), matrix)).toBe('2027-03-02');
    expect(nextReviewOn(risk(4, 5, { lastReviewedOn: '2028-01-31' }), matrix)).toBe('2028-03-01');
    expect(
      nextReviewOn(risk(1, 1, { lastReviewedOn: '2027-12-31', reviewIntervalDays: 1 }), matrix),
    ).toBe('2028-01-01');
  });

  it('takes the creation day in the user’s time zone', () => {
    // 2026-11-21 16:30 UTC is already 2026-11-22 00:30 in Taipei.
    const lateUtc = risk(4, 5, { createdAt: Date.UTC(2026, 10, 21, 16, 30) });
    useTimeZone('UTC');
    expect(nextReviewOn(lateUtc, matrix)).toBe('2026-12-21');
    useTimeZone('Asia/Taipei');
    expect(nextReviewOn(lateUtc, matrix)).toBe('2026-12-22');
  });

  it('counts calendar days across daylight-saving changes', () => {
    useTimeZone('Europe/London');
    // Clocks go forward on 2026-03-29 and back on 2026-10-25.
    expect(nextReviewOn(risk(4, 5, { lastReviewedOn: '2026-03-01' }), matrix)).toBe('2026-03-31');
    expect(nextReviewOn(risk(4, 5, { lastReviewedOn: '2026-10-01' }), matrix)).toBe('2026-10-31');
    expect(addDaysToIsoDate('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysToIsoDate('2026-10-25', 1)).toBe('2026-10-26');
    useTimeZone('America/Santiago');
    // Midnight of 2026-09-06 does not exist in Santiago: clocks jump from 00:00 to 01:00.
    expect(nextReviewOn(risk(4, 5, { lastReviewedOn: '2026-08-07' }), matrix)).toBe('2026-09-06');
    expect(addDaysToIsoDate('2026-09-05', 1)).toBe('2026-09-06');
    expect(addDaysToIsoDate('2026-09-06', 1)).toBe('2026-09-07');
    expect(addDaysToIsoDate('2026-09-06', -1)).toBe('2026-09-05');
  });

  it('formats a local time as its calendar day', () => {
    expect(toIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('overdue reviews', () => {
  const reviewed = { lastReviewedOn: '2026-12-01' };
  // Critical: due 30 days later, on 2026-12-31.

  it('is not overdue before or on the due day', () => {
    expect(isReviewOverdue(risk(4, 5, reviewed), matrix, '2026-12-15')).toBe(false);
    expect(isReviewOverdue(risk(4, 5, reviewed), matrix, '2026-12-31')).toBe(false);
    expect(daysOverdue(risk(4, 5, reviewed), matrix, '2026-12-31')).toBe(0);
  });

  it('is overdue from the day after the due day', () => {
    expect(isReviewOverdue(risk(4, 5, reviewed), matrix, '2027-01-01')).toBe(true);
    expect(daysOverdue(risk(4, 5, reviewed), matrix, '2027-01-01')).toBe(1);
    expect(daysOverdue(risk(4, 5, reviewed), matrix, '2027-03-01')).toBe(60);
  });

  it('counts whole calendar days across a daylight-saving change', () => {
    useTimeZone('Europe/London');
    const due = risk(4, 5, { lastReviewedOn: '2026-02-27' });
    expect(nextReviewOn(due, matrix)).toBe('2026-03-29');
    expect(daysOverdue(due, matrix, '2026-03-30')).toBe(1);
    expect(daysOverdue(due, matrix, '2026-04-28')).toBe(30);
  });

  it('never flags a closed risk', () => {
    const closed = risk(4, 5, { ...reviewed, status: 'closed' });
    expect(isReviewOverdue(closed, matrix, '2030-01-01')).toBe(false);
    expect(daysOverdue(closed, matrix, '2030-01-01')).toBe(0);
  });

  it('flags a draft as well as an open risk', () => {
    expect(
      isReviewOverdue(risk(4, 5, { ...reviewed, status: 'draft' }), matrix, '2027-01-01'),
    ).toBe(true);
  });

  it('moves with a review', () => {
    expect(
      isReviewOverdue(risk(4, 5, { lastReviewedOn: '2026-12-20' }), matrix, '2027-01-01'),
    ).toBe(false);
  });
});

describe('acceptanceState', () => {
  it('is none without an acceptance', () => {
    expect(acceptanceState(null, '2026-11-22')).toBe('none');
  });

  it('is active until the warning window', () => {
    expect(acceptanceWarningDays).toBe(30);
    expect(acceptanceState(acceptance('2027-06-30'), '2026-11-22')).toBe('active');
    // 31 days before expiry.
    expect(acceptanceState(acceptance('2026-12-31'), '2026-11-30')).toBe('active');
  });

  it('is expiring within 30 days of the expiry day', () => {
    expect(acceptanceState(acceptance('2026-12-31'), '2026-12-01')).toBe('expiring');
    expect(acceptanceState(acceptance('2026-12-31'), '2026-12-30')).toBe('expiring');
  });

  it('is expired from the expiry day on', () => {
    expect(acceptanceState(acceptance('2026-12-31'), '2026-12-31')).toBe('expired');
    expect(acceptanceState(acceptance('2026-12-31'), '2027-05-01')).toBe('expired');
  });

  it('counts the warning window across a month end', () => {
    expect(acceptanceState(acceptance('2026-03-02'), '2026-01-31')).toBe('expiring');
    expect(acceptanceState(acceptance('2026-03-03'), '2026-01-31')).toBe('active');
  });
});

describe('isIndicatorBreached', () => {
  it('is breached above an upper threshold, not on it', () => {
    expect(isIndicatorBreached(indicator('a', 'above', 100, 101))).toBe(true);
    expect(isIndicatorBreached(indicator('a', 'above', 100, 100))).toBe(false);
    expect(isIndicatorBreached(indicator('a', 'above', 100, 5))).toBe(false);
  });

  it('is breached below a lower threshold, not on it', () => {
    expect(isIndicatorBreached(indicator('b', 'below', 0.5, 0.4))).toBe(true);
    expect(isIndicatorBreached(indicator('b', 'below', 0.5, 0.5))).toBe(false);
    expect(isIndicatorBreached(indicator('b', 'below', 0.5, 9))).toBe(false);
  });

  it('is never breached without a value', () => {
    expect(isIndicatorBreached(indicator('c', 'above', -1, null))).toBe(false);
    expect(isIndicatorBreached(indicator('c', 'below', 1, null))).toBe(false);
  });
});

describe('riskFlags', () => {
  it('gathers every flag of a risk', () => {
    const flagged = risk(4, 5, {
      lastReviewedOn: '2026-12-01',
      treatment: 'accept',
      acceptance: acceptance('2027-01-05'),
      indicators: [
        indicator('calm', 'above', 100, 10),
        indicator('loud', 'above', 100, 250),
        indicator('quiet', 'below', 10, 2),
        indicator('unknown', 'below', 10, null),
      ],
    });
    expect(riskFlags(flagged, matrix, '2027-01-10')).toEqual({
      isReviewOverdue: true,
      nextReviewOn: '2026-12-31',
      isAcceptanceExpired: true,
      acceptance: 'expired',
      breachedIndicatorIds: ['loud', 'quiet'],
    });
    expect(riskFlags(flagged, matrix, '2026-12-20')).toEqual({
      isReviewOverdue: false,
      nextReviewOn: '2026-12-31',
      isAcceptanceExpired: false,
      acceptance: 'expiring',
      breachedIndicatorIds: ['loud', 'quiet'],
    });
  });

  it('does not flag an expired acceptance on a closed risk', () => {
    const closed = risk(4, 5, {
      status: 'closed',
      treatment: 'accept',
      acceptance: acceptance('2025-06-01'),
    });
    const flags = riskFlags(closed, matrix, '2026-01-01');
    expect(flags.acceptance).toBe('expired');
    expect(flags.isAcceptanceExpired).toBe(false);
    expect(flags.isReviewOverdue).toBe(false);
  });

  it('raises nothing on a fresh risk', () => {
    expect(riskFlags(risk(1, 1), matrix, '2026-11-22')).toEqual({
      isReviewOverdue: false,
      nextReviewOn: '2027-11-22',
      isAcceptanceExpired: false,
      acceptance: 'none',
      breachedIndicatorIds: [],
    });
  });
});
