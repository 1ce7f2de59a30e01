import { create } from 'zustand';
import { createMonitoringSlice } from './slices/monitoringSlice';
import type { MonitoringSlice } from './slices/monitoringSlice';
import { createNoticesSlice } from './slices/noticesSlice';
import type { NoticesSlice } from './slices/noticesSlice';
import { createPaletteSlice } from './slices/paletteSlice';
import type { PaletteSlice } from './slices/paletteSlice';
import { createUpdatesSlice } from './slices/updatesSlice';
import type { UpdatesSlice } from './slices/updatesSlice';

/**
 * Everything in the app's one store: UI and session state only. Saved data lives in IndexedDB
 * and is read live from there, never copied here, so there is one source of truth.
 */
export type AppState = PaletteSlice & NoticesSlice & UpdatesSlice & MonitoringSlice;

/**
 * The app's store, built from slices. Components read it through narrow selectors
 * (`useAppStore((state) => state.isPaletteOpen)`), with `useShallow` when a selector builds an
 * object or array; code outside React uses `useAppStore.getState()`.
 */
export const useAppStore = create<AppState>()((...args) => ({
  ...createPaletteSlice(...args),
  ...createNoticesSlice(...args),
  ...createUpdatesSlice(...args),
  ...createMonitoringSlice(...args),
}));
