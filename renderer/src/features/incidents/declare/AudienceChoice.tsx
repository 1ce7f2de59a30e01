import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommGroup } from '../../../../../shared/domain/sops/commMatrix';
import { useStakeholderName } from '../../sops';

/** Props of {@link AudienceChoice}. */
export type AudienceChoiceProps = {
  /** The communication matrix's stakeholder groups, in order. */
  stakeholders: readonly CommGroup[];
  /** The ids ticked. */
  value: readonly string[];
  error: string | undefined;
  onChange: (ids: string[]) => void;
};

/**
 * The affected audiences of a declaration: one checkbox per stakeholder group of the communication
 * matrix (customers, employees, media …, custom groups as named), so communications later know
 * whom to address.
 */
export function AudienceChoice({ stakeholders, value, error, onChange }: AudienceChoiceProps) {
  const { t } = useTranslation();
  const stakeholderName = useStakeholderName();
  const groupId = useId();
  const errorId = `${groupId}-error`;

  function toggle(id: string, isChecked: boolean) {
    // Keep the matrix's order whatever order the boxes were ticked in.
    onChange(
      stakeholders
        .map((group) => group.id)
        .filter((candidate) => (candidate === id ? isChecked : value.includes(candidate))),
    );
  }

  return (
    <fieldset
      className="form-group declare-form__choices"
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend>{t('incidents.declare.fields.audiences')}</legend>
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {stakeholders.length === 0 && (
        <p className="field__description">{t('incidents.declare.fields.noAudiences')}</p>
      )}
      {stakeholders.map((group) => {
        const id = `${groupId}-${group.id}`;
        return (
          <div key={group.id} className="choice">
            <input
              id={id}
              type="checkbox"
              checked={value.includes(group.id)}
              onChange={(event) => toggle(group.id, event.currentTarget.checked)}
            />
            <label htmlFor={id}>{stakeholderName(group.id, stakeholders)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
