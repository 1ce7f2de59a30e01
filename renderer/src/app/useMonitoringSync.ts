import { useEffect } from 'react';
import { getDatabase } from '../db/database';
import {
  reportRulesApplied,
  startMonitoringSync,
  startRematch,
  startRetention,
} from '../features/monitoring';
import { getBridge } from '../ipc/client';
import { useAppStore } from '../stores/appStore';

/**
 * Connects the database to the monitoring engine for as long as the app is mounted: sources go to
 * the main process, fetched records come back into IndexedDB and are acknowledged, the engine's
 * status goes to the store, old monitoring data is pruned and stored items are matched again
 * against changed early-warning rules in the background, and the touched rules are evaluated.
 */
export function useMonitoringSync(): void {
  useEffect(() => {
    const { setMonitoringStatus, setMonitoringSyncError, setRematchProgress } =
      useAppStore.getState();
    const db = getDatabase();
    const sync = startMonitoringSync({
      bridge: getBridge(),
      db,
      onStatus: setMonitoringStatus,
      onSyncError: setMonitoringSyncError,
      onApplied: reportRulesApplied,
    });
    const stopRetention = startRetention({ db });
    // Stored items are matched again in the background whenever what a rule matches changes.
    const rematch = startRematch({
      db,
      onProgress: setRematchProgress,
      onError: (error: unknown) => {
        console.error('Matching stored items against changed rules failed.', error);
      },
    });
    return () => {
      sync.stop();
      stopRetention();
      rematch.stop();
    };
  }, []);
}
