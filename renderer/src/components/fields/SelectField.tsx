import { FormField } from '../FormField';

/** Props of {@link SelectField}: already-translated text. */
export type SelectFieldProps<Option extends string> = {
  label: string;
  hint?: string;
  error: string | undefined;
  value: Option;
  /** Every choice in the order shown; '' among them stands for "none" where that is allowed. */
  options: readonly Option[];
  /** The translated name of a choice. */
  optionLabel: (option: Option) => string;
  onChange: (value: Option) => void;
};

/**
 * A choice of one of a fixed list of domain values (status, treatment, effort …) in a
 * form. Only a value of the list reaches `onChange`, so the draft keeps its domain type.
 */
export function SelectField<Option extends string>({
  label,
  hint,
  error,
  value,
  options,
  optionLabel,
  onChange,
}: SelectFieldProps<Option>) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            const option = options.find((candidate) => candidate === chosen);
            if (option !== undefined) onChange(option);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
