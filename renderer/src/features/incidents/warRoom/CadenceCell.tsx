import { useId } from 'react';
import { maxCadenceMinutes } from '../../../../../shared/domain/incidents/cadence';

/** Props of {@link CadenceCell}. */
export type CadenceCellProps = {
  label: string;
  value: string;
  /** The span in words of a valid number of minutes. */
  hint: (minutes: number) => string;
  error: string | undefined;
  onChange: (value: string) => void;
};

/** One interval of one level: a whole-minutes field with its span in words and its error. */
export function CadenceCell({ label, value, hint, error, onChange }: CadenceCellProps) {
  const hintId = useId();
  const errorId = useId();
  const minutes = Number(value);
  const isValid = value.trim() !== '' && Number.isInteger(minutes) && minutes >= 1;
  const describedBy = [isValid ? hintId : null, error === undefined ? null : errorId]
    .filter((id) => id !== null)
    .join(' ');
  return (
    <td>
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={maxCadenceMinutes}
        step={1}
        aria-label={label}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        aria-invalid={error === undefined ? undefined : true}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {isValid && (
        <p id={hintId} className="field__description">
          {hint(minutes)}
        </p>
      )}
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </td>
  );
}
