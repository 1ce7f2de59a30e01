import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../../../shared/domain/sops/statements';
import type {
  PlaceholderName,
  StoredStatementTemplate,
} from '../../../../../shared/domain/sops/statementTemplates';
import type { FieldIssue } from '../../../lib/commandResult';
import { clearDraft, readDraft, writeDraft } from '../../../lib/draftStorage';
import { saveOutcomeNotice, saveTextFile } from '../../../lib/saveFile';
import { useToday } from '../../../lib/useNow';
import { useAppStore } from '../../../stores/appStore';
import { releaseIssues, releaseStatement, saveStatement } from '../sopCommands';
import type { StatementInput } from '../sopCommands';
import { statementFileName } from './statementFileName';
import {
  emptyPanelValues,
  hasChangedSinceApproval,
  isSameStatementInput,
  newStateFrom,
  panelContent,
  panelDraftKey,
  panelValuesOf,
  placeholdersOf,
  staleApprovals,
  storedPanelStateSchema,
  toStatementInput,
  withValuesChanged,
  withoutApprovers,
} from './statementPanelState';
import type { PanelState, PanelValues } from './statementPanelState';

/** Which of the panel's actions is running. */
export type PanelAction = 'save' | 'copy' | 'export';

/** What {@link useStatementPanel} gives the panel. */
export type StatementPanelModel = {
  /** The placeholders that get a field, in order. */
  names: PlaceholderName[];
  /** The fields' values; an approval recorded for an earlier text shows blank. */
  values: PanelValues;
  /** What saving would store now. */
  input: StatementInput;
  /** The saved statement the panel edits, once loaded (null for a new statement). */
  stored: Statement | null;
  statementId: string | null;
  /**
   * True when the panel shows a released statement: the record of what was said, read-only; it
   * can be copied or exported again, or be the start of a new statement.
   */
  isReleased: boolean;
  /**
   * True when the values changed since the stored statement's approvals were recorded: those
   * approvals were cleared and must be asked for again.
   */
  hasChangedSinceApproval: boolean;
  /** When the released statement this new one was started from was released, or null. */
  startedFromReleasedAt: number | null;
  /** True when the panel holds something its saved statement (or an empty one) does not. */
  isDirty: boolean;
  /** Why the statement may not be copied or exported yet (empty when it may). */
  blockers: FieldIssue[];
  /** Issues of the last refused save or release. */
  issues: FieldIssue[];
  busy: PanelAction | null;
  /** The released text to copy by hand after the clipboard refused it, or null. */
  fallbackText: string | null;
  setValue: (name: PlaceholderName, value: string) => void;
  setApprover: (kind: 'legal' | 'spokesperson', name: string) => void;
  /** Puts `sample` in every placeholder field of the template. */
  fillValues: (sample: Record<PlaceholderName, string>) => void;
  /** Loads a saved statement into the panel. */
  open: (statement: Statement) => void;
  /** Empties the panel for a new statement. */
  startNew: () => void;
  /** A new, unsaved statement with the values of `statement` and no approvals. */
  startFrom: (statement: Statement) => void;
  save: () => Promise<void>;
  copy: () => Promise<void>;
  exportFile: () => Promise<void>;
  dismissFallback: () => void;
};

/** The panel's state kept from last time for this template, or an empty new statement. */
function initialState(templateId: string): PanelState {
  return (
    readDraft(panelDraftKey(templateId), storedPanelStateSchema) ?? {
      statementId: null,
      values: emptyPanelValues(),
      renewedApprovals: [],
    }
  );
}

/** True when a save was refused because the statement no longer exists. */
function isNotFound(issues: readonly FieldIssue[]): boolean {
  return issues.some((issue) => issue.path === '' && issue.code === 'not-found');
}

/**
 * The "Fill a statement" panel of one template: its values and approvers as typed (kept in local
 * storage, with the statement they edit, until replaced), what may still block release, and the
 * actions. Saving keeps the values and remembers the statement, so later saves update it. Copying
 * saves, marks the statement released (which re-checks every value and approval) and writes the
 * released text to the clipboard; when the clipboard refuses, the text is offered to copy by hand.
 * Exporting saves and offers the text as a `.txt` file (UTF-8) through the save dialog or a
 * download, and marks the statement released once the file is saved, not when the dialog is
 * cancelled. A released statement is not saved again: copying or exporting it gives its released
 * text as it is and leaves its release time alone.
 *
 * Approvals follow the text: once a value changes after an approval was recorded, the approval
 * shows blank (and is not sent), so release asks for it again; a name typed after that is sent as
 * renewed (see `StatementInput.renewedApprovals`). After a save the approver fields show what was
 * stored, so an approval the command cleared is not sent again by the next save.
 */
export function useStatementPanel(
  template: StoredStatementTemplate,
  statements: readonly Statement[] | undefined,
): StatementPanelModel {
  const { t } = useTranslation();
  const today = useToday();
  const pushNotice = useAppStore((store) => store.pushNotice);
  const draftKey = panelDraftKey(template.id);
  const [state, setState] = useState<PanelState>(() => initialState(template.id));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState<PanelAction | null>(null);
  const [fallbackText, setFallbackText] = useState<string | null>(null);
  const [startedFromReleasedAt, setStartedFromReleasedAt] = useState<number | null>(null);

  const names = useMemo(() => placeholdersOf(template), [template]);
  const stored = statements?.find((statement) => statement.id === state.statementId) ?? null;
  const isReleased = stored !== null && stored.releasedAt !== null;
  const current = useMemo(
    () => panelContent(template, state.values, names),
    [template, state.values, names],
  );
  const values = useMemo(
    () => withoutApprovers(state.values, staleApprovals(stored, state, current)),
    [stored, state, current],
  );
  const input = useMemo<StatementInput>(
    () => ({
      ...toStatementInput(values, names),
      renewedApprovals: state.renewedApprovals,
    }),
    [values, names, state.renewedApprovals],
  );
  const baseline = toStatementInput(
    stored === null ? emptyPanelValues() : panelValuesOf(stored),
    names,
  );
  const isDirty = !isReleased && !isSameStatementInput(input, baseline);
  const blockers = useMemo(() => releaseIssues(template, input), [template, input]);

  useEffect(() => {
    if (state.statementId === null && !isDirty) {
      clearDraft(draftKey);
    } else {
      writeDraft(draftKey, state);
    }
  }, [draftKey, state, isDirty]);

  /** Saves the panel; the saved statement, or null with its issues shown. */
  async function persist(): Promise<Statement | null> {
    let result = await saveStatement(template.id, state.statementId, input);
    if (!result.ok && state.statementId !== null && isNotFound(result.issues)) {
      // The statement was deleted meanwhile (the template deleted and restored, say): the values
      // are still worth keeping, as a new statement.
      result = await saveStatement(template.id, null, input);
    }
    if (!result.ok) {
      setIssues(result.issues);
      return null;
    }
    const saved = result.value;
    setIssues([]);
    setStartedFromReleasedAt(null);
    // The fields take the approvals as stored: one the command cleared (given for an earlier
    // text) must not come back as a new approval with the next save.
    setState((latest) => ({
      statementId: saved.id,
      values: {
        ...latest.values,
        legalApprovedBy: saved.legalApprovedBy ?? '',
        spokespersonApprovedBy: saved.spokespersonApprovedBy ?? '',
      },
      renewedApprovals: [],
    }));
    return saved;
  }

  /** Runs one action at a time, marking it busy. */
  async function run(action: PanelAction, work: () => Promise<void>) {
    setBusy(action);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  }

  function change(update: (values: PanelValues) => PanelValues) {
    setState((latest) => {
      const values = update(latest.values);
      return withValuesChanged(latest, values, stored, panelContent(template, values, names));
    });
  }

  /** Puts `next` in the panel, forgetting the last action's issues and fallback text. */
  function replace(next: PanelState, releasedAt: number | null) {
    setState(next);
    setIssues([]);
    setFallbackText(null);
    setStartedFromReleasedAt(releasedAt);
  }

  /** Writes `text` to the clipboard, or offers it to copy by hand when the clipboard refuses. */
  async function writeClipboard(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setFallbackText(null);
      pushNotice({ kind: 'success', messageKey: 'sops.templates.notices.copied' });
    } catch {
      // No clipboard (an insecure context, a denied permission, a lost focus): the text is
      // shown to copy by hand instead.
      setFallbackText(text);
    }
  }

  /**
   * Offers `text` as a `.txt` file and runs `onWritten` once it was saved or downloaded (not when
   * the dialog was cancelled), before saying how it went.
   */
  async function writeFile(text: string, onWritten: () => Promise<void>): Promise<void> {
    const outcome = await saveTextFile({
      suggestedName: statementFileName(
        template.title,
        today,
        t('sops.templates.panel.fileFallback'),
      ),
      content: text,
      mimeType: 'text/plain;charset=utf-8',
      filters: [{ name: t('sops.templates.panel.fileFilter'), extensions: ['txt'] }],
    });
    if (outcome.kind === 'saved' || outcome.kind === 'downloaded') {
      await onWritten();
    }
    const notice = saveOutcomeNotice(outcome, {
      savedKey: 'sops.templates.notices.exportSavedTo',
      downloadedKey: 'sops.templates.notices.exportDownloaded',
    });
    if (notice !== null) {
      pushNotice(notice);
    }
  }

  return {
    names,
    values,
    input,
    stored,
    statementId: state.statementId,
    isReleased,
    hasChangedSinceApproval: hasChangedSinceApproval(stored, current),
    startedFromReleasedAt,
    isDirty,
    blockers,
    issues,
    busy,
    fallbackText,
    setValue: (name, value) =>
      change((values) => ({ ...values, context: { ...values.context, [name]: value } })),
    setApprover: (kind, name) =>
      setState((latest) => ({
        ...latest,
        values:
          kind === 'legal'
            ? { ...latest.values, legalApprovedBy: name }
            : { ...latest.values, spokespersonApprovedBy: name },
        // Typed now, for the values as they are now: a new approval of this text.
        renewedApprovals: latest.renewedApprovals.includes(kind)
          ? latest.renewedApprovals
          : [...latest.renewedApprovals, kind],
      })),
    fillValues: (sample) =>
      change((latest) => ({
        ...latest,
        context: {
          ...latest.context,
          ...Object.fromEntries(names.map((name) => [name, sample[name]])),
        },
      })),
    open: (statement) => {
      replace(
        { statementId: statement.id, values: panelValuesOf(statement), renewedApprovals: [] },
        null,
      );
    },
    startNew: () => {
      replace({ statementId: null, values: emptyPanelValues(), renewedApprovals: [] }, null);
    },
    startFrom: (statement) => {
      replace(newStateFrom(statement), statement.releasedAt);
    },
    save: () =>
      run('save', async () => {
        if ((await persist()) !== null) {
          pushNotice({ kind: 'success', messageKey: 'sops.templates.notices.saved' });
        }
      }),
    copy: () =>
      run('copy', async () => {
        if (stored !== null && stored.releasedAt !== null) {
          // Copying a released statement again: its text as released, its release time kept.
          await writeClipboard(stored.text);
          return;
        }
        const saved = await persist();
        if (saved === null) return;
        const released = await releaseStatement(saved.id);
        if (!released.ok) {
          setIssues(released.issues);
          return;
        }
        await writeClipboard(released.value.text);
      }),
    exportFile: () =>
      run('export', async () => {
        if (stored !== null && stored.releasedAt !== null) {
          await writeFile(stored.text, () => Promise.resolve());
          return;
        }
        const saved = await persist();
        if (saved === null) return;
        const refused = releaseIssues(template, saved);
        if (refused.length > 0) {
          setIssues(refused);
          return;
        }
        await writeFile(saved.text, async () => {
          const released = await releaseStatement(saved.id);
          if (!released.ok) {
            setIssues(released.issues);
          }
        });
      }),
    dismissFallback: () => setFallbackText(null),
  };
}
