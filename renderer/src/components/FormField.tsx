import { useId } from 'react';
import type { ReactNode } from 'react';

/** What a {@link FormField} hands to its control so it is labelled, described and marked. */
export type FieldControlProps = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

/** Props of {@link FormField}: already-translated text. */
export type FormFieldProps = {
  label: string;
  /** A sentence under the label saying what to enter. */
  hint?: string;
  /** Why the value was refused, or undefined when it was not. */
  error?: string;
  /** Renders the control (input, select, textarea) with the given ids and ARIA attributes. */
  children: (control: FieldControlProps) => ReactNode;
  className?: string;
};

/**
 * A label, its control, an optional hint and an optional error, wired together: the control is
 * labelled by the label, described by the hint and the error, and marked `aria-invalid` while
 * the error shows. The error sits right under the field it is about.
 */
export function FormField({ label, hint, error, children, className }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint === undefined ? null : hintId, error === undefined ? null : errorId]
      .filter((part) => part !== null)
      .join(' ') || undefined;
  return (
    <div className={className === undefined ? 'field' : `field ${className}`}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={hintId} className="field__description">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error === undefined ? undefined : true,
      })}
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
