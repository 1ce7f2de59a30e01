import { useEffect } from 'react';
import { isPaletteShortcut } from '../lib/keyboard';
import { useAppStore } from '../stores/appStore';

/** Opens and closes the command palette with Ctrl+K or Cmd+K from anywhere in the app. */
export function usePaletteShortcut(): void {
  const togglePalette = useAppStore((state) => state.togglePalette);
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (isPaletteShortcut(event)) {
        event.preventDefault();
        togglePalette();
      }
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [togglePalette]);
}
