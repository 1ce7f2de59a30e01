import { useEffect, useId, useRef } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';

/** Props of {@link ModalDialog}: already-translated text and what closing means. */
export type ModalDialogProps = {
  /** The dialog's heading, which is also its accessible name. */
  title: string;
  children: ReactNode;
  /**
   * Called when the user asks to close (Escape). The owner decides: it may close at once by no
   * longer rendering the dialog, or ask first (unsaved changes).
   */
  onRequestClose: () => void;
  /** Extra class for sizing (`modal--wide` for forms). */
  className?: string;
  /** Heading level of the title: 2 for a dialog over a page, 3 for one over another dialog. */
  headingLevel?: 2 | 3;
};

/**
 * A modal `<dialog>` shown for as long as it is rendered: opened with `showModal()` (focus is
 * trapped, the page behind is inert), labelled by its heading, closed by unmounting. Escape asks
 * the owner through `onRequestClose` instead of closing behind its back. On mount focus goes to
 * the element marked `data-initial-focus` (or the first field or button); on unmount it returns
 * to where it was.
 */
export function ModalDialog({
  title,
  children,
  onRequestClose,
  className,
  headingLevel = 2,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    const previouslyFocused =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    const initial =
      dialog?.querySelector<HTMLElement>('[data-initial-focus]') ??
      dialog?.querySelector<HTMLElement>('input, select, textarea, button');
    initial?.focus();
    return () => {
      if (dialog?.open === true) {
        dialog.close();
      }
      if (previouslyFocused?.isConnected === true) {
        previouslyFocused.focus();
      }
    };
  }, []);

  function handleCancel(event: SyntheticEvent<HTMLDialogElement>) {
    // Browsers close a modal dialog on Escape by themselves; the owner decides instead.
    event.preventDefault();
    onRequestClose();
  }

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <dialog
      ref={dialogRef}
      className={className === undefined ? 'modal' : `modal ${className}`}
      aria-labelledby={titleId}
      onCancel={handleCancel}
    >
      <Heading id={titleId} className="modal__title">
        {title}
      </Heading>
      {children}
    </dialog>
  );
}
