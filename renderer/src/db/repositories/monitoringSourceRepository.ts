import { liveQuery } from 'dexie';
import type { FetchError, FetchOutcome } from '../../../../shared/monitoring/records';
import { initialFetchState } from '../../../../shared/monitoring/source';
import type { ScheduledSource, SourceConfig } from '../../../../shared/monitoring/source';
import { getDatabase } from '../database';
import type { CrisisRoomDatabase, MonitoringSourceRow } from '../database';
import { runWrite } from '../writeErrors';

/** A source's health as the list of sources shows it. Times are epoch ms. */
export type MonitoringSourceHealth = {
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  lastOutcome: FetchOutcome | null;
  lastError: FetchError | null;
  lastErrorAt: number | null;
  consecutiveFailures: number;
  /** At least the `monitoringUnhealthyAfter` setting's failures in a row; stays until a success. */
  isUnhealthy: boolean;
  lastNewItems: number | null;
};

/** A source as the UI shows it: configuration, when it was made and changed, and its health. */
export type MonitoringSourceView = {
  config: SourceConfig;
  createdAt: number;
  updatedAt: number;
  health: MonitoringSourceHealth;
};

/** The configuration part of a stored source row. */
export function sourceConfigOf(row: MonitoringSourceRow): SourceConfig {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    kind: row.kind,
    intervalMinutes: row.intervalMinutes,
    enabled: row.enabled,
    tags: row.tags,
    charset: row.charset,
    headers: row.headers,
    jsonMapping: row.jsonMapping,
  };
}

/** A stored source row as the scheduler in the main process needs it. */
export function scheduledSourceOf(row: MonitoringSourceRow): ScheduledSource {
  return {
    config: sourceConfigOf(row),
    state: {
      lastAttemptAt: row.lastAttemptAt,
      lastSuccessAt: row.lastSuccessAt,
      consecutiveFailures: row.consecutiveFailures,
      etag: row.etag,
      lastModified: row.lastModified,
    },
  };
}

/** Maps a stored row to its view; `unhealthyAfter` is the setting of that name. */
function toSourceView(row: MonitoringSourceRow, unhealthyAfter: number): MonitoringSourceView {
  return {
    config: sourceConfigOf(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    health: {
      lastAttemptAt: row.lastAttemptAt,
      lastSuccessAt: row.lastSuccessAt,
      lastOutcome: row.lastOutcome,
      lastError: row.lastError,
      lastErrorAt: row.lastErrorAt,
      consecutiveFailures: row.consecutiveFailures,
      isUnhealthy: row.consecutiveFailures >= unhealthyAfter,
      lastNewItems: row.lastNewItems,
    },
  };
}

/**
 * Every source with its health, sorted by name in the user's language order. Dexie-only, so it
 * works inside live queries.
 */
export function readSourceViews(
  unhealthyAfter: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<MonitoringSourceView[]> {
  return db.monitoringSources.toArray().then((rows) => {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    return rows
      .map((row) => toSourceView(row, unhealthyAfter))
      .sort(
        (left, right) =>
          collator.compare(left.config.name, right.config.name) ||
          left.config.id.localeCompare(right.config.id),
      );
  });
}

/** One stored source row, or undefined. */
export function readSourceRow(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<MonitoringSourceRow | undefined> {
  return db.monitoringSources.get(id);
}

/** Every stored source as the scheduler needs it, in id order. */
export function readScheduledSources(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<ScheduledSource[]> {
  return db.monitoringSources.toArray().then((rows) => rows.map(scheduledSourceOf));
}

/**
 * Calls `listener` with every stored source (as the scheduler needs it) now and after every
 * change of the sources table, health updates included; returns the unsubscribe function.
 * `onError` receives read failures.
 */
export function observeScheduledSources(
  listener: (sources: ScheduledSource[]) => void,
  onError: (error: unknown) => void,
  db: CrisisRoomDatabase = getDatabase(),
): () => void {
  const subscription = liveQuery(() => readScheduledSources(db)).subscribe({
    next: listener,
    error: onError,
  });
  return () => {
    subscription.unsubscribe();
  };
}

/** Configuration fields whose change makes the stored HTTP validators meaningless. */
function fetchesDifferently(before: SourceConfig, after: SourceConfig): boolean {
  return (
    before.url !== after.url ||
    before.kind !== after.kind ||
    before.charset !== after.charset ||
    JSON.stringify(before.headers) !== JSON.stringify(after.headers) ||
    JSON.stringify(before.jsonMapping) !== JSON.stringify(after.jsonMapping)
  );
}

/**
 * Stores a validated source configuration: a new source starts with no fetch state and no
 * health; an existing one keeps its health, and its ETag/Last-Modified are dropped when the URL,
 * kind, charset, headers or mapping changed (a conditional GET would then skip real content).
 * Throws a StorageWriteError when the write fails; nothing is changed then.
 */
export function putSourceConfig(
  config: SourceConfig,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<MonitoringSourceRow> {
  return runWrite(db, [db.monitoringSources], async () => {
    const existing = await db.monitoringSources.get(config.id);
    const row: MonitoringSourceRow =
      existing === undefined
        ? {
            ...config,
            ...initialFetchState,
            createdAt: now,
            updatedAt: now,
            lastOutcome: null,
            lastError: null,
            lastErrorAt: null,
            lastRecordId: null,
            lastNewItems: null,
          }
        : {
            ...existing,
            ...config,
            updatedAt: now,
            ...(fetchesDifferently(sourceConfigOf(existing), config)
              ? { etag: null, lastModified: null }
              : {}),
          };
    await db.monitoringSources.put(row);
    return row;
  });
}

/**
 * Turns a source on or off. Resolves false when there is no such source. Throws a
 * StorageWriteError when the write fails.
 */
export function updateSourceEnabled(
  id: string,
  isEnabled: boolean,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<boolean> {
  return runWrite(db, [db.monitoringSources], async () => {
    const changed = await db.monitoringSources.update(id, { enabled: isEnabled, updatedAt: now });
    return changed > 0;
  });
}

/** What deleting a source removed. */
export type DeletedSourceCounts = {
  removedItems: number;
  removedFetchLog: number;
  removedCoverage: number;
};

/**
 * Deletes a source with its items, fetch log and coverage windows in one transaction: all or
 * nothing. Records of it still in the outbox are then acknowledged without being stored.
 */
export function deleteSourceAndData(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<DeletedSourceCounts> {
  const tables = [
    db.monitoringSources,
    db.monitoringItems,
    db.monitoringFetchLog,
    db.monitoringCoverage,
  ];
  return runWrite(db, tables, async () => {
    await db.monitoringSources.delete(id);
    const removedItems = await db.monitoringItems
      .where('[sourceId+publishedAt]')
      .between([id, Number.NEGATIVE_INFINITY], [id, Number.POSITIVE_INFINITY], true, true)
      .delete();
    const removedFetchLog = await db.monitoringFetchLog
      .where('[sourceId+startedAt]')
      .between([id, Number.NEGATIVE_INFINITY], [id, Number.POSITIVE_INFINITY], true, true)
      .delete();
    const removedCoverage = await db.monitoringCoverage
      .where('[sourceId+start]')
      .between([id, Number.NEGATIVE_INFINITY], [id, Number.POSITIVE_INFINITY], true, true)
      .delete();
    return { removedItems, removedFetchLog, removedCoverage };
  });
}
