import { communicationRecordInputSchema } from '../../../../shared/domain/incidents/communications';
import type {
  CommunicationRecord,
  CommunicationRecordInput,
} from '../../../../shared/domain/incidents/communications';
import { deadlineInputSchema, deadlineInstant } from '../../../../shared/domain/incidents/clocks';
import type { Deadline, DeadlineInput } from '../../../../shared/domain/incidents/clocks';
import { incidentInputSchema } from '../../../../shared/domain/incidents/incident';
import type {
  Incident,
  IncidentInput,
  IncidentStatus,
} from '../../../../shared/domain/incidents/incident';
import { declarationHistory } from '../../../../shared/domain/incidents/lifecycle';
import { situationReportInputSchema } from '../../../../shared/domain/incidents/sitreps';
import type {
  SituationReport,
  SituationReportInput,
} from '../../../../shared/domain/incidents/sitreps';
import { incidentTaskInputSchema, updateTask } from '../../../../shared/domain/incidents/tasks';
import type { IncidentTask, IncidentTaskInput } from '../../../../shared/domain/incidents/tasks';
import { timelineEntryInputSchema } from '../../../../shared/domain/incidents/timeline';
import type {
  TimelineEntry,
  TimelineEntryInput,
} from '../../../../shared/domain/incidents/timeline';
import {
  appendTimelineEntries,
  changeIncidentStatus,
  handOverIncidentRole,
  incidentRefusalOf,
  insertCommunication,
  insertDeclaredIncident,
  insertSituationReport,
  putIncidentDeadline,
  putIncidentTask,
  readIncident,
  readIncidentDeadlines,
  readIncidentTasks,
} from '../../db/repositories/incidentRepository';
import type { NewTimelineEntry } from '../../db/repositories/incidentRepository';
import type { MessageKey } from '../../i18n/messageKeys';
import { incidentsDomainEn } from '../../i18n/resources/incidents/incidentsDomainMessages';
import { toStorageWriteError } from '../../db/writeErrors';
import { fieldIssueConverter, formFailure } from '../../lib/commandResult';
import type { CommandResult } from '../../lib/commandResult';

/**
 * Incident command's commands. Each validates with the shared schemas, then writes through the
 * repository, which keeps the timeline's hash chain and head in the same transaction as the change
 * it records. System entries (status changes, role hand-offs, communications) carry a text the UI
 * wrote in the user's language at the time, like a person's note would. Invalid input writes
 * nothing and comes back as field issues (codes under `incidents.validation`).
 */

/** True when `code` has its own message under `incidents.validation`. */
function isValidationCode(code: string): code is keyof typeof incidentsDomainEn.validation {
  return Object.hasOwn(incidentsDomainEn.validation, code);
}

/** The message of an issue code: `incidents.validation.<code>`, `errors.<code>`, or "not valid". */
export function incidentIssueMessageKey(code: string): MessageKey {
  if (isValidationCode(code)) {
    return `incidents.validation.${code}`;
  }
  if (code === 'storage-full' || code === 'write-failed' || code === 'invalid-value') {
    return `errors.${code}`;
  }
  return 'incidents.validation.invalid';
}

/** Field issues of a zod error, under `prefix`. */
export const toIncidentIssues = fieldIssueConverter(isValidationCode);

/**
 * Runs a repository write; a refusal by a shared rule (or a missing incident) becomes an issue on
 * the whole form with the rule's code, a storage failure its storage code.
 */
async function attemptIncidentWrite<T>(
  write: () => Promise<CommandResult<T>>,
): Promise<CommandResult<T>> {
  try {
    return await write();
  } catch (error: unknown) {
    const refusal = incidentRefusalOf(error);
    if (refusal !== null) {
      return formFailure(refusal);
    }
    return formFailure(toStorageWriteError(error).code);
  }
}

/** A system-written timeline entry (status change, hand-off, communication…) at `at`. */
function systemEntry(
  kind: TimelineEntryInput['kind'],
  text: string,
  at: number,
  author: string,
  isExternal = false,
): NewTimelineEntry {
  return {
    id: crypto.randomUUID(),
    input: {
      kind,
      at,
      author: author.trim(),
      source: 'system',
      isExternal,
      text,
      supersedesId: null,
    },
  };
}

/** One role given at declaration: who, and the timeline text that says so. */
export type RoleAssignment = { roleId: string; personId: string; entryText: string };

/** What "Declare" submits beyond the incident's fields. */
export type DeclareOptions = {
  /** Declare now (active) or log as detected only. */
  declareNow: boolean;
  /** Who declares (the operator's name; blank when not recorded). */
  by: string;
  /** The timeline text of the declaration, in the user's language. */
  entryText: string;
  /** Roles given from the roster (accepted proposals). */
  roles: readonly RoleAssignment[];
};

/**
 * Declares an incident: validates its fields, then stores it with its declaration entry, one
 * role-change entry per role and the role tenures, all in one transaction.
 */
export function declareIncident(
  input: IncidentInput,
  options: DeclareOptions,
): Promise<CommandResult<Incident>> {
  return attemptIncidentWrite(async () => {
    const parsed = incidentInputSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, issues: toIncidentIssues(parsed.error.issues) };
    }
    const now = Date.now();
    if (parsed.data.detectedAt > now) {
      return { ok: false, issues: [{ path: 'detectedAt', code: 'in-future' }] };
    }
    const id = crypto.randomUUID();
    const status: IncidentStatus = options.declareNow ? 'active' : 'detected';
    const incident = await insertDeclaredIncident(
      {
        incident: {
          ...parsed.data,
          id,
          status,
          statusHistory: declarationHistory(
            status === 'active' ? 'active' : 'detected',
            parsed.data.detectedAt,
            now,
            options.by,
          ),
          pinnedEntryIds: [],
        },
        entries: [
          systemEntry('status-change', options.entryText, now, options.by),
          ...options.roles.map((role) =>
            systemEntry('role-change', role.entryText, now, options.by),
          ),
        ],
        tenures: options.roles.map((role) => ({
          id: crypto.randomUUID(),
          roleId: role.roleId,
          personId: role.personId,
          scope: `incident:${id}` as const,
          from: now,
          to: null,
        })),
      },
      now,
    );
    return { ok: true, value: incident };
  });
}

/**
 * Changes an incident's facts (title, severity, audiences…). `entryText` (in the user's language)
 * goes on the timeline as an `update` when not blank, e.g. "Severity SEV 2 → SEV 1". Refuses a
 * detection time in the future or after the incident was first made active (the time-to-declare
 * metric would go negative), writing nothing.
 */
export function updateIncidentFacts(
  incidentId: string,
  input: IncidentInput,
  entryText: string,
  by: string,
): Promise<CommandResult<Incident>> {
  return attemptIncidentWrite(async () => {
    const parsed = incidentInputSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, issues: toIncidentIssues(parsed.error.issues) };
    }
    const now = Date.now();
    if (parsed.data.detectedAt > now) {
      return { ok: false, issues: [{ path: 'detectedAt', code: 'in-future' }] };
    }
    // Read before the write transaction (its refusal codes are the repository's): a first step to
    // active never changes once stored, and one racing in now would sit at about `now`, which the
    // future check above already bounds.
    const stored = await readIncident(incidentId);
    if (stored === undefined) {
      return formFailure('not-found');
    }
    const declaredAt = stored.statusHistory.find((change) => change.to === 'active')?.at;
    if (declaredAt !== undefined && parsed.data.detectedAt > declaredAt) {
      return { ok: false, issues: [{ path: 'detectedAt', code: 'detected-after-declared' }] };
    }
    const entries = entryText.trim() === '' ? [] : [systemEntry('update', entryText, now, by)];
    const { incident } = await appendTimelineEntries(incidentId, entries, now, (row) => ({
      ...row,
      ...parsed.data,
    }));
    return { ok: true, value: incident };
  });
}

/** Moves an incident to `to` now, with a status-change entry (lifecycle rules refuse bad moves). */
export function changeStatus(
  incidentId: string,
  to: IncidentStatus,
  by: string,
  entryText: string,
): Promise<CommandResult<Incident>> {
  return attemptIncidentWrite(async () => {
    const now = Date.now();
    const { incident } = await changeIncidentStatus(
      incidentId,
      to,
      now,
      by,
      systemEntry('status-change', entryText, now, by),
      now,
    );
    return { ok: true, value: incident };
  });
}

/**
 * Adds a timeline entry typed by a person (form or keyboard quick entry). A correction names the
 * entry it supersedes; the original stays in the chain.
 */
export function addTimelineEntry(
  incidentId: string,
  input: TimelineEntryInput,
): Promise<CommandResult<TimelineEntry>> {
  return attemptIncidentWrite(async () => {
    const parsed = timelineEntryInputSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, issues: toIncidentIssues(parsed.error.issues) };
    }
    const now = Date.now();
    const { added } = await appendTimelineEntries(
      incidentId,
      [{ id: crypto.randomUUID(), input: parsed.data }],
      now,
    );
    const entry = added[0];
    return entry === undefined ? formFailure('write-failed') : { ok: true, value: entry };
  });
}

/**
 * Pins or unpins an entry on the incident (shown at the top of the war room). Pins are display
 * state on the incident, not timeline history, so they do not extend the chain.
 */
export function togglePin(incidentId: string, entryId: string): Promise<CommandResult<Incident>> {
  return attemptIncidentWrite(async () => {
    const { incident } = await appendTimelineEntries(incidentId, [], Date.now(), (row) => ({
      ...row,
      pinnedEntryIds: row.pinnedEntryIds.includes(entryId)
        ? row.pinnedEntryIds.filter((id) => id !== entryId)
        : [...row.pinnedEntryIds, entryId],
    }));
    return { ok: true, value: incident };
  });
}

/**
 * Hands a role over to `personId` (null leaves it empty) now, recording who held it from when to
 * when and a role-change entry.
 */
export function handOverRole(
  incidentId: string,
  roleId: string,
  personId: string | null,
  by: string,
  entryText: string,
): Promise<CommandResult<Incident>> {
  return attemptIncidentWrite(async () => {
    const now = Date.now();
    const { incident } = await handOverIncidentRole(
      incidentId,
      roleId,
      personId,
      now,
      systemEntry('role-change', entryText, now, by),
      now,
    );
    return { ok: true, value: incident };
  });
}

/** Creates (taskId null) or changes a task of an incident. */
export function saveTask(
  incidentId: string,
  taskId: string | null,
  input: IncidentTaskInput,
): Promise<CommandResult<IncidentTask>> {
  return attemptIncidentWrite(async () => {
    const parsed = incidentTaskInputSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, issues: toIncidentIssues(parsed.error.issues) };
    }
    if ((await readIncident(incidentId)) === undefined) {
      return formFailure('not-found');
    }
    const now = Date.now();
    if (taskId === null) {
      const task: IncidentTask = {
        ...parsed.data,
        id: crypto.randomUUID(),
        incidentId,
        createdAt: now,
        updatedAt: now,
        doneAt: parsed.data.status === 'done' ? now : null,
      };
      return { ok: true, value: await putIncidentTask(task) };
    }
    const existing = (await readIncidentTasks(incidentId)).find((task) => task.id === taskId);
    if (existing === undefined) {
      return formFailure('not-found');
    }
    return { ok: true, value: await putIncidentTask(updateTask(existing, parsed.data, now)) };
  });
}

/**
 * Records a communication released now (or at `input.releasedAt`), with a communication entry on
 * the timeline. The first external one stops the "time to first statement" clock.
 */
export function recordCommunication(
  incidentId: string,
  input: CommunicationRecordInput,
  by: string,
  entryText: string,
): Promise<CommandResult<CommunicationRecord>> {
  return attemptIncidentWrite(async () => {
    const parsed = communicationRecordInputSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, issues: toIncidentIssues(parsed.error.issues) };
    }
    const now = Date.now();
    const record: CommunicationRecord = {
      ...parsed.data,
      id: crypto.randomUUID(),
      incidentId,
      legalApprovedAt: parsed.data.legalApprovedBy === null ? null : now,
      spokespersonApprovedAt: parsed.data.spokespersonApprovedBy === null ? null : now,
      createdAt: now,
    };
    await insertCommunication(
      record,
      systemEntry('communication', entryText, parsed.data.releasedAt, by, parsed.data.isExternal),
      now,
    );
    return { ok: true, value: record };
  });
}

/** Creates (deadlineId null) or changes a deadline entered as a local time in a time zone. */
export function saveDeadline(
  incidentId: string,
  deadlineId: string | null,
  input: DeadlineInput,
): Promise<CommandResult<Deadline>> {
  return attemptIncidentWrite(async () => {
    const parsed = deadlineInputSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, issues: toIncidentIssues(parsed.error.issues) };
    }
    const dueAt = deadlineInstant(parsed.data.local, parsed.data.timeZone);
    if (dueAt === null) {
      return { ok: false, issues: [{ path: 'local', code: 'invalid-date' }] };
    }
    if ((await readIncident(incidentId)) === undefined) {
      return formFailure('not-found');
    }
    const existing =
      deadlineId === null
        ? undefined
        : (await readIncidentDeadlines(incidentId)).find((deadline) => deadline.id === deadlineId);
    if (deadlineId !== null && existing === undefined) {
      return formFailure('not-found');
    }
    const deadline: Deadline = {
      ...parsed.data,
      id: existing?.id ?? crypto.randomUUID(),
      incidentId,
      dueAt,
      createdAt: existing?.createdAt ?? Date.now(),
      metAt: existing?.metAt ?? null,
    };
    return { ok: true, value: await putIncidentDeadline(deadline) };
  });
}

/** Marks a deadline met now (or not met again with `isMet` false). */
export function setDeadlineMet(
  incidentId: string,
  deadlineId: string,
  isMet: boolean,
): Promise<CommandResult<Deadline>> {
  return attemptIncidentWrite(async () => {
    const existing = (await readIncidentDeadlines(incidentId)).find(
      (deadline) => deadline.id === deadlineId,
    );
    if (existing === undefined) {
      return formFailure('not-found');
    }
    return {
      ok: true,
      value: await putIncidentDeadline({ ...existing, metAt: isMet ? Date.now() : null }),
    };
  });
}

/** Writes a situation report, kept in the incident's history with an `update` timeline entry. */
export function addSituationReport(
  incidentId: string,
  input: SituationReportInput,
  author: string,
  entryText: string,
): Promise<CommandResult<SituationReport>> {
  return attemptIncidentWrite(async () => {
    const parsed = situationReportInputSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, issues: toIncidentIssues(parsed.error.issues) };
    }
    const now = Date.now();
    const report: SituationReport = {
      ...parsed.data,
      id: crypto.randomUUID(),
      incidentId,
      author: author.trim(),
      createdAt: now,
    };
    await insertSituationReport(report, systemEntry('update', entryText, now, author), now);
    return { ok: true, value: report };
  });
}
