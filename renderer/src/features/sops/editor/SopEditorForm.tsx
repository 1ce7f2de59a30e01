import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import { maxReviewIntervalDays, maxSteps } from '../../../../../shared/domain/sops/sop';
import type { Sop } from '../../../../../shared/domain/sops/sop';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { IssueSummary } from '../../../components/IssueSummary';
import { SelectField } from '../../../components/fields/SelectField';
import { TextField } from '../../../components/fields/TextField';
import { WholeNumberField } from '../../../components/fields/WholeNumberField';
import { useLanguage } from '../../../i18n/useLanguage';
import { announce } from '../../../lib/commandResult';
import type { CommandResult } from '../../../lib/commandResult';
import { clearDraft } from '../../../lib/draftStorage';
import { formatDateTime } from '../../../lib/dates';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { useRoles, useSeverityLevels } from '../../roster';
import { createSop, saveSopDraft, sopIssueMessageKey } from '../sopCommands';
import { useCrisisTypeName } from '../sopLabels';
import { MarkdownField } from './MarkdownField';
import { RoleSelectField } from '../RoleSelectField';
import { SeverityChoices } from './SeverityChoices';
import {
  currentIssues,
  newSopEditorDraft,
  newStepDraft,
  placeSopIssues,
  placedIssuePaths,
  sopContentFingerprint,
  sopEditorDraftKey,
  toSopContent,
  toSopEditorDraft,
  toSopSettings,
  withItemInserted,
  withItemMoved,
} from './sopEditorDraft';
import type { SopEditorDraft, StepDraft } from './sopEditorDraft';
import { readSopEditOnOpen } from './sopEditorStorage';
import { SopStepEditor } from './SopStepEditor';
import { useLeaveGuard } from './useLeaveGuard';
import { useSopEditStorage } from './useSopEditStorage';
import { SopChangeRequestsPanel } from '../../postmortems';

/** Props of {@link SopEditorForm}. */
export type SopEditorFormProps = {
  /** The SOP whose working draft is edited, or null to create one. */
  sop: Sop | null;
  /** Makes the id of a new step or checklist item; ids never change once made. */
  newId?: () => string;
  /** The clock stamped on unsaved changes kept on this device (ms). */
  now?: () => number;
};

/** A step just removed, kept so the removal can be undone. */
type RemovedStep = { step: StepDraft; index: number };

/** Which question about unsaved work is asked, if any. */
type OpenQuestion = 'discardRestored' | 'discardOutdated' | 'replaceWithOutdated' | null;

/** The current time in ms. */
function currentTime(): number {
  return Date.now();
}

/** Where focus goes once the steps have rendered after a change. */
type StepFocus = { stepId: string; control: 'title' | 'up' | 'down' } | { control: 'undo' };

/** A new random id (`crypto.randomUUID`). */
function randomId(): string {
  return crypto.randomUUID();
}

/**
 * The SOP editor page: title, crisis type, the severity levels it applies to, purpose and trigger
 * criteria (Markdown with a preview), for a new SOP also its owner role and review interval, and
 * the ordered steps. Saving stores the working draft only (publishing is done on the SOP page) and
 * goes to the SOP's page. A refused save shows each problem beside its field (issues follow their
 * step when steps move), sums them up at the top and focuses the first. Unsaved changes are kept
 * in local storage and come back after a reload. They are tied to the SOP's content, not to its
 * last change: marking it reviewed, changing its settings or publishing it leaves them valid. If
 * the content was saved over since (another window), they are not put back over it but offered
 * with their time, to restore or discard. Cancel asks before discarding them, and following an
 * in-app link away asks before leaving them unsaved (they stay on this device).
 */
export function SopEditorForm({ sop, newId = randomId, now = currentTime }: SopEditorFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const roles = useRoles();
  const levels = useSeverityLevels();
  const crisisTypeName = useCrisisTypeName();
  const headingId = useId();
  const summaryId = useId();
  const stepsHeadingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const stepsRef = useRef<HTMLOListElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<StepFocus | null>(null);

  const draftKey = sopEditorDraftKey(sop?.id ?? null);
  // The content the editor opened on: a save elsewhere while it is open must not re-base the
  // draft, and reviews, settings and publishing (which leave the content alone) never do.
  const [basedOn] = useState(() => (sop === null ? null : sopContentFingerprint(sop.content)));
  const [initialDraft] = useState(() =>
    sop === null ? newSopEditorDraft(newId()) : toSopEditorDraft(sop.content, sop),
  );
  const [opened] = useState(() => readSopEditOnOpen(draftKey, basedOn));
  const [restored, setRestored] = useState(opened.restored);
  const [draft, setDraft] = useState<SopEditorDraft>(opened.restored ?? initialDraft);
  const [removed, setRemoved] = useState<RemovedStep | null>(null);
  const [question, setQuestion] = useState<OpenQuestion>(null);
  const form = useIssueSubmit();
  const isDirty = JSON.stringify(draft) !== JSON.stringify(initialDraft);

  const {
    isConfirmingDiscard,
    requestClose,
    closeForgetting,
    keepEditing,
    forgetDraft,
    outdated,
    settleOutdated,
  } = useSopEditStorage({
    draftKey,
    basedOn,
    draft,
    isDirty,
    openedOutdated: opened.outdated,
    now,
    onClose: () => navigate(sop === null ? '~/sops' : `~/sops/${sop.id}`),
  });
  const { pendingHref: leavingTo, stay } = useLeaveGuard(isDirty && !form.isSaving);
  const outdatedTime = outdated === null ? '' : formatDateTime(outdated.savedAt, language);

  useEffect(() => {
    // Only once the issues have rendered is there an `aria-invalid` field to focus; an issue no
    // field shows (a failed write) leaves the summary to take focus.
    if (form.focusRequest > 0) {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (invalid ?? summaryRef.current)?.focus();
    }
  }, [form.focusRequest]);

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === null) {
      return;
    }
    if (target.control === 'undo') {
      undoRef.current?.focus();
      return;
    }
    const row = [...(stepsRef.current?.children ?? [])].find(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && element.dataset['stepId'] === target.stepId,
    );
    if (target.control === 'title') {
      row?.querySelector<HTMLElement>('input')?.focus();
      return;
    }
    // At the top or bottom the moved button is disabled: the other one keeps focus in the step.
    (
      row?.querySelector<HTMLElement>(`[data-move="${target.control}"]:not(:disabled)`) ??
      row?.querySelector<HTMLElement>('[data-move]:not(:disabled)')
    )?.focus();
  }, [draft.steps]);

  const issues = currentIssues(form.issues, draft);
  const errorFor = (path: string) => issueTextAt(issues, path, t, sopIssueMessageKey);
  const exactErrorFor = (path: string) => {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue === undefined ? undefined : t(sopIssueMessageKey(issue.code));
  };
  const otherErrors = unplacedIssueMessages(issues, placedIssuePaths(draft), t, sopIssueMessageKey);

  function change(update: Partial<SopEditorDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  function changeSteps(steps: StepDraft[], focus: StepFocus | null = null) {
    pendingFocus.current = focus;
    change({ steps });
  }

  function addStep() {
    const step = newStepDraft(newId());
    changeSteps([...draft.steps, step], { stepId: step.id, control: 'title' });
  }

  function moveStep(index: number, offset: -1 | 1) {
    const moving = draft.steps[index];
    if (moving !== undefined) {
      changeSteps(withItemMoved(draft.steps, index, offset), {
        stepId: moving.id,
        control: offset === -1 ? 'up' : 'down',
      });
    }
  }

  function removeStep(index: number) {
    const step = draft.steps[index];
    if (step !== undefined) {
      setRemoved({ step, index });
      changeSteps(
        draft.steps.filter((_, position) => position !== index),
        { control: 'undo' },
      );
    }
  }

  function undoRemoval() {
    if (removed !== null) {
      setRemoved(null);
      changeSteps(withItemInserted(draft.steps, removed.index, removed.step), {
        stepId: removed.step.id,
        control: 'title',
      });
    }
  }

  function discardRestored() {
    setQuestion(null);
    setRestored(null);
    setRemoved(null);
    clearDraft(draftKey);
    setDraft(initialDraft);
  }

  function restoreOutdated() {
    if (outdated === null) {
      return;
    }
    setQuestion(null);
    setRemoved(null);
    setRestored(outdated.draft);
    setDraft(outdated.draft);
    settleOutdated();
  }

  function discardOutdated() {
    setQuestion(null);
    settleOutdated();
  }

  async function handleSubmit() {
    const submitted = draft;
    const content = toSopContent(submitted);
    await form.submit(
      async (): Promise<CommandResult<Sop>> => {
        const result =
          sop === null
            ? await createSop(content, toSopSettings(submitted))
            : await saveSopDraft(sop.id, content);
        // Positions become ids now, while they still describe the steps that were sent.
        return result.ok ? result : { ok: false, issues: placeSopIssues(result.issues, submitted) };
      },
      (saved) => {
        forgetDraft();
        announce('success', sop === null ? 'sops.editor.created' : 'sops.editor.saved', {
          title: saved.content.title,
        });
        navigate(`~/sops/${saved.id}`);
      },
    );
  }

  const heading =
    sop === null
      ? t('sops.editor.headingNew')
      : t('sops.editor.headingEdit', { title: sop.content.title });
  const crisisTypeOptions: string[] = ['', ...crisisTypes];
  if (!crisisTypeOptions.includes(draft.crisisTypeId)) {
    crisisTypeOptions.push(draft.crisisTypeId);
  }
  const removedTitle = removed?.step.title.trim() ?? '';

  return (
    <section className="sop-editor" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="sop-editor__draft-note">{t('sops.editor.draftNote')}</p>
      {sop !== null && <SopChangeRequestsPanel sopId={sop.id} />}
      {restored !== null && (
        <div role="status" className="sop-editor__restored">
          <p>{t('sops.editor.restored')}</p>
          <button type="button" onClick={() => setQuestion('discardRestored')}>
            {t('sops.editor.discardRestored')}
          </button>
        </div>
      )}
      {outdated !== null && (
        <div role="status" className="sop-editor__restored">
          <p>{t('sops.editor.outdated', { time: outdatedTime })}</p>
          <div className="button-row">
            <button
              type="button"
              onClick={() => (isDirty ? setQuestion('replaceWithOutdated') : restoreOutdated())}
            >
              {t('sops.editor.restoreOutdated')}
            </button>
            <button type="button" onClick={() => setQuestion('discardOutdated')}>
              {t('sops.editor.discardOutdated')}
            </button>
          </div>
        </div>
      )}
      {roles === undefined || levels === undefined ? (
        <p role="status">{t('sops.editor.loading')}</p>
      ) : (
        <form
          ref={formRef}
          className="sop-editor__form"
          noValidate
          aria-describedby={issues.length > 0 ? summaryId : undefined}
          onSubmit={(event) => {
            event.preventDefault();
            void handleSubmit();
          }}
        >
          <div
            id={summaryId}
            ref={summaryRef}
            role="alert"
            tabIndex={-1}
            className="sop-editor__summary"
          >
            <IssueSummary
              heading={
                issues.length > 0 ? t('sops.editor.issueSummary', { count: issues.length }) : null
              }
              otherErrors={otherErrors}
            />
          </div>
          <fieldset className="form-group sop-editor__about">
            <legend>{t('sops.editor.about')}</legend>
            <TextField
              label={t('sops.editor.title')}
              error={errorFor('title')}
              isWide
              value={draft.title}
              onChange={(title) => change({ title })}
            />
            <SelectField
              label={t('sops.editor.crisisType')}
              error={errorFor('crisisTypeId')}
              value={draft.crisisTypeId}
              options={crisisTypeOptions}
              optionLabel={(id) => crisisTypeName(id === '' ? null : id)}
              onChange={(crisisTypeId) => change({ crisisTypeId })}
            />
            <SeverityChoices
              levels={levels}
              value={draft.severityIds}
              error={errorFor('severityIds')}
              onChange={(severityIds) => change({ severityIds })}
            />
            <MarkdownField
              label={t('sops.editor.purpose')}
              previewLabel={t('sops.editor.previewPurpose')}
              error={errorFor('purpose')}
              rows={4}
              value={draft.purpose}
              onChange={(purpose) => change({ purpose })}
            />
            <MarkdownField
              label={t('sops.editor.triggerCriteria')}
              previewLabel={t('sops.editor.previewTriggerCriteria')}
              error={errorFor('triggerCriteria')}
              rows={4}
              value={draft.triggerCriteria}
              onChange={(triggerCriteria) => change({ triggerCriteria })}
            />
            {sop === null && (
              <div className="form-grid">
                <RoleSelectField
                  label={t('sops.editor.ownerRole')}
                  hint={t('sops.editor.ownerRoleHint')}
                  error={errorFor('ownerRoleId')}
                  value={draft.ownerRoleId}
                  roles={roles}
                  noneLabel={t('sops.editor.noOwnerRole')}
                  unknownLabel={(id) => t('sops.editor.unknownRole', { id })}
                  onChange={(ownerRoleId) => change({ ownerRoleId })}
                />
                <WholeNumberField
                  label={t('sops.editor.reviewInterval')}
                  hint={t('sops.editor.reviewIntervalHint')}
                  error={errorFor('reviewIntervalDays')}
                  min={1}
                  max={maxReviewIntervalDays}
                  value={draft.reviewIntervalText}
                  onChange={(reviewIntervalText) => change({ reviewIntervalText })}
                />
              </div>
            )}
          </fieldset>
          <section className="sop-editor__steps-section" aria-labelledby={stepsHeadingId}>
            <h3 id={stepsHeadingId}>{t('sops.editor.steps')}</h3>
            <p className="field__description">{t('sops.editor.stepsHint')}</p>
            {draft.steps.length === 0 ? (
              <p className="sop-editor__empty">{t('sops.editor.noSteps')}</p>
            ) : (
              <ol ref={stepsRef} className="plain-list sop-editor__steps">
                {draft.steps.map((step, index) => (
                  <SopStepEditor
                    key={step.id}
                    step={step}
                    index={index}
                    count={draft.steps.length}
                    roles={roles}
                    errorFor={(field) => errorFor(`steps.${step.id}.${field}`)}
                    checklistError={exactErrorFor(`steps.${step.id}.checklist`)}
                    onChange={(changed) =>
                      changeSteps(
                        draft.steps.map((candidate) =>
                          candidate.id === step.id ? changed : candidate,
                        ),
                      )
                    }
                    onMove={(offset) => moveStep(index, offset)}
                    onRemove={() => removeStep(index)}
                    newId={newId}
                  />
                ))}
              </ol>
            )}
            {exactErrorFor('stepList') !== undefined && (
              <p className="field__error">{exactErrorFor('stepList')}</p>
            )}
            {removed !== null && (
              <div role="status" className="sop-editor__removed">
                <p>
                  {removedTitle === ''
                    ? t('sops.editor.stepRemovedUntitled', { order: removed.index + 1 })
                    : t('sops.editor.stepRemoved', {
                        order: removed.index + 1,
                        title: removedTitle,
                      })}
                </p>
                <button ref={undoRef} type="button" onClick={undoRemoval}>
                  {t('sops.editor.undo')}
                </button>
              </div>
            )}
            <button type="button" disabled={draft.steps.length >= maxSteps} onClick={addStep}>
              {t('sops.editor.addStep')}
            </button>
          </section>
          <div className="button-row sop-editor__actions">
            <button type="button" onClick={requestClose}>
              {t('sops.editor.cancel')}
            </button>
            <button type="submit" className="button--primary" disabled={form.isSaving}>
              {form.isSaving ? t('sops.editor.saving') : t('sops.editor.save')}
            </button>
          </div>
        </form>
      )}
      {isConfirmingDiscard && (
        <ConfirmDialog
          title={t('sops.editor.discardTitle')}
          message={t('sops.editor.discardMessage')}
          confirmLabel={t('sops.editor.discard')}
          cancelLabel={t('sops.editor.keepEditing')}
          isDestructive
          onConfirm={closeForgetting}
          onCancel={keepEditing}
        />
      )}
      {question === 'discardRestored' && (
        <ConfirmDialog
          title={t('sops.editor.discardRestoredTitle')}
          message={t('sops.editor.discardRestoredMessage')}
          confirmLabel={t('sops.editor.discard')}
          cancelLabel={t('sops.editor.keepEditing')}
          isDestructive
          onConfirm={discardRestored}
          onCancel={() => setQuestion(null)}
        />
      )}
      {question === 'discardOutdated' && (
        <ConfirmDialog
          title={t('sops.editor.discardOutdatedTitle')}
          message={t('sops.editor.discardOutdatedMessage', { time: outdatedTime })}
          confirmLabel={t('sops.editor.discardOutdatedConfirm')}
          cancelLabel={t('sops.editor.keepThem')}
          isDestructive
          onConfirm={discardOutdated}
          onCancel={() => setQuestion(null)}
        />
      )}
      {question === 'replaceWithOutdated' && (
        <ConfirmDialog
          title={t('sops.editor.replaceTitle')}
          message={t('sops.editor.replaceMessage', { time: outdatedTime })}
          confirmLabel={t('sops.editor.replace')}
          cancelLabel={t('sops.editor.keepCurrent')}
          isDestructive
          onConfirm={restoreOutdated}
          onCancel={() => setQuestion(null)}
        />
      )}
      {leavingTo !== null && (
        <ConfirmDialog
          title={t('sops.editor.leaveTitle')}
          message={t('sops.editor.leaveMessage')}
          confirmLabel={t('sops.editor.leave')}
          cancelLabel={t('sops.editor.keepEditing')}
          // `#/runs` is the app's address `~/runs`, outside this nested router's base.
          onConfirm={() => navigate(`~${leavingTo.slice(1)}`)}
          onCancel={stay}
        />
      )}
    </section>
  );
}
