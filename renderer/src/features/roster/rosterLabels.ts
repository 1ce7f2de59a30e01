import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/domain/localizedText';
import { builtInRole } from '../../../../shared/domain/roster/crisisRoles';
import type { CrisisRole } from '../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../shared/domain/roster/person';
import { useLanguage } from '../../i18n/useLanguage';
import { builtInQualificationTypes } from '../../../../shared/domain/roster/qualifications';
import type { Language } from '../../../../shared/domain/settings';
import { useQualificationTypes } from './useRosterData';
import type { QualificationTypeOption } from './useRosterData';

/**
 * Labels of roster data in the UI language: role names and descriptions (built-in ones are data
 * written in every language; custom ones as typed), qualification type names, holder positions.
 */

/** The name of a role. */
export function useRoleName(): (role: Pick<CrisisRole, 'id' | 'name'>) => string {
  const language = useLanguage();
  return useCallback(
    (role: Pick<CrisisRole, 'id' | 'name'>) => {
      const definition = builtInRole(role.id);
      return definition === undefined ? role.name : localize(definition.name, language);
    },
    [language],
  );
}

/** The description of a role. */
export function useRoleDescription(): (role: Pick<CrisisRole, 'id' | 'description'>) => string {
  const language = useLanguage();
  return useCallback(
    (role: Pick<CrisisRole, 'id' | 'description'>) => {
      const definition = builtInRole(role.id);
      return definition === undefined
        ? role.description
        : localize(definition.description, language);
    },
    [language],
  );
}

/**
 * The name of a qualification type id among `types` in `language`: the built-in name, the custom
 * name, or the id itself when it is unknown (never blank). Pure, for screens that already loaded
 * the types.
 */
export function qualificationTypeName(
  types: readonly QualificationTypeOption[],
  typeId: string,
  language: Language,
): string {
  const type = types.find(({ id }) => id === typeId);
  if (type === undefined) {
    return typeId;
  }
  return type.isBuiltIn ? localize(type.name, language) : type.customName;
}

/**
 * The name of a qualification type id (see {@link qualificationTypeName}). While the custom types
 * load, built-in ids already get their names.
 */
export function useQualificationName(): (typeId: string) => string {
  const language = useLanguage();
  const types = useQualificationTypes();
  return useCallback(
    (typeId: string) => qualificationTypeName(types ?? builtInTypeOptions, typeId, language),
    [types, language],
  );
}

/** The built-in qualification types as options, usable before the custom ones load. */
const builtInTypeOptions: readonly QualificationTypeOption[] = builtInQualificationTypes.map(
  ({ id, name }) => ({ id, isBuiltIn: true, name, customName: null }),
);

/** "Primary" or "Backup 2" for a holder position (0 = primary). */
export function usePositionLabel(): (position: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (position: number) =>
      position === 0
        ? t('roster.positions.primary')
        : t('roster.positions.backup', { number: position }),
    [t],
  );
}

/** A person's name with their other name in brackets when they have one: 王小明 (Ming Wang). */
export function personDisplayName(person: Pick<Person, 'name' | 'otherName'>): string {
  return person.otherName === '' ? person.name : `${person.name} (${person.otherName})`;
}
