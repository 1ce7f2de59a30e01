import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../../shared/domain/risks/risk';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useAppStore } from '../../../stores/appStore';
import { fieldIssueMessageKey, purgeRisk, restoreRisk } from '../riskCommands';
import type { CommandResult } from '../riskCommands';
import { useDeletedRisks } from '../useRiskData';

/**
 * Risks → Recycle bin: deleted risks, most recently deleted first, each with when it was deleted,
 * "Restore" (back into the register with its history) and "Delete permanently" (after a
 * confirmation that says it cannot be undone).
 */
export function RecycleBinView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const risks = useDeletedRisks();
  const pushNotice = useAppStore((state) => state.pushNotice);
  const [pendingPurge, setPendingPurge] = useState<Risk | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function run(riskId: string, command: (id: string) => Promise<CommandResult<null>>) {
    setBusyId(riskId);
    const result = await command(riskId);
    setBusyId(null);
    if (!result.ok) {
      pushNotice({
        kind: 'error',
        messageKey: fieldIssueMessageKey(result.issues[0]?.code ?? 'write-failed'),
      });
    }
  }

  let body;
  if (risks === undefined) {
    body = <p role="status">{t('risks.register.loading')}</p>;
  } else if (risks.length === 0) {
    body = (
      <div className="empty-state">
        <p className="empty-state__status">{t('risks.register.bin.empty')}</p>
      </div>
    );
  } else {
    body = (
      <div className="table-scroll">
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('risks.register.columns.reference')}</th>
              <th scope="col">{t('risks.register.columns.title')}</th>
              <th scope="col">{t('risks.register.bin.deletedAt')}</th>
              <th scope="col">{t('risks.register.bin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {risks.map((risk) => (
              <tr key={risk.id}>
                <td>{risk.reference}</td>
                <th scope="row">{risk.title}</th>
                <td>
                  {risk.deletedAt === null ? null : (
                    <time dateTime={new Date(risk.deletedAt).toISOString()}>
                      {formatDateTime(risk.deletedAt, language)}
                    </time>
                  )}
                </td>
                <td>
                  <div className="button-row button-row--compact">
                    <button
                      type="button"
                      disabled={busyId === risk.id}
                      aria-label={t('risks.register.bin.restoreFor', { title: risk.title })}
                      onClick={() => void run(risk.id, restoreRisk)}
                    >
                      {t('risks.register.bin.restore')}
                    </button>
                    <button
                      type="button"
                      className="button--danger"
                      disabled={busyId === risk.id}
                      aria-label={t('risks.register.bin.purgeFor', { title: risk.title })}
                      onClick={() => setPendingPurge(risk)}
                    >
                      {t('risks.register.bin.purge')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('risks.register.bin.heading')}</h2>
      <p className="field__description">{t('risks.register.bin.summary')}</p>
      {body}
      {pendingPurge !== null && (
        <ConfirmDialog
          title={t('risks.register.bin.purgeTitle')}
          message={t('risks.register.bin.purgeMessage', {
            reference: pendingPurge.reference,
            title: pendingPurge.title,
          })}
          confirmLabel={t('risks.register.bin.purgeConfirm')}
          cancelLabel={t('risks.register.bin.cancel')}
          isDestructive
          isBusy={busyId === pendingPurge.id}
          onConfirm={() => {
            const risk = pendingPurge;
            void run(risk.id, purgeRisk).then(() => setPendingPurge(null));
          }}
          onCancel={() => setPendingPurge(null)}
        />
      )}
    </section>
  );
}
