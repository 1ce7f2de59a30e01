import { shouldNotify } from '../../../../../shared/monitoring/earlyWarning/alerts';
import type {
  Alert,
  AlertChangeKind,
  SourceHealth,
} from '../../../../../shared/monitoring/earlyWarning/alerts';
import { hourCoverageFromWindows } from '../../../../../shared/monitoring/earlyWarning/indicators';
import type { HourCoverage } from '../../../../../shared/monitoring/earlyWarning/indicators';
import { sourceHealthFirings } from '../../../../../shared/monitoring/earlyWarning/alerts';
import { hourMs, hourStartOf } from '../../../../../shared/monitoring/earlyWarning/rollups';
import {
  evaluateTriggers,
  triggerConfigSchema,
} from '../../../../../shared/monitoring/earlyWarning/triggers';
import type { TriggerConfig } from '../../../../../shared/monitoring/earlyWarning/triggers';
import type { CoverageWindow } from '../../../../../shared/monitoring/coverage';
import type {
  CrisisRoomDatabase,
  MonitoringRuleRow,
  MonitoringSourceRow,
} from '../../../db/database';
import {
  openAlertStates,
  resolveRecoveredSources,
  resolveSourceAlerts,
  storeFirings,
  wakeSnoozedAlerts,
} from '../../../db/repositories/monitoringAlertRepository';
import type { StoredAlertChange } from '../../../db/repositories/monitoringAlertRepository';
import { readSourceViews } from '../../../db/repositories/monitoringSourceRepository';
import { readSetting } from '../../../db/repositories/settingsRepository';

/**
 * Evaluates early-warning triggers against what is stored and keeps the alert inbox up to date:
 * each rule's hourly rollups and its sources' coverage go through `evaluateTriggers`, the firings
 * into the inbox (grouped, dry-run kept apart), and sources the Sources screen calls unhealthy
 * raise repeating alerts until they recover. Returns the changes worth a desktop notification;
 * showing them is the caller's job.
 */

/** A change worth a desktop notification, with the name the notification shows. */
export type AlertNotice = {
  alert: Alert;
  kind: AlertChangeKind;
  /** The rule's name, or the source's for a source-health alert. */
  subjectName: string;
};

/**
 * How many hours before the end of the running hour a rule's triggers look at: the spike baseline
 * of the hour before the running one (baselineDays + 1 days covers it), the negative-share window
 * and every threshold window (velocity compares two windows).
 */
function lookbackHours(config: TriggerConfig): number {
  const windows = config.thresholds.map((threshold) =>
    threshold.indicator === 'velocity'
      ? 2 * threshold.windowHours
      : threshold.indicator === 'negative-share'
        ? threshold.windowHours
        : 2,
  );
  return Math.max(
    (config.spike.baselineDays + 1) * 24,
    config.negativeShare.windowHours,
    ...windows,
  );
}

/**
 * Whether a source feeds a rule: the rule's sources (every source when it lists none), narrowed
 * to sources carrying any of its tags when it has some.
 */
function isInScope(rule: MonitoringRuleRow, source: MonitoringSourceRow): boolean {
  const isListed = rule.sourceIds.length === 0 || rule.sourceIds.includes(source.id);
  const isTagged = rule.tags.length === 0 || rule.tags.some((tag) => source.tags.includes(tag));
  return isListed && isTagged;
}

/** Reads coverage windows per source once per evaluation, from the earliest hour any rule needs. */
function coverageReader(
  db: CrisisRoomDatabase,
  from: number,
  now: number,
): (sourceId: string) => Promise<CoverageWindow[]> {
  const cache = new Map<string, Promise<CoverageWindow[]>>();
  return (sourceId) => {
    let windows = cache.get(sourceId);
    if (windows === undefined) {
      windows = db.monitoringCoverage
        .where('[sourceId+start]')
        .between([sourceId, Number.NEGATIVE_INFINITY], [sourceId, now], true, true)
        .filter((row) => row.end >= from)
        .toArray()
        .then((rows) => rows.map((row) => ({ start: row.start, end: row.end })));
      cache.set(sourceId, windows);
    }
    return windows;
  };
}

/** A rule ready to evaluate: its parsed trigger settings and the first hour it needs. */
type PreparedRule = { rule: MonitoringRuleRow; config: TriggerConfig; from: number };

/**
 * Stored rules of `ruleIds` that are active or dry-run, with trigger settings parsed again (stored
 * rows may come from another app version; a rule whose settings do not parse is skipped rather
 * than evaluated with guesses).
 */
async function prepareRules(
  db: CrisisRoomDatabase,
  ruleIds: readonly string[] | null,
  now: number,
): Promise<PreparedRule[]> {
  const rows =
    ruleIds === null
      ? await db.monitoringRules.toArray()
      : (await db.monitoringRules.bulkGet([...new Set(ruleIds)])).filter(
          (row) => row !== undefined,
        );
  const prepared: PreparedRule[] = [];
  for (const rule of rows) {
    if (rule.mode === 'off') {
      continue;
    }
    const parsed = triggerConfigSchema.safeParse(rule.triggers);
    if (!parsed.success) {
      continue;
    }
    const from = hourStartOf(now) + hourMs - lookbackHours(parsed.data) * hourMs;
    prepared.push({ rule, config: parsed.data, from });
  }
  return prepared;
}

/** The notices among stored changes: at most one per alert, only where `shouldNotify` says so. */
function noticesOf(changes: readonly StoredAlertChange[], subjectName: string): AlertNotice[] {
  const notified = new Set<string>();
  const notices: AlertNotice[] = [];
  for (const { alert, kind } of changes) {
    if (!notified.has(alert.id) && shouldNotify(alert, kind)) {
      notified.add(alert.id);
      notices.push({ alert, kind, subjectName });
    }
  }
  return notices;
}

/**
 * Evaluates the triggers of the given rules at `now` (`null`: every rule), stores the firings as
 * alerts and wakes the rules' snoozed alerts whose snooze ended without a firing. Rules that are
 * off, deleted or whose settings do not parse are skipped. Each rule reads its rollups from the
 * start of its lookback to `now` (one key range of `[ruleId+hourStart]`) and treats an hour as
 * monitored when a coverage window of any source in its scope touches it. Resolves the notices
 * (never for dry-run rules).
 */
export async function evaluateRules(
  db: CrisisRoomDatabase,
  ruleIds: readonly string[] | null,
  now: number,
): Promise<AlertNotice[]> {
  const rules = await prepareRules(db, ruleIds, now);
  if (rules.length === 0) {
    return [];
  }
  const sources = await db.monitoringSources.toArray();
  const earliest = Math.min(...rules.map(({ from }) => from));
  const coverageOf = coverageReader(db, earliest, now);
  const notices: AlertNotice[] = [];

  for (const { rule, config, from } of rules) {
    const rollups = await db.monitoringRollups
      .where('[ruleId+hourStart]')
      .between([rule.id, from], [rule.id, now], true, true)
      .toArray();
    const windows = (
      await Promise.all(
        sources.filter((source) => isInScope(rule, source)).map((source) => coverageOf(source.id)),
      )
    ).flat();
    const isCovered: HourCoverage = hourCoverageFromWindows(windows);
    const firings = evaluateTriggers({ ruleId: rule.id, config, rollups, now, isCovered });
    const changes = await storeFirings(
      { ruleId: rule.id },
      firings,
      now,
      { isDryRun: rule.mode === 'dry-run' },
      db,
    );
    notices.push(...noticesOf(changes, rule.name));
  }

  const evaluated = new Set(rules.map(({ rule }) => rule.id));
  await wakeSnoozedAlerts(now, (alert) => alert.ruleId !== null && evaluated.has(alert.ruleId), db);
  return notices;
}

/**
 * When an unhealthy source became unhealthy: the end of the fetch that reached the
 * `unhealthyAfter`-th counted failure since its last success (offline failures do not count,
 * as for the failure count itself). Stable while the source keeps failing, so its alert repeats
 * once per period rather than restarting. Falls back to the oldest failure still in the log, then
 * to the last error's time, when retention removed older fetches.
 */
async function unhealthySinceOf(
  db: CrisisRoomDatabase,
  source: MonitoringSourceRow,
  unhealthyAfter: number,
): Promise<number | null> {
  const failures = await db.monitoringFetchLog
    .where('[sourceId+startedAt]')
    .between(
      [source.id, source.lastSuccessAt ?? Number.NEGATIVE_INFINITY],
      [source.id, Number.POSITIVE_INFINITY],
      false,
      true,
    )
    .filter((row) => row.outcome === 'failed' && row.error?.code !== 'offline')
    .toArray();
  const reached = failures[Math.max(0, unhealthyAfter - 1)] ?? failures[0];
  return reached?.finishedAt ?? source.lastErrorAt;
}

/**
 * Checks every source's health at `now` with the rule the Sources screen uses (at least the
 * `monitoringUnhealthyAfter` setting's failures in a row): unhealthy enabled sources fire (one
 * alert per outage, one more occurrence per hour), healthy ones resolve their alerts as
 * recovered, and disabled or deleted sources resolve theirs (they cannot recover on their own).
 * Then wakes source alerts whose snooze ended. Resolves the notices.
 */
export async function evaluateSourceHealth(
  db: CrisisRoomDatabase,
  now: number,
): Promise<AlertNotice[]> {
  const unhealthyAfter = await readSetting('monitoringUnhealthyAfter', db);
  const views = await readSourceViews(unhealthyAfter, db);
  const rows = new Map((await db.monitoringSources.toArray()).map((row) => [row.id, row]));
  const health: SourceHealth[] = [];
  const closedIds: string[] = [];
  for (const view of views) {
    const row = rows.get(view.config.id);
    if (row === undefined) {
      continue;
    }
    if (!view.config.enabled) {
      closedIds.push(view.config.id);
      continue;
    }
    health.push({
      id: view.config.id,
      name: view.config.name,
      isHealthy: !view.health.isUnhealthy,
      unhealthySince: view.health.isUnhealthy
        ? await unhealthySinceOf(db, row, unhealthyAfter)
        : null,
    });
  }

  const open = await db.monitoringAlerts
    .where('state')
    .anyOf([...openAlertStates])
    .filter((alert) => alert.kind === 'source-unhealthy')
    .toArray();
  for (const alert of open) {
    if (alert.sourceId !== null && !rows.has(alert.sourceId)) {
      closedIds.push(alert.sourceId);
    }
  }

  const changes = await storeFirings(
    { kind: 'source-unhealthy' },
    sourceHealthFirings(health, now),
    now,
    {},
    db,
  );
  await resolveRecoveredSources(health, now, db);
  await resolveSourceAlerts(closedIds, now, db);
  await wakeSnoozedAlerts(now, (alert) => alert.kind === 'source-unhealthy', db);

  const notices: AlertNotice[] = [];
  for (const source of health) {
    notices.push(
      ...noticesOf(
        changes.filter(({ alert }) => alert.sourceId === source.id),
        source.name,
      ),
    );
  }
  return notices;
}
