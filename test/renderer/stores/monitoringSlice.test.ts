import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/src/stores/appStore';
import type { MonitoringStatus } from '../../../shared/monitoring/status';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

const status: MonitoringStatus = {
  isOnline: false,
  isSuspended: false,
  runningCount: 1,
  pendingRecords: 4,
  sources: [],
};

describe('monitoring slice', () => {
  it('knows nothing until the main process reports, then keeps the latest status', () => {
    expect(useAppStore.getState().monitoringStatus).toBeNull();
    useAppStore.getState().setMonitoringStatus(status);
    expect(useAppStore.getState().monitoringStatus).toEqual(status);
  });

  it('records why the hand-off is stuck and clears it', () => {
    const { setMonitoringSyncError } = useAppStore.getState();
    setMonitoringSyncError('storage-full');
    expect(useAppStore.getState().monitoringSyncError).toBe('storage-full');
    setMonitoringSyncError(null);
    expect(useAppStore.getState().monitoringSyncError).toBeNull();
  });
});
