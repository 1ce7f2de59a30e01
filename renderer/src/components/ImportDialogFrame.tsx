import type { ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

/** One step of an import, for the list of steps at the top of the dialog. */
export type ImportDialogStep = { key: string; label: string };

/** Props of {@link ImportDialogFrame}: already-translated text. */
export type ImportDialogFrameProps = {
  title: string;
  /** Accessible name of the list of steps. */
  stepsLabel: string;
  /** The steps this import goes through, in order. */
  steps: readonly ImportDialogStep[];
  /** Key of the step being shown. */
  currentStep: string;
  /** "Step 2 of 3", for those who do not see which step is marked. */
  stepCountText: string;
  /** True while the import writes: Escape does not close then. */
  isBusy: boolean;
  onClose: () => void;
  /** The current step's content. */
  children: ReactNode;
};

/**
 * The frame every file import shares: a wide modal dialog with the numbered list of steps (the
 * current one marked `aria-current="step"`) and the step count in words, above the step itself.
 * Closing in the middle of a write would hide its outcome, so Escape waits while `isBusy`.
 */
export function ImportDialogFrame({
  title,
  stepsLabel,
  steps,
  currentStep,
  stepCountText,
  isBusy,
  onClose,
  children,
}: ImportDialogFrameProps) {
  function requestClose() {
    // The write is short; closing now would hide whether it happened.
    if (!isBusy) onClose();
  }

  return (
    <ModalDialog title={title} onRequestClose={requestClose} className="modal--wide import-dialog">
      <ol className="import-dialog__steps" aria-label={stepsLabel}>
        {steps.map((step) => (
          <li key={step.key} aria-current={step.key === currentStep ? 'step' : undefined}>
            {step.label}
          </li>
        ))}
      </ol>
      <p className="import-dialog__muted">{stepCountText}</p>
      {children}
    </ModalDialog>
  );
}
