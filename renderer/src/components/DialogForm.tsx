import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';
import type { IssueSubmit } from '../lib/useIssueSubmit';

/** Props of {@link DialogForm}: already-translated text. */
export type DialogFormProps = {
  title: string;
  /** Escape and Cancel: the owner closes, or asks first when there are unsaved changes. */
  onRequestClose: () => void;
  /** Extra class of the dialog (`modal--wide`). */
  className?: string;
  /** The form's submit state from {@link useIssueSubmit}. */
  form: Pick<IssueSubmit, 'issues' | 'isSaving' | 'focusRequest'>;
  /** Runs on submit (the browser's own submit is already prevented). */
  onSubmit: () => Promise<void>;
  /** Messages of issues no field shows, one paragraph each at the top of the form. */
  otherErrors: readonly string[];
  /** Replaces the paragraphs of `otherErrors` when a form sums up its issues its own way. */
  summary?: ReactNode;
  /** The buttons' texts: cancel, save, and save while saving. */
  labels: { cancel: string; save: string; saving: string };
  /** Class of the form element (its feature's form layout). */
  formClassName: string;
  /** The fields. */
  children: ReactNode;
  /** Shown inside the dialog after the form (a confirmation over it). */
  afterForm?: ReactNode;
};

/**
 * The frame of an editing dialog: a modal with a form that browsers do not
 * validate on their own, an alert region at the top for issues no field shows (the form is
 * described by it while there are issues), focus on the first invalid field after each refusal,
 * and the Cancel and Save buttons (Save disabled and saying so while saving).
 */
export function DialogForm({
  title,
  onRequestClose,
  className,
  form,
  onSubmit,
  otherErrors,
  summary,
  labels,
  formClassName,
  children,
  afterForm,
}: DialogFormProps) {
  const summaryId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { issues, isSaving, focusRequest } = form;

  useEffect(() => {
    // Only once the issues have rendered is there an `aria-invalid` field to focus.
    if (focusRequest > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [focusRequest]);
  return (
    <ModalDialog title={title} onRequestClose={onRequestClose} className={className}>
      <form
        ref={formRef}
        className={formClassName}
        noValidate
        aria-describedby={issues.length > 0 ? summaryId : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <div id={summaryId} role="alert" className={`${formClassName}__summary`}>
          {summary ??
            otherErrors.map((text) => (
              <p key={text} className="field__error">
                {text}
              </p>
            ))}
        </div>
        {children}
        <div className="button-row modal__actions">
          <button type="button" onClick={onRequestClose}>
            {labels.cancel}
          </button>
          <button type="submit" className="button--primary" disabled={isSaving}>
            {isSaving ? labels.saving : labels.save}
          </button>
        </div>
      </form>
      {afterForm}
    </ModalDialog>
  );
}
