import type { StateCreator } from 'zustand';
import type { UpdateStatus } from '../../../../shared/ipc/contract';
import type { IpcErrorCode } from '../../../../shared/ipc/result';
import type { AppState } from '../appStore';

/**
 * The latest update status from the main process (pushed on `updates:status` or returned by an
 * update channel), or why it could not be read. Session state: nothing here is saved.
 */
export type UpdatesSlice = {
  updateStatus: UpdateStatus | null;
  updateStatusError: IpcErrorCode | null;
  setUpdateStatus: (status: UpdateStatus) => void;
  setUpdateStatusError: (code: IpcErrorCode) => void;
};

/** Builds the updates slice of {@link AppState}; nothing is known until the main process says. */
export const createUpdatesSlice: StateCreator<AppState, [], [], UpdatesSlice> = (set) => ({
  updateStatus: null,
  updateStatusError: null,
  setUpdateStatus: (status) => set({ updateStatus: status, updateStatusError: null }),
  setUpdateStatusError: (code) => set({ updateStatusError: code }),
});
