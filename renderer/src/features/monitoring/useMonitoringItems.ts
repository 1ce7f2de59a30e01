import { useLiveQuery } from '../../db/live';
import { queryItems } from '../../db/repositories/monitoringItemRepository';
import type { MonitoringItemPage } from '../../db/repositories/monitoringItemRepository';

export type {
  MonitoringItemFilter,
  MonitoringItemPage,
  MonitoringItemView,
} from '../../db/repositories/monitoringItemRepository';

/**
 * Fetched items matching the filter, newest published first, at most `limit` (grow it to load
 * more), with whether more match. Read live, so new items appear as records are applied.
 * `undefined` until the first read completes.
 */
export function useMonitoringItems(
  filter: { sourceId: string | null; from: number | null; to: number | null; text: string },
  limit: number,
): MonitoringItemPage | undefined {
  const { sourceId, from, to, text } = filter;
  return useLiveQuery(
    () => queryItems({ sourceId, from, to, text }, limit),
    [sourceId, from, to, text, limit],
  );
}
