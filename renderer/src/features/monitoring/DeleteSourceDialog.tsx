import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceConfig } from '../../../../shared/monitoring/source';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../stores/appStore';
import { deleteSource } from './monitoringCommands';

/** Props of {@link DeleteSourceDialog}. */
export type DeleteSourceDialogProps = {
  source: SourceConfig;
  /** Called once the source is deleted or the user kept it. */
  onDone: () => void;
  /** Called with the error when the delete failed (nothing was deleted). */
  onFailed: (error: unknown) => void;
};

/**
 * Asks before deleting a source, saying that its fetched items, fetch history and coverage go
 * with it and that this cannot be undone; after deleting, a notice says how many items went.
 */
export function DeleteSourceDialog({ source, onDone, onFailed }: DeleteSourceDialogProps) {
  const { t } = useTranslation();
  const [isDeleting, setIsDeleting] = useState(false);

  async function confirm() {
    setIsDeleting(true);
    try {
      const { removedItems } = await deleteSource(source.id);
      useAppStore.getState().pushNotice({
        kind: 'success',
        messageKey: 'monitoring.sources.deleted',
        params: { name: source.name, count: removedItems },
      });
    } catch (error: unknown) {
      onFailed(error);
    } finally {
      onDone();
    }
  }

  return (
    <ConfirmDialog
      title={t('monitoring.deleteDialog.title')}
      message={t('monitoring.deleteDialog.message', { name: source.name })}
      confirmLabel={t('monitoring.deleteDialog.confirm')}
      cancelLabel={t('monitoring.deleteDialog.cancel')}
      isDestructive
      isBusy={isDeleting}
      onConfirm={() => void confirm()}
      onCancel={onDone}
    />
  );
}
