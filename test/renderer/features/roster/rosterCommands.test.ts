import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import {
  readCustomQualificationTypes,
  readPeople,
  readPerson,
  readPersonTenures,
  readRoleTenures,
  readRoles,
} from '../../../../renderer/src/db/repositories/rosterRepository';
import { readSetting } from '../../../../renderer/src/db/repositories/settingsRepository';
import {
  addCustomRole,
  addQualificationType,
  assignRole,
  checkPeopleImport,
  createPerson,
  deleteCustomRole,
  deletePerson,
  deleteQualificationType,
  importPeople,
  markAvailable,
  markUnavailable,
  rosterIssueMessageKey,
  saveCallTree,
  updatePerson,
  updateRoleSettings,
} from '../../../../renderer/src/features/roster/rosterCommands';
import type { CommandResult } from '../../../../renderer/src/lib/commandResult';
import { useAppStore } from '../../../../renderer/src/stores/appStore';
import { availabilityAt } from '../../../../shared/domain/roster/availability';
import { defaultCallTree } from '../../../../shared/domain/roster/callTree';
import type { CallTree } from '../../../../shared/domain/roster/callTree';
import type { CrisisRole, RoleSettings } from '../../../../shared/domain/roster/crisisRoles';
import { emptyPersonInput } from '../../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../../shared/domain/roster/person';

const db = getDatabase();
const restorers: (() => void)[] = [];
const hour = 3_600_000;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useAppStore.setState(useAppStore.getInitialState(), true);
});

afterEach(() => {
  for (const restore of restorers.splice(0)) {
    restore();
  }
  vi.useRealTimers();
});

/** A valid person input named `name`, with `overrides` applied. */
function personInput(name: string, overrides: Partial<PersonInput> = {}): PersonInput {
  return { ...emptyPersonInput('Asia/Taipei'), name, ...overrides };
}

/** The value of a successful result; fails the test with the issues otherwise. */
function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** Adds a person through the real command. */
async function addPerson(name: string, overrides: Partial<PersonInput> = {}): Promise<Person> {
  return valueOf(await createPerson(personInput(name, overrides)));
}

/** Settings of a custom role named `name`. */
function customSettings(name: string, overrides: Partial<RoleSettings> = {}): RoleSettings {
  return {
    name,
    description: '',
    isRequired: false,
    requiredQualificationTypeId: null,
    ...overrides,
  };
}

/** The stored role `id`. */
async function roleById(id: string): Promise<CrisisRole | undefined> {
  return (await readRoles()).find((role) => role.id === id);
}

/** Makes the `failAt`-th IndexedDB add or put throw a quota error, below Dexie. */
function failWriteNumber(failAt: number): void {
  const originalPut = IDBObjectStore.prototype.put;
  const originalAdd = IDBObjectStore.prototype.add;
  let count = 0;
  const failing = (original: typeof originalPut) =>
    function write(
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ): IDBRequest<IDBValidKey> {
      count += 1;
      if (count === failAt) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    };
  IDBObjectStore.prototype.put = failing(originalPut);
  IDBObjectStore.prototype.add = failing(originalAdd);
  restorers.push(() => {
    IDBObjectStore.prototype.put = originalPut;
    IDBObjectStore.prototype.add = originalAdd;
  });
}

/** Runs the action of the newest notice (Undo). */
function runNewestNoticeAction(): void {
  const notice = useAppStore.getState().notices.at(-1);
  if (notice?.action === undefined) {
    throw new Error('expected a notice with an action');
  }
  notice.action.run();
}

describe('createPerson and updatePerson', () => {
  it('store a valid person with a new id and the parsed input', async () => {
    const person = await addPerson('  王小明 ', {
      phones: [{ kind: 'mobile', number: '０９１２－３４５－６７８' }],
    });
    expect(person.name).toBe('王小明');
    expect(person.phones).toEqual([{ kind: 'mobile', number: '0912-345-678' }]);
    expect(person.id).toMatch(/^[0-9a-f-]{36}$/u);
    expect(await readPerson(person.id)).toEqual(person);
  });

  it('refuse invalid input with dotted paths and store nothing', async () => {
    const result = await createPerson(
      personInput('', {
        emails: [{ kind: 'work', address: 'not-an-email' }],
        timeZone: 'Nowhere/Else',
      }),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'name', code: 'required' },
        { path: 'emails.0.address', code: 'email-format' },
        { path: 'timeZone', code: 'time-zone' },
      ],
    });
    expect(await readPeople()).toEqual([]);
  });

  it('refuse a qualification of a type that does not exist, and accept a custom one', async () => {
    const qualification = {
      id: 'q-1',
      typeId: 'custom-drone',
      awardedOn: '2026-01-01',
      expiresOn: null,
      note: '',
    };
    expect(await createPerson(personInput('王小明', { qualifications: [qualification] }))).toEqual({
      ok: false,
      issues: [{ path: 'qualifications.0.typeId', code: 'unknown-qualification' }],
    });
    expect(await readPeople()).toEqual([]);

    const drone = valueOf(await addQualificationType('Drone pilot'));
    const person = await addPerson('王小明', {
      qualifications: [{ ...qualification, typeId: drone.id }],
    });
    expect(person.qualifications[0]?.typeId).toBe(drone.id);
  });

  it('update keeps the id and creation time, and reports a person who is gone', async () => {
    const person = await addPerson('王小明');
    const updated = valueOf(
      await updatePerson(person.id, personInput('王小明', { title: '發言人' })),
    );
    expect(updated).toMatchObject({ id: person.id, title: '發言人', createdAt: person.createdAt });
    expect(await updatePerson('missing', personInput('x'))).toEqual({
      ok: false,
      issues: [{ path: '', code: 'not-found' }],
    });
    expect(await updatePerson(person.id, personInput(' '))).toEqual({
      ok: false,
      issues: [{ path: 'name', code: 'required' }],
    });
    expect((await readPerson(person.id))?.title).toBe('發言人');
  });
});

describe('deletePerson', () => {
  it('removes the person from roles and call tree and offers an Undo that restores them', async () => {
    const ming = await addPerson('王小明', { otherName: 'Ming Wang' });
    const mei = await addPerson('陳美玲');
    valueOf(await assignRole('commander', { primaryPersonId: ming.id, backupPersonIds: [mei.id] }));
    valueOf(
      await assignRole('spokesperson', { primaryPersonId: mei.id, backupPersonIds: [ming.id] }),
    );
    const tree: CallTree = [
      {
        severityId: 'sev-1',
        steps: [
          { kind: 'role', id: 's-1', roleId: 'commander', note: '' },
          { kind: 'person', id: 's-2', personId: ming.id, note: '' },
        ],
      },
    ];
    valueOf(await saveCallTree(tree));

    expect(await deletePerson(ming.id)).toEqual({ ok: true, value: null });
    expect(await readPerson(ming.id)).toBeUndefined();
    expect(await roleById('commander')).toMatchObject({
      primaryPersonId: null,
      backupPersonIds: [mei.id],
    });
    expect(await roleById('spokesperson')).toMatchObject({
      primaryPersonId: mei.id,
      backupPersonIds: [],
    });
    expect((await readSetting('callTree'))[0]?.steps.map(({ id }) => id)).toEqual(['s-1']);
    expect(useAppStore.getState().notices.at(-1)).toMatchObject({
      kind: 'info',
      messageKey: 'roster.notices.personDeleted',
      params: { name: '王小明 (Ming Wang)' },
      action: { labelKey: 'notices.undo' },
    });

    runNewestNoticeAction();
    await expect.poll(async () => (await readPerson(ming.id))?.name).toBe('王小明');
    await expect
      .poll(() => useAppStore.getState().notices.at(-1)?.messageKey)
      .toBe('roster.notices.personRestored');
    expect(await roleById('commander')).toMatchObject({
      primaryPersonId: ming.id,
      backupPersonIds: [mei.id],
    });
    expect(await roleById('spokesperson')).toMatchObject({ backupPersonIds: [ming.id] });
    expect(await readSetting('callTree')).toEqual(tree);
  });

  it('Undo does not overwrite a role assigned again after the deletion', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    const ming = await addPerson('王小明');
    const hua = await addPerson('林志華');
    valueOf(await assignRole('commander', { primaryPersonId: ming.id, backupPersonIds: [] }));
    vi.setSystemTime(2_000_000);
    await deletePerson(ming.id);
    const deletedNotice = useAppStore.getState().notices.at(-1);
    vi.setSystemTime(3_000_000);
    valueOf(await assignRole('commander', { primaryPersonId: hua.id, backupPersonIds: [] }));
    vi.setSystemTime(4_000_000);

    deletedNotice?.action?.run();
    await expect.poll(async () => (await readPerson(ming.id)) !== undefined).toBe(true);
    await expect
      .poll(() => useAppStore.getState().notices.at(-1)?.messageKey)
      .toBe('roster.notices.personRestored');
    expect(await roleById('commander')).toMatchObject({ primaryPersonId: hua.id });
  });

  it('reports a person who is not there and shows no notice', async () => {
    expect(await deletePerson('missing')).toEqual({
      ok: false,
      issues: [{ path: '', code: 'not-found' }],
    });
    expect(useAppStore.getState().notices).toEqual([]);
  });
});

describe('markUnavailable and markAvailable', () => {
  const now = Date.parse('2026-11-25T02:00:00.000Z');

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });

  it('record an absence from now until the given time, then end it now', async () => {
    const ming = await addPerson('王小明');
    const away = valueOf(
      await markUnavailable(ming.id, {
        reason: 'travel',
        note: ' 飛往上海 ',
        until: now + 5 * hour,
      }),
    );
    expect(away.availability.absences).toEqual([
      {
        id: expect.any(String),
        start: now,
        end: now + 5 * hour,
        reason: 'travel',
        note: '飛往上海',
      },
    ]);
    expect(availabilityAt(away.availability, away.timeZone, now)).toMatchObject({
      isAvailable: false,
      until: now + 5 * hour,
    });

    vi.setSystemTime(now + hour);
    const back = valueOf(await markAvailable(ming.id));
    expect(back.availability.absences).toMatchObject([{ start: now, end: now + hour }]);
    expect(availabilityAt(back.availability, back.timeZone, now + hour).isAvailable).toBe(true);
    expect((await readPerson(ming.id))?.availability).toEqual(back.availability);
  });

  it('prune absences that ended over 90 days ago and refuse more than the limit', async () => {
    const ming = await addPerson('王小明');
    const day = 24 * hour;
    const ended = Array.from({ length: 150 }, (_, index) => ({
      id: `old-${index}`,
      start: now - 200 * day + index * hour,
      end: now - 200 * day + index * hour + 1_000,
      reason: 'leave' as const,
      note: '',
    }));
    const recent = Array.from({ length: 50 }, (_, index) => ({
      id: `recent-${index}`,
      start: now - 10 * day + index * hour,
      end: now - 10 * day + index * hour + 1_000,
      reason: 'leave' as const,
      note: '',
    }));
    valueOf(
      await updatePerson(
        ming.id,
        personInput('王小明', {
          availability: { workingHours: null, absences: [...ended, ...recent] },
        }),
      ),
    );
    const away = valueOf(await markUnavailable(ming.id, { reason: 'sick', note: '', until: null }));
    expect(away.availability.absences).toHaveLength(51);
    expect(away.availability.absences.some(({ id }) => id.startsWith('old-'))).toBe(false);

    const upcoming = Array.from({ length: 200 }, (_, index) => ({
      id: `trip-${index}`,
      start: now + (index + 1) * day,
      end: now + (index + 1) * day + hour,
      reason: 'travel' as const,
      note: '',
    }));
    valueOf(
      await updatePerson(
        ming.id,
        personInput('王小明', { availability: { workingHours: null, absences: upcoming } }),
      ),
    );
    expect(await markUnavailable(ming.id, { reason: 'sick', note: '', until: null })).toEqual({
      ok: false,
      issues: [{ path: '', code: 'too-many' }],
    });
  });

  it('record an open-ended absence when no end is given', async () => {
    const ming = await addPerson('王小明');
    const away = valueOf(await markUnavailable(ming.id, { reason: 'sick', note: '', until: null }));
    expect(availabilityAt(away.availability, away.timeZone, now + 1_000 * hour).isAvailable).toBe(
      false,
    );
  });

  it('refuse an end in the past, an unknown reason, a long note and a missing person', async () => {
    const ming = await addPerson('王小明');
    expect(await markUnavailable(ming.id, { reason: 'leave', note: '', until: now })).toEqual({
      ok: false,
      issues: [{ path: 'until', code: 'end-before-start' }],
    });
    expect(
      await markUnavailable(ming.id, {
        // An out-of-range value, as a tampered form could send.
        reason: 'holiday' as 'leave',
        note: '',
        until: null,
      }),
    ).toEqual({ ok: false, issues: [{ path: 'reason', code: 'unknown-value' }] });
    expect(
      await markUnavailable(ming.id, { reason: 'leave', note: 'x'.repeat(501), until: null }),
    ).toEqual({ ok: false, issues: [{ path: 'note', code: 'too-long' }] });
    expect((await readPerson(ming.id))?.availability.absences).toEqual([]);
    expect(await markUnavailable('missing', { reason: 'leave', note: '', until: null })).toEqual({
      ok: false,
      issues: [{ path: '', code: 'not-found' }],
    });
    expect(await markAvailable('missing')).toEqual({
      ok: false,
      issues: [{ path: '', code: 'not-found' }],
    });
  });
});

describe('assignRole', () => {
  it('sets the holders and records tenures only when the primary changes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    const ming = await addPerson('王小明');
    const mei = await addPerson('陳美玲');

    const role = valueOf(
      await assignRole('spokesperson', { primaryPersonId: ming.id, backupPersonIds: [mei.id] }),
    );
    expect(role).toMatchObject({ primaryPersonId: ming.id, backupPersonIds: [mei.id] });
    vi.setSystemTime(2_000_000);
    valueOf(await assignRole('spokesperson', { primaryPersonId: ming.id, backupPersonIds: [] }));
    expect(await readRoleTenures('spokesperson')).toMatchObject([
      { personId: ming.id, from: 1_000_000, to: null },
    ]);

    vi.setSystemTime(3_000_000);
    valueOf(
      await assignRole('spokesperson', { primaryPersonId: mei.id, backupPersonIds: [ming.id] }),
    );
    expect(
      (await readRoleTenures('spokesperson')).map(({ personId, from, to }) => [personId, from, to]),
    ).toEqual([
      [mei.id, 3_000_000, null],
      [ming.id, 1_000_000, 3_000_000],
    ]);
    expect((await readPersonTenures(mei.id)).map(({ roleId }) => roleId)).toEqual(['spokesperson']);
  });

  it('refuses people who are not in the roster and writes nothing', async () => {
    const ming = await addPerson('王小明');
    expect(
      await assignRole('commander', {
        primaryPersonId: 'ghost',
        backupPersonIds: [ming.id, 'shade'],
      }),
    ).toEqual({
      ok: false,
      issues: [
        { path: 'primaryPersonId', code: 'unknown-person' },
        { path: 'backupPersonIds.1', code: 'unknown-person' },
      ],
    });
    expect(await db.crisisRoles.count()).toBe(0);
    expect(await db.roleTenures.count()).toBe(0);
  });

  it('refuses a person twice and an unknown role', async () => {
    const ming = await addPerson('王小明');
    expect(
      await assignRole('commander', { primaryPersonId: ming.id, backupPersonIds: [ming.id] }),
    ).toEqual({ ok: false, issues: [{ path: 'backupPersonIds.0', code: 'duplicate-holder' }] });
    expect(
      await assignRole('custom-missing', { primaryPersonId: ming.id, backupPersonIds: [] }),
    ).toEqual({ ok: false, issues: [{ path: '', code: 'unknown-role' }] });
    expect(await db.crisisRoles.count()).toBe(0);
  });
});

describe('role settings and custom roles', () => {
  it('updateRoleSettings on a built-in role changes the rules and ignores a name', async () => {
    const role = valueOf(
      await updateRoleSettings('observer', {
        name: 'Watcher',
        description: 'Someone who watches',
        isRequired: true,
        requiredQualificationTypeId: 'first-aid',
      }),
    );
    expect(role).toMatchObject({
      id: 'observer',
      isBuiltIn: true,
      name: '',
      description: '',
      isRequired: true,
      requiredQualificationTypeId: 'first-aid',
    });
    expect(await roleById('observer')).toEqual(role);
  });

  it('updateRoleSettings refuses a qualification type that does not exist', async () => {
    expect(
      await updateRoleSettings(
        'spokesperson',
        customSettings('', { requiredQualificationTypeId: 'custom-x' }),
      ),
    ).toEqual({
      ok: false,
      issues: [{ path: 'requiredQualificationTypeId', code: 'unknown-qualification' }],
    });
    expect(await db.crisisRoles.count()).toBe(0);
  });

  it('addCustomRole needs a name and lists the role last', async () => {
    expect(await addCustomRole(customSettings('  '))).toEqual({
      ok: false,
      issues: [{ path: 'name', code: 'required' }],
    });
    const role = valueOf(await addCustomRole(customSettings(' 無人機操作員 ')));
    expect(role).toMatchObject({ name: '無人機操作員', isBuiltIn: false, order: 12 });
    expect(role.id.startsWith('custom-')).toBe(true);
    expect((await readRoles()).at(-1)?.id).toBe(role.id);

    expect(await updateRoleSettings(role.id, customSettings(''))).toEqual({
      ok: false,
      issues: [{ path: 'name', code: 'required' }],
    });
    const renamed = valueOf(await updateRoleSettings(role.id, customSettings('空拍機操作員')));
    expect(renamed.name).toBe('空拍機操作員');
  });

  it('deleteCustomRole removes its call-tree steps, and Undo restores role and steps', async () => {
    const ming = await addPerson('王小明');
    const role = valueOf(await addCustomRole(customSettings('Drone pilot')));
    valueOf(await assignRole(role.id, { primaryPersonId: ming.id, backupPersonIds: [] }));
    const tree: CallTree = [
      {
        severityId: 'sev-1',
        steps: [
          { kind: 'role', id: 's-1', roleId: 'commander', note: '' },
          { kind: 'role', id: 's-2', roleId: role.id, note: '' },
        ],
      },
    ];
    valueOf(await saveCallTree(tree));

    expect(await deleteCustomRole(role.id)).toEqual({ ok: true, value: null });
    expect(await roleById(role.id)).toBeUndefined();
    expect((await readSetting('callTree'))[0]?.steps.map(({ id }) => id)).toEqual(['s-1']);
    expect(useAppStore.getState().notices.at(-1)).toMatchObject({
      messageKey: 'roster.notices.roleDeleted',
      params: { name: 'Drone pilot' },
    });

    runNewestNoticeAction();
    await expect.poll(async () => (await roleById(role.id))?.primaryPersonId).toBe(ming.id);
    expect(await readSetting('callTree')).toEqual(tree);
  });

  it('deleteCustomRole refuses a built-in role and a role that is gone', async () => {
    expect(await deleteCustomRole('commander')).toEqual({
      ok: false,
      issues: [{ path: '', code: 'built-in-role' }],
    });
    expect(await deleteCustomRole('custom-missing')).toEqual({
      ok: false,
      issues: [{ path: '', code: 'not-found' }],
    });
    expect(useAppStore.getState().notices).toEqual([]);
  });
});

describe('qualification types', () => {
  it('addQualificationType returns a built-in type named in any language, case or width', async () => {
    for (const name of [
      'media training',
      '媒體應對訓練',
      '媒体应对培训',
      'ＭＥＤＩＡ　ＴＲＡＩＮＩＮＧ',
      ' Media Training ',
    ]) {
      expect(valueOf(await addQualificationType(name)), name).toMatchObject({
        id: 'media-training',
        isBuiltIn: true,
      });
    }
    expect(await readCustomQualificationTypes()).toEqual([]);
  });

  it('addQualificationType adds a new name once', async () => {
    const drone = valueOf(await addQualificationType(' Drone pilot '));
    expect(drone).toMatchObject({ isBuiltIn: false, name: null, customName: 'Drone pilot' });
    expect(drone.id.startsWith('custom-')).toBe(true);
    expect(valueOf(await addQualificationType('DRONE PILOT'))).toEqual(drone);
    expect(valueOf(await addQualificationType('ｄｒｏｎｅ ｐｉｌｏｔ'))).toEqual(drone);
    expect(await readCustomQualificationTypes()).toHaveLength(1);
    expect(await addQualificationType('  ')).toEqual({
      ok: false,
      issues: [{ path: 'name', code: 'required' }],
    });
  });

  it('deleteQualificationType is refused while a person holds it or a role requires it', async () => {
    const drone = valueOf(await addQualificationType('Drone pilot'));
    const ming = await addPerson('王小明', {
      qualifications: [{ id: 'q', typeId: drone.id, awardedOn: null, expiresOn: null, note: '' }],
    });
    expect(await deleteQualificationType(drone.id)).toEqual({
      ok: false,
      issues: [{ path: '', code: 'qualification-in-use' }],
    });
    valueOf(await updatePerson(ming.id, personInput('王小明')));
    valueOf(
      await updateRoleSettings(
        'logistics',
        customSettings('', { requiredQualificationTypeId: drone.id }),
      ),
    );
    expect(await deleteQualificationType(drone.id)).toEqual({
      ok: false,
      issues: [{ path: '', code: 'qualification-in-use' }],
    });
    valueOf(await updateRoleSettings('logistics', customSettings('')));
    expect(await deleteQualificationType(drone.id)).toEqual({ ok: true, value: null });
    expect(await readCustomQualificationTypes()).toEqual([]);
  });

  it('deleteQualificationType refuses a built-in type', async () => {
    expect(await deleteQualificationType('media-training')).toEqual({
      ok: false,
      issues: [{ path: '', code: 'invalid' }],
    });
  });
});

describe('saveCallTree', () => {
  it('stores a tree whose steps all name existing roles and people', async () => {
    const ming = await addPerson('王小明');
    const custom = valueOf(await addCustomRole(customSettings('Drone pilot')));
    const tree: CallTree = [
      ...defaultCallTree.slice(1),
      {
        severityId: 'sev-1',
        steps: [
          { kind: 'person', id: 'p', personId: ming.id, note: 'CEO first' },
          { kind: 'role', id: 'r', roleId: custom.id, note: '' },
        ],
      },
    ];
    expect(await saveCallTree(tree)).toEqual({ ok: true, value: tree });
    expect(await readSetting('callTree')).toEqual(tree);
  });

  it('refuses unknown roles and people at their step, and stores nothing', async () => {
    const result = await saveCallTree([
      { severityId: 'sev-1', steps: [{ kind: 'role', id: 'a', roleId: 'commander', note: '' }] },
      {
        severityId: 'sev-2',
        steps: [
          { kind: 'role', id: 'b', roleId: 'custom-gone', note: '' },
          { kind: 'person', id: 'c', personId: 'ghost', note: '' },
        ],
      },
    ]);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: '1.steps.0', code: 'unknown-role' },
        { path: '1.steps.1', code: 'unknown-person' },
      ],
    });
    expect(await db.settings.get('callTree')).toBeUndefined();
  });

  it('refuses two lists for one level', async () => {
    expect(
      await saveCallTree([
        { severityId: 'sev-1', steps: [] },
        { severityId: 'sev-1', steps: [] },
      ]),
    ).toEqual({ ok: false, issues: [{ path: '', code: 'duplicate-severity' }] });
  });
});

describe('importPeople', () => {
  const newTypes = [{ id: 'custom-drone-import', name: 'Drone pilot' }];
  const droneHolder = personInput('林志華', {
    qualifications: [
      {
        id: 'q',
        typeId: 'custom-drone-import',
        awardedOn: '2026-01-01',
        expiresOn: null,
        note: '',
      },
    ],
  });

  it('adds every entry and the qualification types they introduce', async () => {
    const result = await importPeople([personInput('王小明'), droneHolder], newTypes);
    expect(result).toEqual({ ok: true, value: 2 });
    expect((await readPeople()).map(({ name }) => name).sort()).toEqual(
      ['林志華', '王小明'].sort(),
    );
    expect(await readCustomQualificationTypes()).toMatchObject([
      { id: 'custom-drone-import', name: 'Drone pilot' },
    ]);
  });

  it('writes nothing when one entry is invalid, and says which', async () => {
    const entries = [personInput('王小明'), personInput('   '), droneHolder];
    const expected = [{ path: '1.name', code: 'required' }];
    expect(await checkPeopleImport(entries, newTypes)).toEqual(expected);
    expect(await importPeople(entries, newTypes)).toEqual({ ok: false, issues: expected });
    expect(await readPeople()).toEqual([]);
    expect(await readCustomQualificationTypes()).toEqual([]);
  });

  it('refuses a qualification type neither known nor introduced', async () => {
    expect(await importPeople([personInput('王小明'), droneHolder])).toEqual({
      ok: false,
      issues: [{ path: '1.qualifications.0.typeId', code: 'unknown-qualification' }],
    });
    expect(await importPeople([personInput('王小明')], [{ id: 'drone', name: 'Drone' }])).toEqual({
      ok: false,
      issues: [{ path: 'newTypes.0', code: 'invalid' }],
    });
    expect(await readPeople()).toEqual([]);
  });

  it('writes nothing when storage fails part-way', async () => {
    // The type and the first person are added; the second person hits a full disk.
    failWriteNumber(3);
    expect(
      await importPeople([personInput('王小明'), droneHolder, personInput('陳美玲')], newTypes),
    ).toEqual({ ok: false, issues: [{ path: '', code: 'storage-full' }] });
    restorers.splice(0).forEach((restore) => restore());
    expect(await readPeople()).toEqual([]);
    expect(await readCustomQualificationTypes()).toEqual([]);
  });
});

describe('rosterIssueMessageKey', () => {
  it('maps validation codes, storage codes and unknown codes to messages', () => {
    expect(rosterIssueMessageKey('phone-format')).toBe('roster.validation.phone-format');
    expect(rosterIssueMessageKey('unknown-person')).toBe('roster.validation.unknown-person');
    expect(rosterIssueMessageKey('storage-full')).toBe('errors.storage-full');
    expect(rosterIssueMessageKey('write-failed')).toBe('errors.write-failed');
    expect(rosterIssueMessageKey('no-such-code')).toBe('roster.validation.invalid');
    expect(rosterIssueMessageKey('toString')).toBe('roster.validation.invalid');
  });
});
