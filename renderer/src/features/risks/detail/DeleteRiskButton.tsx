import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Risk } from '../../../../../shared/domain/risks/risk';
import { ConfirmedDeleteButton } from '../../../components/ConfirmedDeleteButton';
import { useAppStore } from '../../../stores/appStore';
import { deleteRisk } from '../riskCommands';

/** Props of {@link DeleteRiskButton}. */
export type DeleteRiskButtonProps = {
  risk: Risk;
};

/**
 * "Delete": asks first, then moves the risk to the recycle bin (the command offers Undo in a
 * notice) and goes back to the register.
 */
export function DeleteRiskButton({ risk }: DeleteRiskButtonProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();

  async function deleteAndLeave() {
    const result = await deleteRisk(risk.id);
    if (result.ok) {
      // Absolute: a nested '/' would address `#/risks/` with a trailing slash.
      navigate('~/risks');
      return;
    }
    useAppStore.getState().pushNotice({
      kind: 'error',
      messageKey: 'risks.detail.delete.failed',
      params: { reference: risk.reference },
    });
  }

  return (
    <ConfirmedDeleteButton
      buttonLabel={t('risks.detail.delete.button')}
      title={t('risks.detail.delete.title', { reference: risk.reference })}
      message={t('risks.detail.delete.message', { title: risk.title })}
      confirmLabel={t('risks.detail.delete.confirm')}
      cancelLabel={t('risks.detail.form.cancel')}
      onDelete={deleteAndLeave}
    />
  );
}
