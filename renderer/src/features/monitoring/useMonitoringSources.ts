import { useLiveQuery } from '../../db/live';
import { readSourceViews } from '../../db/repositories/monitoringSourceRepository';
import type { MonitoringSourceView } from '../../db/repositories/monitoringSourceRepository';
import { readSetting } from '../../db/repositories/settingsRepository';

export type {
  MonitoringSourceHealth,
  MonitoringSourceView,
} from '../../db/repositories/monitoringSourceRepository';

/**
 * Every monitoring source with its health, sorted by name, read live: the list updates when a
 * source is saved, a fetch record is applied or the `monitoringUnhealthyAfter` setting changes.
 * `undefined` until the first read completes.
 */
export function useMonitoringSources(): MonitoringSourceView[] | undefined {
  return useLiveQuery(async () => {
    const unhealthyAfter = await readSetting('monitoringUnhealthyAfter');
    return readSourceViews(unhealthyAfter);
  }, []);
}
