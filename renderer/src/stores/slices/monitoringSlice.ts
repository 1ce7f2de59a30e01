import type { StateCreator } from 'zustand';
import type { IpcErrorCode } from '../../../../shared/ipc/result';
import type { MonitoringStatus } from '../../../../shared/monitoring/status';
import type { StorageWriteErrorCode } from '../../db/writeErrors';
import type { AppState } from '../appStore';

/**
 * Why fetched records are not reaching the database right now: the main process could not be
 * reached (an IPC code) or the records could not be stored (a storage code). The UI shows
 * `errors.<code>`; the sync keeps retrying and clears it once records flow again.
 */
export type MonitoringSyncErrorCode = IpcErrorCode | StorageWriteErrorCode;

/**
 * The monitoring engine's transient status, pushed on `monitoring:status` or returned by
 * `monitoring:set-sources`, and the state of the hand-off of its records. Session state only:
 * sources, items and health are saved in IndexedDB and read live from there.
 */
export type MonitoringSlice = {
  monitoringStatus: MonitoringStatus | null;
  monitoringSyncError: MonitoringSyncErrorCode | null;
  setMonitoringStatus: (status: MonitoringStatus) => void;
  setMonitoringSyncError: (code: MonitoringSyncErrorCode | null) => void;
  /** How far matching stored items against changed rules has got; null when nothing is running. */
  rematchProgress: { done: number; total: number } | null;
  setRematchProgress: (progress: { done: number; total: number } | null) => void;
};

/** Builds the monitoring slice of {@link AppState}; nothing is known until the main process says. */
export const createMonitoringSlice: StateCreator<AppState, [], [], MonitoringSlice> = (set) => ({
  monitoringStatus: null,
  monitoringSyncError: null,
  setMonitoringStatus: (status) => set({ monitoringStatus: status }),
  setMonitoringSyncError: (code) => set({ monitoringSyncError: code }),
  rematchProgress: null,
  setRematchProgress: (progress) => set({ rematchProgress: progress }),
});
