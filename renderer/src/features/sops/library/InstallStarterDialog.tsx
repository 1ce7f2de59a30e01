import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../../../shared/domain/settings';
import type { Language } from '../../../../../shared/domain/settings';
import { DialogForm } from '../../../components/DialogForm';
import { RadioChoice } from '../../../components/fields/RadioChoice';
import { languageNames } from '../../../i18n/languageNames';
import { useLanguage } from '../../../i18n/useLanguage';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { installStarterLibrary, sopIssueMessageKey } from '../sopCommands';

/** Props of {@link InstallStarterDialog}. */
export type InstallStarterDialogProps = {
  onClose: () => void;
};

/** The fields the dialog shows issues beside. */
const placedPaths = ['language', 'templateLanguages'] as const;

/**
 * Installs the starter library: the language of the SOPs and matrix texts (one, the UI language
 * by default) and the languages of the statement templates (any, the same one by default, and
 * following the SOP language until the user ticks them). Says plainly that the content is a
 * starting point to adapt; the command's notice reports what was added.
 */
export function InstallStarterDialog({ onClose }: InstallStarterDialogProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage = useLanguage();
  const form = useIssueSubmit();
  const idPrefix = useId();
  const templateErrorId = `${idPrefix}-templates-error`;
  const templateHintId = `${idPrefix}-templates-hint`;
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [templateLanguages, setTemplateLanguages] = useState<readonly Language[]>([uiLanguage]);
  const [hasChosenTemplateLanguages, setHasChosenTemplateLanguages] = useState(false);
  const { issues, isSaving } = form;
  const templateError = issueTextAt(issues, 'templateLanguages', t, sopIssueMessageKey);

  function chooseLanguage(next: Language) {
    setLanguage(next);
    if (!hasChosenTemplateLanguages) {
      setTemplateLanguages([next]);
    }
  }

  function toggleTemplateLanguage(toggled: Language) {
    setHasChosenTemplateLanguages(true);
    setTemplateLanguages((current) =>
      languages.filter((candidate) =>
        candidate === toggled ? !current.includes(candidate) : current.includes(candidate),
      ),
    );
  }

  async function install() {
    // The first version's note and publisher are written in the SOPs' language, like their text.
    const inSopLanguage = i18n.getFixedT(language);
    await form.submit(
      () =>
        installStarterLibrary({
          language,
          templateLanguages,
          changeNote: inSopLanguage('sops.library.install.changeNote'),
          publishedBy: inSopLanguage('sops.library.install.publishedBy'),
        }),
      onClose,
    );
  }

  return (
    <DialogForm
      title={t('sops.library.install.title')}
      onRequestClose={onClose}
      form={form}
      onSubmit={install}
      otherErrors={unplacedIssueMessages(issues, placedPaths, t, sopIssueMessageKey)}
      labels={{
        cancel: t('sops.library.install.cancel'),
        save: t('sops.library.install.install'),
        saving: t('sops.library.install.installing'),
      }}
      formClassName="sop-install-form"
    >
      <p>{t('sops.library.install.intro')}</p>
      <p className="sop-install-form__note">
        <strong>{t('sops.library.install.note')}</strong>
      </p>
      <p>{t('sops.library.install.skipsExisting')}</p>
      <fieldset className="field field--choices">
        <legend>{t('sops.library.install.sopLanguage')}</legend>
        {languages.map((candidate) => (
          <RadioChoice
            key={candidate}
            id={`${idPrefix}-language-${candidate}`}
            name={`${idPrefix}-language`}
            label={languageNames[candidate]}
            isChecked={language === candidate}
            onSelect={() => chooseLanguage(candidate)}
          />
        ))}
      </fieldset>
      <fieldset className="field field--choices">
        <legend>{t('sops.library.install.templateLanguages')}</legend>
        <p id={templateHintId} className="field__description">
          {t('sops.library.install.templateLanguagesHint')}
        </p>
        {languages.map((candidate) => {
          const id = `${idPrefix}-template-${candidate}`;
          return (
            <div key={candidate} className="choice">
              <input
                id={id}
                type="checkbox"
                checked={templateLanguages.includes(candidate)}
                aria-invalid={templateError === undefined ? undefined : true}
                aria-describedby={
                  templateError === undefined
                    ? templateHintId
                    : `${templateHintId} ${templateErrorId}`
                }
                onChange={() => toggleTemplateLanguage(candidate)}
              />
              <label htmlFor={id}>{languageNames[candidate]}</label>
            </div>
          );
        })}
        {templateError !== undefined && (
          <p id={templateErrorId} className="field__error">
            {templateError}
          </p>
        )}
      </fieldset>
      {/* Always rendered, so the message is announced when it appears. */}
      <p role="status" className="sop-install-form__progress">
        {isSaving ? t('sops.library.install.progress') : ''}
      </p>
    </DialogForm>
  );
}
