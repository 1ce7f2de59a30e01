import { useLiveQuery } from '../../db/live';
import { readSourceCoverage } from '../../db/repositories/monitoringItemRepository';
import type { SourceCoverage } from '../../db/repositories/monitoringItemRepository';

export type { SourceCoverage } from '../../db/repositories/monitoringItemRepository';
export type {
  CoverageGap,
  CoverageWindow,
  GapReason,
} from '../../../../shared/monitoring/coverage';

/**
 * Which stretches of `from`..`to` (epoch ms) a source was really scanned, and the gaps with
 * their reasons (`asleep`, `offline`, `failing`, `not-running`). Read live. Pass a `to` that
 * changes over time (a ticking "now") to see a current trailing gap. `undefined` while loading.
 */
export function useSourceCoverage(
  sourceId: string,
  from: number,
  to: number,
): SourceCoverage | undefined {
  return useLiveQuery(() => readSourceCoverage(sourceId, from, to), [sourceId, from, to]);
}
