/**
 * Schedule arithmetic of the monitoring engine: when a source is due, how long it backs off after
 * failures and how much random jitter spreads sources that share an interval. Pure functions of
 * their inputs (the caller passes the random draw), so the rules are tested without timers.
 */

/** Backoff never stretches a source's wait beyond this multiple of its interval. */
export const maxBackoffFactor = 4;

/** Jitter is at most this share of the interval … */
export const maxJitterShare = 0.1;

/** … and never more than two minutes, so an hourly scan stays close to the hour. */
export const maxJitterMs = 2 * 60 * 1000;

/** Milliseconds in one minute, for converting `intervalMinutes`. */
export const minuteMs = 60 * 1000;

/**
 * The wait after an attempt: the interval after a success, and after `n` failures in a row
 * `interval × 2^(n−1)`, capped at `interval × maxBackoffFactor`, so a failing source is retried
 * less often but still at least every four intervals.
 */
export function backoffDelayMs(intervalMs: number, consecutiveFailures: number): number {
  if (consecutiveFailures <= 0) return intervalMs;
  // The exponent is capped before it is used: 2^(failures) overflows to Infinity for long outages.
  const exponent = Math.min(consecutiveFailures - 1, Math.log2(maxBackoffFactor));
  return Math.min(intervalMs * 2 ** exponent, intervalMs * maxBackoffFactor);
}

/** The largest jitter added to a source's due time: 10 % of its interval, at most two minutes. */
export function jitterBoundMs(intervalMs: number): number {
  return Math.max(0, Math.min(intervalMs * maxJitterShare, maxJitterMs));
}

/**
 * A jitter for one scheduling, from a random draw in [0, 1): whole milliseconds in
 * [0, jitterBoundMs(interval)). Spreads sources with the same interval so they do not all start
 * at once after every wake-up.
 */
export function drawJitterMs(intervalMs: number, randomDraw: number): number {
  const draw = Math.min(Math.max(randomDraw, 0), 1);
  return Math.min(
    Math.floor(draw * jitterBoundMs(intervalMs)),
    Math.max(0, jitterBoundMs(intervalMs) - 1),
  );
}

/** What decides a source's next due time. */
export interface DueTimeInput {
  /** Epoch ms of the last attempt that counted, or null when the source never ran. */
  lastAttemptAt: number | null;
  consecutiveFailures: number;
  intervalMs: number;
  jitterMs: number;
  /** Epoch ms at which a never-run source became known: it is due then, that is at once. */
  knownSince: number;
}

/**
 * When a source is next due: `knownSince` when it never ran, else its last attempt plus the
 * (backed-off) interval plus its jitter.
 */
export function dueTimeMs(input: DueTimeInput): number {
  if (input.lastAttemptAt === null) return input.knownSince;
  return (
    input.lastAttemptAt +
    backoffDelayMs(input.intervalMs, input.consecutiveFailures) +
    input.jitterMs
  );
}

/**
 * Orders due sources for the next free slot: the most overdue (earliest due time) first; equal
 * due times keep a stable order by id so runs are reproducible.
 */
export function compareByOverdue(
  left: { dueAt: number; id: string },
  right: { dueAt: number; id: string },
): number {
  if (left.dueAt !== right.dueAt) return left.dueAt - right.dueAt;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}
