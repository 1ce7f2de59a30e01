import { useEffect } from 'react';
import { getBridge } from '../ipc/client';
import { useAppStore } from '../stores/appStore';

/**
 * Keeps the store's update status current for as long as the app is mounted: reads it once, then
 * follows every `updates:status` push from the main process. A push that arrives before the first
 * read answers is newer, so the read does not overwrite it.
 */
export function useUpdateStatusSync(): void {
  useEffect(() => {
    const bridge = getBridge();
    const { setUpdateStatus, setUpdateStatusError } = useAppStore.getState();
    let isCurrent = true;
    const unsubscribe = bridge.onUpdatesStatus((status) => {
      setUpdateStatus(status);
    });
    void bridge.updatesGetStatus({}).then((result) => {
      if (!isCurrent || useAppStore.getState().updateStatus !== null) {
        return;
      }
      if (result.ok) {
        setUpdateStatus(result.value);
      } else {
        setUpdateStatusError(result.error.code);
      }
    });
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, []);
}
