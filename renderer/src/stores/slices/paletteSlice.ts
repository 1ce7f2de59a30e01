import type { StateCreator } from 'zustand';
import type { AppState } from '../appStore';

/** Whether the command palette is open, and the only ways to change that. */
export type PaletteSlice = {
  isPaletteOpen: boolean;
  openPalette: () => void;
  closePalette: () => void;
  togglePalette: () => void;
};

/** Builds the command palette slice of {@link AppState}; the palette starts closed. */
export const createPaletteSlice: StateCreator<AppState, [], [], PaletteSlice> = (set) => ({
  isPaletteOpen: false,
  openPalette: () => set({ isPaletteOpen: true }),
  closePalette: () => set({ isPaletteOpen: false }),
  togglePalette: () => set((state) => ({ isPaletteOpen: !state.isPaletteOpen })),
});
