import { FormField } from '../FormField';

/** Props of {@link DateField}: already-translated text. */
export type DateFieldProps = {
  label: string;
  error: string | undefined;
  /** A calendar date, `YYYY-MM-DD`, or '' when none is set. */
  value: string;
  onChange: (value: string) => void;
};

/** A calendar date field of a form (`<input type="date">`). */
export function DateField({ label, error, value, onChange }: DateFieldProps) {
  return (
    <FormField label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
