import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisRole, RoleSettings } from '../../../../../shared/domain/roster/crisisRoles';
import { DialogForm } from '../../../components/DialogForm';
import { SelectField } from '../../../components/fields/SelectField';
import { TextAreaField } from '../../../components/fields/TextAreaField';
import { TextField } from '../../../components/fields/TextField';
import { issueTextAt, unplacedIssueMessages } from '../../../lib/fieldIssueText';
import { useIssueSubmit } from '../../../lib/useIssueSubmit';
import { addCustomRole, rosterIssueMessageKey, updateRoleSettings } from '../rosterCommands';
import { useQualificationName } from '../rosterLabels';
import { useQualificationTypes } from '../useRosterData';

/** The fields the dialog edits; '' is "no qualification required". */
type RoleDraft = {
  name: string;
  description: string;
  isRequired: boolean;
  requiredQualificationTypeId: string;
};

/** Paths of the fields the dialog shows issues beside. */
const placedPaths = ['name', 'description', 'isRequired', 'requiredQualificationTypeId'];

function toDraft(role: CrisisRole | null): RoleDraft {
  return {
    name: role?.name ?? '',
    description: role?.description ?? '',
    isRequired: role?.isRequired ?? true,
    requiredQualificationTypeId: role?.requiredQualificationTypeId ?? '',
  };
}

function toSettings(draft: RoleDraft): RoleSettings {
  return {
    ...draft,
    requiredQualificationTypeId:
      draft.requiredQualificationTypeId === '' ? null : draft.requiredQualificationTypeId,
  };
}

/** Props of {@link CustomRoleDialog}. */
export type CustomRoleDialogProps = {
  /** The custom role to edit, or null to add one. */
  role: CrisisRole | null;
  onClose: () => void;
};

/**
 * Adds a role of the user's own (name required, description, whether coverage requires it, the
 * qualification it requires) through `addCustomRole`, or edits one through `updateRoleSettings`.
 * A refused save keeps what was typed and shows why beside each field.
 */
export function CustomRoleDialog({ role, onClose }: CustomRoleDialogProps) {
  const { t } = useTranslation();
  const requiredId = useId();
  const requiredHintId = useId();
  const [draft, setDraft] = useState(() => toDraft(role));
  const form = useIssueSubmit();
  const qualificationTypes = useQualificationTypes();
  const qualificationName = useQualificationName();
  const typeIds = (qualificationTypes ?? []).map(({ id }) => id);
  const chosenType = draft.requiredQualificationTypeId;
  const qualificationOptions = [
    '',
    ...(chosenType === '' || typeIds.includes(chosenType) ? [] : [chosenType]),
    ...typeIds,
  ];

  function change(update: Partial<RoleDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  function errorFor(path: string): string | undefined {
    return issueTextAt(form.issues, path, t, rosterIssueMessageKey);
  }

  async function handleSubmit() {
    const settings = toSettings(draft);
    await form.submit(
      () => (role === null ? addCustomRole(settings) : updateRoleSettings(role.id, settings)),
      onClose,
    );
  }

  return (
    <DialogForm
      title={
        role === null
          ? t('roster.roles.customRole.addTitle')
          : t('roster.roles.customRole.editTitle', { role: role.name })
      }
      onRequestClose={onClose}
      className="modal--wide"
      form={form}
      onSubmit={handleSubmit}
      otherErrors={unplacedIssueMessages(form.issues, placedPaths, t, rosterIssueMessageKey)}
      labels={{
        cancel: t('roster.roles.customRole.cancel'),
        save: t('roster.roles.customRole.save'),
        saving: t('roster.roles.customRole.saving'),
      }}
      formClassName="role-form"
    >
      <TextField
        label={t('roster.roles.customRole.name')}
        error={errorFor('name')}
        value={draft.name}
        onChange={(name) => change({ name })}
      />
      <TextAreaField
        label={t('roster.roles.customRole.description')}
        hint={t('roster.roles.customRole.descriptionHint')}
        error={errorFor('description')}
        rows={3}
        value={draft.description}
        onChange={(description) => change({ description })}
      />
      <div className="field field--switch">
        <input
          id={requiredId}
          type="checkbox"
          aria-describedby={requiredHintId}
          checked={draft.isRequired}
          onChange={(event) => change({ isRequired: event.currentTarget.checked })}
        />
        <label htmlFor={requiredId}>{t('roster.roles.settings.required')}</label>
        <p id={requiredHintId} className="field__description">
          {t('roster.roles.settings.requiredHint')}
        </p>
      </div>
      <SelectField
        label={t('roster.roles.settings.qualification')}
        error={errorFor('requiredQualificationTypeId')}
        value={draft.requiredQualificationTypeId}
        options={qualificationOptions}
        optionLabel={(id) =>
          id === '' ? t('roster.roles.settings.noQualification') : qualificationName(id)
        }
        onChange={(requiredQualificationTypeId) => change({ requiredQualificationTypeId })}
      />
    </DialogForm>
  );
}
