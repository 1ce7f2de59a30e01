import { FormField } from '../../../components/FormField';

/** Props of {@link LocalDateTimeField}: already-translated text. */
export type LocalDateTimeFieldProps = {
  label: string;
  hint?: string;
  error: string | undefined;
  /** A local date and time, `YYYY-MM-DDTHH:mm`, or '' when none is set. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * A date-and-time field (`<input type="datetime-local">`) in the device's time zone, for a task's
 * due time or the moment a communication went out.
 */
export function LocalDateTimeField({
  label,
  hint,
  error,
  value,
  onChange,
}: LocalDateTimeFieldProps) {
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
