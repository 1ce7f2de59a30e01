import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/roster/person';
import { DialogForm } from '../../../components/DialogForm';
import { FormField } from '../../../components/FormField';
import { ModalDialog } from '../../../components/ModalDialog';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { personDisplayName, usePeople } from '../../roster';
import { handOverRole, incidentIssueMessageKey } from '../incidentCommands';

/** Props of {@link HandOverDialog}. */
export type HandOverDialogProps = {
  incidentId: string;
  roleId: string;
  /** The role's name in the UI language. */
  roleName: string;
  /** Who holds the role now in this incident; null when nobody does. */
  currentHolder: Person | null;
  /** The name of a holder no longer in the roster (so the entry still says who it was). */
  currentHolderName: string | null;
  /** The operator's name, recorded as who made the hand-over. */
  operator: string;
  onClose: () => void;
};

/** The select value of "nobody": no person id is empty. */
const nobody = '';

/**
 * Hands a role of an incident over: choose the next holder from the roster, or nobody to leave
 * the role empty. The hand-over ends the current holder's tenure and starts the next one now, and
 * writes a role-change entry in the UI language ("Crisis commander: 陳美玲 → David Lin"). Choosing
 * the current holder again is refused beside the field.
 */
export function HandOverDialog({
  incidentId,
  roleId,
  roleName,
  currentHolder,
  currentHolderName,
  operator,
  onClose,
}: HandOverDialogProps) {
  const { t } = useTranslation();
  const people = usePeople();
  const [chosen, setChosen] = useState(currentHolder?.id ?? nobody);
  const form = useIssueSubmit();
  const title = t('incidents.page.roles.dialog.title', { role: roleName });

  if (people === undefined) {
    return (
      <ModalDialog title={title} onRequestClose={onClose}>
        <p role="status">{t('incidents.page.roles.dialog.loading')}</p>
        <div className="button-row modal__actions">
          <button type="button" onClick={onClose}>
            {t('incidents.page.roles.dialog.cancel')}
          </button>
        </div>
      </ModalDialog>
    );
  }

  const currentId = currentHolder?.id ?? (currentHolderName === null ? nobody : null);
  const nobodyText = t('incidents.page.roles.entryNobody');

  async function handleSubmit() {
    if (chosen === currentId) {
      form.showIssues([{ path: 'personId', code: 'same-holder' }]);
      return;
    }
    const next = people?.find((person) => person.id === chosen) ?? null;
    const entryText = t('incidents.page.roles.entry', {
      role: roleName,
      from:
        currentHolder === null
          ? (currentHolderName ?? nobodyText)
          : personDisplayName(currentHolder),
      to: next === null ? nobodyText : personDisplayName(next),
    });
    await form.submit(
      () => handOverRole(incidentId, roleId, next?.id ?? null, operator, entryText),
      onClose,
    );
  }

  const holderError = form.issues.some((issue) => issue.code === 'same-holder')
    ? t('incidents.page.roles.dialog.sameHolder')
    : issueTextAt(form.issues, 'personId', t, incidentIssueMessageKey);
  const otherErrors = unplacedIssueMessages(form.issues, ['personId'], t, incidentIssueMessageKey);
  return (
    <DialogForm
      title={title}
      onRequestClose={onClose}
      form={form}
      onSubmit={handleSubmit}
      otherErrors={otherErrors}
      labels={{
        cancel: t('incidents.page.roles.dialog.cancel'),
        save: t('incidents.page.roles.dialog.save'),
        saving: t('incidents.page.roles.dialog.saving'),
      }}
      formClassName="incident-handover-form"
    >
      <p>
        {t('incidents.page.roles.dialog.current', {
          person:
            currentHolder === null
              ? (currentHolderName ?? t('incidents.page.roles.nobody'))
              : personDisplayName(currentHolder),
        })}
      </p>
      <FormField label={t('incidents.page.roles.dialog.newHolder')} error={holderError}>
        {(control) => (
          <select
            {...control}
            value={chosen}
            onChange={(event) => setChosen(event.currentTarget.value)}
          >
            <option value={nobody}>{t('incidents.page.roles.dialog.nobodyOption')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {personDisplayName(person)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </DialogForm>
  );
}
