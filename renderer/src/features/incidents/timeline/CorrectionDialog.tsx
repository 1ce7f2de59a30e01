import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { timelineEntryKinds } from '../../../../../shared/domain/incidents/timeline';
import type {
  EffectiveTimelineEntry,
  TimelineEntry,
  TimelineEntryKind,
} from '../../../../../shared/domain/incidents/timeline';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DialogForm } from '../../../components/DialogForm';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { readDialogDraft, useDraftDialog } from '../../../lib/useDraftDialog';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { useOperatorName } from '../../../lib/useOperatorName';
import { addTimelineEntry, incidentIssueMessageKey } from '../incidentCommands';

/**
 * A correction draft as kept in local storage (useDraftDialog) under
 * `incident-correction:<entryId>`. Entries never change, so `basedOn` is always null: once the
 * entry is corrected, the entry in force (and with it the key) is another one. A damaged draft is
 * dropped.
 */
const storedCorrectionDraftSchema = z
  .object({
    basedOn: z.null(),
    draft: z
      .object({ text: z.string(), kind: z.enum(timelineEntryKinds), isExternal: z.boolean() })
      .strict(),
  })
  .strict();

/** What the correction form holds: the fields as typed. */
type CorrectionDraft = z.output<typeof storedCorrectionDraftSchema>['draft'];

/** Props of {@link CorrectionDialog}. */
export type CorrectionDialogProps = {
  incidentId: string;
  /**
   * The entry in force: the latest correction in the line of the entry the user chose (or that
   * entry itself), since only it may be corrected.
   */
  current: EffectiveTimelineEntry;
  onClose: () => void;
  /** Called with the correction once it is stored. */
  onCorrected: (correction: TimelineEntry) => void;
};

/**
 * Corrects an entry the append-only way: shows it as recorded and adds a new entry that
 * supersedes it, with the corrected text (and kind or internal/external flag when those were
 * wrong), signed with the operator's name. The correction keeps the original's "happened at", so it sits beside it on the
 * timeline. The original is never changed; a refusal keeps the dialog open with the text as typed.
 * What is typed survives a reload (kept in local storage) and closing with changes asks first.
 */
export function CorrectionDialog({
  incidentId,
  current,
  onClose,
  onCorrected,
}: CorrectionDialogProps) {
  const { t } = useTranslation();
  const externalId = useId();
  const form = useIssueSubmit();
  const [operatorName] = useOperatorName();
  const draftKey = `incident-correction:${current.id}`;
  const [initial] = useState<CorrectionDraft>(() => ({
    text: current.text,
    kind: current.kind,
    isExternal: current.isExternal,
  }));
  const [restored] = useState(() => readDialogDraft(draftKey, storedCorrectionDraftSchema, null));
  const [draft, setDraft] = useState<CorrectionDraft>(restored ?? initial);
  const { text, kind, isExternal } = draft;
  const isDirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const { isConfirmingDiscard, requestClose, closeForgetting, keepEditing, forgetDraft } =
    useDraftDialog({ draftKey, basedOn: null, draft, isDirty, onClose });

  function change(update: Partial<CorrectionDraft>) {
    setDraft((previous) => ({ ...previous, ...update }));
  }

  function issueOn(path: string): string | undefined {
    const issue = form.issues.find((candidate) => candidate.path === path);
    return issue === undefined ? undefined : t(incidentIssueMessageKey(issue.code));
  }
  const otherErrors = form.issues
    .filter((issue) => issue.path !== 'text' && issue.path !== 'kind')
    .map((issue) => t(incidentIssueMessageKey(issue.code)));

  return (
    <DialogForm
      title={t('incidents.timeline.correction.title', { number: current.sequence + 1 })}
      onRequestClose={requestClose}
      className="modal--wide"
      form={form}
      otherErrors={otherErrors}
      labels={{
        cancel: t('incidents.timeline.correction.cancel'),
        save: t('incidents.timeline.correction.save'),
        saving: t('incidents.timeline.correction.saving'),
      }}
      formClassName="timeline-correction"
      onSubmit={() =>
        form.submit(
          () =>
            addTimelineEntry(incidentId, {
              kind,
              at: current.at,
              author: operatorName.trim(),
              source: 'manual',
              isExternal,
              text,
              supersedesId: current.currentVersionId,
            }),
          (correction) => {
            forgetDraft();
            onCorrected(correction);
          },
        )
      }
      afterForm={
        isConfirmingDiscard && (
          <ConfirmDialog
            title={t('incidents.timeline.correction.discardTitle')}
            message={t('incidents.timeline.correction.discardMessage')}
            confirmLabel={t('incidents.timeline.correction.discard')}
            cancelLabel={t('incidents.timeline.correction.keepEditing')}
            isDestructive
            onConfirm={closeForgetting}
            onCancel={keepEditing}
          />
        )
      }
    >
      {restored !== null && <p role="status">{t('incidents.timeline.correction.restoredDraft')}</p>}
      <p className="field__description">{t('incidents.timeline.correction.explanation')}</p>
      <figure className="timeline-correction__original">
        <figcaption>{t('incidents.timeline.correction.original')}</figcaption>
        <p className="timeline-entry__text">{current.text}</p>
      </figure>
      <TextAreaField
        label={t('incidents.timeline.correction.text')}
        error={issueOn('text')}
        value={text}
        onChange={(value) => change({ text: value })}
        rows={5}
      />
      <SelectField
        label={t('incidents.timeline.correction.kind')}
        error={issueOn('kind')}
        value={kind}
        options={timelineEntryKinds}
        optionLabel={(option) => t(`incidents.entryKinds.${option}`)}
        onChange={(value: TimelineEntryKind) => change({ kind: value })}
      />
      <div className="field field--switch">
        <input
          id={externalId}
          type="checkbox"
          checked={isExternal}
          onChange={(event) => change({ isExternal: event.currentTarget.checked })}
        />
        <label htmlFor={externalId}>{t('incidents.timeline.correction.isExternal')}</label>
      </div>
    </DialogForm>
  );
}
