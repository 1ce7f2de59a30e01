import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Sop } from '../../../../../shared/domain/sops/sop';
import { ConfirmedDeleteButton } from '../../../components/ConfirmedDeleteButton';
import { deleteSop } from '../sopCommands';
import { noticeOfFailure } from './sopCommandFailure';

/** Props of {@link DeleteSopButton}. */
export type DeleteSopButtonProps = {
  sop: Sop;
};

/**
 * "Delete…": asks first, then deletes the SOP with its versions and runs (the command's notice
 * offers Undo) and goes back to the library.
 */
export function DeleteSopButton({ sop }: DeleteSopButtonProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();

  async function deleteAndLeave() {
    const result = await deleteSop(sop.id);
    if (result.ok) {
      // Absolute: a nested '/' would address `#/sops/` with a trailing slash.
      navigate('~/sops');
      return;
    }
    noticeOfFailure(result);
  }

  return (
    <ConfirmedDeleteButton
      buttonLabel={t('sops.library.page.delete')}
      title={t('sops.library.delete.title', { title: sop.content.title })}
      message={t('sops.library.delete.message')}
      confirmLabel={t('sops.library.delete.confirm')}
      cancelLabel={t('sops.library.delete.cancel')}
      onDelete={deleteAndLeave}
    />
  );
}
