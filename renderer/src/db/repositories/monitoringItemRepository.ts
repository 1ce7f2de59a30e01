import { findGaps } from '../../../../shared/monitoring/coverage';
import type {
  CoverageGap,
  CoverageHostEvent,
  CoverageWindow,
} from '../../../../shared/monitoring/coverage';
import type { FetchedItem } from '../../../../shared/monitoring/records';
import { timeOrderedIdFloor } from '../../../../shared/monitoring/records';
import { getDatabase } from '../database';
import type { CrisisRoomDatabase, MonitoringFetchLogRow, MonitoringItemRow } from '../database';
import { runWrite } from '../writeErrors';

/** A stored item as the items list shows it. */
export type MonitoringItemView = FetchedItem & {
  id: string;
  sourceId: string;
  fetchedAt: number;
};

/** What the items list is filtered by; null means "any". Times are epoch ms, inclusive. */
export type MonitoringItemFilter = {
  sourceId: string | null;
  from: number | null;
  to: number | null;
  /** Case-insensitive substring of title, text or author; blank matches everything. */
  text: string;
};

/** One page of the items list. */
export type MonitoringItemPage = {
  items: MonitoringItemView[];
  /** More items match beyond `limit`. */
  hasMore: boolean;
};

/**
 * One fetch attempt as the source's history shows it: the stored row as is, named for the
 * screens so they do not import the table shapes.
 */
export type FetchLogEntry = MonitoringFetchLogRow;

/** A source's coverage between two times: scanned windows and explained gaps. */
export type SourceCoverage = {
  windows: CoverageWindow[];
  gaps: CoverageGap[];
};

function toItemView(row: MonitoringItemRow): MonitoringItemView {
  return {
    id: row.id,
    sourceId: row.sourceId,
    fetchedAt: row.fetchedAt,
    dedupeKey: row.dedupeKey,
    title: row.title,
    link: row.link,
    text: row.text,
    author: row.author,
    publishedAt: row.publishedAt,
    dateSource: row.dateSource,
    language: row.language,
    isTruncated: row.isTruncated,
  };
}

/** True when the row's title, text or author contains `needle` (already lower-cased). */
function matchesText(row: MonitoringItemRow, needle: string): boolean {
  return (
    row.title.toLowerCase().includes(needle) ||
    row.text.toLowerCase().includes(needle) ||
    (row.author?.toLowerCase().includes(needle) ?? false)
  );
}

/**
 * Items matching `filter`, newest published first, at most `limit` of them, and whether more
 * match. Walks the `[sourceId+publishedAt]` index when a source is chosen, else `publishedAt`,
 * backwards, so the first page costs about `limit` reads unless the text filter is selective.
 * Dexie-only, so it works inside live queries.
 */
export async function queryItems(
  filter: MonitoringItemFilter,
  limit: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<MonitoringItemPage> {
  const from = filter.from ?? Number.NEGATIVE_INFINITY;
  const to = filter.to ?? Number.POSITIVE_INFINITY;
  if (from > to || limit <= 0) {
    return { items: [], hasMore: false };
  }
  const base =
    filter.sourceId === null
      ? db.monitoringItems.where('publishedAt').between(from, to, true, true)
      : db.monitoringItems
          .where('[sourceId+publishedAt]')
          .between([filter.sourceId, from], [filter.sourceId, to], true, true);
  const needle = filter.text.trim().toLowerCase();
  const walk = base.reverse();
  const rows = await (needle === '' ? walk : walk.filter((row) => matchesText(row, needle)))
    .limit(limit + 1)
    .toArray();
  return { items: rows.slice(0, limit).map(toItemView), hasMore: rows.length > limit };
}

/** The newest `limit` fetch attempts of a source, newest first. Dexie-only. */
export async function readFetchLog(
  sourceId: string,
  limit: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<FetchLogEntry[]> {
  const rows = await db.monitoringFetchLog
    .where('[sourceId+startedAt]')
    .between([sourceId, Number.NEGATIVE_INFINITY], [sourceId, Number.POSITIVE_INFINITY], true, true)
    .reverse()
    .limit(Math.max(0, limit))
    .toArray();
  return rows.map((row) => ({ ...row, warnings: [...row.warnings] }));
}

/** The newest host event before `at` of either kind of a pair (suspend/resume, offline/online). */
async function lastHostEventBefore(
  db: CrisisRoomDatabase,
  at: number,
  kinds: readonly string[],
): Promise<CoverageHostEvent | undefined> {
  const row = await db.monitoringHostEvents
    .where('at')
    .below(at)
    .reverse()
    .filter((event) => kinds.includes(event.event))
    .first();
  return row === undefined ? undefined : { at: row.at, event: row.event };
}

/**
 * A source's scanned windows overlapping `from`..`to` and the gaps between them, each with its
 * reasons (host events and failed fetches of the time). Before the source was created there is
 * nothing to miss, so gaps start no earlier than its creation. An unknown source has neither.
 * Dexie-only, so it works inside live queries.
 */
export async function readSourceCoverage(
  sourceId: string,
  from: number,
  to: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SourceCoverage> {
  const source = await db.monitoringSources.get(sourceId);
  if (source === undefined || to <= from) {
    return { windows: [], gaps: [] };
  }
  const windowRows = await db.monitoringCoverage
    .where('[sourceId+start]')
    .between([sourceId, Number.NEGATIVE_INFINITY], [sourceId, to], true, true)
    .filter((window) => window.end >= from)
    .toArray();
  const windows = windowRows.map((row) => ({ start: row.start, end: row.end }));
  const inRange = await db.monitoringHostEvents.where('at').between(from, to, true, true).toArray();
  const sleepBefore = await lastHostEventBefore(db, from, ['suspend', 'resume']);
  const networkBefore = await lastHostEventBefore(db, from, ['offline', 'online']);
  const hostEvents: CoverageHostEvent[] = [
    ...[sleepBefore, networkBefore].filter(
      (event): event is CoverageHostEvent => event !== undefined,
    ),
    ...inRange.map((row) => ({ at: row.at, event: row.event })),
  ];
  const failures = await db.monitoringFetchLog
    .where('[sourceId+startedAt]')
    .between([sourceId, from], [sourceId, to], true, true)
    .filter((entry) => entry.outcome === 'failed')
    .toArray();
  const gapsFrom = Math.max(from, source.createdAt);
  const gaps = findGaps(
    windows,
    gapsFrom,
    to,
    source.intervalMinutes * 60_000,
    hostEvents,
    failures.map((entry) => entry.startedAt),
  );
  return { windows, gaps };
}

/** What one pruning pass removed. */
export type PruneResult = {
  removedItems: number;
  removedFetchLog: number;
  removedHostEvents: number;
  removedCoverage: number;
};

/** Rows deleted per transaction while pruning: short transactions keep the UI responsive. */
export const pruneChunkSize = 2_000;

/** Lets other work (live queries, record applies) run between pruning chunks. */
function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/**
 * Removes monitoring data older than `retentionDays` before `now`: items fetched before the
 * cutoff and fetch log rows, found by primary-key range below the time-ordered id of the cutoff
 * and deleted `chunkSize` per transaction with a pause between chunks; then old host events and
 * coverage windows that ended before the cutoff. Each chunk is all or nothing; a failed chunk
 * throws a StorageWriteError and leaves the earlier chunks removed (they were due anyway).
 */
export async function pruneMonitoringData(
  now: number,
  retentionDays: number,
  db: CrisisRoomDatabase = getDatabase(),
  chunkSize: number = pruneChunkSize,
): Promise<PruneResult> {
  const cutoff = now - retentionDays * 24 * 60 * 60_000;
  const floor = timeOrderedIdFloor(cutoff);
  const deleteChunked = async (
    table: typeof db.monitoringItems | typeof db.monitoringFetchLog,
  ): Promise<number> => {
    let removed = 0;
    for (;;) {
      const count = await runWrite(db, [table], async () => {
        const keys = await table.where(':id').below(floor).limit(chunkSize).primaryKeys();
        await table.bulkDelete(keys);
        return keys.length;
      });
      removed += count;
      if (count < chunkSize) {
        return removed;
      }
      await yieldToOthers();
    }
  };
  const removedItems = await deleteChunked(db.monitoringItems);
  const removedFetchLog = await deleteChunked(db.monitoringFetchLog);
  const { removedHostEvents, removedCoverage } = await runWrite(
    db,
    [db.monitoringHostEvents, db.monitoringCoverage],
    async () => ({
      removedHostEvents: await db.monitoringHostEvents.where('at').below(cutoff).delete(),
      removedCoverage: await db.monitoringCoverage.filter((window) => window.end < cutoff).delete(),
    }),
  );
  return { removedItems, removedFetchLog, removedHostEvents, removedCoverage };
}
