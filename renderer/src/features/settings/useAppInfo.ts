import { useEffect, useState } from 'react';
import { getBridge } from '../../ipc/client';
import type { AppInfo } from '../../../../shared/ipc/contract';
import type { IpcErrorCode } from '../../../../shared/ipc/result';

/** Where reading the app information stands. */
export type AppInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; code: IpcErrorCode };

/** Reads the app information from the main process once, for Settings → Diagnostics. */
export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    void getBridge()
      .appGetInfo({})
      .then((result) => {
        if (isCurrent) {
          setState(
            result.ok
              ? { status: 'ready', info: result.value }
              : { status: 'failed', code: result.error.code },
          );
        }
      });
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}
