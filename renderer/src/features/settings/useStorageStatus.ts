import { useEffect, useState } from 'react';
import { readStorageStatus } from '../../lib/storage';
import type { StorageStatus } from '../../lib/storage';

/**
 * What the browser says about the app's storage (persistence, usage, quota), read when the
 * component mounts; `undefined` until the browser answers.
 */
export function useStorageStatus(): StorageStatus | undefined {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void readStorageStatus().then((next) => {
      if (isCurrent) {
        setStatus(next);
      }
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return status;
}
