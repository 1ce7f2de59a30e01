import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Risk } from '../../../../../shared/domain/risks/risk';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
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
  const [isConfirming, setIsConfirming] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);

  async function confirm() {
    setIsDeleting(true);
    try {
      const result = await deleteRisk(risk.id);
      if (result.ok) {
        setIsConfirming(false);
        // Absolute: a nested '/' would address `#/risks/` with a trailing slash.
        navigate('~/risks');
        return;
      }
      useAppStore.getState().pushNotice({
        kind: 'error',
        messageKey: 'risks.detail.delete.failed',
        params: { reference: risk.reference },
      });
      setIsConfirming(false);
    } finally {
      setIsDeleting(false);
    }
  }

  return (
    <>
      <button type="button" className="button--danger" onClick={() => setIsConfirming(true)}>
        {t('risks.detail.delete.button')}
      </button>
      {isConfirming && (
        <ConfirmDialog
          title={t('risks.detail.delete.title', { reference: risk.reference })}
          message={t('risks.detail.delete.message', { title: risk.title })}
          confirmLabel={t('risks.detail.delete.confirm')}
          cancelLabel={t('risks.detail.form.cancel')}
          isDestructive
          isBusy={isDeleting}
          onConfirm={() => void confirm()}
          onCancel={() => setIsConfirming(false)}
        />
      )}
    </>
  );
}
