import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisRole, RoleSettings } from '../../../../../shared/domain/roster/crisisRoles';
import { updateRoleSettings } from '../rosterCommands';
import { RoleSaveError } from './RoleSaveError';
import { useStagedWrite } from './useStagedWrite';

/** Props of {@link RoleSettingsEditor}. */
export type RoleSettingsEditorProps = {
  role: CrisisRole;
  /** The role's name in the UI language, for the controls' accessible names. */
  roleName: string;
  /** Ids of every qualification type, in the order offered. */
  qualificationTypeIds: readonly string[];
  /** The name of a qualification type in the UI language. */
  qualificationName: (typeId: string) => string;
};

/**
 * Whether the coverage check requires a role and which qualification its holders need, saved
 * through `updateRoleSettings` as soon as either changes.
 */
export function RoleSettingsEditor({
  role,
  roleName,
  qualificationTypeIds,
  qualificationName,
}: RoleSettingsEditorProps) {
  const { t } = useTranslation();
  const requiredId = useId();
  const requiredHintId = useId();
  const qualificationId = useId();
  const settings = useStagedWrite<RoleSettings>(
    {
      name: role.name,
      description: role.description,
      isRequired: role.isRequired,
      requiredQualificationTypeId: role.requiredQualificationTypeId,
    },
    role.updatedAt,
  );
  const shown = settings.value;
  const required = shown.requiredQualificationTypeId;
  // A required type missing from the list (still loading) stays selectable, so it is not lost.
  const options =
    required === null || qualificationTypeIds.includes(required)
      ? qualificationTypeIds
      : [required, ...qualificationTypeIds];

  function change(update: Partial<RoleSettings>) {
    void settings.write({ ...shown, ...update }, (next) => updateRoleSettings(role.id, next));
  }

  return (
    <div className="role-settings">
      <h3 className="role-card__subheading">{t('roster.roles.settings.heading')}</h3>
      <div className="field field--switch">
        <input
          id={requiredId}
          type="checkbox"
          aria-label={t('roster.roles.settings.requiredLabel', { role: roleName })}
          aria-describedby={requiredHintId}
          checked={shown.isRequired}
          onChange={(event) => change({ isRequired: event.currentTarget.checked })}
        />
        <label htmlFor={requiredId}>{t('roster.roles.settings.required')}</label>
        <p id={requiredHintId} className="field__description">
          {t('roster.roles.settings.requiredHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={qualificationId}>{t('roster.roles.settings.qualification')}</label>
        <select
          id={qualificationId}
          aria-label={t('roster.roles.settings.qualificationLabel', { role: roleName })}
          value={required ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change({ requiredQualificationTypeId: value === '' ? null : value });
          }}
        >
          <option value="">{t('roster.roles.settings.noQualification')}</option>
          {options.map((id) => (
            <option key={id} value={id}>
              {qualificationName(id)}
            </option>
          ))}
        </select>
      </div>
      <RoleSaveError issues={settings.issues} roleName={roleName} />
    </div>
  );
}
