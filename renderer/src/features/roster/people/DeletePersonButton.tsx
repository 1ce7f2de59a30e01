import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Person } from '../../../../../shared/domain/roster/person';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { useAppStore } from '../../../stores/appStore';
import { deletePerson, rosterIssueMessageKey } from '../rosterCommands';
import { personDisplayName, usePositionLabel, useRoleName } from '../rosterLabels';
import type { HeldRole } from './personRoles';

/** Props of {@link DeletePersonButton}. */
export type DeletePersonButtonProps = {
  person: Person;
  /** The roles the person holds, which the confirmation names. */
  heldRoles: readonly HeldRole[];
};

/**
 * "Delete": asks first, naming the roles the person will be taken out of, then removes them from
 * the roster, their roles and the call tree (the command offers Undo in a notice) and goes back
 * to the people list. A refusal is explained in a notice.
 */
export function DeletePersonButton({ person, heldRoles }: DeletePersonButtonProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const roleName = useRoleName();
  const positionLabel = usePositionLabel();
  const [, navigate] = useLocation();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const name = personDisplayName(person);

  async function confirm() {
    setIsDeleting(true);
    try {
      const result = await deletePerson(person.id);
      if (result.ok) {
        setIsConfirming(false);
        // Absolute: a nested '/' would address `#/roster/` with a trailing slash.
        navigate('~/roster');
        return;
      }
      useAppStore.getState().pushNotice({
        kind: 'error',
        messageKey: 'roster.people.person.delete.failed',
        params: { name, reason: t(rosterIssueMessageKey(result.issues[0]?.code ?? 'invalid')) },
      });
      setIsConfirming(false);
    } finally {
      setIsDeleting(false);
    }
  }

  const roles = new Intl.ListFormat(language, { type: 'conjunction' }).format(
    heldRoles.map(({ role, position }) =>
      t('roster.people.roleHeld', { role: roleName(role), position: positionLabel(position) }),
    ),
  );
  return (
    <>
      <button type="button" className="button--danger" onClick={() => setIsConfirming(true)}>
        {t('roster.people.person.delete.button')}
      </button>
      {isConfirming && (
        <ConfirmDialog
          title={t('roster.people.person.delete.title', { name })}
          message={
            heldRoles.length === 0
              ? t('roster.people.person.delete.message', { name })
              : t('roster.people.person.delete.messageWithRoles', { name, roles })
          }
          confirmLabel={t('roster.people.person.delete.confirm')}
          cancelLabel={t('roster.people.person.delete.cancel')}
          isDestructive
          isBusy={isDeleting}
          onConfirm={() => void confirm()}
          onCancel={() => setIsConfirming(false)}
        />
      )}
    </>
  );
}
