import { useAppStore } from '../../stores/appStore';
import { PaletteDialog } from './PaletteDialog';

/**
 * The command palette, mounted only while open so every opening starts with an empty search and
 * the first command selected.
 */
export function CommandPalette() {
  const isOpen = useAppStore((state) => state.isPaletteOpen);
  return isOpen ? <PaletteDialog /> : null;
}
