import { useId } from 'react';
import { FormField } from '../FormField';

/** Props of {@link TextField}: already-translated text. */
export type TextFieldProps = {
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** True for a field that takes a sentence (a title, a metric) rather than a name. */
  isWide?: boolean;
  /** `decimal` for a number typed as text, so nothing typed is lost when a save is refused. */
  inputMode?: 'decimal';
  /**
   * Values offered while typing (the crisis team's names for an owner); anything else can still
   * be typed.
   */
  suggestions?: readonly string[];
};

/**
 * A one-line text field of a form, with no browser autocomplete (values are particular to each
 * record) but, when given, the form's own suggestions.
 */
export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  isWide = false,
  inputMode,
  suggestions,
}: TextFieldProps) {
  const listId = useId();
  const hasSuggestions = suggestions !== undefined && suggestions.length > 0;
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            inputMode={inputMode}
            autoComplete="off"
            list={hasSuggestions ? listId : undefined}
            className={isWide ? 'input--wide' : undefined}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
          />
          {hasSuggestions && (
            <datalist id={listId}>
              {suggestions.map((suggestion) => (
                <option key={suggestion} value={suggestion} />
              ))}
            </datalist>
          )}
        </>
      )}
    </FormField>
  );
}
