import { describe, expect, it } from 'vitest';
import { localizedTextSchema } from '../../../../shared/domain/localizedText';
import { languages } from '../../../../shared/domain/settings';
import {
  builtInRole,
  builtInRoles,
  customRoleSettingsSchema,
  defaultBuiltInRole,
  maxBackups,
  mergeRoles,
  roleHolderIds,
  roleHoldersSchema,
  roleSettingsSchema,
} from '../../../../shared/domain/roster/crisisRoles';
import type { CrisisRole } from '../../../../shared/domain/roster/crisisRoles';
import { isBuiltInQualificationType } from '../../../../shared/domain/roster/qualifications';

/** A custom role with `overrides` applied. */
function customRole(overrides: Partial<CrisisRole> = {}): CrisisRole {
  return {
    id: 'custom-drone-pilot',
    isBuiltIn: false,
    name: 'Drone pilot',
    description: '',
    isRequired: false,
    requiredQualificationTypeId: null,
    primaryPersonId: null,
    backupPersonIds: [],
    order: 12,
    createdAt: 5,
    updatedAt: 5,
    ...overrides,
  };
}

/** The issues of holders as `path: message`. */
function holderIssues(holders: unknown): string[] {
  const result = roleHoldersSchema.safeParse(holders);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('builtInRoles', () => {
  it('are the twelve roles of the issue, in call order', () => {
    expect(builtInRoles.map(({ id }) => id)).toEqual([
      'commander',
      'deputy-commander',
      'spokesperson',
      'legal-counsel',
      'technical-expert',
      'public-relations',
      'customer-service',
      'logistics',
      'scribe',
      'internal-liaison',
      'external-liaison',
      'observer',
    ]);
  });

  it('have a name and a description in all three languages', () => {
    for (const role of builtInRoles) {
      expect(localizedTextSchema.safeParse(role.name).success, role.id).toBe(true);
      for (const language of languages) {
        expect(role.description[language].trim().length, `${role.id} ${language}`).toBeGreaterThan(
          10,
        );
      }
      // The two Chinese variants are written separately, not copied from each other.
      expect(role.description['zh-TW'], role.id).not.toBe(role.description['zh-CN']);
    }
  });

  it('require only qualification types that exist', () => {
    for (const role of builtInRoles) {
      const typeId = role.requiredQualificationTypeId;
      if (typeId !== null) {
        expect(isBuiltInQualificationType(typeId), role.id).toBe(true);
      }
    }
  });

  it('are found by id', () => {
    expect(builtInRole('spokesperson')?.name.en).toBe('Spokesperson');
    expect(builtInRole('custom-spokesperson')).toBeUndefined();
  });
});

describe('roleHoldersSchema', () => {
  it('accepts a primary with ordered backups, and nobody', () => {
    expect(holderIssues({ primaryPersonId: 'a', backupPersonIds: ['b', 'c'] })).toEqual([]);
    expect(holderIssues({ primaryPersonId: null, backupPersonIds: [] })).toEqual([]);
    expect(holderIssues({ primaryPersonId: null, backupPersonIds: ['b'] })).toEqual([]);
  });

  it('refuses the primary listed again as a backup', () => {
    expect(holderIssues({ primaryPersonId: 'a', backupPersonIds: ['b', 'a'] })).toEqual([
      'backupPersonIds.1: duplicate-holder',
    ]);
  });

  it('refuses a backup listed twice', () => {
    expect(holderIssues({ primaryPersonId: null, backupPersonIds: ['b', 'c', 'b'] })).toEqual([
      'backupPersonIds.2: duplicate-holder',
    ]);
  });

  it('refuses more backups than the limit', () => {
    const backups = Array.from({ length: maxBackups + 1 }, (_, index) => `p-${index}`);
    expect(holderIssues({ primaryPersonId: null, backupPersonIds: backups })).toEqual([
      'backupPersonIds: too-many',
    ]);
    expect(
      holderIssues({ primaryPersonId: null, backupPersonIds: backups.slice(0, maxBackups) }),
    ).toEqual([]);
  });

  it('lists holders primary first', () => {
    expect(roleHolderIds({ primaryPersonId: 'a', backupPersonIds: ['b', 'c'] })).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(roleHolderIds({ primaryPersonId: null, backupPersonIds: ['b'] })).toEqual(['b']);
  });
});

describe('role settings', () => {
  const settings = {
    name: '',
    description: '',
    isRequired: true,
    requiredQualificationTypeId: null,
  };

  it('need a name for a custom role only', () => {
    expect(roleSettingsSchema.safeParse(settings).success).toBe(true);
    expect(customRoleSettingsSchema.safeParse(settings).error?.issues).toMatchObject([
      { path: ['name'], message: 'required' },
    ]);
    expect(
      customRoleSettingsSchema.safeParse({ ...settings, name: ' 無人機操作員 ' }).data?.name,
    ).toBe('無人機操作員');
  });
});

describe('mergeRoles', () => {
  it('gives every built-in role as its default when nothing is stored', () => {
    const roles = mergeRoles([]);
    expect(roles.map(({ id }) => id)).toEqual(builtInRoles.map(({ id }) => id));
    expect(roles[2]).toEqual({
      id: 'spokesperson',
      isBuiltIn: true,
      name: '',
      description: '',
      isRequired: true,
      requiredQualificationTypeId: builtInRoles[2].requiredQualificationTypeId,
      primaryPersonId: null,
      backupPersonIds: [],
      order: 2,
      createdAt: 0,
      updatedAt: 0,
    });
  });

  it('uses a stored built-in row in place of its default', () => {
    const stored = {
      ...defaultBuiltInRole(builtInRoles[0], 0),
      primaryPersonId: 'ming',
      backupPersonIds: ['mei'],
      updatedAt: 9,
    };
    const roles = mergeRoles([stored]);
    expect(roles).toHaveLength(12);
    expect(roles[0]).toBe(stored);
  });

  it('adds custom roles after the built-in ones, by order then id', () => {
    const later = customRole({ id: 'custom-b', order: 14 });
    const first = customRole({ id: 'custom-z', order: 12 });
    const tied = customRole({ id: 'custom-a', order: 14 });
    const roles = mergeRoles([later, first, tied]);
    expect(roles.map(({ id }) => id).slice(12)).toEqual(['custom-z', 'custom-a', 'custom-b']);
  });

  it('never lists a built-in id twice, even from a row that claims to be custom', () => {
    const impostor = customRole({ id: 'commander', order: 40 });
    const roles = mergeRoles([impostor]);
    expect(roles.filter(({ id }) => id === 'commander')).toHaveLength(1);
    expect(roles).toHaveLength(12);
  });
});
