import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/domain/roster/person';
import { SelectField } from '../../../components/fields/SelectField';
import { personDisplayName, useRoleName } from '../../roster';
import { chosenPersonId, isSopChosen } from './declareProposals';
import type { RoleProposal, SopProposal } from './declareProposals';

/** Props of {@link DeclareProposals}. */
export type DeclareProposalsProps = {
  /** Whether a crisis type is chosen (no SOP can be proposed before). */
  hasCrisisType: boolean;
  sops: readonly SopProposal[];
  sopChoices: Readonly<Record<string, boolean>>;
  onSopChange: (sopId: string, isChosen: boolean) => void;
  roles: readonly RoleProposal[];
  roleChoices: Readonly<Record<string, string>>;
  onRoleChange: (roleId: string, personId: string) => void;
  /** The roster's people, sorted by name. */
  people: readonly Person[];
};

/**
 * What declaring proposes, editable before it is accepted: the SOP of the crisis type as a ticked
 * box ("Start the SOP run: … (v3)") and one select per role, prefilled with the person the roster
 * proposes (or nobody).
 */
export function DeclareProposals({
  hasCrisisType,
  sops,
  sopChoices,
  onSopChange,
  roles,
  roleChoices,
  onRoleChange,
  people,
}: DeclareProposalsProps) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const headingId = useId();
  const sopBoxId = useId();
  const personOptions = ['', ...people.map((person) => person.id)];
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const personName = (id: string) => {
    const person = peopleById.get(id);
    return person === undefined
      ? t('incidents.declare.proposals.nobody')
      : personDisplayName(person);
  };

  let sopText: string | null = null;
  if (!hasCrisisType) {
    sopText = t('incidents.declare.proposals.chooseCrisisType');
  } else if (sops.length === 0) {
    sopText = t('incidents.declare.proposals.noSop');
  }

  return (
    <section className="declare-form__proposals" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('incidents.declare.proposals.heading')}</h3>
      <fieldset className="form-group">
        <legend>{t('incidents.declare.proposals.sopHeading')}</legend>
        {sopText !== null && <p className="field__description">{sopText}</p>}
        {sops.map((proposal) => {
          const id = `${sopBoxId}-${proposal.sopId}`;
          return (
            <div key={proposal.sopId} className="choice">
              <input
                id={id}
                type="checkbox"
                checked={isSopChosen(sops, sopChoices, proposal.sopId)}
                onChange={(event) => onSopChange(proposal.sopId, event.currentTarget.checked)}
              />
              <label htmlFor={id}>
                {t('incidents.declare.proposals.startSop', {
                  title: proposal.title,
                  version: proposal.version,
                })}
              </label>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('incidents.declare.proposals.rolesHeading')}</legend>
        <p className="field__description">{t('incidents.declare.proposals.rolesHint')}</p>
        <div className="form-grid">
          {roles.map((proposal) => (
            <SelectField
              key={proposal.role.id}
              label={roleName(proposal.role)}
              error={undefined}
              value={chosenPersonId(proposal, roleChoices) ?? ''}
              options={personOptions}
              optionLabel={(id) =>
                id === '' ? t('incidents.declare.proposals.nobody') : personName(id)
              }
              onChange={(personId) => onRoleChange(proposal.role.id, personId)}
            />
          ))}
        </div>
      </fieldset>
    </section>
  );
}
