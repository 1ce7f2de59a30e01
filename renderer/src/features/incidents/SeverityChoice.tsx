import { useId } from 'react';
import { localize } from '../../../../shared/domain/localizedText';
import type { SeverityLevel } from '../../../../shared/domain/severity';
import { useLanguage } from '../../i18n/useLanguage';

/** Props of {@link SeverityChoice}: already-translated text. */
export type SeverityChoiceProps = {
  legend: string;
  levels: readonly SeverityLevel[];
  /** The level checked. */
  value: string;
  error: string | undefined;
  onChange: (severityId: string) => void;
};

/**
 * The severity of an incident (declaring it or editing its facts) as a radio group, worst level
 * first, each level with its written
 * definition in the UI language beside it (and as the radio's description), so whoever declares
 * picks by what the company wrote rather than by a number.
 */
export function SeverityChoice({ legend, levels, value, error, onChange }: SeverityChoiceProps) {
  const language = useLanguage();
  const groupId = useId();
  const errorId = `${groupId}-error`;
  return (
    <fieldset
      className="form-group severity-choice"
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend>{legend}</legend>
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {levels.map((level) => {
        const id = `${groupId}-${level.id}`;
        return (
          <div key={level.id} className="severity-choice__level">
            <div className="choice">
              <input
                id={id}
                type="radio"
                name={groupId}
                checked={value === level.id}
                aria-describedby={`${id}-definition`}
                onChange={() => onChange(level.id)}
              />
              <label htmlFor={id}>{localize(level.name, language)}</label>
            </div>
            <p id={`${id}-definition`} className="field__description severity-choice__definition">
              {level.definition[language]}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
