import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useAppStore } from '../../../stores/appStore';
import { deleteView, fieldIssueMessageKey, saveView } from '../riskCommands';
import type { FieldIssue } from '../riskCommands';
import { useSavedViews } from '../useRiskData';
import type { SavedView } from '../useRiskData';
import { parseRegisterViewState, registerViewArea } from './registerViewState';
import type { RegisterViewState } from './registerViewState';

/** Value of the select when no saved view is picked. */
const noneValue = '';

/** Props of {@link SavedViewsControl}. */
export type SavedViewsControlProps = {
  viewState: RegisterViewState;
  onApply: (state: RegisterViewState) => void;
};

/**
 * Saved views of the register: pick one to apply its filters, sort, grouping and columns; save
 * the current view under a name (the same name replaces it); delete the picked one after
 * confirming. A saved view this version cannot read (damaged, or from another version) is not
 * applied: a notice says so and the register stays as it was.
 */
export function SavedViewsControl({ viewState, onApply }: SavedViewsControlProps) {
  const { t } = useTranslation();
  const id = useId();
  const views = useSavedViews(registerViewArea);
  const pushNotice = useAppStore((state) => state.pushNotice);
  const [selectedId, setSelectedId] = useState(noneValue);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [pendingDelete, setPendingDelete] = useState<SavedView | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const selected = views?.find((view) => view.id === selectedId);

  function reportFailure(issues: readonly FieldIssue[]) {
    pushNotice({
      kind: 'error',
      messageKey: fieldIssueMessageKey(issues[0]?.code ?? 'write-failed'),
    });
  }

  function pick(viewId: string) {
    setSelectedId(viewId);
    const view = views?.find((candidate) => candidate.id === viewId);
    if (view === undefined) {
      return;
    }
    const state = parseRegisterViewState(view.state);
    if (state === null) {
      pushNotice({
        kind: 'error',
        messageKey: 'risks.register.savedViews.unreadable',
        params: { name: view.name },
      });
      return;
    }
    onApply(state);
    setName(view.name);
  }

  async function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsBusy(true);
    const result = await saveView(registerViewArea, name, viewState);
    setIsBusy(false);
    if (!result.ok) {
      const issue = result.issues.find(({ path }) => path === 'name');
      if (issue === undefined) {
        setNameError(undefined);
        reportFailure(result.issues);
      } else {
        setNameError(t(fieldIssueMessageKey(issue.code)));
      }
      return;
    }
    setNameError(undefined);
    setSelectedId(result.value.id);
    pushNotice({
      kind: 'success',
      messageKey: 'risks.register.savedViews.saved',
      params: { name: result.value.name },
    });
  }

  async function confirmDelete(view: SavedView) {
    setIsBusy(true);
    const result = await deleteView(view.id);
    setIsBusy(false);
    setPendingDelete(null);
    if (!result.ok) {
      reportFailure(result.issues);
      return;
    }
    setSelectedId(noneValue);
    pushNotice({
      kind: 'info',
      messageKey: 'risks.register.savedViews.deleted',
      params: { name: view.name },
    });
  }

  return (
    <div className="saved-views">
      <div className="field">
        <label htmlFor={`${id}-pick`}>{t('risks.register.savedViews.pick')}</label>
        <div className="button-row button-row--compact">
          <select
            id={`${id}-pick`}
            value={selected === undefined ? noneValue : selectedId}
            onChange={(event) => pick(event.currentTarget.value)}
          >
            <option value={noneValue}>{t('risks.register.savedViews.none')}</option>
            {(views ?? []).map((view) => (
              <option key={view.id} value={view.id}>
                {view.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={selected === undefined || isBusy}
            onClick={() => setPendingDelete(selected ?? null)}
          >
            {t('risks.register.savedViews.delete')}
          </button>
        </div>
      </div>
      <form className="saved-views__save" onSubmit={(event) => void handleSave(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('risks.register.savedViews.name')}</label>
          <div className="button-row button-row--compact">
            <input
              id={`${id}-name`}
              type="text"
              value={name}
              maxLength={60}
              aria-invalid={nameError === undefined ? undefined : true}
              aria-describedby={nameError === undefined ? undefined : `${id}-name-error`}
              onChange={(event) => setName(event.currentTarget.value)}
            />
            <button type="submit" disabled={isBusy}>
              {t('risks.register.savedViews.save')}
            </button>
          </div>
          {nameError !== undefined && (
            <p id={`${id}-name-error`} className="field__error">
              {nameError}
            </p>
          )}
        </div>
      </form>
      {pendingDelete !== null && (
        <ConfirmDialog
          title={t('risks.register.savedViews.deleteTitle')}
          message={t('risks.register.savedViews.deleteMessage', { name: pendingDelete.name })}
          confirmLabel={t('risks.register.savedViews.deleteConfirm')}
          cancelLabel={t('risks.register.savedViews.cancel')}
          isDestructive
          isBusy={isBusy}
          onConfirm={() => void confirmDelete(pendingDelete)}
          onCancel={() => setPendingDelete(null)}
        />
      )}
    </div>
  );
}
