import { hourMs } from './rollups';
import type { KeyCount, SentimentMix } from './rollups';
import type { FiringIndicator, FiringValues, TriggerFiring, TriggerKind } from './triggers';

/**
 * The alert inbox as pure state transitions: firings become alerts or are grouped into an open
 * one, users acknowledge, snooze, resolve and reopen, sources that recover resolve their alerts.
 * Every function returns new objects and leaves its inputs alone; storage persists the results
 * and the notification layer asks {@link shouldNotify}.
 */

/** States of an alert in the inbox. */
export const alertStates = ['new', 'acknowledged', 'snoozed', 'resolved'] as const;

/** One of {@link alertStates}. */
export type AlertState = (typeof alertStates)[number];

/** Why an alert's state changed (kept in its history). */
export type AlertStateReason =
  | 'fired'
  | 'acknowledged'
  | 'snoozed'
  | 'snooze-ended'
  | 'woke'
  | 'resolved'
  | 'recovered'
  | 'reopened';

/** One state change; `from` is null for the change that created the alert. */
export type AlertHistoryEntry = {
  at: number;
  from: AlertState | null;
  to: AlertState;
  reason: AlertStateReason;
};

/** Why an alert fired: the indicator, its numbers and what the window held. */
export type AlertExplanation = {
  indicator: FiringIndicator;
  window: { start: number; end: number };
  values: FiringValues;
  /** Source display name for source-health alerts, else null. */
  sourceName: string | null;
  mentions: number;
  sentimentMix: SentimentMix;
  topTerms: KeyCount[];
  topSources: KeyCount[];
  sampleItemIds: string[];
};

/** An alert in the inbox. */
export type Alert = {
  id: string;
  ruleId: string | null;
  sourceId: string | null;
  kind: TriggerKind;
  state: AlertState;
  firstFiredAt: number;
  lastFiredAt: number;
  /** Firings grouped into this alert (distinct occurrences: a re-evaluated hour counts once). */
  count: number;
  snoozedUntil: number | null;
  /** From a dry-run rule: kept apart in the inbox and never notified. */
  isDryRun: boolean;
  /** From the latest firing. */
  explanation: AlertExplanation;
  /** Occurrence keys of recent firings (bounded), to tell a repeat from a re-evaluation. */
  occurrenceKeys: string[];
  history: AlertHistoryEntry[];
};

/** What {@link applyFirings} (or a wake-up) did to an alert. */
export type AlertChangeKind =
  /** A new alert. */
  | 'created'
  /** A new occurrence grouped into an open alert (count + 1). */
  | 'repeated'
  /** The same occurrence seen again (explanation refreshed, count unchanged). */
  | 'refreshed'
  /** A snoozed alert fired again after its snooze ended and is new again. */
  | 'woke'
  /** A snoozed alert whose snooze ended without firing, back to new (by {@link wakeSnoozed}). */
  | 'snooze-ended';

/** One change from {@link applyFirings}. */
export type AlertChange = { alertId: string; kind: AlertChangeKind };

/** Repeats within this time of the last firing are grouped: one hour. */
export const defaultGroupWindowMs = hourMs;

/** Source-health firings repeat this often while a source stays unhealthy: one hour. */
export const defaultSourceRepeatMs = hourMs;

/**
 * How long after it first fired an occurrence can be evaluated again: rule triggers check the
 * running hour and the hour before it, and a source-health occurrence lasts one repeat period
 * (one hour by default). Two hours.
 */
export const occurrenceLookbackMs = 2 * hourMs;

/**
 * How long after its last firing a resolved alert still takes re-evaluations of its own
 * occurrences: the group window plus {@link occurrenceLookbackMs}. Storage reads resolved alerts
 * this recent along with the open ones; older ones cannot see one of their occurrences again.
 */
export function resolvedMemoryMs(groupWindowMs: number = defaultGroupWindowMs): number {
  return groupWindowMs + occurrenceLookbackMs;
}

/** How many recent occurrence keys an alert remembers (two days of hourly occurrences). */
const maxOccurrenceKeys = 48;

/** Options of {@link applyFirings}. */
export type ApplyFiringsOptions = {
  groupWindowMs?: number;
  /** The firings come from a dry-run rule. */
  isDryRun?: boolean;
  /** Id for a new alert; the default is derived from the firing and time. */
  createId?: (firing: TriggerFiring, now: number, sequence: number) => string;
};

/** The result of {@link applyFirings}: new alerts, changed existing alerts, and what changed. */
export type ApplyFiringsResult = { created: Alert[]; updated: Alert[]; changes: AlertChange[] };

/** The explanation an alert shows for a firing. */
export function explanationOf(firing: TriggerFiring): AlertExplanation {
  return {
    indicator: firing.indicator,
    window: { ...firing.window },
    values: { ...firing.values },
    sourceName: firing.sourceName,
    mentions: firing.summary.mentions,
    sentimentMix: { ...firing.summary.sentimentMix },
    topTerms: firing.summary.topTerms.map((entry) => ({ ...entry })),
    topSources: firing.summary.topSources.map((entry) => ({ ...entry })),
    sampleItemIds: [...firing.summary.sampleItemIds],
  };
}

/** Alerts group when rule, source, kind and indicator agree (two thresholds stay apart). */
function sameGroup(alert: Alert, firing: TriggerFiring, isDryRun: boolean): boolean {
  return (
    alert.kind === firing.kind &&
    alert.ruleId === firing.ruleId &&
    alert.sourceId === firing.sourceId &&
    alert.explanation.indicator === firing.indicator &&
    alert.isDryRun === isDryRun
  );
}

/**
 * Whether an alert of the firing's group has already recorded this occurrence and takes it back:
 * open alerts always, resolved ones while {@link resolvedMemoryMs} lasts. Without this, resolving
 * an alert while its condition holds would raise (and notify) a new alert for the very hour the
 * user just resolved, because triggers evaluate the same hour again.
 */
function hasOccurrence(
  alert: Alert,
  firing: TriggerFiring,
  now: number,
  groupWindowMs: number,
): boolean {
  return (
    alert.occurrenceKeys.includes(firing.occurrenceKey) &&
    (alert.state !== 'resolved' || now - alert.lastFiredAt <= resolvedMemoryMs(groupWindowMs))
  );
}

/**
 * Whether an open alert takes a new occurrence. Resolved alerts never do. Snoozed alerts take repeats
 * whenever they come (snoozing means "not now, keep it in one place"), and so do source-health
 * alerts (one alert per outage until the source recovers). New and acknowledged alerts take
 * repeats within the group window of their last firing.
 */
function absorbs(alert: Alert, firing: TriggerFiring, now: number, groupWindowMs: number): boolean {
  if (alert.state === 'resolved') {
    return false;
  }
  if (alert.state === 'snoozed' || firing.kind === 'source-unhealthy') {
    return true;
  }
  return now - alert.lastFiredAt <= groupWindowMs;
}

/** The default id: kind, subject, time and sequence, unique per call and readable in logs. */
function defaultAlertId(firing: TriggerFiring, now: number, sequence: number): string {
  return `alert|${firing.kind}|${firing.ruleId ?? ''}|${firing.sourceId ?? ''}|${firing.indicator}|${String(now)}|${String(sequence)}`;
}

/** Open alerts first, then the most recently fired. */
function compareCandidates(left: Alert, right: Alert): number {
  const leftRank = left.state === 'resolved' ? 1 : 0;
  const rightRank = right.state === 'resolved' ? 1 : 0;
  return leftRank - rightRank || right.lastFiredAt - left.lastFiredAt;
}

/**
 * Turns firings into alerts at `now`. Alerts of the same rule (or source), kind, indicator and
 * dry-run flag form a group. A firing whose occurrence an alert of its group already recorded is
 * a re-evaluation: an open alert refreshes its explanation and `lastFiredAt` ('refreshed'); a
 * resolved one (within {@link resolvedMemoryMs} of its last firing) absorbs it silently and stays
 * as it is (no change reported, so no notification). A new occurrence joins the newest open alert
 * of the group that absorbs it (see above) as a repeat (count + 1, `lastFiredAt` moves); a snoozed
 * alert whose snooze has ended becomes new again ('woke'). Otherwise a new alert is created.
 * Inputs are not changed.
 */
export function applyFirings(
  existingAlerts: readonly Alert[],
  firings: readonly TriggerFiring[],
  now: number,
  options: ApplyFiringsOptions = {},
): ApplyFiringsResult {
  const groupWindowMs = options.groupWindowMs ?? defaultGroupWindowMs;
  const isDryRun = options.isDryRun ?? false;
  const createId = options.createId ?? defaultAlertId;
  const working = new Map(existingAlerts.map((alert) => [alert.id, alert]));
  const createdIds = new Set<string>();
  const updatedIds = new Set<string>();
  const changes: AlertChange[] = [];

  for (const firing of firings) {
    const group = [...working.values()].filter((alert) => sameGroup(alert, firing, isDryRun));
    const holder = group
      .filter((alert) => hasOccurrence(alert, firing, now, groupWindowMs))
      .sort(compareCandidates)[0];
    if (holder?.state === 'resolved') {
      continue;
    }
    const candidate =
      holder ??
      group
        .filter((alert) => absorbs(alert, firing, now, groupWindowMs))
        .sort(compareCandidates)[0];

    if (candidate === undefined) {
      const id = createId(firing, now, createdIds.size);
      working.set(id, {
        id,
        ruleId: firing.ruleId,
        sourceId: firing.sourceId,
        kind: firing.kind,
        state: 'new',
        firstFiredAt: now,
        lastFiredAt: now,
        count: 1,
        snoozedUntil: null,
        isDryRun,
        explanation: explanationOf(firing),
        occurrenceKeys: [firing.occurrenceKey],
        history: [{ at: now, from: null, to: 'new', reason: 'fired' }],
      });
      createdIds.add(id);
      changes.push({ alertId: id, kind: 'created' });
      continue;
    }

    const isRepeat = !candidate.occurrenceKeys.includes(firing.occurrenceKey);
    const isWaking =
      isRepeat &&
      candidate.state === 'snoozed' &&
      candidate.snoozedUntil !== null &&
      now >= candidate.snoozedUntil;
    const next: Alert = {
      ...candidate,
      lastFiredAt: Math.max(candidate.lastFiredAt, now),
      count: candidate.count + (isRepeat ? 1 : 0),
      explanation: explanationOf(firing),
      occurrenceKeys: isRepeat
        ? [...candidate.occurrenceKeys, firing.occurrenceKey].slice(-maxOccurrenceKeys)
        : candidate.occurrenceKeys,
      ...(isWaking
        ? {
            state: 'new' as const,
            snoozedUntil: null,
            history: [
              ...candidate.history,
              { at: now, from: candidate.state, to: 'new' as const, reason: 'woke' as const },
            ],
          }
        : {}),
    };
    working.set(candidate.id, next);
    if (!createdIds.has(candidate.id)) {
      updatedIds.add(candidate.id);
    }
    changes.push({
      alertId: candidate.id,
      kind: isWaking ? 'woke' : isRepeat ? 'repeated' : 'refreshed',
    });
  }

  const pick = (ids: ReadonlySet<string>): Alert[] =>
    [...ids].map((id) => working.get(id)).filter((alert) => alert !== undefined);
  return { created: pick(createdIds), updated: pick(updatedIds), changes };
}

/**
 * Whether a change deserves a desktop notification; never for dry-run alerts. A new alert, or a
 * snoozed one that fired again after its snooze, notifies. Repeats of rule alerts stay quiet; a
 * repeat of an unhealthy-source alert notifies (once per repeat period) while it is new or
 * acknowledged, because issue 9 wants those alerts repeating until the source recovers:
 * acknowledging does not stop the reminder, snoozing does.
 */
export function shouldNotify(alert: Alert, change: AlertChangeKind): boolean {
  if (alert.isDryRun) {
    return false;
  }
  if (change === 'created' || change === 'woke') {
    return alert.state === 'new';
  }
  return (
    change === 'repeated' &&
    alert.kind === 'source-unhealthy' &&
    (alert.state === 'new' || alert.state === 'acknowledged')
  );
}

/** The alert moved to `to`, with the change recorded. */
function withState(
  alert: Alert,
  to: AlertState,
  at: number,
  reason: AlertStateReason,
  snoozedUntil: number | null,
): Alert {
  return {
    ...alert,
    state: to,
    snoozedUntil,
    history: [...alert.history, { at, from: alert.state, to, reason }],
  };
}

/**
 * The user has seen the alert. From new or snoozed; an acknowledged alert still groups repeats.
 * Returns the same object when it does not apply (already acknowledged, or resolved), so a stale
 * screen cannot move an alert backwards.
 */
export function acknowledge(alert: Alert, now: number): Alert {
  if (alert.state !== 'new' && alert.state !== 'snoozed') {
    return alert;
  }
  return withState(alert, 'acknowledged', now, 'acknowledged', null);
}

/**
 * Hides the alert until `until`; repeats meanwhile are grouped silently, and the first new
 * occurrence after `until` makes it new again (and notifies). Snoozing again moves `until`.
 * Returns the same object for a resolved alert or an `until` not after `now`.
 */
export function snooze(alert: Alert, until: number, now: number): Alert {
  if (alert.state === 'resolved' || !(until > now)) {
    return alert;
  }
  return withState(alert, 'snoozed', now, 'snoozed', until);
}

/**
 * Closes the alert; a later new occurrence of the same trigger creates a new alert rather than
 * reopening this one (re-evaluations of occurrences it recorded do not: see {@link applyFirings}). `reason` is 'recovered' when a source came back. Same object if already resolved.
 */
export function resolve(
  alert: Alert,
  now: number,
  reason: 'resolved' | 'recovered' = 'resolved',
): Alert {
  if (alert.state === 'resolved') {
    return alert;
  }
  return withState(alert, 'resolved', now, reason, null);
}

/**
 * Reopens a resolved alert as acknowledged: the user reopening it has seen it, so it does not
 * come back as unread. Same object if it is not resolved.
 */
export function reopen(alert: Alert, now: number): Alert {
  if (alert.state !== 'resolved') {
    return alert;
  }
  return withState(alert, 'acknowledged', now, 'reopened', null);
}

/**
 * Snoozed alerts whose snooze has ended, back to new (reason 'snooze-ended'), for the inbox to
 * show them again without waiting for a firing. Only the changed alerts are returned; they do not
 * notify (nothing new fired).
 */
export function wakeSnoozed(alerts: readonly Alert[], now: number): Alert[] {
  return alerts
    .filter(
      (alert) =>
        alert.state === 'snoozed' && alert.snoozedUntil !== null && now >= alert.snoozedUntil,
    )
    .map((alert) => withState(alert, 'new', now, 'snooze-ended', null));
}

/** A source's health as the monitoring status reports it. */
export type SourceHealth = {
  id: string;
  name: string;
  isHealthy: boolean;
  /** When it became unhealthy (epoch ms); null if unknown. */
  unhealthySince: number | null;
};

/**
 * Firings for every unhealthy source at `now`. The occurrence key changes every `repeatEveryMs`
 * since the source became unhealthy, so evaluating as often as you like adds one repeat per period
 * to the source's alert until it recovers ({@link resolveRecovered}). When the start is unknown the
 * periods are counted from the epoch instead, so the key still changes once per period (repeats
 * notify: a key new at every evaluation would notify at every evaluation). `values.current` is how
 * long it has been unhealthy (ms); `threshold` is 0 (any outage counts once the status says
 * unhealthy).
 */
export function sourceHealthFirings(
  sources: readonly SourceHealth[],
  now: number,
  repeatEveryMs: number = defaultSourceRepeatMs,
): TriggerFiring[] {
  const period = Math.max(1, repeatEveryMs);
  return sources
    .filter((source) => !source.isHealthy)
    .map((source) => {
      const since = source.unhealthySince ?? now;
      const unhealthyForMs = Math.max(0, now - since);
      const slot =
        source.unhealthySince === null
          ? `unknown|${String(Math.floor(now / period))}`
          : `${String(since)}|${String(Math.floor(unhealthyForMs / period))}`;
      return {
        kind: 'source-unhealthy',
        indicator: 'source-health',
        ruleId: null,
        sourceId: source.id,
        sourceName: source.name,
        window: { start: since, end: now },
        values: { current: unhealthyForMs, threshold: 0, unhealthySince: since, unhealthyForMs },
        occurrenceKey: `source|${source.id}|${slot}`,
        summary: {
          mentions: 0,
          sentimentMix: { positive: 0, neutral: 0, negative: 0 },
          topTerms: [],
          topSources: [],
          sampleItemIds: [],
        },
      } satisfies TriggerFiring;
    });
}

/**
 * Resolves ('recovered') every open source-health alert whose source is listed as healthy again.
 * Sources missing from the list are left alone (the caller may pass only some). Returns only the
 * alerts that changed.
 */
export function resolveRecovered(
  alerts: readonly Alert[],
  sources: readonly SourceHealth[],
  now: number,
): Alert[] {
  const healthy = new Set(sources.filter((source) => source.isHealthy).map((source) => source.id));
  return alerts
    .filter(
      (alert) =>
        alert.kind === 'source-unhealthy' &&
        alert.state !== 'resolved' &&
        alert.sourceId !== null &&
        healthy.has(alert.sourceId),
    )
    .map((alert) => resolve(alert, now, 'recovered'));
}
