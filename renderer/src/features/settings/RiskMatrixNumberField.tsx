import { FormField } from '../../components/FormField';

/** Props of {@link RiskMatrixNumberField}: already-translated text. */
export type RiskMatrixNumberFieldProps = {
  label: string;
  /** Why the value was refused (from `matrixErrorText`), or undefined. */
  error: string | undefined;
  /** The number as typed: the draft keeps text until the whole matrix is checked on save. */
  value: string;
  onChange: (value: string) => void;
  min: number;
  max: number;
  /** `numeric` for whole numbers (scores, days), `decimal` for weights. */
  inputMode: 'numeric' | 'decimal';
};

/** A number field of the risk matrix settings (a band's minimum score or interval, a weight). */
export function RiskMatrixNumberField({
  label,
  error,
  value,
  onChange,
  min,
  max,
  inputMode,
}: RiskMatrixNumberFieldProps) {
  return (
    <FormField label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode={inputMode}
          min={min}
          max={max}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
