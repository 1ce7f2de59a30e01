import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewDecisions } from '../../../../../shared/domain/risks/risk';
import type { Risk, RiskReview } from '../../../../../shared/domain/risks/risk';
import { addRiskReview } from '../riskCommands';
import { DateField } from '../../../components/fields/DateField';
import { fieldIssueText, unplacedIssueTexts } from './fieldIssueText';
import { RiskDialogForm } from './RiskDialogForm';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';

/** Props of {@link ReviewDialog}. */
export type ReviewDialogProps = {
  risk: Risk;
  /** Today's date, the default review day. */
  today: string;
  onClose: () => void;
};

/**
 * "Record a review": the day (today unless changed), who reviewed, the decision and a comment.
 * The review joins the log and the timeline and moves the next review date; a "closed"
 * decision closes the risk.
 */
export function ReviewDialog({ risk, today, onClose }: ReviewDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RiskReview>(() => ({
    reviewedOn: today,
    reviewer: risk.owner,
    decision: 'no-change',
    comment: '',
  }));
  const form = useIssueSubmit();
  const { issues } = form;

  const errorFor = (field: keyof RiskReview) => fieldIssueText(issues, field, t);
  const otherErrors = unplacedIssueTexts(
    issues,
    ['reviewedOn', 'reviewer', 'decision', 'comment'],
    t,
  );

  function change(update: Partial<RiskReview>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  return (
    <RiskDialogForm
      title={t('risks.detail.review.recordTitle')}
      onRequestClose={onClose}
      form={form}
      onSubmit={() => form.submit(() => addRiskReview(risk.id, draft), onClose)}
      otherErrors={otherErrors}
      saveLabel={t('risks.detail.review.save')}
    >
      <DateField
        label={t('risks.detail.review.date')}
        error={errorFor('reviewedOn')}
        value={draft.reviewedOn}
        onChange={(reviewedOn) => change({ reviewedOn })}
      />
      <TextField
        label={t('risks.detail.review.reviewer')}
        error={errorFor('reviewer')}
        value={draft.reviewer}
        onChange={(reviewer) => change({ reviewer })}
      />
      <SelectField
        label={t('risks.detail.review.decision')}
        hint={t('risks.detail.review.decisionHint')}
        error={errorFor('decision')}
        value={draft.decision}
        options={reviewDecisions}
        optionLabel={(decision) => t(`risks.decisions.${decision}`)}
        onChange={(decision) => change({ decision })}
      />
      <TextAreaField
        label={t('risks.detail.review.comment')}
        error={errorFor('comment')}
        rows={4}
        value={draft.comment}
        onChange={(comment) => change({ comment })}
      />
    </RiskDialogForm>
  );
}
