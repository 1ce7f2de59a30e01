import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxCallSteps } from '../../../../../shared/domain/roster/callTree';
import type { CallStep } from '../../../../../shared/domain/roster/callTree';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import { SelectField } from '../../../components/fields/SelectField';
import { personDisplayName, useRoleName } from '../rosterLabels';

/** Props of {@link AddCallStepControls}. */
export type AddCallStepControlsProps = {
  roles: readonly CrisisRole[];
  people: readonly Person[];
  /** The steps of the list being edited (roles and people already in it are not offered). */
  steps: readonly CallStep[];
  onAdd: (step: CallStep) => void;
};

/**
 * Adding a step at the end of a call list: a role (its holders are called in order) or one named
 * person. Roles and people already in the list are not offered again, and a full list says so
 * instead of offering anything.
 */
export function AddCallStepControls({ roles, people, steps, onAdd }: AddCallStepControlsProps) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const [roleChoice, setRoleChoice] = useState('');
  const [personChoice, setPersonChoice] = useState('');

  if (steps.length >= maxCallSteps) {
    return <p>{t('roster.callTree.editor.full', { max: maxCallSteps })}</p>;
  }

  const listedRoleIds = new Set(
    steps.flatMap((step) => (step.kind === 'role' ? [step.roleId] : [])),
  );
  const listedPersonIds = new Set(
    steps.flatMap((step) => (step.kind === 'person' ? [step.personId] : [])),
  );
  const roleOptions = roles.filter((role) => !listedRoleIds.has(role.id));
  const personOptions = people.filter((person) => !listedPersonIds.has(person.id));
  const roleId = roleOptions.some(({ id }) => id === roleChoice)
    ? roleChoice
    : (roleOptions[0]?.id ?? '');
  const personId = personOptions.some(({ id }) => id === personChoice)
    ? personChoice
    : (personOptions[0]?.id ?? '');

  return (
    <div className="call-tree-editor__add">
      {roleOptions.length === 0 ? (
        <p>{t('roster.callTree.editor.everyRoleListed')}</p>
      ) : (
        <div className="call-tree-editor__add-row">
          <SelectField
            label={t('roster.callTree.editor.roleToAdd')}
            error={undefined}
            value={roleId}
            options={roleOptions.map(({ id }) => id)}
            optionLabel={(id) => {
              const role = roleOptions.find((candidate) => candidate.id === id);
              return role === undefined ? id : roleName(role);
            }}
            onChange={setRoleChoice}
          />
          <button
            type="button"
            onClick={() => onAdd({ kind: 'role', id: crypto.randomUUID(), roleId, note: '' })}
          >
            {t('roster.callTree.editor.addRole')}
          </button>
        </div>
      )}
      {personOptions.length === 0 ? (
        <p>{t('roster.callTree.editor.noPeopleToAdd')}</p>
      ) : (
        <div className="call-tree-editor__add-row">
          <SelectField
            label={t('roster.callTree.editor.personToAdd')}
            error={undefined}
            value={personId}
            options={personOptions.map(({ id }) => id)}
            optionLabel={(id) => {
              const person = personOptions.find((candidate) => candidate.id === id);
              return person === undefined ? id : personDisplayName(person);
            }}
            onChange={setPersonChoice}
          />
          <button
            type="button"
            onClick={() => onAdd({ kind: 'person', id: crypto.randomUUID(), personId, note: '' })}
          >
            {t('roster.callTree.editor.addPerson')}
          </button>
        </div>
      )}
    </div>
  );
}
