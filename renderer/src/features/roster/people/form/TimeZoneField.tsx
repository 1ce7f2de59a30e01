import { useId, useMemo } from 'react';
import { FormField } from '../../../../components/FormField';

/** Props of {@link TimeZoneField}: already-translated text. */
export type TimeZoneFieldProps = {
  label: string;
  hint?: string;
  error: string | undefined;
  /** An IANA time zone name as typed (`Asia/Taipei`). */
  value: string;
  onChange: (value: string) => void;
};

/**
 * A time zone: a text field suggesting every IANA zone this runtime knows, so typing "Taipei"
 * finds `Asia/Taipei` while a zone missing from the list can still be typed (the command checks it).
 */
export function TimeZoneField({ label, hint, error, value, onChange }: TimeZoneFieldProps) {
  const listId = useId();
  // Some 400 zones: built once, so typing elsewhere in the form does not re-render them.
  const suggestions = useMemo(
    () => (
      <datalist id={listId}>
        {Intl.supportedValuesOf('timeZone').map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    ),
    [listId],
  );
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            list={listId}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
          />
          {suggestions}
        </>
      )}
    </FormField>
  );
}
