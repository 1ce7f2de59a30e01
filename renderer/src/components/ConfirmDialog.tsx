import { ModalDialog } from './ModalDialog';

/** Props of {@link ConfirmDialog}: already-translated text and the two answers. */
export type ConfirmDialogProps = {
  title: string;
  /** What will happen, stated plainly (what is lost, whether it can be undone). */
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  /** True when confirming destroys something: the confirm button is styled as dangerous. */
  isDestructive?: boolean;
  /** True while the confirmed action runs: both buttons wait. */
  isBusy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal question with two answers. Focus starts on the safe answer (cancel), so pressing
 * Enter or Escape by reflex never destroys anything; Escape cancels.
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  isDestructive = false,
  isBusy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} onRequestClose={onCancel} className="modal--narrow">
      <p>{message}</p>
      <div className="button-row modal__actions">
        <button type="button" data-initial-focus="" disabled={isBusy} onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={isDestructive ? 'button--danger' : 'button--primary'}
          disabled={isBusy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
