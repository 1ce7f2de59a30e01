import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IssueSummary } from '../../../../components/IssueSummary';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { DialogForm } from '../../../../components/DialogForm';
import { TextAreaField } from '../../../../components/fields/TextAreaField';
import { TextField } from '../../../../components/fields/TextField';
import { personInputSchema } from '../../../../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../../../../shared/domain/roster/person';
import type { CommandResult, FieldIssue } from '../../../../lib/commandResult';
import { issueTextAt, unplacedIssueMessages } from '../../../../lib/fieldIssueText';
import { readDialogDraft, useDraftDialog } from '../../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../../lib/useIssueSubmit';
import { rosterIssueMessageKey, toRosterIssues } from '../../rosterCommands';
import { AbsenceRows } from './AbsenceRows';
import { EmailRows } from './EmailRows';
import { MessagingRows } from './MessagingRows';
import {
  issuesWithoutRow,
  placedIssuePaths,
  storedPersonDraftSchema,
  toPersonDraft,
  toPersonInput,
  unreadableTimeIssues,
} from './personFormDraft';
import type { PersonDraft, PersonListPath } from './personFormDraft';
import { PhoneRows } from './PhoneRows';
import { QualificationRows } from './QualificationRows';
import { WorkingHoursFields } from './WorkingHoursFields';
import { withoutRow } from './listRows';

/** Props of {@link PersonDialog}. */
export type PersonDialogProps = {
  mode: 'create' | 'edit';
  /** The person's input as it is now (`emptyPersonInput(deviceZone)` when creating). */
  initial: PersonInput;
  /** Saves the input (createPerson or updatePerson); issues come back beside their fields. */
  save: (input: PersonInput) => Promise<CommandResult<Person>>;
  onSaved: (person: Person) => void;
  onClose: () => void;
  /**
   * Where the unsaved draft is kept (`person-form:new`, `person-form:<id>`), so a reload or a
   * crash does not lose it; reopening the form restores it.
   */
  draftKey: string;
  /** `updatedAt` of the person being edited (null when creating): an older draft is not restored. */
  basedOn: number | null;
  /** The device's time zone, which the times away are entered in. */
  deviceTimeZone: string;
  /** The current time (epoch ms), where a new time away starts. */
  now: () => number;
};

/**
 * Issues found before saving (a time away that cannot be read) together with everything else the
 * schema refuses, so one attempt shows every problem; the form's own finding wins at a path.
 */
function issuesBeforeSaving(found: FieldIssue[], input: PersonInput): FieldIssue[] {
  const parsed = personInputSchema.safeParse(input);
  const paths = new Set(found.map(({ path }) => path));
  const others = parsed.success
    ? []
    : toRosterIssues(parsed.error.issues).filter(({ path }) => !paths.has(path));
  return [...found, ...others];
}

/**
 * Adds or edits a person of the crisis team in a modal dialog: name and other name, title and
 * department, phones, emails and messaging handles, time zone and working hours, times away,
 * qualifications and notes. A refused save shows each problem beside its field in the user's
 * language, focuses the first, and keeps everything typed; closing with unsaved changes asks
 * first. Unsaved changes are kept in local storage until saved or discarded, and come back when
 * the form is reopened (after a reload too).
 */
export function PersonDialog({
  mode,
  initial,
  save,
  onSaved,
  onClose,
  draftKey,
  basedOn,
  deviceTimeZone,
  now,
}: PersonDialogProps) {
  const { t } = useTranslation();
  const [initialDraft] = useState(() => toPersonDraft(initial));
  const [restored] = useState(() => readDialogDraft(draftKey, storedPersonDraftSchema, basedOn));
  const [draft, setDraft] = useState<PersonDraft>(restored ?? initialDraft);
  const form = useIssueSubmit();
  // Issues moved when a row is removed, for the refusal they were moved from; a new refusal wins.
  const [adjusted, setAdjusted] = useState<{ request: number; issues: FieldIssue[] } | null>(null);
  const issues =
    adjusted !== null && adjusted.request === form.focusRequest ? adjusted.issues : form.issues;

  const input = useMemo(() => toPersonInput(draft, initial), [draft, initial]);
  const initialInput = useMemo(() => toPersonInput(initialDraft, initial), [initialDraft, initial]);
  const isDirty = JSON.stringify(input) !== JSON.stringify(initialInput);

  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn, draft, isDirty, onClose });

  function change(update: Partial<PersonDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  /** Applies a row's removal and moves the issues of later rows up with them. */
  function removeRow(list: PersonListPath, index: number, update: Partial<PersonDraft>) {
    change(update);
    setAdjusted({ request: form.focusRequest, issues: issuesWithoutRow(issues, list, index) });
  }

  async function handleSubmit() {
    const unreadable = unreadableTimeIssues(draft);
    if (unreadable.length > 0) {
      form.showIssues(issuesBeforeSaving(unreadable, input));
      return;
    }
    await form.submit(
      () => save(input),
      (person) => {
        forgetDraft();
        onSaved(person);
      },
    );
  }

  const errorFor = (path: string) => issueTextAt(issues, path, t, rosterIssueMessageKey);
  const otherErrors = unplacedIssueMessages(
    issues,
    placedIssuePaths(draft),
    t,
    rosterIssueMessageKey,
  );
  const title =
    mode === 'create' ? t('roster.personForm.createTitle') : t('roster.personForm.editTitle');
  return (
    <DialogForm
      title={title}
      onRequestClose={requestClose}
      className="modal--wide"
      form={{ issues, isSaving: form.isSaving, focusRequest: form.focusRequest }}
      onSubmit={handleSubmit}
      otherErrors={otherErrors}
      summary={
        <IssueSummary
          heading={
            issues.length > 0 ? t('roster.personForm.issueSummary', { count: issues.length }) : null
          }
          otherErrors={otherErrors}
        />
      }
      labels={{
        cancel: t('roster.personForm.cancel'),
        save: t('roster.personForm.save'),
        saving: t('roster.personForm.saving'),
      }}
      formClassName="person-form"
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('roster.personForm.discardTitle')}
            message={t('roster.personForm.discardMessage')}
            confirmLabel={t('roster.personForm.discard')}
            cancelLabel={t('roster.personForm.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      {restored !== null && (
        <p role="status" className="person-form__restored">
          {t('roster.personForm.restoredDraft')}
        </p>
      )}
      <fieldset className="form-group">
        <legend>{t('roster.personForm.identity.legend')}</legend>
        <div className="form-grid">
          <TextField
            label={t('roster.personForm.identity.name')}
            hint={t('roster.personForm.identity.nameHint')}
            error={errorFor('name')}
            value={draft.name}
            onChange={(name) => change({ name })}
          />
          <TextField
            label={t('roster.personForm.identity.otherName')}
            hint={t('roster.personForm.identity.otherNameHint')}
            error={errorFor('otherName')}
            value={draft.otherName}
            onChange={(otherName) => change({ otherName })}
          />
          <TextField
            label={t('roster.personForm.identity.title')}
            error={errorFor('title')}
            value={draft.title}
            onChange={(title) => change({ title })}
          />
          <TextField
            label={t('roster.personForm.identity.department')}
            error={errorFor('department')}
            value={draft.department}
            onChange={(department) => change({ department })}
          />
        </div>
      </fieldset>
      <PhoneRows
        rows={draft.phones}
        onChange={(phones) => change({ phones })}
        onRemove={(index) =>
          removeRow('phones', index, { phones: withoutRow(draft.phones, index) })
        }
        errorFor={errorFor}
      />
      <EmailRows
        rows={draft.emails}
        onChange={(emails) => change({ emails })}
        onRemove={(index) =>
          removeRow('emails', index, { emails: withoutRow(draft.emails, index) })
        }
        errorFor={errorFor}
      />
      <MessagingRows
        rows={draft.messaging}
        onChange={(messaging) => change({ messaging })}
        onRemove={(index) =>
          removeRow('messaging', index, { messaging: withoutRow(draft.messaging, index) })
        }
        errorFor={errorFor}
      />
      <WorkingHoursFields
        timeZone={draft.timeZone}
        hasWorkingHours={draft.hasWorkingHours}
        workingHours={draft.workingHours}
        onChange={change}
        errorFor={errorFor}
      />
      <AbsenceRows
        rows={draft.absences}
        onChange={(absences) => change({ absences })}
        onRemove={(index) =>
          removeRow('availability.absences', index, {
            absences: withoutRow(draft.absences, index),
          })
        }
        errorFor={errorFor}
        deviceTimeZone={deviceTimeZone}
        now={now}
      />
      <QualificationRows
        rows={draft.qualifications}
        onChange={(qualifications) => change({ qualifications })}
        onRemove={(index) =>
          removeRow('qualifications', index, {
            qualifications: withoutRow(draft.qualifications, index),
          })
        }
        errorFor={errorFor}
      />
      <TextAreaField
        label={t('roster.personForm.notes')}
        error={errorFor('notes')}
        rows={4}
        value={draft.notes}
        onChange={(notes) => change({ notes })}
      />
    </DialogForm>
  );
}
