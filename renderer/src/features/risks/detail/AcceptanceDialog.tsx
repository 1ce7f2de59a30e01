import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk, RiskAcceptance } from '../../../../../shared/domain/risks/risk';
import { addDaysToIsoDate } from '../../../../../shared/domain/risks/reviews';
import { updateRisk } from '../riskCommands';
import { DateField } from '../../../components/fields/DateField';
import { fieldIssueText, unplacedIssueTexts } from './fieldIssueText';
import { riskInputOf } from './riskDetailFormat';
import { RiskDialogForm } from './RiskDialogForm';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';

/** How long a new acceptance runs unless the approver says otherwise: one year. */
const defaultAcceptanceDays = 365;

/** Props of {@link AcceptanceDialog}. */
export type AcceptanceDialogProps = {
  risk: Risk;
  /** Today's date, the default acceptance day. */
  today: string;
  onClose: () => void;
};

/**
 * Records or changes the formal acceptance of a risk: who approved it, why, when, and until
 * when. Saved with the whole risk through `updateRisk`, so it is validated (the expiry must come
 * after the acceptance) and the edit shows in the timeline.
 */
export function AcceptanceDialog({ risk, today, onClose }: AcceptanceDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RiskAcceptance>(
    () =>
      risk.acceptance ?? {
        approver: '',
        justification: '',
        acceptedOn: today,
        expiresOn: addDaysToIsoDate(today, defaultAcceptanceDays),
      },
  );
  const form = useIssueSubmit();
  const { issues } = form;

  const errorFor = (field: keyof RiskAcceptance) =>
    fieldIssueText(issues, `acceptance.${field}`, t);
  const otherErrors = unplacedIssueTexts(
    issues,
    [
      'acceptance.approver',
      'acceptance.justification',
      'acceptance.acceptedOn',
      'acceptance.expiresOn',
    ],
    t,
  );

  function change(update: Partial<RiskAcceptance>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  return (
    <RiskDialogForm
      title={
        risk.acceptance === null
          ? t('risks.detail.acceptance.recordTitle')
          : t('risks.detail.acceptance.editTitle')
      }
      onRequestClose={onClose}
      className="modal--wide"
      form={form}
      onSubmit={() =>
        form.submit(() => updateRisk(risk.id, { ...riskInputOf(risk), acceptance: draft }), onClose)
      }
      otherErrors={otherErrors}
    >
      <TextField
        label={t('risks.detail.acceptance.approver')}
        error={errorFor('approver')}
        value={draft.approver}
        onChange={(approver) => change({ approver })}
      />
      <TextAreaField
        label={t('risks.detail.acceptance.justification')}
        error={errorFor('justification')}
        rows={4}
        value={draft.justification}
        onChange={(justification) => change({ justification })}
      />
      <div className="form-grid">
        <DateField
          label={t('risks.detail.acceptance.acceptedOn')}
          error={errorFor('acceptedOn')}
          value={draft.acceptedOn}
          onChange={(acceptedOn) => change({ acceptedOn })}
        />
        <DateField
          label={t('risks.detail.acceptance.expiresOn')}
          error={errorFor('expiresOn')}
          value={draft.expiresOn}
          onChange={(expiresOn) => change({ expiresOn })}
        />
      </div>
    </RiskDialogForm>
  );
}
