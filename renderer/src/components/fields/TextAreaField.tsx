import { FormField } from '../FormField';

/** Props of {@link TextAreaField}: already-translated text. */
export type TextAreaFieldProps = {
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** Visible lines. */
  rows: number;
};

/** A several-line text field of a form (a description, a justification, a comment). */
export function TextAreaField({ label, hint, error, value, onChange, rows }: TextAreaFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
