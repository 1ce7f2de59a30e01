import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk, RiskAcceptance } from '../../../../../shared/domain/risks/risk';
import type { AcceptanceState } from '../../../../../shared/domain/risks/reviews';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FactList } from '../../../components/FactList';
import { StatusBadge } from '../../../components/StatusBadge';
import type { StatusTone } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { updateRisk } from '../riskCommands';
import { AcceptanceDialog } from './AcceptanceDialog';
import { riskInputOf } from './riskDetailFormat';
import { useConfirmedChange } from './useConfirmedChange';
import { formatCalendarDate } from '../../../lib/dates';

/** How each acceptance state reads at a glance. */
const stateTones = {
  none: 'neutral',
  active: 'success',
  expiring: 'warning',
  expired: 'danger',
} as const satisfies Record<AcceptanceState, StatusTone>;

/** Props of {@link AcceptanceEditor}. */
export type AcceptanceEditorProps = {
  risk: Risk;
  /** Where the acceptance stands today (from the risk's flags). */
  state: AcceptanceState;
  today: string;
  /** True for a risk in the recycle bin: shown, not changed. */
  isReadOnly: boolean;
};

/**
 * The formal acceptance of a risk: its state (an expired one is flagged plainly, because the
 * risk must be decided again), approver, justification and dates, with buttons to record, change
 * or withdraw it.
 */
export function AcceptanceEditor({ risk, state, today, isReadOnly }: AcceptanceEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [isEditing, setIsEditing] = useState(false);
  const withdrawal = useConfirmedChange<RiskAcceptance>(
    () => updateRisk(risk.id, { ...riskInputOf(risk), acceptance: null }),
    () => ({ kind: 'error', messageKey: 'risks.detail.acceptance.withdrawFailed' }),
  );
  const acceptance = risk.acceptance;

  return (
    <section aria-labelledby={headingId} className="panel risk-section">
      <h3 id={headingId}>{t('risks.fields.acceptance')}</h3>
      <p className={state === 'expired' ? 'risk-flag risk-flag--danger' : undefined}>
        <StatusBadge tone={stateTones[state]}>{t(`risks.acceptanceStates.${state}`)}</StatusBadge>
        {state === 'expired' && ` ${t('risks.detail.acceptance.expiredNote')}`}
      </p>
      {acceptance !== null && (
        <FactList
          facts={[
            {
              id: 'approver',
              label: t('risks.detail.acceptance.approver'),
              value: acceptance.approver,
            },
            {
              id: 'justification',
              label: t('risks.detail.acceptance.justification'),
              value: <span className="risk-text">{acceptance.justification}</span>,
            },
            {
              id: 'accepted-on',
              label: t('risks.detail.acceptance.acceptedOn'),
              value: formatCalendarDate(acceptance.acceptedOn, language),
            },
            {
              id: 'expires-on',
              label: t('risks.detail.acceptance.expiresOn'),
              value: formatCalendarDate(acceptance.expiresOn, language),
            },
          ]}
        />
      )}
      {!isReadOnly && (
        <div className="button-row button-row--compact">
          <button type="button" onClick={() => setIsEditing(true)}>
            {acceptance === null
              ? t('risks.detail.acceptance.record')
              : t('risks.detail.acceptance.edit')}
          </button>
          {acceptance !== null && (
            <button type="button" onClick={() => withdrawal.ask(acceptance)}>
              {t('risks.detail.acceptance.withdraw')}
            </button>
          )}
        </div>
      )}
      {isEditing && (
        <AcceptanceDialog risk={risk} today={today} onClose={() => setIsEditing(false)} />
      )}
      {withdrawal.pending !== null && (
        <ConfirmDialog
          title={t('risks.detail.acceptance.withdrawTitle')}
          message={t('risks.detail.acceptance.withdrawMessage')}
          confirmLabel={t('risks.detail.acceptance.withdraw')}
          cancelLabel={t('risks.detail.form.cancel')}
          isDestructive
          isBusy={withdrawal.isBusy}
          onConfirm={() => void withdrawal.confirm()}
          onCancel={withdrawal.cancel}
        />
      )}
    </section>
  );
}
