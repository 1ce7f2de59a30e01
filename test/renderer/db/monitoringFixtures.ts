import type { CrisisRoomDatabase } from '../../../renderer/src/db/database';
import { putSourceConfig } from '../../../renderer/src/db/repositories/monitoringSourceRepository';
import type { FetchRecord, FetchedItem, HostEventRecord } from '../../../shared/monitoring/records';
import { timeOrderedId } from '../../../shared/monitoring/records';
import type { SourceConfig } from '../../../shared/monitoring/source';
import { okFetchRecord } from '../../fixtures/monitoringRecords';
import { rssSourceConfig } from '../../fixtures/monitoringSources';

/** 2026-11-22 08:00 UTC: the fixed "now" of monitoring tests. */
export const testNow = Date.UTC(2026, 10, 22, 8, 0, 0);

/** A valid RSS source configuration (source-a), with `overrides` applied. */
export function sourceConfig(overrides: Partial<SourceConfig> = {}): SourceConfig {
  return rssSourceConfig(overrides);
}

/** Stores a source as the app would (through the repository) and returns its configuration. */
export async function seedSource(
  db: CrisisRoomDatabase,
  overrides: Partial<SourceConfig> = {},
  at: number = testNow - 24 * 60 * 60_000,
): Promise<SourceConfig> {
  const config = sourceConfig(overrides);
  await putSourceConfig(config, at, db);
  return config;
}

/** A normalised item with the given dedupe key. */
export function item(dedupeKey: string, overrides: Partial<FetchedItem> = {}): FetchedItem {
  return {
    dedupeKey,
    title: `Title ${dedupeKey}`,
    link: `https://news.example.tw/${dedupeKey}`,
    text: `Text of ${dedupeKey}`,
    author: null,
    publishedAt: testNow,
    dateSource: 'feed',
    language: 'en',
    isTruncated: false,
    ...overrides,
  };
}

let sequence = 0;

/** A fetch record finished at `at`, with a fresh time-ordered id unless one is given. */
export function fetchRecord(at: number, overrides: Partial<FetchRecord> = {}): FetchRecord {
  sequence += 1;
  return {
    ...okFetchRecord(timeOrderedId(at, sequence), 'source-a', at, overrides.items),
    ...overrides,
  };
}

/** A host event record at `at`. */
export function hostRecord(at: number, event: HostEventRecord['event']): HostEventRecord {
  sequence += 1;
  return { type: 'host', id: timeOrderedId(at, sequence), at, event };
}
