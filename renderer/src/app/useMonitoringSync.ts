import { useEffect } from 'react';
import { getDatabase } from '../db/database';
import { startMonitoringSync, startRetention } from '../features/monitoring';
import { getBridge } from '../ipc/client';
import { useAppStore } from '../stores/appStore';

/**
 * Connects the database to the monitoring engine for as long as the app is mounted: sources go to
 * the main process, fetched records come back into IndexedDB and are acknowledged, the engine's
 * status goes to the store, and old monitoring data is pruned in the background.
 */
export function useMonitoringSync(): void {
  useEffect(() => {
    const { setMonitoringStatus, setMonitoringSyncError } = useAppStore.getState();
    const db = getDatabase();
    const sync = startMonitoringSync({
      bridge: getBridge(),
      db,
      onStatus: setMonitoringStatus,
      onSyncError: setMonitoringSyncError,
    });
    const stopRetention = startRetention({ db });
    return () => {
      sync.stop();
      stopRetention();
    };
  }, []);
}
