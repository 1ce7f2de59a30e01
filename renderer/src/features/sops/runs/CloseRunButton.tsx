import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runProgress } from '../../../../../shared/domain/sops/sopRuns';
import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { closeSopRun, sopIssueMessageKey } from '../sopCommands';

/** Props of {@link CloseRunButton}. */
export type CloseRunButtonProps = {
  run: SopRun;
};

/**
 * "Close run": asks first, saying that the run becomes read-only and how many steps stay pending
 * (they remain listed as not done, which is the record that they were never done), then closes
 * it. A refusal is explained beside the button.
 */
export function CloseRunButton({ run }: CloseRunButtonProps) {
  const { t } = useTranslation();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isClosing, setIsClosing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { pending } = runProgress(run);

  async function confirm() {
    setIsClosing(true);
    try {
      const result = await closeSopRun(run.id);
      setFailure(
        result.ok
          ? null
          : t('sops.runs.close.failed', {
              reason: t(sopIssueMessageKey(result.issues[0]?.code ?? 'invalid')),
            }),
      );
      setIsConfirming(false);
    } finally {
      setIsClosing(false);
    }
  }

  const message =
    pending > 0
      ? t('sops.runs.close.messageWithPending', { count: pending })
      : t('sops.runs.close.message');
  return (
    <div className="run-close">
      <button type="button" onClick={() => setIsConfirming(true)}>
        {t('sops.runs.close.button')}
      </button>
      <div role="alert">{failure !== null && <p className="field__error">{failure}</p>}</div>
      {isConfirming && (
        <ConfirmDialog
          title={t('sops.runs.close.title')}
          message={message}
          confirmLabel={t('sops.runs.close.confirm')}
          cancelLabel={t('sops.runs.close.cancel')}
          isBusy={isClosing}
          onConfirm={() => void confirm()}
          onCancel={() => setIsConfirming(false)}
        />
      )}
    </div>
  );
}
