import { useLiveQuery } from '../../db/live';
import { readFetchLog } from '../../db/repositories/monitoringItemRepository';
import type { FetchLogEntry } from '../../db/repositories/monitoringItemRepository';

export type { FetchLogEntry } from '../../db/repositories/monitoringItemRepository';

/** The newest `limit` fetch attempts of a source, newest first, read live; undefined while loading. */
export function useFetchLog(sourceId: string, limit: number): FetchLogEntry[] | undefined {
  return useLiveQuery(() => readFetchLog(sourceId, limit), [sourceId, limit]);
}
