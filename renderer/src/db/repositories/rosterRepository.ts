import { defaultCallTree, maxCallSteps } from '../../../../shared/domain/roster/callTree';
import type { CallStep, CallTree } from '../../../../shared/domain/roster/callTree';
import { isBuiltInQualificationType } from '../../../../shared/domain/roster/qualifications';
import {
  builtInRole,
  builtInRoles,
  defaultBuiltInRole,
  mergeRoles,
} from '../../../../shared/domain/roster/crisisRoles';
import type {
  CrisisRole,
  RoleHolders,
  RoleScope,
  RoleSettings,
  RoleTenure,
} from '../../../../shared/domain/roster/crisisRoles';
import type { Availability, Person, PersonInput } from '../../../../shared/domain/roster/person';
import { settingSchemas } from '../../../../shared/domain/settings';
import { getDatabase } from '../database';
import type { CrisisRoomDatabase, CrisisRoleRow, QualificationTypeRow } from '../database';
import { runWrite } from '../writeErrors';
import { toSettingRow } from './settingsRepository';

/**
 * The roster's storage: people, crisis roles with their holders, custom qualification types and
 * role tenures. Reads are Dexie-only so they run inside live queries. Writes take inputs the
 * caller already validated with the shared schemas, stamp times, and change every table they touch
 * in one transaction, so a role never names a person who is gone and a tenure never disagrees
 * with its role.
 */

/** Every person, in no particular order (the UI sorts by name in its language). */
export function readPeople(db: CrisisRoomDatabase = getDatabase()): Promise<Person[]> {
  return db.people.toArray();
}

/** One person, or undefined when there is none. */
export function readPerson(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Person | undefined> {
  return db.people.get(id);
}

/** Every role: built-in ones (stored or default) and custom ones, in list order. */
export async function readRoles(db: CrisisRoomDatabase = getDatabase()): Promise<CrisisRole[]> {
  return mergeRoles(await db.crisisRoles.toArray());
}

/** Qualification types users added, in the order they were added. */
export async function readCustomQualificationTypes(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<QualificationTypeRow[]> {
  const rows = await db.qualificationTypes.toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The tenures of one role in one scope, newest first. */
export async function readRoleTenures(
  roleId: string,
  scope: RoleScope = 'roster',
  db: CrisisRoomDatabase = getDatabase(),
): Promise<RoleTenure[]> {
  const rows = await db.roleTenures
    .where('[roleId+from]')
    .between([roleId, -Infinity], [roleId, Infinity])
    .reverse()
    .toArray();
  return rows.filter((row) => row.scope === scope);
}

/** Every tenure of one person (all scopes), newest first. */
export async function readPersonTenures(
  personId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<RoleTenure[]> {
  const rows = await db.roleTenures.where('personId').equals(personId).toArray();
  return rows.sort((a, b) => b.from - a.from);
}

/** Stores a new person with `id` (made by the caller). */
export async function insertPerson(
  id: string,
  input: PersonInput,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Person> {
  const person: Person = { ...input, id, createdAt: now, updatedAt: now };
  await runWrite(db, [db.people], () => db.people.add(person));
  return person;
}

/** Replaces a person's fields; undefined when the person does not exist. */
export function replacePerson(
  id: string,
  input: PersonInput,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Person | undefined> {
  return runWrite(db, [db.people], async () => {
    const existing = await db.people.get(id);
    if (existing === undefined) {
      return undefined;
    }
    const person: Person = { ...input, id, createdAt: existing.createdAt, updatedAt: now };
    await db.people.put(person);
    return person;
  });
}

/** Replaces a person's availability only (mark unavailable / available); undefined when gone. */
export function replaceAvailability(
  id: string,
  change: (availability: Availability) => Availability,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Person | undefined> {
  return runWrite(db, [db.people], async () => {
    const existing = await db.people.get(id);
    if (existing === undefined) {
      return undefined;
    }
    const person: Person = {
      ...existing,
      availability: change(existing.availability),
      updatedAt: now,
    };
    await db.people.put(person);
    return person;
  });
}

/** The stored row of a role, or the default row of a built-in one; undefined when unknown. */
async function loadRole(
  db: CrisisRoomDatabase,
  roleId: string,
): Promise<CrisisRoleRow | undefined> {
  const stored = await db.crisisRoles.get(roleId);
  if (stored !== undefined) {
    return stored;
  }
  const definition = builtInRole(roleId);
  if (definition === undefined) {
    return undefined;
  }
  return defaultBuiltInRole(
    definition,
    builtInRoles.indexOf(definition as (typeof builtInRoles)[number]),
  );
}

/**
 * Closes the open roster tenure of `roleId` (when its primary is not `nextPrimary`) and opens one
 * for `nextPrimary`. Call inside a transaction over `roleTenures`.
 */
async function recordPrimaryChange(
  db: CrisisRoomDatabase,
  roleId: string,
  nextPrimary: string | null,
  now: number,
): Promise<void> {
  const open = (
    await db.roleTenures
      .where('[roleId+from]')
      .between([roleId, -Infinity], [roleId, Infinity])
      .toArray()
  ).filter((tenure) => tenure.scope === 'roster' && tenure.to === null);
  if (open.length === 1 && open[0]?.personId === nextPrimary) {
    return;
  }
  for (const tenure of open) {
    await db.roleTenures.put({ ...tenure, to: now });
  }
  if (nextPrimary !== null) {
    await db.roleTenures.add({
      id: crypto.randomUUID(),
      roleId,
      personId: nextPrimary,
      scope: 'roster',
      from: now,
      to: null,
    });
  }
}

/**
 * Sets who holds a role (the caller checked every person exists) and records a tenure when the
 * primary changes; undefined when the role does not exist.
 */
export function saveRoleHolders(
  roleId: string,
  holders: RoleHolders,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<CrisisRole | undefined> {
  return runWrite(db, [db.crisisRoles, db.roleTenures, db.people], async () => {
    const role = await loadRole(db, roleId);
    if (role === undefined) {
      return undefined;
    }
    const people = await db.people.bulkGet(
      [holders.primaryPersonId, ...holders.backupPersonIds].filter((id) => id !== null),
    );
    if (people.some((person) => person === undefined)) {
      // Someone was removed between the form's read and this write: nothing is saved.
      throw new DOMException('A holder no longer exists.', 'ConstraintError');
    }
    const next: CrisisRole = {
      ...role,
      ...holders,
      updatedAt: now,
      createdAt: role.createdAt || now,
    };
    await recordPrimaryChange(db, roleId, holders.primaryPersonId, now);
    await db.crisisRoles.put(next);
    return next;
  });
}

/** Changes a role's settings (name and description only apply to custom roles). */
export function saveRoleSettings(
  roleId: string,
  settings: RoleSettings,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<CrisisRole | undefined> {
  return runWrite(db, [db.crisisRoles], async () => {
    const role = await loadRole(db, roleId);
    if (role === undefined) {
      return undefined;
    }
    const next: CrisisRole = {
      ...role,
      ...settings,
      ...(role.isBuiltIn ? { name: '', description: '' } : {}),
      updatedAt: now,
      createdAt: role.createdAt || now,
    };
    await db.crisisRoles.put(next);
    return next;
  });
}

/** Stores a new custom role with `id` (made by the caller), listed after every other role. */
export function insertCustomRole(
  id: string,
  settings: RoleSettings,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<CrisisRole> {
  return runWrite(db, [db.crisisRoles], async () => {
    const roles = mergeRoles(await db.crisisRoles.toArray());
    const order = Math.max(builtInRoles.length, ...roles.map((role) => role.order + 1));
    const role: CrisisRole = {
      ...settings,
      id,
      isBuiltIn: false,
      primaryPersonId: null,
      backupPersonIds: [],
      order,
      createdAt: now,
      updatedAt: now,
    };
    await db.crisisRoles.add(role);
    return role;
  });
}

/** The call tree setting as stored, or the default when it was never saved or is invalid. */
async function loadCallTree(db: CrisisRoomDatabase): Promise<CallTree> {
  const row = await db.settings.get('callTree');
  const parsed = settingSchemas.callTree.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultCallTree;
}

/** Stores the call tree setting inside a transaction over `settings`. */
async function storeCallTree(db: CrisisRoomDatabase, tree: CallTree, now: number): Promise<void> {
  await db.settings.put(toSettingRow('callTree', tree, new Date(now).toISOString()));
}

/** A test of call-tree steps (the ones a deletion removes and its Undo puts back). */
type StepTest = (step: CallStep) => boolean;

/** The tree without the steps `isRemoved` picks. */
function withoutSteps(tree: CallTree, isRemoved: StepTest): CallTree {
  return tree.map((list) => ({ ...list, steps: list.steps.filter((step) => !isRemoved(step)) }));
}

/**
 * The current tree with the steps `isRemoved` picks from `before` put back at their old places
 * (as near as the current list allows). Only those steps come back: edits made to the tree since
 * the deletion stay, and steps of other people or roles deleted meanwhile do not return.
 */
function withStepsRestored(current: CallTree, before: CallTree, isRemoved: StepTest): CallTree {
  return current.map((list) => {
    const previous = before.find((candidate) => candidate.severityId === list.severityId);
    if (previous === undefined) {
      return list;
    }
    const steps = [...list.steps];
    previous.steps.forEach((step, index) => {
      if (isRemoved(step) && !steps.some((candidate) => candidate.id === step.id)) {
        steps.splice(Math.min(index, steps.length), 0, step);
      }
    });
    return { ...list, steps: steps.slice(0, maxCallSteps) };
  });
}

/** Steps that call one role. */
function callsRole(roleId: string): StepTest {
  return (step) => step.kind === 'role' && step.roleId === roleId;
}

/** Steps that call one person. */
function callsPerson(personId: string): StepTest {
  return (step) => step.kind === 'person' && step.personId === personId;
}

/** What deleting a custom role removed, so it can be put back. */
export type DeletedRole = { role: CrisisRole; callTree: CallTree };

/**
 * Deletes a custom role and the call-tree steps that call it, in one transaction; undefined when
 * there is no such custom role. Built-in roles cannot be deleted (they can be made optional).
 */
export function deleteCustomRoleRows(
  roleId: string,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<DeletedRole | undefined> {
  return runWrite(db, [db.crisisRoles, db.roleTenures, db.settings], async () => {
    const role = await db.crisisRoles.get(roleId);
    if (role === undefined || role.isBuiltIn) {
      return undefined;
    }
    const callTree = await loadCallTree(db);
    await recordPrimaryChange(db, roleId, null, now);
    // The history of who held the role outlives it: each tenure keeps the role's name.
    const tenures = await db.roleTenures
      .where('[roleId+from]')
      .between([roleId, -Infinity], [roleId, Infinity])
      .toArray();
    await db.roleTenures.bulkPut(tenures.map((tenure) => ({ ...tenure, roleName: role.name })));
    await db.crisisRoles.delete(roleId);
    await storeCallTree(db, withoutSteps(callTree, callsRole(roleId)), now);
    return { role, callTree };
  });
}

/**
 * Puts a deleted custom role back (Undo) with the holders still in the roster, its required
 * qualification while that type still exists, and its call-tree steps at their old places in the
 * call tree as it is now.
 */
export function restoreCustomRole(
  deleted: DeletedRole,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<void> {
  return runWrite(
    db,
    [db.crisisRoles, db.roleTenures, db.settings, db.people, db.qualificationTypes],
    async () => {
      const present = new Set(
        (
          await db.people.bulkGet(
            [deleted.role.primaryPersonId, ...deleted.role.backupPersonIds].filter(
              (id) => id !== null,
            ),
          )
        ).flatMap((person) => (person === undefined ? [] : [person.id])),
      );
      const primary =
        deleted.role.primaryPersonId !== null && present.has(deleted.role.primaryPersonId)
          ? deleted.role.primaryPersonId
          : null;
      const qualificationId = deleted.role.requiredQualificationTypeId;
      const qualificationExists =
        qualificationId === null ||
        isBuiltInQualificationType(qualificationId) ||
        (await db.qualificationTypes.get(qualificationId)) !== undefined;
      await db.crisisRoles.put({
        ...deleted.role,
        primaryPersonId: primary,
        backupPersonIds: deleted.role.backupPersonIds.filter((id) => present.has(id)),
        requiredQualificationTypeId: qualificationExists ? qualificationId : null,
        updatedAt: now,
      });
      await recordPrimaryChange(db, deleted.role.id, primary, now);
      const current = await loadCallTree(db);
      await storeCallTree(
        db,
        withStepsRestored(current, deleted.callTree, callsRole(deleted.role.id)),
        now,
      );
    },
  );
}

/** What deleting a person removed, so Undo can put it back. */
export type DeletedPerson = {
  person: Person;
  /** Each role the person held, as it was before, and as the deletion left it. */
  roles: { before: CrisisRole; after: CrisisRole }[];
  /** The call tree before the deletion, when the deletion removed steps naming the person. */
  callTree: CallTree | null;
  /** When the deletion happened (epoch ms). */
  deletedAt: number;
};

/**
 * Deletes a person, removes them from every role they held (closing their tenures) and from the
 * call tree, in one transaction; undefined when there is no such person.
 */
export function deletePersonRows(
  id: string,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<DeletedPerson | undefined> {
  return runWrite(db, [db.people, db.crisisRoles, db.roleTenures, db.settings], async () => {
    const person = await db.people.get(id);
    if (person === undefined) {
      return undefined;
    }
    const roles = mergeRoles(await db.crisisRoles.toArray()).filter(
      (role) => role.primaryPersonId === id || role.backupPersonIds.includes(id),
    );
    const changed: { before: CrisisRole; after: CrisisRole }[] = [];
    for (const role of roles) {
      const after: CrisisRole = {
        ...role,
        primaryPersonId: role.primaryPersonId === id ? null : role.primaryPersonId,
        backupPersonIds: role.backupPersonIds.filter((backup) => backup !== id),
        updatedAt: now,
        createdAt: role.createdAt || now,
      };
      await recordPrimaryChange(db, role.id, after.primaryPersonId, now);
      await db.crisisRoles.put(after);
      changed.push({ before: role, after });
    }
    const callTree = await loadCallTree(db);
    const namesPerson = callTree.some((list) => list.steps.some(callsPerson(id)));
    if (namesPerson) {
      await storeCallTree(db, withoutSteps(callTree, callsPerson(id)), now);
    }
    await db.people.delete(id);
    return { person, roles: changed, callTree: namesPerson ? callTree : null, deletedAt: now };
  });
}

/**
 * Puts a deleted person back (Undo), with the roles they held where nobody changed the role since
 * the deletion, and their call-tree steps at their old places in the call tree as it is now.
 */
export function restoreDeletedPerson(
  deleted: DeletedPerson,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<void> {
  return runWrite(db, [db.people, db.crisisRoles, db.roleTenures, db.settings], async () => {
    await db.people.put(deleted.person);
    for (const { before, after } of deleted.roles) {
      const current = await db.crisisRoles.get(before.id);
      if (current === undefined || current.updatedAt !== after.updatedAt) {
        continue;
      }
      await recordPrimaryChange(db, before.id, before.primaryPersonId, now);
      await db.crisisRoles.put({ ...before, updatedAt: now });
    }
    if (deleted.callTree !== null) {
      const current = await loadCallTree(db);
      await storeCallTree(
        db,
        withStepsRestored(current, deleted.callTree, callsPerson(deleted.person.id)),
        now,
      );
    }
  });
}

/** Stores a custom qualification type. */
export async function insertQualificationType(
  row: QualificationTypeRow,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<void> {
  await runWrite(db, [db.qualificationTypes], () => db.qualificationTypes.add(row));
}

/**
 * Deletes a custom qualification type; false (nothing deleted) while a person holds it or a role
 * requires it.
 */
export function removeQualificationType(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<boolean> {
  return runWrite(db, [db.qualificationTypes, db.people, db.crisisRoles], async () => {
    const heldBy = await db.people
      .filter((person) => person.qualifications.some((q) => q.typeId === id))
      .count();
    const requiredBy = await db.crisisRoles
      .filter((role) => role.requiredQualificationTypeId === id)
      .count();
    if (heldBy > 0 || requiredBy > 0) {
      return false;
    }
    await db.qualificationTypes.delete(id);
    return true;
  });
}

/**
 * Stores imported people and the qualification types they introduced, all or nothing: one
 * failure (a clash, a full disk) writes none of them.
 */
export function insertImportedPeople(
  people: readonly Person[],
  newQualificationTypes: readonly QualificationTypeRow[],
  db: CrisisRoomDatabase = getDatabase(),
): Promise<number> {
  return runWrite(db, [db.people, db.qualificationTypes], async () => {
    await db.qualificationTypes.bulkAdd([...newQualificationTypes]);
    await db.people.bulkAdd([...people]);
    return people.length;
  });
}

/** Saves the call tree. */
export function saveCallTreeSetting(
  tree: CallTree,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<void> {
  return runWrite(db, [db.settings], () => storeCallTree(db, tree, now));
}
