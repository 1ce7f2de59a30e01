import type { Settings } from '../../../shared/domain/settings';

/** The settings that change how the whole document is drawn. */
export type DocumentSettings = Pick<Settings, 'language' | 'theme' | 'displayMode'>;

/**
 * Applies the language, theme and display mode to `<html>`: `lang` (screen reader voice, CJK
 * glyph choice), `data-theme` (`system` follows prefers-color-scheme in CSS) and `data-display`
 * (`war-room` switches to high contrast and large type). The stylesheets key off these.
 */
export function applyDocumentSettings(
  settings: DocumentSettings,
  root: HTMLElement = document.documentElement,
): void {
  root.lang = settings.language;
  root.dataset['theme'] = settings.theme;
  root.dataset['display'] = settings.displayMode;
}
