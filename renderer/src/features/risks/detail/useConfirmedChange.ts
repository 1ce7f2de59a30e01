import { useState } from 'react';
import type { NoticeInput } from '../../../stores/slices/noticesSlice';
import { useAppStore } from '../../../stores/appStore';
import type { CommandResult } from '../riskCommands';

/** What {@link useConfirmedChange} gives a section: the change waiting for a yes, and its steps. */
export type ConfirmedChange<Subject> = {
  /** What the user asked to change (the control to remove …), or null when nothing is asked. */
  pending: Subject | null;
  /** True while the confirmed change is being saved (the confirm button says so). */
  isBusy: boolean;
  /** Opens the confirmation for a subject. */
  ask: (subject: Subject) => void;
  /** Closes the confirmation without changing anything. */
  cancel: () => void;
  /** Saves the change, then closes the confirmation, with a notice when the save is refused. */
  confirm: () => Promise<void>;
};

/**
 * A change to a risk that is confirmed first (remove a control or an indicator, withdraw the
 * acceptance): the sections of the detail page ask, save and report a refusal the same way.
 * Success needs no notice: the live query shows the risk as it now is.
 */
export function useConfirmedChange<Subject>(
  apply: (subject: Subject) => Promise<CommandResult<unknown>>,
  failureNotice: (subject: Subject) => NoticeInput,
): ConfirmedChange<Subject> {
  const [pending, setPending] = useState<Subject | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function confirm() {
    if (pending === null) return;
    setIsBusy(true);
    try {
      const result = await apply(pending);
      if (!result.ok) {
        useAppStore.getState().pushNotice(failureNotice(pending));
      }
    } finally {
      setIsBusy(false);
      setPending(null);
    }
  }

  return { pending, isBusy, ask: setPending, cancel: () => setPending(null), confirm };
}
