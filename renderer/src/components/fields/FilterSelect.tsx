import { useId } from 'react';

/** Value of the "any" choice: no stored value can be a lone asterisk. */
const anyValue = '*';

/** One choice of a {@link FilterSelect}: its stored value and its shown name. */
export type FilterOption = { value: string; label: string };

/** Props of {@link FilterSelect}: already-translated text. */
export type FilterSelectProps = {
  label: string;
  /** The first choice, which filters nothing ("Any category"). */
  anyLabel: string;
  /** The chosen value, or null for "any". */
  value: string | null;
  options: readonly FilterOption[];
  onChange: (value: string | null) => void;
};

/**
 * One select of a list's filters (risk register, statement templates, SOP library): "any" first,
 * then the choices. Choosing "any" gives null, so a filter that is off is never mistaken for a
 * value ('' can be a real one, such as "no owner").
 */
export function FilterSelect({ label, anyLabel, value, options, onChange }: FilterSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? anyValue}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          onChange(chosen === anyValue ? null : chosen);
        }}
      >
        <option value={anyValue}>{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
