import { FormField } from '../FormField';

/** Props of {@link WholeNumberField}: already-translated text. */
export type WholeNumberFieldProps = {
  label: string;
  hint?: string;
  error: string | undefined;
  /** The number as typed, so an unreadable entry is kept and refused rather than lost. */
  value: string;
  onChange: (value: string) => void;
  min: number;
  max: number;
};

/** A whole-number field of a form (a percentage, a number of days), stepping by one. */
export function WholeNumberField({
  label,
  hint,
  error,
  value,
  onChange,
  min,
  max,
}: WholeNumberFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="number"
          min={min}
          max={max}
          step={1}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
