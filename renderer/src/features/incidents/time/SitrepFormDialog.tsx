import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sitrepKinds } from '../../../../../shared/domain/incidents/sitreps';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DialogForm } from '../../../components/DialogForm';
import { RadioChoice } from '../../../components/fields/RadioChoice';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { readDialogDraft, useDraftDialog } from '../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { addSituationReport, incidentIssueMessageKey } from '../incidentCommands';
import {
  emptySitrepDraft,
  sitrepFields,
  sitrepInputOf,
  storedSitrepDraftSchema,
} from './sitrepDraft';
import type { SitrepDraft } from './sitrepDraft';

/** Props of {@link SitrepFormDialog}. */
export type SitrepFormDialogProps = {
  incidentId: string;
  /** The name of the person at the keyboard, proposed as the author. */
  operatorName: string;
  onClose: () => void;
};

/** The fields the dialog shows issues beside (the author is not validated by the command). */
const placedPaths = [...sitrepFields.tactical, ...sitrepFields.executive] as const;

/**
 * "Write situation report": a tactical report (conditions, actions, needs) or an executive one
 * (status, overview, next steps), and who wrote it. Saving keeps it in the incident's history with
 * an update on the timeline, written in the user's language ("Tactical report written"); a report
 * with nothing in it is refused beside its first field. What is typed survives a reload, and
 * closing with unsaved text asks first: a report half-written in a crisis must not be lost.
 */
export function SitrepFormDialog({ incidentId, operatorName, onClose }: SitrepFormDialogProps) {
  const { t } = useTranslation();
  const kindId = useId();
  const draftKey = `incident-sitrep:${incidentId}`;
  const [initial] = useState(() => emptySitrepDraft(operatorName));
  const [restored] = useState(() => readDialogDraft(draftKey, storedSitrepDraftSchema, null));
  const [draft, setDraft] = useState<SitrepDraft>(restored ?? initial);
  const form = useIssueSubmit();
  const isDirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn: null, draft, isDirty, onClose });
  const errorFor = (path: string) => issueTextAt(form.issues, path, t, incidentIssueMessageKey);

  function change(update: Partial<SitrepDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  async function handleSubmit() {
    await form.submit(
      () =>
        addSituationReport(
          incidentId,
          sitrepInputOf(draft),
          draft.author,
          t(`incidents.time.sitreps.entryText.${draft.kind}`),
        ),
      () => {
        forgetDraft();
        onClose();
      },
    );
  }

  return (
    <DialogForm
      title={t('incidents.time.sitreps.form.title')}
      onRequestClose={requestClose}
      className="modal--wide"
      form={form}
      onSubmit={handleSubmit}
      otherErrors={unplacedIssueMessages(form.issues, placedPaths, t, incidentIssueMessageKey)}
      labels={{
        cancel: t('incidents.time.sitreps.form.cancel'),
        save: t('incidents.time.sitreps.form.save'),
        saving: t('incidents.time.sitreps.form.saving'),
      }}
      formClassName="sitrep-form"
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('incidents.time.sitreps.form.discardTitle')}
            message={t('incidents.time.sitreps.form.discardMessage')}
            confirmLabel={t('incidents.time.sitreps.form.discard')}
            cancelLabel={t('incidents.time.sitreps.form.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      {restored !== null && (
        <p role="status" className="sitrep-form__restored">
          {t('incidents.time.sitreps.form.restoredDraft')}
        </p>
      )}
      <fieldset className="form-group">
        <legend>{t('incidents.time.sitreps.form.kind')}</legend>
        <div className="sitrep-form__kinds">
          {sitrepKinds.map((kind) => (
            <RadioChoice
              key={kind}
              id={`${kindId}-${kind}`}
              name={kindId}
              label={t(`incidents.sitrepKinds.${kind}`)}
              isChecked={draft.kind === kind}
              onSelect={() => change({ kind })}
            />
          ))}
        </div>
      </fieldset>
      {sitrepFields[draft.kind].map((field) => (
        <TextAreaField
          key={field}
          label={t(`incidents.time.sitreps.fields.${field}`)}
          hint={t(`incidents.time.sitreps.hints.${field}`)}
          error={errorFor(field)}
          value={draft[field]}
          rows={4}
          onChange={(value) => change({ [field]: value })}
        />
      ))}
      <TextField
        label={t('incidents.time.sitreps.form.author')}
        error={undefined}
        value={draft.author}
        onChange={(author) => change({ author })}
      />
    </DialogForm>
  );
}
