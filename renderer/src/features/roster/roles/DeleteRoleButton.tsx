import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useAppStore } from '../../../stores/appStore';
import { deleteCustomRole, rosterIssueMessageKey } from '../rosterCommands';

/** Props of {@link DeleteRoleButton}. */
export type DeleteRoleButtonProps = {
  /** A custom role (built-in roles cannot be deleted). */
  role: CrisisRole;
  /** Called once the role is gone, so the page can put focus somewhere that still exists. */
  onDeleted: () => void;
};

/**
 * "Delete" of a custom role: asks first, then deletes it with `deleteCustomRole`, which removes
 * its call-tree steps too and offers Undo in a notice.
 */
export function DeleteRoleButton({ role, onDeleted }: DeleteRoleButtonProps) {
  const { t } = useTranslation();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);

  async function confirm() {
    setIsDeleting(true);
    try {
      const result = await deleteCustomRole(role.id);
      setIsConfirming(false);
      if (result.ok) {
        onDeleted();
        return;
      }
      const reason = result.issues.map((issue) => t(rosterIssueMessageKey(issue.code))).join(' ');
      useAppStore.getState().pushNotice({
        kind: 'error',
        messageKey: 'roster.roles.customRole.deleteFailed',
        params: { role: role.name, reason },
      });
    } finally {
      setIsDeleting(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button--danger"
        aria-label={t('roster.roles.customRole.deleteLabel', { role: role.name })}
        onClick={() => setIsConfirming(true)}
      >
        {t('roster.roles.customRole.delete')}
      </button>
      {isConfirming && (
        <ConfirmDialog
          title={t('roster.roles.customRole.deleteTitle', { role: role.name })}
          message={t('roster.roles.customRole.deleteMessage')}
          confirmLabel={t('roster.roles.customRole.deleteConfirm')}
          cancelLabel={t('roster.roles.customRole.cancel')}
          isDestructive
          isBusy={isDeleting}
          onConfirm={() => void confirm()}
          onCancel={() => setIsConfirming(false)}
        />
      )}
    </>
  );
}
