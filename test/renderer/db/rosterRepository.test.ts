import { afterEach, describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../renderer/src/db/database';
import {
  deleteCustomRoleRows,
  deletePersonRows,
  insertCustomRole,
  insertImportedPeople,
  insertPerson,
  insertQualificationType,
  readCustomQualificationTypes,
  readPeople,
  readPerson,
  readPersonTenures,
  readRoleTenures,
  readRoles,
  removeQualificationType,
  replaceAvailability,
  replacePerson,
  restoreCustomRole,
  restoreDeletedPerson,
  saveCallTreeSetting,
  saveRoleHolders,
  saveRoleSettings,
} from '../../../renderer/src/db/repositories/rosterRepository';
import { readSetting } from '../../../renderer/src/db/repositories/settingsRepository';
import { StorageWriteError } from '../../../renderer/src/db/writeErrors';
import { defaultCallTree } from '../../../shared/domain/roster/callTree';
import type { CallList, CallTree } from '../../../shared/domain/roster/callTree';
import { builtInRoles } from '../../../shared/domain/roster/crisisRoles';
import type { RoleSettings } from '../../../shared/domain/roster/crisisRoles';
import { emptyPersonInput } from '../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../shared/domain/roster/person';
import { useFreshDatabases } from './openDatabaseAt';

const freshDatabase = useFreshDatabases('roster');
const testNow = Date.UTC(2026, 10, 22, 9, 0, 0);
const minute = 60_000;
const restorers: (() => void)[] = [];

afterEach(() => {
  for (const restore of restorers.splice(0)) {
    restore();
  }
});

/** A valid person input named `name`. */
function personInput(name: string, overrides: Partial<PersonInput> = {}): PersonInput {
  return { ...emptyPersonInput('Asia/Taipei'), name, ...overrides };
}

/** Stores people named `names` (ids are the names) and returns them. */
async function seedPeople(db: CrisisRoomDatabase, ...names: string[]): Promise<Person[]> {
  const people: Person[] = [];
  for (const name of names) {
    people.push(await insertPerson(name, personInput(name), testNow, db));
  }
  return people;
}

/** The call tree as stored (or its default). */
function storedCallTree(db: CrisisRoomDatabase): Promise<CallTree> {
  return readSetting('callTree', db, ['en']);
}

/** Custom role settings named `name`. */
function customSettings(name: string): RoleSettings {
  return { name, description: '', isRequired: false, requiredQualificationTypeId: null };
}

/**
 * Makes the `failAt`-th write (put or add) into IndexedDB throw a quota error, as a full disk
 * does, below Dexie.
 */
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

describe('people', () => {
  it('are stored with their times and read back', async () => {
    const db = await freshDatabase();
    const person = await insertPerson('p-1', personInput('王小明'), testNow, db);
    expect(person).toMatchObject({
      id: 'p-1',
      name: '王小明',
      createdAt: testNow,
      updatedAt: testNow,
    });
    expect(await readPerson('p-1', db)).toEqual(person);
    expect(await readPeople(db)).toEqual([person]);
    expect(await readPerson('missing', db)).toBeUndefined();
  });

  it('are replaced keeping their creation time; a missing one is not created', async () => {
    const db = await freshDatabase();
    await insertPerson('p-1', personInput('王小明'), testNow, db);
    const saved = await replacePerson(
      'p-1',
      personInput('王小明', { title: '發言人' }),
      testNow + minute,
      db,
    );
    expect(saved).toMatchObject({
      title: '發言人',
      createdAt: testNow,
      updatedAt: testNow + minute,
    });
    expect(await replacePerson('missing', personInput('x'), testNow, db)).toBeUndefined();
    expect(await readPeople(db)).toHaveLength(1);
  });

  it('have their availability changed alone', async () => {
    const db = await freshDatabase();
    await insertPerson('p-1', personInput('王小明', { notes: 'keep me' }), testNow, db);
    const absence = { id: 'a-1', start: testNow, end: null, reason: 'sick' as const, note: '' };
    const saved = await replaceAvailability(
      'p-1',
      (availability) => ({ ...availability, absences: [absence] }),
      testNow + minute,
      db,
    );
    expect(saved?.availability.absences).toEqual([absence]);
    expect(saved).toMatchObject({ notes: 'keep me', updatedAt: testNow + minute });
    expect(await replaceAvailability('missing', (a) => a, testNow, db)).toBeUndefined();
  });
});

describe('roles and tenures', () => {
  it('read as the twelve built-in defaults when nothing is stored', async () => {
    const db = await freshDatabase();
    const roles = await readRoles(db);
    expect(roles.map(({ id }) => id)).toEqual(builtInRoles.map(({ id }) => id));
    expect(await db.crisisRoles.count()).toBe(0);
  });

  it('record a tenure when a primary is first assigned, and none when the primary stays', async () => {
    const db = await freshDatabase();
    await seedPeople(db, 'ming', 'mei', 'hua');
    const saved = await saveRoleHolders(
      'spokesperson',
      { primaryPersonId: 'ming', backupPersonIds: ['mei'] },
      testNow,
      db,
    );
    expect(saved).toMatchObject({
      id: 'spokesperson',
      isBuiltIn: true,
      primaryPersonId: 'ming',
      backupPersonIds: ['mei'],
      createdAt: testNow,
      updatedAt: testNow,
    });
    expect(await readRoleTenures('spokesperson', 'roster', db)).toMatchObject([
      { roleId: 'spokesperson', personId: 'ming', scope: 'roster', from: testNow, to: null },
    ]);

    await saveRoleHolders(
      'spokesperson',
      { primaryPersonId: 'ming', backupPersonIds: ['hua', 'mei'] },
      testNow + minute,
      db,
    );
    expect(await db.roleTenures.count()).toBe(1);
    expect((await readRoles(db))[2]).toMatchObject({
      backupPersonIds: ['hua', 'mei'],
      createdAt: testNow,
      updatedAt: testNow + minute,
    });
  });

  it('close the old tenure and open a new one when the primary changes, and close it when cleared', async () => {
    const db = await freshDatabase();
    await seedPeople(db, 'ming', 'mei');
    await saveRoleHolders(
      'commander',
      { primaryPersonId: 'ming', backupPersonIds: [] },
      testNow,
      db,
    );
    await saveRoleHolders(
      'commander',
      { primaryPersonId: 'mei', backupPersonIds: ['ming'] },
      testNow + minute,
      db,
    );
    expect(await readRoleTenures('commander', 'roster', db)).toMatchObject([
      { personId: 'mei', from: testNow + minute, to: null },
      { personId: 'ming', from: testNow, to: testNow + minute },
    ]);

    await saveRoleHolders(
      'commander',
      { primaryPersonId: null, backupPersonIds: ['ming'] },
      testNow + 2 * minute,
      db,
    );
    const tenures = await readRoleTenures('commander', 'roster', db);
    expect(tenures.map(({ personId, to }) => [personId, to])).toEqual([
      ['mei', testNow + 2 * minute],
      ['ming', testNow + minute],
    ]);
    expect((await readPersonTenures('ming', db)).map(({ roleId }) => roleId)).toEqual([
      'commander',
    ]);
  });

  it('keep tenures of other scopes apart', async () => {
    const db = await freshDatabase();
    await seedPeople(db, 'ming', 'mei');
    await db.roleTenures.add({
      id: 'incident-tenure',
      roleId: 'commander',
      personId: 'mei',
      scope: 'incident:inc-1',
      from: testNow - minute,
      to: null,
    });
    await saveRoleHolders(
      'commander',
      { primaryPersonId: 'ming', backupPersonIds: [] },
      testNow,
      db,
    );
    expect(
      (await readRoleTenures('commander', 'roster', db)).map(({ personId }) => personId),
    ).toEqual(['ming']);
    expect(
      (await readRoleTenures('commander', 'incident:inc-1', db)).map(({ personId, to }) => [
        personId,
        to,
      ]),
    ).toEqual([['mei', null]]);
    expect((await readPersonTenures('mei', db)).map(({ scope }) => scope)).toEqual([
      'incident:inc-1',
    ]);
  });

  it('refuse holders who are gone and unknown roles, writing nothing', async () => {
    const db = await freshDatabase();
    await seedPeople(db, 'ming');
    const attempt = saveRoleHolders(
      'commander',
      { primaryPersonId: 'ming', backupPersonIds: ['gone'] },
      testNow,
      db,
    );
    await expect(attempt).rejects.toBeInstanceOf(StorageWriteError);
    await expect(attempt).rejects.toMatchObject({ code: 'write-failed' });
    expect(await db.crisisRoles.count()).toBe(0);
    expect(await db.roleTenures.count()).toBe(0);
    expect(
      await saveRoleHolders(
        'custom-none',
        { primaryPersonId: null, backupPersonIds: [] },
        testNow,
        db,
      ),
    ).toBeUndefined();
  });

  it('keep the name of a built-in role empty whatever the settings say', async () => {
    const db = await freshDatabase();
    const saved = await saveRoleSettings(
      'observer',
      {
        name: 'Watcher',
        description: 'Renamed',
        isRequired: true,
        requiredQualificationTypeId: 'first-aid',
      },
      testNow,
      db,
    );
    expect(saved).toMatchObject({
      id: 'observer',
      name: '',
      description: '',
      isRequired: true,
      requiredQualificationTypeId: 'first-aid',
      order: 11,
    });
    expect(await saveRoleSettings('custom-none', customSettings('x'), testNow, db)).toBeUndefined();
  });

  it('list custom roles after the built-in ones and after each other', async () => {
    const db = await freshDatabase();
    const first = await insertCustomRole('custom-a', customSettings('無人機操作員'), testNow, db);
    const second = await insertCustomRole('custom-b', customSettings('翻譯'), testNow, db);
    expect([first.order, second.order]).toEqual([12, 13]);
    const renamed = await saveRoleSettings(
      'custom-a',
      customSettings('空拍機操作員'),
      testNow + minute,
      db,
    );
    expect(renamed).toMatchObject({ name: '空拍機操作員', isBuiltIn: false, order: 12 });
    expect((await readRoles(db)).map(({ id }) => id).slice(-2)).toEqual(['custom-a', 'custom-b']);
  });
});

describe('deleting and restoring a custom role', () => {
  it('removes the role and the call-tree steps calling it, and Undo puts both back', async () => {
    const db = await freshDatabase();
    await seedPeople(db, 'ming', 'mei');
    await insertCustomRole('custom-drone', customSettings('Drone pilot'), testNow, db);
    await saveRoleHolders(
      'custom-drone',
      { primaryPersonId: 'ming', backupPersonIds: ['mei'] },
      testNow,
      db,
    );
    const tree: CallTree = [
      {
        severityId: 'sev-1',
        steps: [
          { kind: 'role', id: 's-1', roleId: 'commander', note: '' },
          { kind: 'role', id: 's-2', roleId: 'custom-drone', note: 'Aerial footage' },
        ],
      },
      {
        severityId: 'sev-2',
        steps: [{ kind: 'role', id: 's-3', roleId: 'custom-drone', note: '' }],
      },
    ];
    await saveCallTreeSetting(tree, testNow, db);

    const deleted = await deleteCustomRoleRows('custom-drone', testNow + minute, db);
    expect(deleted?.callTree).toEqual(tree);
    expect(await db.crisisRoles.get('custom-drone')).toBeUndefined();
    expect(await storedCallTree(db)).toEqual([
      { severityId: 'sev-1', steps: [tree[0]?.steps[0]] },
      { severityId: 'sev-2', steps: [] },
    ]);
    // The history still names the deleted role.
    expect(await readRoleTenures('custom-drone', 'roster', db)).toMatchObject([
      { personId: 'ming', to: testNow + minute, roleName: 'Drone pilot' },
    ]);

    if (deleted === undefined) {
      throw new Error('expected the role to be deleted');
    }
    await db.people.delete('mei');
    await restoreCustomRole(deleted, testNow + 2 * minute, db);
    expect(await db.crisisRoles.get('custom-drone')).toMatchObject({
      name: 'Drone pilot',
      primaryPersonId: 'ming',
      // A holder removed meanwhile is not put back.
      backupPersonIds: [],
    });
    expect(await storedCallTree(db)).toEqual(tree);
    expect((await readRoleTenures('custom-drone', 'roster', db))[0]).toMatchObject({
      personId: 'ming',
      from: testNow + 2 * minute,
      to: null,
    });
  });

  it('Undo keeps call-tree edits saved after the deletion and a deleted qualification out', async () => {
    const db = await freshDatabase();
    await seedPeople(db, 'ming');
    await insertQualificationType(
      { id: 'custom-drone-licence', name: 'Drone licence', createdAt: testNow },
      db,
    );
    await insertCustomRole(
      'custom-drone',
      { ...customSettings('Drone pilot'), requiredQualificationTypeId: 'custom-drone-licence' },
      testNow,
      db,
    );
    await saveCallTreeSetting(
      [
        {
          severityId: 'sev-1',
          steps: [
            { kind: 'role', id: 's-1', roleId: 'commander', note: '' },
            { kind: 'role', id: 's-2', roleId: 'custom-drone', note: '' },
          ],
        },
      ],
      testNow,
      db,
    );
    const deleted = await deleteCustomRoleRows('custom-drone', testNow + minute, db);
    if (deleted === undefined) {
      throw new Error('expected the role to be deleted');
    }
    // After the deletion: a step is added and saved, and the qualification type is removed.
    await saveCallTreeSetting(
      [
        {
          severityId: 'sev-1',
          steps: [
            { kind: 'role', id: 's-1', roleId: 'commander', note: '' },
            { kind: 'person', id: 's-9', personId: 'ming', note: 'Added later' },
          ],
        },
      ],
      testNow + 2 * minute,
      db,
    );
    await db.qualificationTypes.delete('custom-drone-licence');

    await restoreCustomRole(deleted, testNow + 3 * minute, db);
    expect(await storedCallTree(db)).toEqual([
      {
        severityId: 'sev-1',
        steps: [
          { kind: 'role', id: 's-1', roleId: 'commander', note: '' },
          { kind: 'role', id: 's-2', roleId: 'custom-drone', note: '' },
          { kind: 'person', id: 's-9', personId: 'ming', note: 'Added later' },
        ],
      },
    ]);
    expect(await db.crisisRoles.get('custom-drone')).toMatchObject({
      requiredQualificationTypeId: null,
    });
  });

  it('refuses built-in and unknown roles', async () => {
    const db = await freshDatabase();
    await saveRoleSettings('observer', { ...customSettings(''), isRequired: true }, testNow, db);
    expect(await deleteCustomRoleRows('observer', testNow, db)).toBeUndefined();
    expect(await deleteCustomRoleRows('commander', testNow, db)).toBeUndefined();
    expect(await deleteCustomRoleRows('custom-none', testNow, db)).toBeUndefined();
    expect(await db.crisisRoles.get('observer')).toBeDefined();
  });
});

describe('deleting and restoring a person', () => {
  /** Ming holds commander (primary) and spokesperson (backup); the call tree names him. */
  async function seedMingEverywhere(db: CrisisRoomDatabase): Promise<CallTree> {
    await seedPeople(db, 'ming', 'mei', 'hua');
    await saveRoleHolders(
      'commander',
      { primaryPersonId: 'ming', backupPersonIds: ['mei'] },
      testNow,
      db,
    );
    await saveRoleHolders(
      'spokesperson',
      { primaryPersonId: 'mei', backupPersonIds: ['ming', 'hua'] },
      testNow,
      db,
    );
    const tree: CallTree = [
      {
        severityId: 'sev-1',
        steps: [
          { kind: 'role', id: 's-1', roleId: 'commander', note: '' },
          { kind: 'person', id: 's-2', personId: 'ming', note: 'CEO' },
          { kind: 'person', id: 's-3', personId: 'hua', note: '' },
        ],
      },
    ];
    await saveCallTreeSetting(tree, testNow, db);
    return tree;
  }

  it('removes them from every role and call-tree step and closes their tenure, in one go', async () => {
    const db = await freshDatabase();
    const tree = await seedMingEverywhere(db);
    const deleted = await deletePersonRows('ming', testNow + minute, db);

    expect(await readPerson('ming', db)).toBeUndefined();
    const roles = await readRoles(db);
    expect(roles.find(({ id }) => id === 'commander')).toMatchObject({
      primaryPersonId: null,
      backupPersonIds: ['mei'],
    });
    expect(roles.find(({ id }) => id === 'spokesperson')).toMatchObject({
      primaryPersonId: 'mei',
      backupPersonIds: ['hua'],
    });
    expect(await storedCallTree(db)).toEqual([
      { severityId: 'sev-1', steps: [tree[0]?.steps[0], tree[0]?.steps[2]] },
    ]);
    expect(await readPersonTenures('ming', db)).toMatchObject([
      { roleId: 'commander', to: testNow + minute },
    ]);
    // The spokesperson's primary did not change, so no tenure moved.
    expect(await readRoleTenures('spokesperson', 'roster', db)).toMatchObject([
      { personId: 'mei', from: testNow, to: null },
    ]);
    expect(deleted).toMatchObject({
      person: { id: 'ming' },
      callTree: tree,
      deletedAt: testNow + minute,
    });
    expect(deleted?.roles.map(({ before }) => before.id)).toEqual(['commander', 'spokesperson']);
    expect(await deletePersonRows('ming', testNow, db)).toBeUndefined();
  });

  it('leaves the call tree untouched when it does not name them', async () => {
    const db = await freshDatabase();
    await seedPeople(db, 'ming');
    const deleted = await deletePersonRows('ming', testNow, db);
    expect(deleted?.callTree).toBeNull();
    expect(await db.settings.get('callTree')).toBeUndefined();
    expect(await storedCallTree(db)).toEqual(defaultCallTree);
  });

  it('writes nothing when storage fails part-way', async () => {
    const db = await freshDatabase();
    const tree = await seedMingEverywhere(db);
    const rolesBefore = await readRoles(db);
    const tenuresBefore = await db.roleTenures.toArray();
    // Closing the tenure and updating the first role succeed; the next write fails.
    failWriteNumber(3);

    const attempt = deletePersonRows('ming', testNow + minute, db);
    await expect(attempt).rejects.toMatchObject({ code: 'storage-full' });

    expect(await readPerson('ming', db)).toBeDefined();
    expect(await readRoles(db)).toEqual(rolesBefore);
    expect(await db.roleTenures.toArray()).toEqual(tenuresBefore);
    expect(await storedCallTree(db)).toEqual(tree);
  });

  it('Undo puts them back in their roles and the call tree', async () => {
    const db = await freshDatabase();
    const tree = await seedMingEverywhere(db);
    const rolesBefore = await readRoles(db);
    const deleted = await deletePersonRows('ming', testNow + minute, db);
    if (deleted === undefined) {
      throw new Error('expected ming to be deleted');
    }

    await restoreDeletedPerson(deleted, testNow + 2 * minute, db);

    expect(await readPerson('ming', db)).toEqual(deleted.person);
    const roles = await readRoles(db);
    for (const id of ['commander', 'spokesperson']) {
      const before = rolesBefore.find((role) => role.id === id);
      expect(roles.find((role) => role.id === id)).toMatchObject({
        primaryPersonId: before?.primaryPersonId,
        backupPersonIds: before?.backupPersonIds,
      });
    }
    expect(await storedCallTree(db)).toEqual(tree);
    expect(
      (await readRoleTenures('commander', 'roster', db)).map(({ personId, from, to }) => [
        personId,
        from,
        to,
      ]),
    ).toEqual([
      ['ming', testNow + 2 * minute, null],
      ['ming', testNow, testNow + minute],
    ]);
  });

  it('Undo leaves a role that was changed since as it is, and puts the person’s steps back into a call tree saved since', async () => {
    const db = await freshDatabase();
    await seedMingEverywhere(db);
    const deleted = await deletePersonRows('ming', testNow + minute, db);
    if (deleted === undefined) {
      throw new Error('expected ming to be deleted');
    }
    await saveRoleHolders(
      'commander',
      { primaryPersonId: 'hua', backupPersonIds: ['mei'] },
      testNow + 2 * minute,
      db,
    );
    const newerTree: CallTree = [
      { severityId: 'sev-1', steps: [{ kind: 'person', id: 's-9', personId: 'hua', note: '' }] },
    ];
    await saveCallTreeSetting(newerTree, testNow + 2 * minute, db);

    await restoreDeletedPerson(deleted, testNow + 3 * minute, db);

    expect(await readPerson('ming', db)).toBeDefined();
    const roles = await readRoles(db);
    expect(roles.find(({ id }) => id === 'commander')).toMatchObject({
      primaryPersonId: 'hua',
      backupPersonIds: ['mei'],
    });
    // The spokesperson role was not touched since, so Ming is its first backup again.
    expect(roles.find(({ id }) => id === 'spokesperson')).toMatchObject({
      backupPersonIds: ['ming', 'hua'],
    });
    // The edit made since stays; Ming's own step returns at its old place (second).
    expect(await storedCallTree(db)).toEqual([
      {
        severityId: 'sev-1',
        steps: [
          { kind: 'person', id: 's-9', personId: 'hua', note: '' },
          { kind: 'person', id: 's-2', personId: 'ming', note: 'CEO' },
        ],
      },
    ]);
    expect(
      (await readRoleTenures('commander', 'roster', db)).filter(({ to }) => to === null),
    ).toMatchObject([{ personId: 'hua' }]);
  });
});

describe('qualification types', () => {
  it('are read in the order they were added', async () => {
    const db = await freshDatabase();
    await insertQualificationType({ id: 'custom-b', name: 'Drone', createdAt: testNow + 1 }, db);
    await insertQualificationType({ id: 'custom-a', name: 'Forklift', createdAt: testNow }, db);
    expect((await readCustomQualificationTypes(db)).map(({ id }) => id)).toEqual([
      'custom-a',
      'custom-b',
    ]);
  });

  it('cannot be deleted while someone holds one or a role requires it', async () => {
    const db = await freshDatabase();
    await insertQualificationType({ id: 'custom-drone', name: 'Drone', createdAt: testNow }, db);
    await insertPerson(
      'ming',
      personInput('ming', {
        qualifications: [
          { id: 'q', typeId: 'custom-drone', awardedOn: null, expiresOn: null, note: '' },
        ],
      }),
      testNow,
      db,
    );
    await saveRoleSettings(
      'logistics',
      { ...customSettings(''), requiredQualificationTypeId: 'custom-drone' },
      testNow,
      db,
    );
    expect(await removeQualificationType('custom-drone', db)).toBe(false);

    await db.people.clear();
    expect(await removeQualificationType('custom-drone', db)).toBe(false);

    await saveRoleSettings('logistics', customSettings(''), testNow, db);
    expect(await removeQualificationType('custom-drone', db)).toBe(true);
    expect(await readCustomQualificationTypes(db)).toEqual([]);
  });
});

describe('insertImportedPeople', () => {
  const person = (id: string): Person => ({
    ...personInput(`Person ${id}`),
    id,
    createdAt: testNow,
    updatedAt: testNow,
  });

  it('stores every person and the new qualification types', async () => {
    const db = await freshDatabase();
    const count = await insertImportedPeople(
      [person('a'), person('b')],
      [{ id: 'custom-drone', name: 'Drone', createdAt: testNow }],
      db,
    );
    expect(count).toBe(2);
    expect(await db.people.count()).toBe(2);
    expect(await db.qualificationTypes.count()).toBe(1);
  });

  it('stores nothing when one person clashes', async () => {
    const db = await freshDatabase();
    await db.people.add(person('b'));
    await expect(
      insertImportedPeople(
        [person('a'), person('b'), person('c')],
        [{ id: 'custom-drone', name: 'Drone', createdAt: testNow }],
        db,
      ),
    ).rejects.toBeInstanceOf(StorageWriteError);
    expect((await readPeople(db)).map(({ id }) => id)).toEqual(['b']);
    expect(await db.qualificationTypes.count()).toBe(0);
  });

  it('stores nothing when the disk fills up part-way', async () => {
    const db = await freshDatabase();
    failWriteNumber(3);
    await expect(
      insertImportedPeople(
        [person('a'), person('b'), person('c')],
        [{ id: 'custom-drone', name: 'Drone', createdAt: testNow }],
        db,
      ),
    ).rejects.toMatchObject({ code: 'storage-full' });
    expect(await db.people.count()).toBe(0);
    expect(await db.qualificationTypes.count()).toBe(0);
  });
});

describe('saveCallTreeSetting', () => {
  it('stores a valid tree and refuses an invalid one', async () => {
    const db = await freshDatabase();
    const list: CallList = { severityId: 'sev-1', steps: [] };
    const tree: CallTree = [list];
    await saveCallTreeSetting(tree, testNow, db);
    expect(await storedCallTree(db)).toEqual(tree);
    expect((await db.settings.get('callTree'))?.updatedAt).toBe(new Date(testNow).toISOString());

    await expect(saveCallTreeSetting([list, list], testNow, db)).rejects.toMatchObject({
      code: 'invalid-value',
    });
    expect(await storedCallTree(db)).toEqual(tree);
  });
});
