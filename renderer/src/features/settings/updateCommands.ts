import { getBridge } from '../../ipc/client';
import { useAppStore } from '../../stores/appStore';
import type { UpdateStatus } from '../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../shared/ipc/result';

/** Stores the status an update channel returned, or shows its failure as an error notice. */
function applyUpdateResult(result: IpcResult<UpdateStatus>): void {
  const store = useAppStore.getState();
  if (result.ok) {
    store.setUpdateStatus(result.value);
  } else {
    store.pushNotice({ kind: 'error', messageKey: `errors.${result.error.code}` });
  }
}

/** Asks the main process to check for an update now (the user pressed "Check for updates"). */
export async function checkForUpdates(): Promise<void> {
  applyUpdateResult(await getBridge().updatesCheckNow({}));
}

/**
 * Asks the main process to restart and install the downloaded update. Only offered once the
 * status is `downloaded`: the user, not the app, decides when to restart.
 */
export async function installUpdate(): Promise<void> {
  applyUpdateResult(await getBridge().updatesInstallNow({}));
}
