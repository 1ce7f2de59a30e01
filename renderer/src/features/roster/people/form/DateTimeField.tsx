import { FormField } from '../../../../components/FormField';

/** Props of {@link DateTimeField}: already-translated text. */
export type DateTimeFieldProps = {
  label: string;
  hint?: string;
  error: string | undefined;
  /** A local date and time, `YYYY-MM-DDTHH:mm`, or '' when none is set. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * A date-and-time field of a form (`<input type="datetime-local">`), in the device's time zone:
 * the start or end of a time away.
 */
export function DateTimeField({ label, hint, error, value, onChange }: DateTimeFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="datetime-local"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
