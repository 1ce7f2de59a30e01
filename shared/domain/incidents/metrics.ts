import type { Incident } from './incident';
import { statusTimes } from './lifecycle';

/**
 * Incident metrics: how long it took to detect, declare, speak, stabilise and close, for the
 * incident page and the postmortem trends. Durations are milliseconds counted from the incident's
 * `detectedAt` (except time to detect, which ends there), or null when the step has not happened.
 *
 * Reopen rules: time to declare and time to stable use the first time the incident became active
 * or stable, so reopening never rewrites how fast the first response was; time to close uses the
 * final close, and is null while a reopened incident is open again; `reopenCount` says how often it
 * was reopened. Exercises never count in real figures: filter with {@link realIncidentsOnly}
 * before summarising.
 */

/** The metrics of one incident; every duration in milliseconds, null when not (yet) known. */
export type IncidentMetrics = {
  /** From when the problem began to detection; null when the start is unknown. */
  timeToDetect: number | null;
  /** From detection to the first time it became active (declared). */
  timeToDeclare: number | null;
  /** From detection to the first external statement released. */
  timeToFirstStatement: number | null;
  /** From detection to the first time it became stable. */
  timeToStable: number | null;
  /** From detection to the final close; null while open (a reopened incident included). */
  timeToClose: number | null;
  /** How many times it was reopened. */
  reopenCount: number;
};

/**
 * The time from `from` to `to`, or null when `to` has not happened. Never negative: a step
 * recorded before detection (the detection time edited later) counts as happening at detection.
 */
function elapsed(from: number, to: number | null): number | null {
  return to === null ? null : Math.max(0, to - from);
}

/**
 * Computes the metrics of one incident from its times and status history (see the module comment
 * for the reopen rules). `firstExternalStatementAt` is the release time of its first external
 * communication (communications.ts `firstExternalStatementAt`), or null when none was released.
 */
export function incidentMetrics({
  incident,
  firstExternalStatementAt,
}: {
  incident: Pick<Incident, 'startedAt' | 'detectedAt' | 'statusHistory' | 'isExercise'>;
  firstExternalStatementAt: number | null;
}): IncidentMetrics {
  const times = statusTimes(incident.statusHistory);
  const { detectedAt } = incident;
  return {
    timeToDetect: incident.startedAt === null ? null : elapsed(incident.startedAt, detectedAt),
    timeToDeclare: elapsed(detectedAt, times.firstActiveAt),
    timeToFirstStatement: elapsed(detectedAt, firstExternalStatementAt),
    timeToStable: elapsed(detectedAt, times.firstStableAt),
    timeToClose: elapsed(detectedAt, times.lastClosedAt),
    reopenCount: times.reopenCount,
  };
}

/** The real incidents of a list, without exercises (which never count in real figures). */
export function realIncidentsOnly<T extends Pick<Incident, 'isExercise'>>(list: readonly T[]): T[] {
  return list.filter((incident) => !incident.isExercise);
}

/** One metric over many incidents: how many had a value, and the median and 90th percentile. */
export type MetricSummary = {
  /** How many incidents had a value (nulls are not counted). */
  count: number;
  /** The median; null when no incident had a value. */
  median: number | null;
  /** The 90th percentile; null when no incident had a value. */
  p90: number | null;
};

/** A {@link MetricSummary} for every metric of {@link IncidentMetrics}. */
export type MetricsSummary = Record<keyof IncidentMetrics, MetricSummary>;

/**
 * The `fraction` percentile of ascending `sorted` values, interpolating linearly between the two
 * nearest ranks (the common "inclusive" definition: the median of an even count is the mean of
 * the middle two, and the 90th percentile of few values does not jump to the maximum).
 */
function percentile(sorted: readonly number[], fraction: number): number | null {
  const position = (sorted.length - 1) * fraction;
  const lower = sorted[Math.floor(position)];
  const upper = sorted[Math.ceil(position)];
  if (lower === undefined || upper === undefined) {
    return null;
  }
  return lower + (upper - lower) * (position - Math.floor(position));
}

/** The summary of one metric's values, ignoring nulls. */
function summarize(values: readonly (number | null)[]): MetricSummary {
  const known = values.filter((value) => value !== null).toSorted((a, b) => a - b);
  return { count: known.length, median: percentile(known, 0.5), p90: percentile(known, 0.9) };
}

/**
 * Summarises the metrics of many incidents per metric: count, median and 90th percentile, ignoring
 * incidents where a metric is null (not yet closed, start unknown, …), for the postmortem trends.
 * Pass real incidents only ({@link realIncidentsOnly}).
 */
export function summarizeMetrics(list: readonly IncidentMetrics[]): MetricsSummary {
  return {
    timeToDetect: summarize(list.map((metrics) => metrics.timeToDetect)),
    timeToDeclare: summarize(list.map((metrics) => metrics.timeToDeclare)),
    timeToFirstStatement: summarize(list.map((metrics) => metrics.timeToFirstStatement)),
    timeToStable: summarize(list.map((metrics) => metrics.timeToStable)),
    timeToClose: summarize(list.map((metrics) => metrics.timeToClose)),
    reopenCount: summarize(list.map((metrics) => metrics.reopenCount)),
  };
}
