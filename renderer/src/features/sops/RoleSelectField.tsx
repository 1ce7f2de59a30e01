import type { CrisisRole } from '../../../../shared/domain/roster/crisisRoles';
import { SelectField } from '../../components/fields/SelectField';
import { useRoleName } from '../roster';

/** Props of {@link RoleSelectField}: already-translated text. */
export type RoleSelectFieldProps = {
  label: string;
  hint?: string;
  error: string | undefined;
  /** The chosen role id, or '' for none. */
  value: string;
  roles: readonly CrisisRole[];
  /** The name of the '' choice ("No owner role"). */
  noneLabel: string;
  /** The name of a role id the roster no longer has ("Removed role (id)"). */
  unknownLabel: (id: string) => string;
  onChange: (roleId: string) => void;
};

/**
 * A choice of a crisis role (or none) in a SOP form (editor, matrix cell), in the roster's order
 * and names. A role that was removed from the roster after it was chosen stays shown as removed,
 * so the select never silently changes what is stored.
 */
export function RoleSelectField({
  label,
  hint,
  error,
  value,
  roles,
  noneLabel,
  unknownLabel,
  onChange,
}: RoleSelectFieldProps) {
  const roleName = useRoleName();
  const options = ['', ...roles.map((role) => role.id)];
  if (!options.includes(value)) {
    options.push(value);
  }
  return (
    <SelectField
      label={label}
      hint={hint}
      error={error}
      value={value}
      options={options}
      optionLabel={(id) => {
        if (id === '') {
          return noneLabel;
        }
        const role = roles.find((candidate) => candidate.id === id);
        return role === undefined ? unknownLabel(id) : roleName(role);
      }}
      onChange={onChange}
    />
  );
}
