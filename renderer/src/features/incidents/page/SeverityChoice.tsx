import { useId } from 'react';
import { localize } from '../../../../../shared/domain/localizedText';
import type { SeverityLevel } from '../../../../../shared/domain/severity';
import { useLanguage } from '../../../i18n/useLanguage';

/** Props of {@link SeverityChoice}: already-translated text. */
export type SeverityChoiceProps = {
  legend: string;
  levels: readonly SeverityLevel[];
  /** The chosen level id. */
  value: string;
  onChange: (severityId: string) => void;
  error: string | undefined;
};

/**
 * The choice of a severity level, each radio button labelled with the level's name and described
 * by its written definition, so whoever edits picks the level by what it means rather than by its
 * number.
 */
export function SeverityChoice({ legend, levels, value, onChange, error }: SeverityChoiceProps) {
  const language = useLanguage();
  const baseId = useId();
  const errorId = `${baseId}-error`;
  return (
    <fieldset
      className="form-group incident-severity-choice"
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend>{legend}</legend>
      {levels.map((level) => {
        const id = `${baseId}-${level.id}`;
        const definitionId = `${id}-definition`;
        return (
          <div key={level.id} className="choice incident-severity-choice__level">
            <input
              id={id}
              type="radio"
              name={baseId}
              checked={value === level.id}
              aria-describedby={definitionId}
              onChange={() => onChange(level.id)}
            />
            <label htmlFor={id}>{localize(level.name, language)}</label>
            <p id={definitionId} className="field__description">
              {localize(level.definition, language)}
            </p>
          </div>
        );
      })}
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
