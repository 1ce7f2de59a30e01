import { describe, expect, it } from 'vitest';
import {
  callListFor,
  callTreeSchema,
  defaultCallTree,
  maxCallSteps,
  resolveCallList,
} from '../../../../shared/domain/roster/callTree';
import type { CallStep, ResolvedCallStep } from '../../../../shared/domain/roster/callTree';
import { builtInRole, builtInRoles } from '../../../../shared/domain/roster/crisisRoles';
import type { CrisisRole } from '../../../../shared/domain/roster/crisisRoles';
import { emptyPersonInput } from '../../../../shared/domain/roster/person';
import type { Person } from '../../../../shared/domain/roster/person';
import { defaultSeverityLevels } from '../../../../shared/domain/severity';

const at = Date.parse('2026-11-25T02:00:00.000Z');
const hour = 3_600_000;

/** A person callable any time. */
function person(id: string): Person {
  return { ...emptyPersonInput('Asia/Taipei'), name: id, id, createdAt: 0, updatedAt: 0 };
}

/** A person on leave over `at`. */
function awayPerson(id: string): Person {
  return {
    ...person(id),
    availability: {
      workingHours: null,
      absences: [
        { id: `${id}-leave`, start: at - hour, end: at + hour, reason: 'leave', note: '' },
      ],
    },
  };
}

/** A role held by `primary` and `backups`. */
function role(id: string, primary: string | null, backups: string[] = []): CrisisRole {
  return {
    id,
    isBuiltIn: builtInRole(id) !== undefined,
    name: builtInRole(id) === undefined ? id : '',
    description: '',
    isRequired: true,
    requiredQualificationTypeId: null,
    primaryPersonId: primary,
    backupPersonIds: backups,
    order: 0,
    createdAt: 0,
    updatedAt: 0,
  };
}

/** A step calling `roleId`. */
function roleStep(roleId: string): CallStep {
  return { kind: 'role', id: `step-${roleId}`, roleId, note: '' };
}

/** A step calling one person. */
function personStep(personId: string): CallStep {
  return { kind: 'person', id: `step-${personId}`, personId, note: '' };
}

/** Each resolved step as `order status person [skipped…]`. */
function brief(resolved: readonly ResolvedCallStep[]): string[] {
  return resolved.map(({ order, status, personId, skipped, calledAtOrder }) =>
    [
      order,
      status,
      personId ?? '-',
      skipped.length > 0
        ? `skipped:${skipped.map((candidate) => candidate.personId).join(',')}`
        : '',
      calledAtOrder === null ? '' : `first:${calledAtOrder}`,
    ]
      .filter((part) => part !== '')
      .join(' '),
  );
}

describe('resolveCallList', () => {
  it('calls the primary of each role when they are available', () => {
    const resolved = resolveCallList(
      [roleStep('commander'), roleStep('spokesperson')],
      [role('commander', 'ming', ['hua']), role('spokesperson', 'mei', ['hua'])],
      [person('ming'), person('mei'), person('hua')],
      at,
    );
    expect(brief(resolved)).toEqual(['1 call ming', '2 call mei']);
    expect(
      resolved[0]?.candidates.map(({ personId, position }) => `${personId}@${position}`),
    ).toEqual(['ming@0', 'hua@1']);
  });

  it('skips unavailable holders to the first available backup and lists who was skipped', () => {
    const resolved = resolveCallList(
      [roleStep('spokesperson')],
      [role('spokesperson', 'mei', ['hua', 'li', 'wei'])],
      [awayPerson('mei'), awayPerson('hua'), person('li'), person('wei')],
      at,
    );
    expect(brief(resolved)).toEqual(['1 call li skipped:mei,hua']);
    expect(resolved[0]?.skipped[0]).toMatchObject({
      personId: 'mei',
      position: 0,
      availability: { isAvailable: false, reason: 'away', until: at + hour },
    });
    expect(resolved[0]?.candidates).toHaveLength(4);
  });

  it('calls a person once: a later step that reaches them again says already called', () => {
    const resolved = resolveCallList(
      [roleStep('commander'), roleStep('deputy-commander'), personStep('ming'), roleStep('scribe')],
      [
        role('commander', 'ming'),
        role('deputy-commander', 'ming', ['hua']),
        role('scribe', 'mei', ['hua']),
      ],
      [person('ming'), person('hua'), awayPerson('mei')],
      at,
    );
    expect(brief(resolved)).toEqual([
      '1 call ming',
      '2 already-called ming first:1',
      '3 already-called ming first:1',
      '4 call hua skipped:mei',
    ]);
  });

  it('does not move on to a backup because the primary was already called', () => {
    const resolved = resolveCallList(
      [roleStep('commander'), roleStep('public-relations')],
      [role('commander', 'ming'), role('public-relations', 'ming', ['hua'])],
      [person('ming'), person('hua')],
      at,
    );
    expect(brief(resolved)).toEqual(['1 call ming', '2 already-called ming first:1']);
  });

  it('calls a named person, or reports them unavailable', () => {
    const resolved = resolveCallList(
      [personStep('lawyer'), personStep('ceo')],
      [],
      [person('lawyer'), awayPerson('ceo')],
      at,
    );
    expect(brief(resolved)).toEqual(['1 call lawyer', '2 nobody-available - skipped:ceo']);
  });

  it('tells nobody available (holders all away) from nobody assigned', () => {
    const resolved = resolveCallList(
      [roleStep('spokesperson'), roleStep('legal-counsel')],
      [role('spokesperson', 'mei', ['hua']), role('legal-counsel', null)],
      [awayPerson('mei'), awayPerson('hua')],
      at,
    );
    expect(brief(resolved)).toEqual([
      '1 nobody-available - skipped:mei,hua',
      '2 nobody-assigned -',
    ]);
    expect(resolved[1]?.candidates).toEqual([]);
  });

  it('treats deleted roles and people as nobody assigned and skips deleted holders', () => {
    const resolved = resolveCallList(
      [roleStep('custom-gone'), personStep('deleted'), roleStep('commander'), roleStep('scribe')],
      [role('commander', 'deleted', ['hua']), role('scribe', 'also-deleted')],
      [person('hua')],
      at,
    );
    expect(brief(resolved)).toEqual([
      '1 nobody-assigned -',
      '2 nobody-assigned -',
      '3 call hua',
      '4 nobody-assigned -',
    ]);
  });

  it('keeps the order and steps as given, 1-based', () => {
    const steps = [roleStep('scribe'), roleStep('commander')];
    const resolved = resolveCallList(
      steps,
      [role('commander', 'ming'), role('scribe', 'mei')],
      [person('ming'), person('mei')],
      at,
    );
    expect(resolved.map(({ step, order }) => [step, order])).toEqual([
      [steps[0], 1],
      [steps[1], 2],
    ]);
    expect(resolveCallList([], [], [], at)).toEqual([]);
  });
});

describe('callListFor', () => {
  it('gives the steps of a level, or none for a level without a list', () => {
    expect(
      callListFor(defaultCallTree, 'sev-4').map((step) => step.kind === 'role' && step.roleId),
    ).toEqual(['public-relations', 'customer-service']);
    expect(callListFor(defaultCallTree, 'sev-9')).toEqual([]);
    expect(callListFor([], 'sev-1')).toEqual([]);
  });
});

describe('defaultCallTree', () => {
  it('is valid against its schema, one list per default severity level', () => {
    expect(callTreeSchema.safeParse(defaultCallTree).success).toBe(true);
    expect(defaultCallTree.map(({ severityId }) => severityId)).toEqual(
      defaultSeverityLevels.map(({ id }) => id),
    );
  });

  it('calls only built-in roles, more of them the worse the level, with unique step ids', () => {
    const builtInIds = new Set<string>(builtInRoles.map(({ id }) => id));
    const stepIds = defaultCallTree.flatMap(({ steps }) => steps.map(({ id }) => id));
    expect(new Set(stepIds).size).toBe(stepIds.length);
    let previousLength = Number.POSITIVE_INFINITY;
    for (const list of defaultCallTree) {
      for (const step of list.steps) {
        expect(step.kind).toBe('role');
        if (step.kind === 'role') {
          expect(builtInIds.has(step.roleId), step.roleId).toBe(true);
        }
      }
      expect(list.steps.length).toBeLessThan(previousLength);
      previousLength = list.steps.length;
    }
    expect(callListFor(defaultCallTree, 'sev-1')[0]).toMatchObject({ roleId: 'commander' });
  });
});

describe('callTreeSchema', () => {
  it('refuses two lists for one severity level', () => {
    const result = callTreeSchema.safeParse([
      { severityId: 'sev-1', steps: [] },
      { severityId: 'sev-1', steps: [] },
    ]);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['duplicate-severity']);
  });

  it('refuses too many steps and steps of an unknown kind', () => {
    const steps = Array.from({ length: maxCallSteps + 1 }, (_, index) => personStep(`p-${index}`));
    expect(
      callTreeSchema.safeParse([{ severityId: 'sev-1', steps }]).error?.issues[0]?.message,
    ).toBe('too-many');
    expect(callTreeSchema.safeParse([{ severityId: 'sev-1', steps: steps.slice(1) }]).success).toBe(
      true,
    );
    expect(
      callTreeSchema.safeParse([
        { severityId: 'sev-1', steps: [{ kind: 'group', id: 'g', groupId: 'x', note: '' }] },
      ]).success,
    ).toBe(false);
  });

  it('numbers candidates by their place in the role, also when the role has no primary', () => {
    const resolved = resolveCallList(
      [roleStep('spokesperson')],
      [role('spokesperson', null, ['first', 'second'])],
      [awayPerson('first'), person('second')],
      at,
    );
    expect(resolved[0]?.candidates.map(({ personId, position }) => [personId, position])).toEqual([
      ['first', 1],
      ['second', 2],
    ]);
    expect(resolved[0]?.personId).toBe('second');
  });
});
