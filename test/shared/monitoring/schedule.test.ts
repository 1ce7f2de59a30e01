import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  compareByOverdue,
  drawJitterMs,
  dueTimeMs,
  jitterBoundMs,
  maxBackoffFactor,
  maxJitterMs,
  maxJitterShare,
  minuteMs,
} from '../../../shared/monitoring/schedule';

const hour = 60 * minuteMs;

describe('backoffDelayMs', () => {
  it('waits one interval after a success and doubles per failure up to four intervals', () => {
    const delays = [0, 1, 2, 3, 4, 5, 50].map((failures) =>
      backoffDelayMs(10 * minuteMs, failures),
    );
    expect(delays.map((delay) => delay / minuteMs)).toEqual([10, 10, 20, 40, 40, 40, 40]);
    expect(maxBackoffFactor).toBe(4);
  });

  it('stays finite after a very long outage', () => {
    expect(backoffDelayMs(hour, 5_000)).toBe(4 * hour);
  });
});

describe('jitter', () => {
  it('is bounded by 10 % of the interval and by two minutes', () => {
    expect(maxJitterShare).toBe(0.1);
    expect(maxJitterMs).toBe(2 * minuteMs);
    expect(jitterBoundMs(5 * minuteMs)).toBe(30_000);
    expect(jitterBoundMs(hour)).toBe(2 * minuteMs);
    expect(jitterBoundMs(24 * hour)).toBe(2 * minuteMs);
  });

  it('draws whole milliseconds inside [0, bound) for every draw in [0, 1)', () => {
    for (const interval of [5 * minuteMs, hour, 24 * hour]) {
      for (const draw of [0, 0.25, 0.5, 0.999999999, 1, -1]) {
        const jitter = drawJitterMs(interval, draw);
        expect(Number.isInteger(jitter)).toBe(true);
        expect(jitter).toBeGreaterThanOrEqual(0);
        expect(jitter).toBeLessThan(jitterBoundMs(interval));
      }
    }
    expect(drawJitterMs(hour, 0.5)).toBe(60_000);
  });
});

describe('dueTimeMs', () => {
  it('makes a never-run source due when it became known', () => {
    expect(
      dueTimeMs({
        lastAttemptAt: null,
        consecutiveFailures: 0,
        intervalMs: hour,
        jitterMs: 500,
        knownSince: 1_000,
      }),
    ).toBe(1_000);
  });

  it('adds the backed-off interval and the jitter to the last attempt', () => {
    expect(
      dueTimeMs({
        lastAttemptAt: 1_000,
        consecutiveFailures: 2,
        intervalMs: hour,
        jitterMs: 500,
        knownSince: 0,
      }),
    ).toBe(1_000 + 2 * hour + 500);
  });
});

describe('compareByOverdue', () => {
  it('puts the earliest due time first, then orders by id', () => {
    const sorted = [
      { id: 'b', dueAt: 20 },
      { id: 'c', dueAt: 10 },
      { id: 'a', dueAt: 20 },
    ].sort(compareByOverdue);
    expect(sorted.map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });
});
