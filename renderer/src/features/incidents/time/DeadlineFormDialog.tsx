import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { deadlineInstant } from '../../../../../shared/domain/incidents/clocks';
import type { DeadlineInput } from '../../../../../shared/domain/incidents/clocks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DialogForm } from '../../../components/DialogForm';
import { FormField } from '../../../components/FormField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { deviceTimeZone } from '../../../lib/dates';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { readDialogDraft, useDraftDialog } from '../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { incidentIssueMessageKey, saveDeadline } from '../incidentCommands';
import { useDueText } from './useDueText';

/** Props of {@link DeadlineFormDialog}. */
export type DeadlineFormDialogProps = {
  incidentId: string;
  /** The deadline being changed, or null to add one. */
  deadlineId: string | null;
  /** What the form opens with (an empty deadline in this device's zone when adding). */
  initial: DeadlineInput;
  onClose: () => void;
};

/**
 * A draft as kept in local storage (useDraftDialog): the fields as typed, unvalidated (the
 * command validates on save), so a damaged draft is dropped and an unfinished one is kept.
 */
const storedDeadlineDraftSchema = z
  .object({
    basedOn: z.number().nullable(),
    draft: z
      .object({
        label: z.string(),
        local: z.string(),
        timeZone: z.string(),
        note: z.string(),
        setBy: z.string(),
      })
      .strict(),
  })
  .strict();

/**
 * A number standing for the version of a stored deadline, which keeps no update time: the 32-bit
 * FNV-1a hash of what the form opened with. A draft of a deadline changed since (by someone else,
 * or in another window) then no longer matches, so it is not restored over that change.
 */
function versionOf(input: DeadlineInput): number {
  const text = JSON.stringify([input.label, input.local, input.timeZone, input.note, input.setBy]);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}

/** The fields the dialog shows issues beside. */
const placedPaths = ['label', 'local', 'timeZone', 'note', 'setBy'] as const;

/**
 * Adds or changes a deadline: what is due, the local date and time as it was given, the time zone
 * it was given in (this device's by default; every IANA zone is suggested), a note and who set
 * it. While the date and zone make sense, the form shows the moment in both zones, so "18:00
 * London" is checked against the team's own clocks before it is saved. What is typed survives a
 * reload (kept in local storage) and closing with unsaved changes asks first.
 */
export function DeadlineFormDialog({
  incidentId,
  deadlineId,
  initial,
  onClose,
}: DeadlineFormDialogProps) {
  const { t } = useTranslation();
  const form = useIssueSubmit();
  const zoneListId = useId();
  const dueText = useDueText();
  const draftKey = `incident-deadline:${incidentId}:${deadlineId ?? 'new'}`;
  const [opened] = useState(initial);
  const [basedOn] = useState(() => (deadlineId === null ? null : versionOf(initial)));
  const [restored] = useState(() => readDialogDraft(draftKey, storedDeadlineDraftSchema, basedOn));
  const [draft, setDraft] = useState<DeadlineInput>(restored ?? opened);
  const isDirty = JSON.stringify(draft) !== JSON.stringify(opened);
  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn, draft, isDirty, onClose });
  const deviceZone = deviceTimeZone();
  const errorFor = (path: (typeof placedPaths)[number]) =>
    issueTextAt(form.issues, path, t, incidentIssueMessageKey);
  // Some 400 zones: built once, so typing elsewhere in the form does not re-render them.
  const zoneSuggestions = useMemo(
    () => (
      <datalist id={zoneListId}>
        {Intl.supportedValuesOf('timeZone').map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    ),
    [zoneListId],
  );
  const dueAt = deadlineInstant(draft.local, draft.timeZone.trim());

  function change(update: Partial<DeadlineInput>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  return (
    <DialogForm
      title={
        deadlineId === null
          ? t('incidents.time.deadlines.form.createTitle')
          : t('incidents.time.deadlines.form.editTitle')
      }
      onRequestClose={requestClose}
      className="modal--wide"
      form={form}
      onSubmit={() =>
        form.submit(
          () => saveDeadline(incidentId, deadlineId, draft),
          () => {
            forgetDraft();
            onClose();
          },
        )
      }
      otherErrors={unplacedIssueMessages(form.issues, placedPaths, t, incidentIssueMessageKey)}
      labels={{
        cancel: t('incidents.time.deadlines.form.cancel'),
        save: t('incidents.time.deadlines.form.save'),
        saving: t('incidents.time.deadlines.form.saving'),
      }}
      formClassName="deadline-form"
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('incidents.time.deadlines.form.discardTitle')}
            message={t('incidents.time.deadlines.form.discardMessage')}
            confirmLabel={t('incidents.time.deadlines.form.discard')}
            cancelLabel={t('incidents.time.deadlines.form.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      {restored !== null && <p role="status">{t('incidents.time.deadlines.form.restoredDraft')}</p>}
      <TextField
        label={t('incidents.time.deadlines.form.label')}
        hint={t('incidents.time.deadlines.form.labelHint')}
        error={errorFor('label')}
        value={draft.label}
        isWide
        onChange={(label) => change({ label })}
      />
      <div className="form-grid">
        <FormField
          label={t('incidents.time.deadlines.form.local')}
          hint={t('incidents.time.deadlines.form.localHint')}
          error={errorFor('local')}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={draft.local}
              onChange={(event) => change({ local: event.currentTarget.value })}
            />
          )}
        </FormField>
        <FormField
          label={t('incidents.time.deadlines.form.timeZone')}
          hint={t('incidents.time.deadlines.form.timeZoneHint', { zone: deviceZone })}
          error={errorFor('timeZone')}
        >
          {(control) => (
            <>
              <input
                {...control}
                type="text"
                list={zoneListId}
                autoComplete="off"
                spellCheck={false}
                value={draft.timeZone}
                onChange={(event) => change({ timeZone: event.currentTarget.value })}
              />
              {zoneSuggestions}
            </>
          )}
        </FormField>
      </div>
      {dueAt !== null && (
        <p className="deadline-form__preview">
          {dueText(dueAt, draft.timeZone.trim(), deviceZone)}
        </p>
      )}
      <TextField
        label={t('incidents.time.deadlines.form.setBy')}
        hint={t('incidents.time.deadlines.form.setByHint')}
        error={errorFor('setBy')}
        value={draft.setBy}
        onChange={(setBy) => change({ setBy })}
      />
      <TextAreaField
        label={t('incidents.time.deadlines.form.note')}
        error={errorFor('note')}
        value={draft.note}
        rows={3}
        onChange={(note) => change({ note })}
      />
    </DialogForm>
  );
}
