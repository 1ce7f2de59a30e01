import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../../shared/domain/postmortems/actionItems';
import { ConfirmedDeleteButton } from '../../../components/ConfirmedDeleteButton';
import { announce } from '../../../lib/commandResult';
import { postmortemIssueMessageKey, deleteActionItem } from '../postmortemCommands';

/** Props of {@link DeleteActionItemButton}. */
export type DeleteActionItemButtonProps = {
  item: Pick<ActionItem, 'id' | 'title'>;
};

/**
 * "Delete" on an item's row, named after the item so a list of them can be told apart. It asks
 * first (focus on the safe answer); the deletion then announces an Undo, and a failure says why.
 */
export function DeleteActionItemButton({ item }: DeleteActionItemButtonProps) {
  const { t } = useTranslation();

  async function remove() {
    const result = await deleteActionItem(item.id);
    if (!result.ok) {
      const [issue] = result.issues;
      announce('error', postmortemIssueMessageKey(issue?.code ?? 'invalid'), {});
    }
  }

  return (
    <ConfirmedDeleteButton
      buttonLabel={t('postmortems.actions.delete')}
      buttonAccessibleName={t('postmortems.actions.deleteLabel', { title: item.title })}
      title={t('postmortems.actions.deleteTitle', { title: item.title })}
      message={t('postmortems.actions.deleteMessage')}
      confirmLabel={t('postmortems.actions.deleteConfirm')}
      cancelLabel={t('postmortems.actions.deleteCancel')}
      onDelete={remove}
    />
  );
}
