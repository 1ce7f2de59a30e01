import {
  acknowledge,
  applyFirings,
  reopen,
  resolve,
  resolveRecovered,
  resolvedMemoryMs,
  snooze,
  wakeSnoozed,
} from '../../../../shared/monitoring/earlyWarning/alerts';
import type {
  Alert,
  AlertChangeKind,
  AlertState,
  SourceHealth,
} from '../../../../shared/monitoring/earlyWarning/alerts';
import type { TriggerFiring } from '../../../../shared/monitoring/earlyWarning/triggers';
import { getDatabase } from '../database';
import type { CrisisRoomDatabase, MonitoringAlertRow } from '../database';
import { runWrite } from '../writeErrors';

/**
 * The alert inbox in IndexedDB. Every change is a read-modify-write in one transaction through
 * the pure functions of `shared/monitoring/earlyWarning/alerts.ts`, so two evaluations (or an
 * evaluation and a click) can never both create the alert one firing deserves, nor undo each
 * other's state change.
 */

/** States in which an alert still takes firings and shows as open. */
export const openAlertStates = ['new', 'acknowledged', 'snoozed'] as const satisfies AlertState[];

/**
 * Inbox order: new alerts first (they need someone to look), then the most recently fired, then
 * by id so the order is stable.
 */
export function compareInboxOrder(left: Alert, right: Alert): number {
  const leftRank = left.state === 'new' ? 0 : 1;
  const rightRank = right.state === 'new' ? 0 : 1;
  return (
    leftRank - rightRank ||
    right.lastFiredAt - left.lastFiredAt ||
    (left.id < right.id ? -1 : left.id > right.id ? 1 : 0)
  );
}

/**
 * Every alert in inbox order. Dexie-only, so it works inside live queries. The inbox keeps every
 * alert (resolved ones too) until retention removes them; screens filter by state.
 */
export function readAlerts(db: CrisisRoomDatabase = getDatabase()): Promise<MonitoringAlertRow[]> {
  return db.monitoringAlerts.toArray().then((rows) => rows.sort(compareInboxOrder));
}

/** One rule's alerts in inbox order (read through the `ruleId` index). */
export function readAlertsOfRule(
  ruleId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<MonitoringAlertRow[]> {
  return db.monitoringAlerts
    .where('ruleId')
    .equals(ruleId)
    .toArray()
    .then((rows) => rows.sort(compareInboxOrder));
}

/** One alert, or undefined. */
export function readAlert(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<MonitoringAlertRow | undefined> {
  return db.monitoringAlerts.get(id);
}

/** Which alerts a set of firings may group into. */
export type FiringScope =
  /** A rule's trigger firings. */
  | { ruleId: string }
  /** Source-health firings (their alerts have no rule, so the `ruleId` index leaves them out). */
  | { kind: 'source-unhealthy' };

/** Options of {@link storeFirings}. */
export type StoreFiringsOptions = {
  /** The firings come from a dry-run rule. */
  isDryRun?: boolean;
  groupWindowMs?: number;
};

/** One change {@link storeFirings} made, with the alert as stored afterwards. */
export type StoredAlertChange = { alert: Alert; kind: AlertChangeKind };

/**
 * The alerts of a scope that firings at `now` may meet, read inside the caller's transaction: the
 * open ones, and the resolved ones that last fired within `resolvedMemoryMs` (they still absorb
 * re-evaluations of their own occurrences, so resolving an alert whose hour is evaluated again
 * does not raise a new one).
 */
async function alertsMetBy(
  db: CrisisRoomDatabase,
  scope: FiringScope,
  now: number,
  groupWindowMs: number | undefined,
): Promise<Alert[]> {
  const since = now - resolvedMemoryMs(groupWindowMs);
  if ('ruleId' in scope) {
    return db.monitoringAlerts
      .where('ruleId')
      .equals(scope.ruleId)
      .filter((alert) => alert.state !== 'resolved' || alert.lastFiredAt >= since)
      .toArray();
  }
  const [open, resolved] = await Promise.all([
    db.monitoringAlerts
      .where('state')
      .anyOf([...openAlertStates])
      .filter((alert) => alert.kind === scope.kind)
      .toArray(),
    db.monitoringAlerts
      .where('lastFiredAt')
      .aboveOrEqual(since)
      .filter((alert) => alert.state === 'resolved' && alert.kind === scope.kind)
      .toArray(),
  ]);
  return [...open, ...resolved];
}

/**
 * Turns firings into alerts and stores them in one transaction: reads the scope's open and
 * recently resolved alerts, runs `applyFirings` (grouping, refresh, wake-up after a snooze,
 * re-evaluations of a resolved alert's occurrences absorbed silently), writes what was created or
 * changed. Returns every change with the alert as stored, in firing order; an alert that took
 * several firings appears once per firing, each time in its final state. New ids are random UUIDs.
 */
export async function storeFirings(
  scope: FiringScope,
  firings: readonly TriggerFiring[],
  now: number,
  options: StoreFiringsOptions = {},
  db: CrisisRoomDatabase = getDatabase(),
): Promise<StoredAlertChange[]> {
  if (firings.length === 0) {
    return [];
  }
  return runWrite(db, [db.monitoringAlerts], async () => {
    const existing = await alertsMetBy(db, scope, now, options.groupWindowMs);
    const result = applyFirings(existing, firings, now, {
      isDryRun: options.isDryRun ?? false,
      ...(options.groupWindowMs === undefined ? {} : { groupWindowMs: options.groupWindowMs }),
      createId: () => crypto.randomUUID(),
    });
    const written = [...result.created, ...result.updated];
    await db.monitoringAlerts.bulkPut(written);
    const byId = new Map(written.map((alert) => [alert.id, alert]));
    return result.changes.flatMap((change) => {
      const alert = byId.get(change.alertId);
      return alert === undefined ? [] : [{ alert, kind: change.kind }];
    });
  });
}

/**
 * Reads the open alerts `select` keeps, applies `change` (which returns only the alerts it
 * changed) and writes those back, all in one transaction. Returns the changed alerts as stored.
 */
async function changeOpenAlerts(
  db: CrisisRoomDatabase,
  select: (alert: Alert) => boolean,
  change: (open: readonly Alert[]) => Alert[],
): Promise<Alert[]> {
  return runWrite(db, [db.monitoringAlerts], async () => {
    const open = await db.monitoringAlerts
      .where('state')
      .anyOf([...openAlertStates])
      .filter(select)
      .toArray();
    const changed = change(open);
    if (changed.length > 0) {
      await db.monitoringAlerts.bulkPut(changed);
    }
    return changed;
  });
}

/**
 * Snoozed alerts (those `select` keeps; all by default) whose snooze has ended go back to new
 * (reason 'snooze-ended', no notification: nothing fired). Returns the alerts that woke.
 */
export function wakeSnoozedAlerts(
  now: number,
  select: (alert: Alert) => boolean = () => true,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Alert[]> {
  return changeOpenAlerts(
    db,
    (alert) => alert.state === 'snoozed' && select(alert),
    (open) => wakeSnoozed(open, now),
  );
}

/**
 * Resolves ('recovered') the open source-health alerts of every source listed as healthy, through
 * `resolveRecovered`. Returns the alerts resolved.
 */
export function resolveRecoveredSources(
  sources: readonly SourceHealth[],
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Alert[]> {
  return changeOpenAlerts(
    db,
    (alert) => alert.kind === 'source-unhealthy',
    (open) => resolveRecovered(open, sources, now),
  );
}

/**
 * Resolves ('resolved', not 'recovered': nobody saw it come back) the open source-health alerts
 * of sources that can no longer recover on their own: deleted or disabled. Returns them.
 */
export function resolveSourceAlerts(
  sourceIds: readonly string[],
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Alert[]> {
  const ids = new Set(sourceIds);
  if (ids.size === 0) {
    return Promise.resolve([]);
  }
  return changeOpenAlerts(
    db,
    (alert) =>
      alert.kind === 'source-unhealthy' && alert.sourceId !== null && ids.has(alert.sourceId),
    (open) => open.map((alert) => resolve(alert, now)),
  );
}

/**
 * Applies a state change to one stored alert in one transaction: reads it, applies `change`,
 * writes it only when the change applied (the shared functions return the same object when it
 * does not, for instance acknowledging an alert resolved meanwhile). Resolves the alert as stored
 * afterwards, or undefined when it does not exist.
 */
async function changeAlert(
  id: string,
  change: (alert: Alert) => Alert,
  db: CrisisRoomDatabase,
): Promise<Alert | undefined> {
  return runWrite(db, [db.monitoringAlerts], async () => {
    const alert = await db.monitoringAlerts.get(id);
    if (alert === undefined) {
      return undefined;
    }
    const next = change(alert);
    if (next !== alert) {
      await db.monitoringAlerts.put(next);
    }
    return next;
  });
}

/** Marks an alert as seen (from new or snoozed); see `acknowledge`. */
export function acknowledgeAlert(
  id: string,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Alert | undefined> {
  return changeAlert(id, (alert) => acknowledge(alert, now), db);
}

/** Hides an alert until `until`; repeats meanwhile group silently. See `snooze`. */
export function snoozeAlert(
  id: string,
  until: number,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Alert | undefined> {
  return changeAlert(id, (alert) => snooze(alert, until, now), db);
}

/** Closes an alert; a later new occurrence creates a new one. See `resolve`. */
export function resolveAlert(
  id: string,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Alert | undefined> {
  return changeAlert(id, (alert) => resolve(alert, now), db);
}

/** Reopens a resolved alert as acknowledged. See `reopen`. */
export function reopenAlert(
  id: string,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Alert | undefined> {
  return changeAlert(id, (alert) => reopen(alert, now), db);
}
