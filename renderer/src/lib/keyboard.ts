/**
 * True for Ctrl+K or Cmd+K (no Alt or Shift), the shortcut of the command palette. The physical
 * key is accepted too, so the shortcut still works with a keyboard layout whose K key types
 * another letter.
 */
export function isPaletteShortcut(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.isComposing) {
    return false;
  }
  return event.key.toLowerCase() === 'k' || event.code === 'KeyK';
}

/** True on macOS and iOS, where the Command key plays the role of Ctrl. */
export function isApplePlatform(): boolean {
  return /mac|iphone|ipad/iu.test(navigator.platform);
}

/** The palette shortcut as users of this platform write it. */
export function paletteShortcutLabel(): string {
  return isApplePlatform() ? '⌘K' : 'Ctrl+K';
}

/** The palette shortcut for `aria-keyshortcuts` (both modifiers work on every platform). */
export const paletteKeyShortcuts = 'Control+K Meta+K';
