import { FormField } from '../../components/FormField';

/** Props of {@link VerbatimTextField}: already-translated text. */
export type VerbatimTextFieldProps = {
  label: string;
  /** Why the value was refused, or undefined when it was not. */
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
};

/**
 * A labelled one-line text field for text typed exactly as a machine reads it (a header name or
 * value, a dotted JSON path): the browser must neither autocomplete nor spell-check it, or it
 * would suggest "corrections" to names that are right.
 */
export function VerbatimTextField({ label, error, value, onChange }: VerbatimTextFieldProps) {
  return (
    <FormField label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
