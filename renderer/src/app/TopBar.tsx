import { useTranslation } from 'react-i18next';
import { paletteKeyShortcuts, paletteShortcutLabel } from '../lib/keyboard';
import { useAppStore } from '../stores/appStore';

/** The top bar: the app's name and the button that opens the command palette, with its shortcut. */
export function TopBar() {
  const { t } = useTranslation();
  const openPalette = useAppStore((state) => state.openPalette);
  return (
    <header className="top-bar">
      <p className="top-bar__name">{t('app.name')}</p>
      <button
        type="button"
        className="top-bar__palette"
        aria-haspopup="dialog"
        aria-keyshortcuts={paletteKeyShortcuts}
        onClick={openPalette}
      >
        <span>{t('shell.openPalette')}</span>
        <kbd className="shortcut">{paletteShortcutLabel()}</kbd>
      </button>
    </header>
  );
}
