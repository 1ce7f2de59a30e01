import type { HostEventKind } from './records';

/**
 * The coverage ledger: which stretches of time a source was really scanned. Every successful
 * fetch (ok, not-modified or partial) is a point in time; points closer together than the
 * tolerance merge into one window, so a source scanned on schedule has one long window and every
 * missed stretch shows as a gap between windows. Gaps are explained from the host events (asleep,
 * offline) and the failed fetches recorded at the time. Pure logic: the renderer stores the
 * windows and calls these functions.
 */

/** A stretch of time (epoch ms, inclusive) in which a source was scanned on schedule. */
export type CoverageWindow = { start: number; end: number };

/** Why a source was not scanned during a gap. */
export const gapReasons = ['asleep', 'offline', 'failing', 'not-running'] as const;

/** One of {@link gapReasons}. `not-running`: none of the others (app closed, source disabled). */
export type GapReason = (typeof gapReasons)[number];

/** A stretch longer than the tolerance without a successful scan, and what explains it. */
export type CoverageGap = { start: number; end: number; reasons: GapReason[] };

/** A host event as the ledger needs it. */
export type CoverageHostEvent = { at: number; event: HostEventKind };

/** Slack after the due time before a missed scan counts as a gap (jitter, a slow fetch). */
const toleranceSlackMs = 2 * 60_000;

/**
 * Longest distance between two successful scans that still counts as continuous coverage:
 * one and a half intervals plus two minutes, so scheduler jitter and slow fetches never open a
 * gap but one missed scan does.
 */
export function coverageToleranceMs(intervalMs: number): number {
  return Math.round(1.5 * Math.max(0, intervalMs)) + toleranceSlackMs;
}

/**
 * The windows after a successful scan at `at`: the scan joins (or bridges) every window within
 * the tolerance of it, else opens a new window. Windows come back sorted by start and merged, so
 * scans applied out of order give the same ledger as scans applied in order. The input is not
 * changed.
 */
export function extendCoverage(
  windows: readonly CoverageWindow[],
  at: number,
  intervalMs: number,
): CoverageWindow[] {
  const tolerance = coverageToleranceMs(intervalMs);
  const sorted = [...windows, { start: at, end: at }].sort(
    (left, right) => left.start - right.start || left.end - right.end,
  );
  const merged: CoverageWindow[] = [];
  for (const window of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && window.start - last.end <= tolerance) {
      last.end = Math.max(last.end, window.end);
    } else {
      merged.push({ start: window.start, end: window.end });
    }
  }
  return merged;
}

/** Half-open stretches [start, end) during which a state was on, from its on/off events. */
function stretchesOf(
  events: readonly CoverageHostEvent[],
  onEvent: HostEventKind,
  offEvent: HostEventKind,
): CoverageWindow[] {
  const relevant = events
    .filter((event) => event.event === onEvent || event.event === offEvent)
    .sort((left, right) => left.at - right.at);
  const stretches: CoverageWindow[] = [];
  let onSince: number | null = null;
  for (const [index, event] of relevant.entries()) {
    if (event.event === onEvent) {
      onSince ??= event.at;
    } else if (onSince !== null) {
      stretches.push({ start: onSince, end: event.at });
      onSince = null;
    } else if (index === 0) {
      // The first event we know of ends the state: it was on since before our records begin.
      stretches.push({ start: Number.NEGATIVE_INFINITY, end: event.at });
    }
  }
  if (onSince !== null) {
    stretches.push({ start: onSince, end: Number.POSITIVE_INFINITY });
  }
  return stretches;
}

/** True when the stretch [start, end) and the gap [gapStart, gapEnd] share some time. */
function overlaps(stretch: CoverageWindow, gapStart: number, gapEnd: number): boolean {
  return stretch.start < gapEnd && stretch.end > gapStart;
}

/**
 * The gaps in a source's coverage between `from` and `to`: every stretch not inside a window and
 * longer than the tolerance (shorter ones are the normal wait for the next scan). Each gap says
 * why: `asleep` when the machine was suspended during it, `offline` when the network was away,
 * `failing` when fetches were tried and failed in it, otherwise `not-running`. Host events should
 * include the last ones before `from`, so a state already on at `from` is known; a leading
 * `resume` or `online` is read as "asleep/offline since before the records".
 */
export function findGaps(
  windows: readonly CoverageWindow[],
  from: number,
  to: number,
  intervalMs: number,
  hostEvents: readonly CoverageHostEvent[],
  failures: readonly number[],
): CoverageGap[] {
  if (to <= from) {
    return [];
  }
  const tolerance = coverageToleranceMs(intervalMs);
  const sorted = [...windows].sort((left, right) => left.start - right.start);
  const uncovered: CoverageWindow[] = [];
  let cursor = from;
  for (const window of sorted) {
    if (window.end < cursor) {
      continue;
    }
    if (window.start > to) {
      break;
    }
    if (window.start > cursor) {
      uncovered.push({ start: cursor, end: window.start });
    }
    cursor = Math.max(cursor, window.end);
  }
  if (cursor < to) {
    uncovered.push({ start: cursor, end: to });
  }

  const asleep = stretchesOf(hostEvents, 'suspend', 'resume');
  const offline = stretchesOf(hostEvents, 'offline', 'online');
  return uncovered
    .filter((stretch) => stretch.end - stretch.start > tolerance)
    .map((stretch) => {
      const reasons: GapReason[] = [];
      if (asleep.some((sleep) => overlaps(sleep, stretch.start, stretch.end))) {
        reasons.push('asleep');
      }
      if (offline.some((away) => overlaps(away, stretch.start, stretch.end))) {
        reasons.push('offline');
      }
      if (failures.some((at) => at >= stretch.start && at <= stretch.end)) {
        reasons.push('failing');
      }
      if (reasons.length === 0) {
        reasons.push('not-running');
      }
      return { start: stretch.start, end: stretch.end, reasons };
    });
}
