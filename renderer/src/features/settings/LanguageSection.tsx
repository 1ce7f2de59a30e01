import { useId } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../../shared/domain/settings';
import type { Language } from '../../../../shared/domain/settings';
import { languageNames } from '../../i18n/languageNames';
import { usePendingSetting } from './usePendingSetting';

/** Props of {@link LanguageSection}. */
export type LanguageSectionProps = {
  /** The saved language. */
  language: Language;
};

/**
 * Settings → Language: a labelled list of the three languages, each named in its own script.
 * Choosing one saves it; the shell then switches the UI and `<html lang>` to it.
 */
export function LanguageSection({ language }: LanguageSectionProps) {
  const { t } = useTranslation();
  const [shownLanguage, changeLanguage] = usePendingSetting('language', language);
  const headingId = useId();
  const selectId = useId();
  const descriptionId = useId();

  function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const chosen = languages.find((candidate) => candidate === event.target.value);
    if (chosen !== undefined) {
      changeLanguage(chosen);
    }
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.language.heading')}</h2>
      <div className="field">
        <label htmlFor={selectId}>{t('settings.language.label')}</label>
        <select
          id={selectId}
          value={shownLanguage}
          onChange={handleChange}
          aria-describedby={descriptionId}
        >
          {languages.map((option) => (
            <option key={option} value={option} lang={option}>
              {languageNames[option]}
            </option>
          ))}
        </select>
        <p id={descriptionId} className="field__description">
          {t('settings.language.description')}
        </p>
      </div>
    </section>
  );
}
