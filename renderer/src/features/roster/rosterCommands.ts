import { callTreeSchema } from '../../../../shared/domain/roster/callTree';
import type { CallTree } from '../../../../shared/domain/roster/callTree';
import {
  builtInRole,
  customRoleIdPrefix,
  customRoleSettingsSchema,
  roleHoldersSchema,
  roleSettingsSchema,
} from '../../../../shared/domain/roster/crisisRoles';
import type {
  CrisisRole,
  RoleHolders,
  RoleSettings,
} from '../../../../shared/domain/roster/crisisRoles';
import {
  endAbsencesAt,
  endedAbsenceRetentionMs,
  withAbsence,
  withoutAbsencesEndedBefore,
} from '../../../../shared/domain/roster/availability';
import {
  absenceReasons,
  maxAbsences,
  personInputSchema,
} from '../../../../shared/domain/roster/person';
import type { AbsenceReason, Person, PersonInput } from '../../../../shared/domain/roster/person';
import {
  builtInQualificationTypes,
  customQualificationIdPrefix,
  customQualificationTypeSchema,
  isBuiltInQualificationType,
} from '../../../../shared/domain/roster/qualifications';
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
  readRoles,
  removeQualificationType,
  replaceAvailability,
  replacePerson,
  restoreCustomRole,
  restoreDeletedPerson,
  saveCallTreeSetting,
  saveRoleHolders,
  saveRoleSettings,
} from '../../db/repositories/rosterRepository';
import { toStorageWriteError } from '../../db/writeErrors';
import type { MessageKey } from '../../i18n/messageKeys';
import { rosterDomainEn } from '../../i18n/resources/roster/rosterDomainMessages';
import { announce, attemptWrite, fieldIssueConverter, formFailure } from '../../lib/commandResult';
import type { CommandResult, FieldIssue } from '../../lib/commandResult';
import { personDisplayName } from './rosterLabels';
import type { QualificationTypeOption } from './useRosterData';

/**
 * The roster's commands: each validates with the shared schemas, checks references (a holder
 * must be a person in the roster, a qualification type must exist), then writes through the
 * repository. Invalid input writes nothing and comes back as field issues in the user's language;
 * a failed write comes back the same way, on the whole form.
 */

/** True when `code` has its own message under `roster.validation`. */
function isValidationCode(code: string): code is keyof typeof rosterDomainEn.validation {
  return Object.hasOwn(rosterDomainEn.validation, code);
}

/**
 * The message of an issue code: `roster.validation.<code>`, `errors.<code>` for a failed write,
 * or the generic "not valid" message for a code without its own text.
 */
export function rosterIssueMessageKey(code: string): MessageKey {
  if (isValidationCode(code)) {
    return `roster.validation.${code}`;
  }
  if (code === 'storage-full' || code === 'write-failed' || code === 'invalid-value') {
    return `errors.${code}`;
  }
  return 'roster.validation.invalid';
}

/** Field issues of a zod error, under `prefix` (an import entry's index). */
export const toRosterIssues = fieldIssueConverter(isValidationCode);

/** The ids of every qualification type that exists (built-in and custom). */
async function knownQualificationIds(extra: readonly string[] = []): Promise<Set<string>> {
  const custom = await readCustomQualificationTypes();
  return new Set([
    ...builtInQualificationTypes.map(({ id }) => id),
    ...custom.map(({ id }) => id),
    ...extra,
  ]);
}

/** Validates a person's input; the parsed input, or the issues (paths under `prefix`). */
async function validatePerson(
  input: unknown,
  prefix = '',
  extraQualificationIds: readonly string[] = [],
): Promise<{ ok: true; value: PersonInput } | { ok: false; issues: FieldIssue[] }> {
  const parsed = personInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: toRosterIssues(parsed.error.issues, prefix) };
  }
  const known = await knownQualificationIds(extraQualificationIds);
  const unknown = parsed.data.qualifications.flatMap((qualification, index) =>
    known.has(qualification.typeId)
      ? []
      : [
          {
            path: [prefix, 'qualifications', String(index), 'typeId']
              .filter((part) => part !== '')
              .join('.'),
            code: 'unknown-qualification',
          },
        ],
  );
  return unknown.length > 0 ? { ok: false, issues: unknown } : { ok: true, value: parsed.data };
}

/** Adds a person to the roster. */
export function createPerson(input: PersonInput): Promise<CommandResult<Person>> {
  return attemptWrite(async () => {
    const valid = await validatePerson(input);
    if (!valid.ok) {
      return valid;
    }
    const person = await insertPerson(crypto.randomUUID(), valid.value, Date.now());
    return { ok: true, value: person };
  });
}

/** Changes a person's details. */
export function updatePerson(id: string, input: PersonInput): Promise<CommandResult<Person>> {
  return attemptWrite(async () => {
    const valid = await validatePerson(input);
    if (!valid.ok) {
      return valid;
    }
    const person = await replacePerson(id, valid.value, Date.now());
    return person === undefined ? formFailure('not-found') : { ok: true, value: person };
  });
}

/**
 * Removes a person from the roster, from every role they held and from the call tree, and offers
 * to undo that from the notice it shows (Undo puts the person and their roles back).
 */
export function deletePerson(id: string): Promise<CommandResult<null>> {
  return attemptWrite(async () => {
    const deleted = await deletePersonRows(id, Date.now());
    if (deleted === undefined) {
      return formFailure('not-found');
    }
    const name = personDisplayName(deleted.person);
    announce(
      'info',
      'roster.notices.personDeleted',
      { name },
      {
        labelKey: 'notices.undo',
        run: () => {
          restoreDeletedPerson(deleted, Date.now()).then(
            () => announce('success', 'roster.notices.personRestored', { name }),
            (error: unknown) =>
              announce('error', 'roster.notices.undoFailed', {
                reason: toStorageWriteError(error).message,
              }),
          );
        },
      },
    );
    return { ok: true, value: null };
  });
}

/** What "Mark unavailable" records: why, a note, and until when (null = until marked available). */
export type UnavailableInput = { reason: AbsenceReason; note: string; until: number | null };

/** Marks a person unavailable from now (an absence starting now). */
export function markUnavailable(
  id: string,
  input: UnavailableInput,
): Promise<CommandResult<Person>> {
  return attemptWrite(async () => {
    const now = Date.now();
    if (!absenceReasons.includes(input.reason)) {
      return { ok: false, issues: [{ path: 'reason', code: 'unknown-value' }] };
    }
    if (input.until !== null && input.until <= now) {
      return { ok: false, issues: [{ path: 'until', code: 'end-before-start' }] };
    }
    if (input.note.trim().length > 500) {
      return { ok: false, issues: [{ path: 'note', code: 'too-long' }] };
    }
    const absence = {
      id: crypto.randomUUID(),
      start: now,
      end: input.until,
      reason: input.reason,
      note: input.note.trim(),
    };
    const existing = await readPerson(id);
    if (existing === undefined) {
      return formFailure('not-found');
    }
    const kept = withoutAbsencesEndedBefore(existing.availability, now - endedAbsenceRetentionMs);
    if (kept.absences.length >= maxAbsences) {
      return { ok: false, issues: [{ path: '', code: 'too-many' }] };
    }
    const person = await replaceAvailability(
      id,
      (availability) =>
        withAbsence(
          withoutAbsencesEndedBefore(availability, now - endedAbsenceRetentionMs),
          absence,
        ),
      now,
    );
    return person === undefined ? formFailure('not-found') : { ok: true, value: person };
  });
}

/** Marks a person available now: every absence covering this moment ends now. */
export function markAvailable(id: string): Promise<CommandResult<Person>> {
  return attemptWrite(async () => {
    const now = Date.now();
    const existing = await readPerson(id);
    if (existing === undefined) {
      return formFailure('not-found');
    }
    const kept = withoutAbsencesEndedBefore(existing.availability, now - endedAbsenceRetentionMs);
    if (kept.absences.length >= maxAbsences) {
      return { ok: false, issues: [{ path: '', code: 'too-many' }] };
    }
    const person = await replaceAvailability(
      id,
      (availability) => endAbsencesAt(availability, now),
      now,
    );
    return person === undefined ? formFailure('not-found') : { ok: true, value: person };
  });
}

/** Issues for holder ids that name nobody in the roster. */
function unknownHolderIssues(holders: RoleHolders, known: ReadonlySet<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (holders.primaryPersonId !== null && !known.has(holders.primaryPersonId)) {
    issues.push({ path: 'primaryPersonId', code: 'unknown-person' });
  }
  holders.backupPersonIds.forEach((id, index) => {
    if (!known.has(id)) {
      issues.push({ path: `backupPersonIds.${index}`, code: 'unknown-person' });
    }
  });
  return issues;
}

/**
 * Sets who holds a role: a primary and ordered backups. A change of primary is recorded as a
 * tenure (who held it from when to when).
 */
export function assignRole(
  roleId: string,
  holders: RoleHolders,
): Promise<CommandResult<CrisisRole>> {
  return attemptWrite(async () => {
    const parsed = roleHoldersSchema.safeParse(holders);
    if (!parsed.success) {
      return { ok: false, issues: toRosterIssues(parsed.error.issues) };
    }
    const people = await readPeople();
    const issues = unknownHolderIssues(parsed.data, new Set(people.map(({ id }) => id)));
    if (issues.length > 0) {
      return { ok: false, issues };
    }
    const role = await saveRoleHolders(roleId, parsed.data, Date.now());
    return role === undefined ? formFailure('unknown-role') : { ok: true, value: role };
  });
}

/** Issues when a role requires a qualification type that does not exist. */
async function requiredQualificationIssues(settings: RoleSettings): Promise<FieldIssue[]> {
  if (settings.requiredQualificationTypeId === null) {
    return [];
  }
  const known = await knownQualificationIds();
  return known.has(settings.requiredQualificationTypeId)
    ? []
    : [{ path: 'requiredQualificationTypeId', code: 'unknown-qualification' }];
}

/**
 * Changes a role's settings: whether coverage requires it, the qualification it requires, and
 * for a custom role its name and description.
 */
export function updateRoleSettings(
  roleId: string,
  settings: RoleSettings,
): Promise<CommandResult<CrisisRole>> {
  return attemptWrite(async () => {
    const schema =
      builtInRole(roleId) === undefined ? customRoleSettingsSchema : roleSettingsSchema;
    const parsed = schema.safeParse(settings);
    if (!parsed.success) {
      return { ok: false, issues: toRosterIssues(parsed.error.issues) };
    }
    const issues = await requiredQualificationIssues(parsed.data);
    if (issues.length > 0) {
      return { ok: false, issues };
    }
    const role = await saveRoleSettings(roleId, parsed.data, Date.now());
    return role === undefined ? formFailure('unknown-role') : { ok: true, value: role };
  });
}

/** Adds a role of the user's own (name required), listed after the others. */
export function addCustomRole(settings: RoleSettings): Promise<CommandResult<CrisisRole>> {
  return attemptWrite(async () => {
    const parsed = customRoleSettingsSchema.safeParse(settings);
    if (!parsed.success) {
      return { ok: false, issues: toRosterIssues(parsed.error.issues) };
    }
    const issues = await requiredQualificationIssues(parsed.data);
    if (issues.length > 0) {
      return { ok: false, issues };
    }
    const role = await insertCustomRole(
      `${customRoleIdPrefix}${crypto.randomUUID()}`,
      parsed.data,
      Date.now(),
    );
    return { ok: true, value: role };
  });
}

/**
 * Deletes a custom role (and the call-tree steps that call it), offering Undo from the notice;
 * built-in roles are refused with `built-in-role`.
 */
export function deleteCustomRole(roleId: string): Promise<CommandResult<null>> {
  return attemptWrite(async () => {
    if (builtInRole(roleId) !== undefined) {
      return formFailure('built-in-role');
    }
    const deleted = await deleteCustomRoleRows(roleId, Date.now());
    if (deleted === undefined) {
      return formFailure('not-found');
    }
    const name = deleted.role.name;
    announce(
      'info',
      'roster.notices.roleDeleted',
      { name },
      {
        labelKey: 'notices.undo',
        run: () => {
          restoreCustomRole(deleted, Date.now()).then(
            () => announce('success', 'roster.notices.roleRestored', { name }),
            (error: unknown) =>
              announce('error', 'roster.notices.undoFailed', {
                reason: toStorageWriteError(error).message,
              }),
          );
        },
      },
    );
    return { ok: true, value: null };
  });
}

/** Folds case and width, so `ＭＥＤＩＡ` and `media` are one name. */
function nameKey(name: string): string {
  return name.normalize('NFKC').trim().toLocaleLowerCase();
}

/**
 * Adds a custom qualification type; a name equal (case- and width-insensitive) to an existing
 * type, built-in in any language or custom, returns that type instead.
 */
export function addQualificationType(
  name: string,
): Promise<CommandResult<QualificationTypeOption>> {
  return attemptWrite(async (): Promise<CommandResult<QualificationTypeOption>> => {
    const id = `${customQualificationIdPrefix}${crypto.randomUUID()}`;
    const parsed = customQualificationTypeSchema.safeParse({ id, name });
    if (!parsed.success) {
      return { ok: false, issues: toRosterIssues(parsed.error.issues) };
    }
    const key = nameKey(parsed.data.name);
    const builtIn = builtInQualificationTypes.find((type) =>
      Object.values(type.name).some((text) => nameKey(text) === key),
    );
    if (builtIn !== undefined) {
      return {
        ok: true,
        value: { id: builtIn.id, isBuiltIn: true, name: builtIn.name, customName: null },
      };
    }
    const existing = (await readCustomQualificationTypes()).find(
      (row) => nameKey(row.name) === key,
    );
    if (existing !== undefined) {
      return {
        ok: true,
        value: { id: existing.id, isBuiltIn: false, name: null, customName: existing.name },
      };
    }
    await insertQualificationType({ ...parsed.data, createdAt: Date.now() });
    return {
      ok: true,
      value: { id: parsed.data.id, isBuiltIn: false, name: null, customName: parsed.data.name },
    };
  });
}

/** Deletes a custom qualification type; refused with `qualification-in-use` while it is used. */
export function deleteQualificationType(id: string): Promise<CommandResult<null>> {
  return attemptWrite(async () => {
    if (isBuiltInQualificationType(id)) {
      return formFailure('invalid');
    }
    return (await removeQualificationType(id))
      ? { ok: true, value: null }
      : formFailure('qualification-in-use');
  });
}

/**
 * Saves the call tree. Every role step must name an existing role and every person step a person
 * in the roster (`unknown-role` / `unknown-person` at `<list>.steps.<step>`).
 */
export function saveCallTree(tree: CallTree): Promise<CommandResult<CallTree>> {
  return attemptWrite(async () => {
    const parsed = callTreeSchema.safeParse(tree);
    if (!parsed.success) {
      return { ok: false, issues: toRosterIssues(parsed.error.issues) };
    }
    const [roles, people] = await Promise.all([readRoles(), readPeople()]);
    const roleIds = new Set(roles.map(({ id }) => id));
    const personIds = new Set(people.map(({ id }) => id));
    const issues = parsed.data.flatMap((list, listIndex) =>
      list.steps.flatMap((step, stepIndex) => {
        const path = `${listIndex}.steps.${stepIndex}`;
        if (step.kind === 'role' && !roleIds.has(step.roleId)) {
          return [{ path, code: 'unknown-role' }];
        }
        if (step.kind === 'person' && !personIds.has(step.personId)) {
          return [{ path, code: 'unknown-person' }];
        }
        return [];
      }),
    );
    if (issues.length > 0) {
      return { ok: false, issues };
    }
    await saveCallTreeSetting(parsed.data, Date.now());
    return { ok: true, value: parsed.data };
  });
}

/** A qualification type an import introduces (an unknown name in the file). */
export type NewQualificationType = { id: string; name: string };

/**
 * Validates people to import without writing: the issues {@link importPeople} would return, per
 * entry (`<index>.<field>`). A qualification type id must exist or be in `newTypes`.
 */
export async function checkPeopleImport(
  entries: readonly PersonInput[],
  newTypes: readonly NewQualificationType[] = [],
): Promise<FieldIssue[]> {
  const extra = newTypes.map(({ id }) => id);
  const results = await Promise.all(
    entries.map((entry, index) => validatePerson(entry, String(index), extra)),
  );
  return results.flatMap((result) => (result.ok ? [] : result.issues));
}

/**
 * Adds every person in `entries` and the qualification types they introduced, all or nothing:
 * one invalid entry or a failed write stores none of them. Returns how many were added.
 */
export function importPeople(
  entries: readonly PersonInput[],
  newTypes: readonly NewQualificationType[] = [],
): Promise<CommandResult<number>> {
  return attemptWrite(async () => {
    const typeIssues = newTypes.flatMap((type, index) =>
      customQualificationTypeSchema.safeParse(type).success
        ? []
        : [{ path: `newTypes.${index}`, code: 'invalid' }],
    );
    const issues = [...typeIssues, ...(await checkPeopleImport(entries, newTypes))];
    if (issues.length > 0) {
      return { ok: false, issues };
    }
    const now = Date.now();
    const people = entries.map((entry): Person => ({
      ...personInputSchema.parse(entry),
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
    }));
    const count = await insertImportedPeople(
      people,
      newTypes.map((type) => ({ ...type, createdAt: now })),
    );
    return { ok: true, value: count };
  });
}
