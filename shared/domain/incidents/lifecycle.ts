import type { Incident, IncidentStatus, StatusChange } from './incident';

/**
 * The incident lifecycle: detected → active → stable → closed, with the moves people really make
 * (a false alarm closed straight from detected, a stable incident that worsens again, a closed one
 * reopened). Every change is appended to the status history with its time, so the metrics can say
 * how long each step took. Changes are pure functions returning a new status and history, or a
 * refusal code the UI translates under `incidents.validation.<code>`; callers pass the time.
 */

/**
 * The statuses each status may move to. Nothing else is allowed: an incident is never "detected"
 * again once declared, and a closed incident can only be reopened as active (its situation is
 * reassessed before anyone calls it stable again).
 */
export const allowedTransitions: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  // Declared, or closed as a false alarm.
  detected: ['active', 'closed'],
  active: ['stable', 'closed'],
  // Worsened again, or over.
  stable: ['active', 'closed'],
  // Reopened.
  closed: ['active'],
};

/** Whether an incident in status `from` may move to `to` (see {@link allowedTransitions}). */
export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** Why a status change was refused. */
export const statusChangeRefusalCodes = [
  'same-status',
  'invalid-transition',
  'time-before-previous',
] as const;

/** One of {@link statusChangeRefusalCodes}. */
export type StatusChangeRefusalCode = (typeof statusChangeRefusalCodes)[number];

/** The outcome of a status change: the new status and history, or why it was refused. */
export type StatusChangeResult =
  | { ok: true; value: Pick<Incident, 'status' | 'statusHistory'> }
  | { ok: false; code: StatusChangeRefusalCode };

/**
 * Moves an incident to `to` at `at`, by `by` (a typed name, stored trimmed; blank when not
 * recorded), appending `{ from, to, at, by }` to a copy of the history; the incident passed in is
 * never changed. Refused with `same-status` when it is already there, `invalid-transition` when
 * {@link allowedTransitions} does not allow the move, and `time-before-previous` when `at` is
 * earlier than the last recorded change (the history stays in time order; the same millisecond is
 * allowed, since a quick double step can share one).
 */
export function changeStatus(
  incident: Pick<Incident, 'status' | 'statusHistory'>,
  to: IncidentStatus,
  at: number,
  by: string,
): StatusChangeResult {
  const from = incident.status;
  if (from === to) {
    return { ok: false, code: 'same-status' };
  }
  if (!canTransition(from, to)) {
    return { ok: false, code: 'invalid-transition' };
  }
  const previous = incident.statusHistory.at(-1);
  if (previous !== undefined && at < previous.at) {
    return { ok: false, code: 'time-before-previous' };
  }
  const change: StatusChange = { from, to, at, by: by.trim() };
  return { ok: true, value: { status: to, statusHistory: [...incident.statusHistory, change] } };
}

/**
 * The status history of a new incident. Declared straight away (`initial` = `active`), it is
 * `null → detected` at `detectedAt` then `detected → active` at `declaredAt`, so time to declare
 * is measurable even when both happen together. Only logged (`initial` = `detected`), it is
 * `null → detected` at `detectedAt`, and `declaredAt` is ignored. Throws a RangeError when an
 * active declaration has no `declaredAt` or one earlier than `detectedAt`: the declare form
 * refuses those before calling.
 */
export function declarationHistory(
  initial: 'detected' | 'active',
  detectedAt: number,
  declaredAt: number | null,
  by: string,
): StatusChange[] {
  const recordedBy = by.trim();
  const detection: StatusChange = { from: null, to: 'detected', at: detectedAt, by: recordedBy };
  if (initial === 'detected') {
    return [detection];
  }
  if (declaredAt === null || declaredAt < detectedAt) {
    throw new RangeError('An incident is declared at or after its detection.');
  }
  return [detection, { from: 'detected', to: 'active', at: declaredAt, by: recordedBy }];
}

/** The times of the lifecycle steps read from a status history (see {@link statusTimes}). */
export type StatusTimes = {
  /** When the history starts (its first change). */
  detectedAt: number;
  /** The first time it became active; null when it never was (still detected, or a false alarm). */
  firstActiveAt: number | null;
  /** The first time it became stable; null when it never was. */
  firstStableAt: number | null;
  /** When it was last closed, only while it is closed; null while open (reopened included). */
  lastClosedAt: number | null;
  /** How many times it was reopened (closed → active). */
  reopenCount: number;
  /** Whether its latest status is anything but closed. */
  isOpen: boolean;
};

/**
 * Reads the lifecycle times from a status history, in the order it was recorded (which
 * {@link changeStatus} keeps in time order). Reopen rules: the first active and first stable times
 * stay those of the first pass (a reopened incident does not reset how fast it was declared or
 * stabilised); the close time is that of the final close, and only while the incident is still
 * closed, so a reopened incident has none until it closes again. A history that starts
 * `null → active` (declared without a detected step) counts as detected and active at that time.
 * Throws a RangeError for an empty history: every stored incident has at least its declaration.
 */
export function statusTimes(history: readonly StatusChange[]): StatusTimes {
  const first = history[0];
  const latest = history.at(-1);
  if (first === undefined || latest === undefined) {
    throw new RangeError('A status history has at least the declaration.');
  }
  const isOpen = latest.to !== 'closed';
  return {
    detectedAt: first.at,
    firstActiveAt: history.find((change) => change.to === 'active')?.at ?? null,
    firstStableAt: history.find((change) => change.to === 'stable')?.at ?? null,
    lastClosedAt: isOpen ? null : latest.at,
    reopenCount: history.filter((change) => change.from === 'closed').length,
    isOpen,
  };
}
