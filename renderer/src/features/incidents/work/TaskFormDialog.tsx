import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taskStatuses } from '../../../../../shared/domain/incidents/tasks';
import type { IncidentTask } from '../../../../../shared/domain/incidents/tasks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DialogForm } from '../../../components/DialogForm';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { readDialogDraft, useDraftDialog } from '../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { personDisplayName, usePeople, useRoleName, useRoles } from '../../roster';
import { saveTask } from '../incidentCommands';
import { LocalDateTimeField } from './LocalDateTimeField';
import { storedTaskDraftSchema, toTaskDraft, toTaskInput } from './taskFormDraft';
import type { TaskDraft } from './taskFormDraft';
import type { AttachedRun } from './useAttachedRuns';
import { workIssueMessageKey } from './workIssues';

/** Fields the form shows issues beside; anything else goes to the top of the form. */
const placedPaths = [
  'title',
  'ownerPersonId',
  'ownerRoleId',
  'dueAt',
  'status',
  'sopRunId',
  'sopStepId',
  'note',
] as const;

/** The ids offered, with the chosen one added at the end when it is not among them. */
function withChosen(ids: readonly string[], chosen: string): string[] {
  return ids.includes(chosen) ? [...ids] : [...ids, chosen];
}

/** Props of {@link TaskFormDialog}. */
export type TaskFormDialogProps = {
  incidentId: string;
  /** The task being edited; null to add one. */
  task: IncidentTask | null;
  /** The runs attached to the incident, whose steps a task can carry out. */
  runs: readonly AttachedRun[];
  onClose: () => void;
};

/**
 * Adds or edits a task of an incident: title, owner (a person of the roster and/or a crisis
 * role), due time, status, the step of an attached SOP run it carries out (run first, then its
 * step) and a note. A refused save shows each problem under its field and keeps what was typed;
 * unsaved changes survive a reload (kept in local storage) and closing with them asks first.
 */
export function TaskFormDialog({ incidentId, task, runs, onClose }: TaskFormDialogProps) {
  const { t } = useTranslation();
  const people = usePeople();
  const roles = useRoles();
  const roleName = useRoleName();
  const draftKey = `incident-task:${incidentId}:${task?.id ?? 'new'}`;
  const basedOn = task?.updatedAt ?? null;
  const [initial] = useState(() => toTaskDraft(task));
  const [restored] = useState(() => readDialogDraft(draftKey, storedTaskDraftSchema, basedOn));
  const [draft, setDraft] = useState<TaskDraft>(restored ?? initial);
  const form = useIssueSubmit();
  const { issues } = form;
  const isDirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn, draft, isDirty, onClose });
  const errorFor = (path: (typeof placedPaths)[number]) =>
    issueTextAt(issues, path, t, workIssueMessageKey);

  function change(update: Partial<TaskDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  async function submit() {
    const converted = toTaskInput(draft);
    if (!converted.ok) {
      form.showIssues(converted.issues);
      return;
    }
    await form.submit(
      () => saveTask(incidentId, task?.id ?? null, converted.input),
      () => {
        forgetDraft();
        onClose();
      },
    );
  }

  const peopleById = new Map((people ?? []).map((person) => [person.id, person]));
  const rolesById = new Map((roles ?? []).map((role) => [role.id, role]));
  // An owner who has left the roster stays chosen (and named as such) until someone changes it.
  const personIds = withChosen(
    ['', ...(people ?? []).map((person) => person.id)],
    draft.ownerPersonId,
  );
  const roleIds = withChosen(['', ...(roles ?? []).map((role) => role.id)], draft.ownerRoleId);
  const runIds = ['', ...runs.map((attached) => attached.run.id)];
  const chosenRun = runs.find((attached) => attached.run.id === draft.sopRunId);
  const stepIds = ['', ...(chosenRun?.steps ?? []).map((step) => step.id)];
  const stepTitles = new Map((chosenRun?.steps ?? []).map((step) => [step.id, step.title]));

  return (
    <DialogForm
      title={
        task === null
          ? t('incidents.work.tasks.form.createTitle')
          : t('incidents.work.tasks.form.editTitle')
      }
      onRequestClose={requestClose}
      className="modal--wide"
      form={form}
      onSubmit={submit}
      otherErrors={unplacedIssueMessages(issues, placedPaths, t, workIssueMessageKey)}
      labels={{
        cancel: t('incidents.work.tasks.form.cancel'),
        save: t('incidents.work.tasks.form.save'),
        saving: t('incidents.work.tasks.form.saving'),
      }}
      formClassName="incident-work-form"
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('incidents.work.tasks.form.discardTitle')}
            message={t('incidents.work.tasks.form.discardMessage')}
            confirmLabel={t('incidents.work.tasks.form.discard')}
            cancelLabel={t('incidents.work.tasks.form.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      {restored !== null && <p role="status">{t('incidents.work.tasks.form.restoredDraft')}</p>}
      <TextField
        label={t('incidents.work.tasks.form.title')}
        error={errorFor('title')}
        isWide
        value={draft.title}
        onChange={(title) => change({ title })}
      />
      <div className="form-grid">
        <SelectField
          label={t('incidents.work.tasks.form.ownerPerson')}
          error={errorFor('ownerPersonId')}
          value={draft.ownerPersonId}
          options={personIds}
          optionLabel={(id) => {
            const person = peopleById.get(id);
            return person !== undefined
              ? personDisplayName(person)
              : id === ''
                ? t('incidents.work.tasks.form.nobody')
                : t('incidents.work.tasks.unknownPerson');
          }}
          onChange={(ownerPersonId) => change({ ownerPersonId })}
        />
        <SelectField
          label={t('incidents.work.tasks.form.ownerRole')}
          error={errorFor('ownerRoleId')}
          value={draft.ownerRoleId}
          options={roleIds}
          optionLabel={(id) => {
            const role = rolesById.get(id);
            return role !== undefined
              ? roleName(role)
              : id === ''
                ? t('incidents.work.tasks.form.noRole')
                : id;
          }}
          onChange={(ownerRoleId) => change({ ownerRoleId })}
        />
        <LocalDateTimeField
          label={t('incidents.work.tasks.form.due')}
          hint={t('incidents.work.tasks.form.dueHint')}
          error={errorFor('dueAt')}
          value={draft.due}
          onChange={(due) => change({ due })}
        />
        <SelectField
          label={t('incidents.work.tasks.form.status')}
          error={errorFor('status')}
          value={draft.status}
          options={taskStatuses}
          optionLabel={(status) => t(`incidents.taskStatuses.${status}`)}
          onChange={(status) => change({ status })}
        />
      </div>
      <fieldset className="form-group">
        <legend>{t('incidents.work.tasks.form.sopLegend')}</legend>
        {runs.length === 0 ? (
          <p>{t('incidents.work.tasks.form.noRuns')}</p>
        ) : (
          <div className="form-grid">
            <SelectField
              label={t('incidents.work.tasks.form.sopRun')}
              error={errorFor('sopRunId')}
              value={draft.sopRunId}
              options={runIds}
              optionLabel={(id) => {
                const attached = runs.find((candidate) => candidate.run.id === id);
                return attached === undefined
                  ? t('incidents.work.tasks.form.noRun')
                  : t('incidents.work.runTitle', {
                      title: attached.title ?? t('incidents.work.runs.missingTitle'),
                      version: attached.run.version,
                    });
              }}
              // A step belongs to one run: another run's step would not make sense.
              onChange={(sopRunId) => change({ sopRunId, sopStepId: '' })}
            />
            <SelectField
              label={t('incidents.work.tasks.form.sopStep')}
              error={errorFor('sopStepId')}
              value={draft.sopStepId}
              options={stepIds}
              optionLabel={(id) => stepTitles.get(id) ?? t('incidents.work.tasks.form.noStep')}
              onChange={(sopStepId) => change({ sopStepId })}
            />
          </div>
        )}
      </fieldset>
      <TextAreaField
        label={t('incidents.work.tasks.form.note')}
        error={errorFor('note')}
        rows={3}
        value={draft.note}
        onChange={(note) => change({ note })}
      />
    </DialogForm>
  );
}
