import { CrisisRoomDatabase } from '../../../renderer/src/db/database';
import { applyRecords } from '../../../renderer/src/db/repositories/monitoringRecordRepository';
import { putSourceConfig } from '../../../renderer/src/db/repositories/monitoringSourceRepository';
import type { FetchRecord, FetchedItem } from '../../../shared/monitoring/records';
import { timeOrderedId } from '../../../shared/monitoring/records';
import { okFetchRecord } from '../../fixtures/monitoringRecords';
import { rssSourceConfig } from '../../fixtures/monitoringSources';

/**
 * Runs inside Chromium (bundled for the browser by `npm run bench`): stores monitoring items in
 * real IndexedDB the way the app does (records applied through the repository: dedupe lookups,
 * fetch log, coverage, health, one transaction per batch) and, as the baseline, the same rows with
 * a bare `bulkAdd` into the same table and indexes.
 */

/** Measurements of one run. */
export interface IdbBenchResult {
  totalItems: number;
  batchSize: number;
  /** Items per second over the whole run. */
  subjectItemsPerSecond: number;
  baselineItemsPerSecond: number;
  /** Items per second over the last tenth of the run (the store already near `totalItems`). */
  subjectItemsPerSecondAtEnd: number;
  baselineItemsPerSecondAtEnd: number;
}

const sampleText =
  '消費者在社群平台投訴產品異味，網友轉發超過三千次，媒體開始詢問。Customers report a strange smell; ' +
  'the post was shared thousands of times and reporters are asking for comment. ';

function benchItem(sequence: number, at: number): FetchedItem {
  return {
    dedupeKey: `bench-${sequence.toString(36)}`,
    title: `第 ${sequence} 則：食品安全疑慮 — item ${sequence}`,
    link: `https://news.example.com/articles/${sequence}`,
    text: sampleText.repeat(6),
    author: '記者 王小明',
    publishedAt: at - (sequence % 3_600) * 1_000,
    dateSource: 'feed',
    language: 'zh-Hant',
    isTruncated: false,
  };
}

function benchRecord(batch: number, batchSize: number, start: number): FetchRecord {
  const at = start + batch * 60_000;
  const items = Array.from({ length: batchSize }, (_, index) =>
    benchItem(batch * batchSize + index, at),
  );
  return okFetchRecord(timeOrderedId(at, batch), 'bench-source', at, items);
}

async function openBenchDatabase(label: string): Promise<CrisisRoomDatabase> {
  const db = new CrisisRoomDatabase(`bench-${label}-${Date.now().toString(36)}`);
  await db.open();
  await putSourceConfig(
    rssSourceConfig({
      id: 'bench-source',
      name: 'Benchmark source',
      url: 'https://news.example.com/rss.xml',
      intervalMinutes: 5,
    }),
    Date.now(),
    db,
  );
  return db;
}

/** Times `batches` writes and returns [items/s overall, items/s over the last tenth]. */
async function timeBatches(
  batches: number,
  batchSize: number,
  write: (batch: number) => Promise<void>,
): Promise<[number, number]> {
  const tailFrom = Math.floor(batches * 0.9);
  const started = performance.now();
  let tailStarted = started;
  for (let batch = 0; batch < batches; batch += 1) {
    if (batch === tailFrom) tailStarted = performance.now();
    await write(batch);
  }
  const ended = performance.now();
  return [
    (batches * batchSize) / ((ended - started) / 1000),
    ((batches - tailFrom) * batchSize) / ((ended - tailStarted) / 1000),
  ];
}

/** Stores `totalItems` items both ways and reports the rates. */
export async function runIdbBench(totalItems: number, batchSize: number): Promise<IdbBenchResult> {
  const batches = Math.ceil(totalItems / batchSize);
  const start = Date.UTC(2026, 10, 22);

  const subjectDb = await openBenchDatabase('subject');
  const [subjectItemsPerSecond, subjectItemsPerSecondAtEnd] = await timeBatches(
    batches,
    batchSize,
    async (batch) => {
      await applyRecords([benchRecord(batch, batchSize, start)], subjectDb);
    },
  );
  const stored = await subjectDb.monitoringItems.count();
  if (stored !== batches * batchSize) {
    throw new Error(`expected ${batches * batchSize} stored items, found ${stored}`);
  }
  subjectDb.close();
  await subjectDb.delete();

  const baselineDb = await openBenchDatabase('baseline');
  const [baselineItemsPerSecond, baselineItemsPerSecondAtEnd] = await timeBatches(
    batches,
    batchSize,
    async (batch) => {
      const record = benchRecord(batch, batchSize, start);
      const rows = record.items.map((item, index) => ({
        ...item,
        id: `${record.id}-${index.toString(36).padStart(4, '0')}`,
        sourceId: record.sourceId,
        fetchedAt: record.finishedAt,
      }));
      await baselineDb.transaction('rw', baselineDb.monitoringItems, () =>
        baselineDb.monitoringItems.bulkAdd(rows),
      );
    },
  );
  baselineDb.close();
  await baselineDb.delete();

  return {
    totalItems: batches * batchSize,
    batchSize,
    subjectItemsPerSecond,
    baselineItemsPerSecond,
    subjectItemsPerSecondAtEnd,
    baselineItemsPerSecondAtEnd,
  };
}

Object.assign(globalThis, { runIdbBench });
