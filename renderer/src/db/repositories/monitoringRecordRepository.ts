import { extendCoverage } from '../../../../shared/monitoring/coverage';
import type { RollupMatch } from '../../../../shared/monitoring/earlyWarning/rollups';
import type { FetchRecord, OutboxRecord } from '../../../../shared/monitoring/records';
import { getDatabase } from '../database';
import type {
  CrisisRoomDatabase,
  MonitoringCoverageRow,
  MonitoringItemRow,
  MonitoringSourceRow,
} from '../database';
import { runWrite } from '../writeErrors';
import { applyRollupChanges } from './monitoringRollupRepository';
import type { RollupChange } from './monitoringRollupRepository';

/** What one call of {@link applyRecords} did. */
export type ApplyRecordsResult = {
  /**
   * Ids of every record given, in order: stored now, stored before (a re-delivery) or for a source
   * that no longer exists. All of them may be acknowledged once the call resolved.
   */
  appliedIds: string[];
  /** Items stored that were not stored before. */
  itemsAdded: number;
  /** Rules whose hourly rollups these records changed (their triggers are worth evaluating). */
  touchedRuleIds: string[];
};

/** Key of an item inside its fetch record: the record id and the item's index in base 36. */
export function monitoringItemId(recordId: string, index: number): string {
  return `${recordId}-${index.toString(36).padStart(4, '0')}`;
}

/** Id of a coverage window row; a window keeps its start, so the id is stable while it grows. */
export function coverageWindowId(sourceId: string, start: number): string {
  return `${sourceId}:${start}`;
}

/**
 * What a stored item counts as in a rule's rollup. It counts in the hour it was published, or
 * fetched when the feed dates it later (a future date would land in an hour not yet shown); the
 * sentiment is neutral when ingest did not score it.
 */
export function rollupMatchOf(
  item: MonitoringItemRow,
  ruleId: string,
  terms: readonly string[],
): RollupMatch {
  return {
    ruleId,
    itemId: item.id,
    publishedAt: Math.min(item.publishedAt, item.fetchedAt),
    sentimentLabel: item.sentiment?.label ?? 'neutral',
    sourceId: item.sourceId,
    terms,
  };
}

/**
 * The item with only the matches of rules that exist (a rule deleted while its fetch was under
 * way leaves no trace) and `matchedRuleIds` for the index; unchanged when ingest matched nothing.
 */
function withKnownMatches(
  item: MonitoringItemRow,
  ruleIds: ReadonlySet<string>,
): MonitoringItemRow {
  if (item.ruleMatches === undefined) {
    return item;
  }
  const ruleMatches = item.ruleMatches.filter((match) => ruleIds.has(match.ruleId));
  return { ...item, ruleMatches, matchedRuleIds: ruleMatches.map((match) => match.ruleId) };
}

/** The outcomes that count as a scan for coverage and reset the failure count. */
function isSuccessfulOutcome(outcome: FetchRecord['outcome']): boolean {
  return outcome === 'ok' || outcome === 'not-modified' || outcome === 'partial';
}

/** The source's health fields after `record`; validators follow the server, kept on failure. */
function healthAfter(
  source: MonitoringSourceRow,
  record: FetchRecord,
  itemsNew: number,
): Partial<MonitoringSourceRow> {
  const isSuccess = isSuccessfulOutcome(record.outcome);
  // The main process records fetches cut short by sleep or a lost network as `offline`: the
  // source did nothing wrong, so they neither count towards "unhealthy" nor reset the count.
  const isHostOffline = record.outcome === 'failed' && record.error?.code === 'offline';
  const validators =
    record.outcome === 'failed'
      ? { etag: source.etag, lastModified: source.lastModified }
      : record.outcome === 'not-modified'
        ? {
            etag: record.etag ?? source.etag,
            lastModified: record.lastModified ?? source.lastModified,
          }
        : { etag: record.etag, lastModified: record.lastModified };
  return {
    ...validators,
    lastAttemptAt: record.startedAt,
    lastSuccessAt: isSuccess ? record.finishedAt : source.lastSuccessAt,
    consecutiveFailures: isSuccess
      ? 0
      : isHostOffline
        ? source.consecutiveFailures
        : source.consecutiveFailures + 1,
    lastOutcome: record.outcome,
    // A partial fetch counts as a scan but keeps what was wrong visible.
    lastError: record.outcome === 'ok' || record.outcome === 'not-modified' ? null : record.error,
    lastErrorAt:
      record.outcome === 'ok' || record.outcome === 'not-modified' ? null : record.finishedAt,
    lastRecordId: record.id,
    lastNewItems: itemsNew,
  };
}

/**
 * Stores one fetch record inside the caller's transaction. `seenKeys` holds the dedupe keys
 * stored earlier in the same batch, so an item found by two records of one batch is stored once.
 */
async function applyFetchRecord(
  db: CrisisRoomDatabase,
  record: FetchRecord,
  seenKeys: Set<string>,
  ruleIds: ReadonlySet<string>,
  rollupChanges: RollupChange[],
): Promise<number> {
  const source = await db.monitoringSources.get(record.sourceId);
  if (source === undefined) {
    // The source was deleted after this fetch: nothing of it is kept, but the record is done.
    return 0;
  }
  const candidates: MonitoringItemRow[] = [];
  for (const [index, item] of record.items.entries()) {
    if (seenKeys.has(item.dedupeKey)) {
      continue;
    }
    seenKeys.add(item.dedupeKey);
    candidates.push(
      withKnownMatches(
        {
          ...item,
          id: monitoringItemId(record.id, index),
          sourceId: record.sourceId,
          fetchedAt: record.finishedAt,
        },
        ruleIds,
      ),
    );
  }
  const storedKeys = new Set(
    candidates.length === 0
      ? []
      : await db.monitoringItems
          .where('dedupeKey')
          .anyOf(candidates.map((item) => item.dedupeKey))
          .keys(),
  );
  const newItems = candidates.filter((item) => !storedKeys.has(item.dedupeKey));
  if (newItems.length > 0) {
    await db.monitoringItems.bulkAdd(newItems);
  }
  // Only items stored now count: a duplicate was counted when it was first stored.
  for (const item of newItems) {
    for (const match of item.ruleMatches ?? []) {
      rollupChanges.push({ kind: 'add', match: rollupMatchOf(item, match.ruleId, match.terms) });
    }
  }

  await db.monitoringFetchLog.add({
    id: record.id,
    sourceId: record.sourceId,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    outcome: record.outcome,
    error: record.error,
    httpStatus: record.httpStatus,
    itemsFound: record.itemsFound,
    itemsNew: newItems.length,
    warnings: record.warnings,
  });

  if (isSuccessfulOutcome(record.outcome)) {
    await extendStoredCoverage(db, source, record.finishedAt);
  }
  // Records normally arrive in order; a late older one must not roll the health back.
  if (source.lastRecordId === null || record.id > source.lastRecordId) {
    await db.monitoringSources.update(source.id, healthAfter(source, record, newItems.length));
  }
  return newItems.length;
}

/**
 * Adds a scan at `at` to the source's stored windows: reads the windows it could touch (the last
 * one starting before it and the first one after it), merges, and replaces them.
 */
async function extendStoredCoverage(
  db: CrisisRoomDatabase,
  source: MonitoringSourceRow,
  at: number,
): Promise<void> {
  const intervalMs = source.intervalMinutes * 60_000;
  const range = db.monitoringCoverage.where('[sourceId+start]');
  const before = await range
    .between([source.id, Number.NEGATIVE_INFINITY], [source.id, at], true, true)
    .last();
  const after = await range
    .between([source.id, at], [source.id, Number.POSITIVE_INFINITY], false, true)
    .first();
  const touched = [before, after].filter(
    (window): window is MonitoringCoverageRow => window !== undefined,
  );
  const merged = extendCoverage(touched, at, intervalMs);
  const rows = merged.map((window): MonitoringCoverageRow => ({
    id: coverageWindowId(source.id, window.start),
    sourceId: source.id,
    start: window.start,
    end: window.end,
  }));
  const keptIds = new Set(rows.map((row) => row.id));
  const replaced = touched.filter((window) => !keptIds.has(window.id)).map((window) => window.id);
  if (replaced.length > 0) {
    await db.monitoringCoverage.bulkDelete(replaced);
  }
  await db.monitoringCoverage.bulkPut(rows);
}

/**
 * Stores outbox records in one read-write transaction: all of them or, on any failure, none
 * (then it throws a StorageWriteError, `storage-full` when the quota is reached, and nothing may
 * be acknowledged). Applying is idempotent: a fetch record whose id is in the fetch log was
 * stored before and is skipped whole, items whose dedupe key is already stored are not added
 * again, and host events are put by id. A record for a deleted source stores nothing but counts
 * as applied. Records are applied in the order given. Each newly stored item keeps the rule
 * matches ingest recorded (for rules that still exist), is indexed by them, and is added to the
 * hourly rollup of each rule it matched in the same transaction, so rollups always equal the
 * stored items' matches.
 */
export async function applyRecords(
  records: readonly OutboxRecord[],
  db: CrisisRoomDatabase = getDatabase(),
): Promise<ApplyRecordsResult> {
  const appliedIds = records.map((record) => record.id);
  if (records.length === 0) {
    return { appliedIds, itemsAdded: 0, touchedRuleIds: [] };
  }
  const tables = [
    db.monitoringSources,
    db.monitoringItems,
    db.monitoringFetchLog,
    db.monitoringCoverage,
    db.monitoringHostEvents,
    db.monitoringRules,
    db.monitoringRollups,
  ];
  const touched = new Set<string>();
  const itemsAdded = await runWrite(db, tables, async () => {
    const fetchIds = records.filter((record) => record.type === 'fetch').map((record) => record.id);
    const logged = await db.monitoringFetchLog.bulkGet(fetchIds);
    const alreadyApplied = new Set(logged.flatMap((row) => (row === undefined ? [] : [row.id])));
    const seenKeys = new Set<string>();
    const ruleIds = new Set(await db.monitoringRules.toCollection().primaryKeys());
    const rollupChanges: RollupChange[] = [];
    let added = 0;
    for (const record of records) {
      if (record.type === 'host') {
        await db.monitoringHostEvents.put({ id: record.id, at: record.at, event: record.event });
        continue;
      }
      if (alreadyApplied.has(record.id)) {
        continue;
      }
      // A record repeated inside one batch is applied once.
      alreadyApplied.add(record.id);
      added += await applyFetchRecord(db, record, seenKeys, ruleIds, rollupChanges);
    }
    await applyRollupChanges(db, rollupChanges);
    for (const change of rollupChanges) touched.add(change.match.ruleId);
    return added;
  });
  return { appliedIds, itemsAdded, touchedRuleIds: [...touched] };
}
