import type { MonitoringStatus } from '../../../../shared/monitoring/status';
import { useAppStore } from '../../stores/appStore';

/**
 * The monitoring engine's latest status (running fetches, next runs, online, asleep), as pushed by
 * the main process; null until it first reported.
 */
export function useMonitoringStatus(): MonitoringStatus | null {
  return useAppStore((state) => state.monitoringStatus);
}
