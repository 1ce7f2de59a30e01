import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../../shared/domain/localizedText';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import { useLanguage } from '../../../i18n/useLanguage';
import { withSeverityToggled } from './sopEditorDraft';

/** Props of {@link SeverityChoices}. */
export type SeverityChoicesProps = {
  levels: readonly SeverityLevel[];
  /** The chosen severity ids. */
  value: readonly string[];
  /** The translated issue of the choice, or undefined. */
  error: string | undefined;
  onChange: (severityIds: string[]) => void;
};

/**
 * The severity levels an SOP applies to, as one checkbox per level in the company's order and
 * names. A level the SOP names that is no longer defined stays listed (checked, by its id), so
 * saving never drops it without the user seeing it.
 */
export function SeverityChoices({ levels, value, error, onChange }: SeverityChoicesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const baseId = useId();
  const errorId = `${baseId}-error`;
  const levelOrder = levels.map((level) => level.id);
  const choices = [
    ...levels.map((level) => ({ id: level.id, label: localize(level.name, language) })),
    ...value
      .filter((id) => !levelOrder.includes(id))
      .map((id) => ({ id, label: t('sops.editor.unknownSeverity', { id }) })),
  ];
  return (
    <fieldset className="form-group sop-editor__severities">
      <legend>{t('sops.editor.severities')}</legend>
      {choices.map((choice, index) => (
        <div key={choice.id} className="choice">
          <input
            id={`${baseId}-${index}`}
            type="checkbox"
            checked={value.includes(choice.id)}
            aria-invalid={error === undefined ? undefined : true}
            aria-describedby={error === undefined ? undefined : errorId}
            onChange={(event) =>
              onChange(
                withSeverityToggled(value, choice.id, event.currentTarget.checked, levelOrder),
              )
            }
          />
          <label htmlFor={`${baseId}-${index}`}>{choice.label}</label>
        </div>
      ))}
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
