import { FormField } from '../../../../components/FormField';

/** Props of {@link TimeField}: already-translated text. */
export type TimeFieldProps = {
  label: string;
  hint?: string;
  error: string | undefined;
  /** A time of day, `HH:mm`, or '' when none is set. */
  value: string;
  onChange: (value: string) => void;
};

/** A time-of-day field of a form (`<input type="time">`), such as the start of working hours. */
export function TimeField({ label, hint, error, value, onChange }: TimeFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="time"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
