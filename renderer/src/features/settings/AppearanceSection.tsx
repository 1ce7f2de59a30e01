import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { themes } from '../../../../shared/domain/settings';
import type { DisplayMode, Theme } from '../../../../shared/domain/settings';
import type { MessageKey } from '../../i18n/messageKeys';
import { usePendingSetting } from './usePendingSetting';

/** Props of {@link AppearanceSection}. */
export type AppearanceSectionProps = {
  /** The saved theme. */
  theme: Theme;
  /** The saved display mode. */
  displayMode: DisplayMode;
};

/** Label of each theme choice. */
const themeLabelKeys = {
  system: 'settings.appearance.themeSystem',
  light: 'settings.appearance.themeLight',
  dark: 'settings.appearance.themeDark',
} as const satisfies Record<Theme, MessageKey>;

/**
 * Settings → Appearance: the theme as a radio group (follow the system, light, dark) and the
 * war-room display as a switch. Each change is saved at once and the shell applies it.
 */
export function AppearanceSection({ theme, displayMode }: AppearanceSectionProps) {
  const { t } = useTranslation();
  const [shownTheme, changeTheme] = usePendingSetting('theme', theme);
  const [shownDisplayMode, changeDisplayMode] = usePendingSetting('displayMode', displayMode);
  const headingId = useId();
  const themeName = useId();
  const warRoomId = useId();
  const warRoomDescriptionId = useId();

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.appearance.heading')}</h2>
      <fieldset className="field field--choices">
        <legend>{t('settings.appearance.themeLegend')}</legend>
        {themes.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={themeName}
              value={option}
              checked={shownTheme === option}
              onChange={() => changeTheme(option)}
            />
            {t(themeLabelKeys[option])}
          </label>
        ))}
      </fieldset>
      <div className="field field--switch">
        <input
          id={warRoomId}
          type="checkbox"
          role="switch"
          checked={shownDisplayMode === 'war-room'}
          aria-describedby={warRoomDescriptionId}
          onChange={(event) => changeDisplayMode(event.target.checked ? 'war-room' : 'standard')}
        />
        <label htmlFor={warRoomId}>{t('settings.appearance.warRoomLabel')}</label>
        <p id={warRoomDescriptionId} className="field__description">
          {t('settings.appearance.warRoomDescription')}
        </p>
      </div>
    </section>
  );
}
