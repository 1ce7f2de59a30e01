import { useState } from 'react';
import type { CommandResult, FieldIssue } from './commandResult';

/** What {@link useIssueSubmit} gives a form: the issues shown and the save state. */
export type IssueSubmit = {
  /** The issues of the last refused save (or of fields that could not be read). */
  issues: FieldIssue[];
  isSaving: boolean;
  /**
   * Counts the times issues were shown, so the form moves focus to its first invalid field
   * after each one ({@link RiskDialogForm} does), even when the same issues come back.
   */
  focusRequest: number;
  /** Shows issues found before saving (an unreadable number). */
  showIssues: (found: FieldIssue[]) => void;
  /**
   * Runs a save: `isSaving` while it runs, then `onSaved` with the value when it is accepted,
   * or its issues shown when it is refused. The draft is the caller's and stays as typed.
   */
  submit: <T>(save: () => Promise<CommandResult<T>>, onSaved: (value: T) => void) => Promise<void>;
};

/**
 * The submit state every form shares (a risk, a control, a person, a role …), so each refusal
 * is handled alike: problems come back beside their fields and focus
 * moves to the first, which is how a keyboard or screen reader user finds out what to fix.
 */
export function useIssueSubmit(): IssueSubmit {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [isSaving, setIsSaving] = useState(false);

  function showIssues(found: FieldIssue[]) {
    setIssues(found);
    setFocusRequest((count) => count + 1);
  }

  async function submit<T>(save: () => Promise<CommandResult<T>>, onSaved: (value: T) => void) {
    setIsSaving(true);
    try {
      const result = await save();
      if (result.ok) {
        onSaved(result.value);
        return;
      }
      showIssues(result.issues);
    } finally {
      setIsSaving(false);
    }
  }

  return { issues, isSaving, focusRequest, showIssues, submit };
}
