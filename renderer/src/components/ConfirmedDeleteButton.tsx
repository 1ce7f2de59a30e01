import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

/** Props of {@link ConfirmedDeleteButton}: already-translated text and the deletion itself. */
export type ConfirmedDeleteButtonProps = {
  buttonLabel: string;
  /**
   * The button's accessible name when its label alone is ambiguous (a "Delete" on each row of a
   * list, named after its row); the label otherwise.
   */
  buttonAccessibleName?: string;
  /** The question's title, naming what is deleted. */
  title: string;
  /** What goes with it and whether it can be undone. */
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  /**
   * Deletes once the question is answered "yes", and then leaves the page or explains a
   * refusal; the question closes when it settles and both answers wait while it runs.
   */
  onDelete: () => Promise<void>;
};

/**
 * A dangerous "Delete" button of a detail page (risk, SOP, statement template) or a list row that asks first:
 * focus starts on the safe answer, so nothing is deleted by a reflexive Enter.
 */
export function ConfirmedDeleteButton({
  buttonLabel,
  buttonAccessibleName,
  title,
  message,
  confirmLabel,
  cancelLabel,
  onDelete,
}: ConfirmedDeleteButtonProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);

  async function confirm() {
    setIsDeleting(true);
    try {
      await onDelete();
      setIsConfirming(false);
    } finally {
      setIsDeleting(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button--danger"
        aria-label={buttonAccessibleName}
        onClick={() => setIsConfirming(true)}
      >
        {buttonLabel}
      </button>
      {isConfirming && (
        <ConfirmDialog
          title={title}
          message={message}
          confirmLabel={confirmLabel}
          cancelLabel={cancelLabel}
          isDestructive
          isBusy={isDeleting}
          onConfirm={() => void confirm()}
          onCancel={() => setIsConfirming(false)}
        />
      )}
    </>
  );
}
