import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SopStep } from '../../../../../shared/domain/sops/sop';
import { DialogForm } from '../../../components/DialogForm';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { skipRunStep, sopIssueMessageKey } from '../sopCommands';

/** Props of {@link SkipStepDialog}. */
export type SkipStepDialogProps = {
  runId: string;
  step: SopStep;
  /** Who skips it (the operator's name; blank = not recorded). */
  operatorName: string;
  onClose: () => void;
  /** Called after the step was skipped (the dialog is then closed by its owner). */
  onSkipped: () => void;
};

/** The fields the dialog shows issues beside. */
const placedPaths = ['skipReason'] as const;

/**
 * "Skip…": skipping a step needs a reason, for the review after the crisis. A blank reason is
 * refused under the field and nothing is written; a reason is stored with who skipped and when.
 */
export function SkipStepDialog({
  runId,
  step,
  operatorName,
  onClose,
  onSkipped,
}: SkipStepDialogProps) {
  const { t } = useTranslation();
  const form = useIssueSubmit();
  const [reason, setReason] = useState('');

  return (
    <DialogForm
      title={t('sops.runs.skip.title', { step: step.title })}
      onRequestClose={onClose}
      className="modal--narrow"
      form={form}
      onSubmit={() =>
        form.submit(() => skipRunStep(runId, step.id, reason, operatorName), onSkipped)
      }
      otherErrors={unplacedIssueMessages(form.issues, placedPaths, t, sopIssueMessageKey)}
      labels={{
        cancel: t('sops.runs.skip.cancel'),
        save: t('sops.runs.skip.confirm'),
        saving: t('sops.runs.skip.saving'),
      }}
      formClassName="run-skip-form"
    >
      <TextAreaField
        label={t('sops.runs.skip.reason')}
        hint={t('sops.runs.skip.reasonHint')}
        error={issueTextAt(form.issues, 'skipReason', t, sopIssueMessageKey)}
        value={reason}
        rows={3}
        onChange={setReason}
      />
    </DialogForm>
  );
}
