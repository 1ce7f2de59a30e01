import type { RoleTenure } from '../../../../shared/domain/roster/crisisRoles';
import type { CommunicationRecord } from '../../../../shared/domain/incidents/communications';
import type { Deadline } from '../../../../shared/domain/incidents/clocks';
import { incidentReference } from '../../../../shared/domain/incidents/incident';
import type { Incident, IncidentStatus } from '../../../../shared/domain/incidents/incident';
import { changeStatus } from '../../../../shared/domain/incidents/lifecycle';
import type { StatusChangeRefusalCode } from '../../../../shared/domain/incidents/lifecycle';
import type { SituationReport } from '../../../../shared/domain/incidents/sitreps';
import type { IncidentTask } from '../../../../shared/domain/incidents/tasks';
import { appendEntry, emptyTimelineHead } from '../../../../shared/domain/incidents/timeline';
import type {
  AppendEntryRefusalCode,
  TimelineEntry,
  TimelineEntryInput,
} from '../../../../shared/domain/incidents/timeline';
import type { SopRun } from '../../../../shared/domain/sops/sopRuns';
import { getDatabase } from '../database';
import type { CrisisRoomDatabase, IncidentRow } from '../database';
import { runWrite } from '../writeErrors';

/**
 * Incident command's storage: incidents, their append-only hash-chained timeline, role hand-offs
 * (role tenures scoped `incident:<id>`), tasks, communications, deadlines and situation reports.
 * Every write that adds timeline entries reads the chain's tail and moves the incident's
 * `timelineHead` in the same transaction, and the timeline's `[incidentId+sequence]` index is
 * unique, so two windows can never both write entry N and a removed tail is detectable.
 */

/** The domain incident of a stored row (the row only adds `sequence`). */
function toIncident(row: IncidentRow): Incident {
  const { sequence: _sequence, ...incident } = row;
  return incident;
}

/** Every incident, newest detection first. */
export async function readIncidents(db: CrisisRoomDatabase = getDatabase()): Promise<Incident[]> {
  const rows = await db.incidents.toArray();
  return rows.map(toIncident).sort((a, b) => b.detectedAt - a.detectedAt);
}

/** One incident, or undefined. */
export async function readIncident(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Incident | undefined> {
  const row = await db.incidents.get(id);
  return row === undefined ? undefined : toIncident(row);
}

/** Incidents that are not closed, newest detection first. */
export async function readOpenIncidents(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Incident[]> {
  const rows = await db.incidents.where('status').anyOf('detected', 'active', 'stable').toArray();
  return rows.map(toIncident).sort((a, b) => b.detectedAt - a.detectedAt);
}

/** An incident's timeline in chain order (by sequence). */
export function readTimeline(
  incidentId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<TimelineEntry[]> {
  return db.incidentTimeline
    .where('[incidentId+sequence]')
    .between([incidentId, -Infinity], [incidentId, Infinity])
    .toArray();
}

/** The role tenures of an incident (hand-offs), oldest first. */
export async function readIncidentTenures(
  incidentId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<RoleTenure[]> {
  const scope = `incident:${incidentId}`;
  const rows = await db.roleTenures.filter((tenure) => tenure.scope === scope).toArray();
  return rows.sort((a, b) => a.from - b.from || a.id.localeCompare(b.id));
}

/** The tasks of an incident, in creation order. */
export async function readIncidentTasks(
  incidentId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<IncidentTask[]> {
  const rows = await db.incidentTasks.where('incidentId').equals(incidentId).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

/** The communications of an incident, by release time. */
export async function readIncidentCommunications(
  incidentId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<CommunicationRecord[]> {
  const rows = await db.incidentCommunications.where('incidentId').equals(incidentId).toArray();
  return rows.sort((a, b) => a.releasedAt - b.releasedAt);
}

/** The deadlines of an incident, by due time. */
export async function readIncidentDeadlines(
  incidentId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Deadline[]> {
  const rows = await db.incidentDeadlines.where('incidentId').equals(incidentId).toArray();
  return rows.sort((a, b) => a.dueAt - b.dueAt);
}

/** The situation reports of an incident, newest first. */
export function readSituationReports(
  incidentId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SituationReport[]> {
  return db.situationReports
    .where('[incidentId+createdAt]')
    .between([incidentId, -Infinity], [incidentId, Infinity])
    .reverse()
    .toArray();
}

/** The SOP runs attached to an incident, newest first. */
export async function readIncidentSopRuns(
  incidentId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SopRun[]> {
  const rows = await db.sopRuns.where('incidentId').equals(incidentId).toArray();
  return rows.sort((a, b) => b.activatedAt - a.activatedAt);
}

/** Name of the counter holding the highest incident reference number ever given. */
const sequenceCounter = 'incidentSequence';

/** Why an incident write was refused before anything was stored. */
export type IncidentRefusalCode = AppendEntryRefusalCode | StatusChangeRefusalCode | 'not-found';

/**
 * A write refused by a shared rule (a timeline entry or status change the rules do not allow) or
 * because the incident is gone. Thrown inside the transaction, so it aborts it; `runWrite`
 * rethrows it as the `cause` of a StorageWriteError, and {@link incidentRefusalOf} finds it.
 */
export class IncidentWriteRefusal extends Error {
  /** The refusal code. */
  readonly code: IncidentRefusalCode;

  constructor(code: IncidentRefusalCode) {
    super(`The incident change was refused: ${code}.`);
    this.name = 'IncidentWriteRefusal';
    this.code = code;
  }
}

/** The refusal code behind a failed incident write, or null for a storage failure. */
export function incidentRefusalOf(error: unknown): IncidentRefusalCode | null {
  if (error instanceof IncidentWriteRefusal) {
    return error.code;
  }
  if (error instanceof Error && error.cause instanceof IncidentWriteRefusal) {
    return error.cause.code;
  }
  return null;
}

/** One entry to append: its id (made by the caller) and its fields. */
export type NewTimelineEntry = { id: string; input: TimelineEntryInput };

/**
 * Appends entries to an incident's chain inside the caller's transaction: reads the tail, links
 * and hashes each entry, adds them (the unique index refuses a sequence taken meanwhile) and
 * returns the new head. Throws {@link IncidentWriteRefusal} when a rule refuses an entry, which
 * aborts the whole transaction.
 */
async function appendWithin(
  db: CrisisRoomDatabase,
  incidentId: string,
  entries: readonly NewTimelineEntry[],
  recordedAt: number,
): Promise<{ added: TimelineEntry[]; head: Incident['timelineHead'] }> {
  const chain = await readTimeline(incidentId, db);
  const known: TimelineEntry[] = [...chain];
  const added: TimelineEntry[] = [];
  for (const { id, input } of entries) {
    const result = appendEntry(known.at(-1), incidentId, id, input, recordedAt, known);
    if (!result.ok) {
      throw new IncidentWriteRefusal(result.code);
    }
    known.push(result.value);
    added.push(result.value);
  }
  await db.incidentTimeline.bulkAdd(added);
  const last = known.at(-1);
  return {
    added,
    head: last === undefined ? emptyTimelineHead : { count: known.length, hash: last.hash },
  };
}

/** What declaring an incident writes, all at once. */
export type IncidentDeclaration = {
  /** The incident without its reference, timeline head and times (the repository adds them). */
  incident: Omit<Incident, 'reference' | 'timelineHead' | 'createdAt' | 'updatedAt'>;
  /** The first timeline entries (the declaration, then one per role assignment). */
  entries: NewTimelineEntry[];
  /** Who holds which role in this incident from the declaration on. */
  tenures: RoleTenure[];
};

/**
 * Declares an incident in one transaction: gives it the next reference, stores it, appends its
 * first timeline entries and records its role assignments. Any failure (a refused entry, a full
 * disk) leaves nothing behind.
 */
export function insertDeclaredIncident(
  declaration: IncidentDeclaration,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Incident> {
  return runWrite(
    db,
    [db.incidents, db.counters, db.incidentTimeline, db.roleTenures],
    async () => {
      const [counter, last] = await Promise.all([
        db.counters.get(sequenceCounter),
        db.incidents.orderBy('sequence').last(),
      ]);
      const sequence = Math.max(counter?.value ?? 0, last?.sequence ?? 0) + 1;
      await db.counters.put({ name: sequenceCounter, value: sequence });
      const row: IncidentRow = {
        ...declaration.incident,
        reference: incidentReference(sequence),
        sequence,
        timelineHead: emptyTimelineHead,
        createdAt: now,
        updatedAt: now,
      };
      await db.incidents.add(row);
      const { head } = await appendWithin(db, row.id, declaration.entries, now);
      await db.roleTenures.bulkAdd(declaration.tenures);
      const stored: IncidentRow = { ...row, timelineHead: head };
      await db.incidents.put(stored);
      return toIncident(stored);
    },
  );
}

/** Reads an incident row inside a transaction or fails with `not-found`. */
async function incidentRowOrFail(db: CrisisRoomDatabase, id: string): Promise<IncidentRow> {
  const row = await db.incidents.get(id);
  if (row === undefined) {
    throw new IncidentWriteRefusal('not-found');
  }
  return row;
}

/**
 * Appends entries to an incident's timeline and moves its head, in one transaction; `change`
 * may also edit the incident row (a status change, a pin). Returns the stored incident and the
 * entries added.
 */
export function appendTimelineEntries(
  incidentId: string,
  entries: readonly NewTimelineEntry[],
  now: number,
  change: (row: IncidentRow) => IncidentRow = (row) => row,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<{ incident: Incident; added: TimelineEntry[] }> {
  return runWrite(db, [db.incidents, db.incidentTimeline], async () => {
    const row = change(await incidentRowOrFail(db, incidentId));
    const { added, head } = await appendWithin(db, incidentId, entries, now);
    const stored: IncidentRow = { ...row, timelineHead: head, updatedAt: now };
    await db.incidents.put(stored);
    return { incident: toIncident(stored), added };
  });
}

/**
 * Moves an incident to `to` at `at` and records the change on its timeline (`entry`), in one
 * transaction. Throws {@link IncidentWriteRefusal} with the lifecycle's code when refused.
 */
export function changeIncidentStatus(
  incidentId: string,
  to: IncidentStatus,
  at: number,
  by: string,
  entry: NewTimelineEntry,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<{ incident: Incident; added: TimelineEntry[] }> {
  return appendTimelineEntries(
    incidentId,
    [entry],
    now,
    (row) => {
      const result = changeStatus(row, to, at, by);
      if (!result.ok) {
        throw new IncidentWriteRefusal(result.code);
      }
      return { ...row, ...result.value };
    },
    db,
  );
}

/**
 * Hands a role over in an incident: ends the role's open tenure in this incident at `at`, starts
 * one for `personId` (none when null: the role is left empty) and records the change on the
 * timeline, in one transaction.
 */
export function handOverIncidentRole(
  incidentId: string,
  roleId: string,
  personId: string | null,
  at: number,
  entry: NewTimelineEntry,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<{ incident: Incident; added: TimelineEntry[] }> {
  const scope = `incident:${incidentId}` as const;
  return runWrite(db, [db.incidents, db.incidentTimeline, db.roleTenures], async () => {
    const open = await db.roleTenures
      .where('[roleId+from]')
      .between([roleId, -Infinity], [roleId, Infinity])
      .filter((tenure) => tenure.scope === scope && tenure.to === null)
      .toArray();
    for (const tenure of open) {
      await db.roleTenures.put({ ...tenure, to: at });
    }
    if (personId !== null) {
      await db.roleTenures.add({
        id: crypto.randomUUID(),
        roleId,
        personId,
        scope,
        from: at,
        to: null,
      });
    }
    return appendTimelineEntries(incidentId, [entry], now, undefined, db);
  });
}

/** Stores a task (new or changed). */
export async function putIncidentTask(
  task: IncidentTask,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<IncidentTask> {
  await runWrite(db, [db.incidentTasks], () => db.incidentTasks.put(task));
  return task;
}

/**
 * Records a released communication and its timeline entry in one transaction: the first
 * external one stops the "time to first statement" clock.
 */
export function insertCommunication(
  record: CommunicationRecord,
  entry: NewTimelineEntry,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<{ incident: Incident; added: TimelineEntry[] }> {
  return runWrite(db, [db.incidents, db.incidentTimeline, db.incidentCommunications], async () => {
    await db.incidentCommunications.add(record);
    return appendTimelineEntries(record.incidentId, [entry], now, undefined, db);
  });
}

/** Stores a deadline (new or changed). */
export async function putIncidentDeadline(
  deadline: Deadline,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Deadline> {
  await runWrite(db, [db.incidentDeadlines], () => db.incidentDeadlines.put(deadline));
  return deadline;
}

/** Stores a situation report and its timeline entry in one transaction. */
export function insertSituationReport(
  report: SituationReport,
  entry: NewTimelineEntry,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<{ incident: Incident; added: TimelineEntry[] }> {
  return runWrite(db, [db.incidents, db.incidentTimeline, db.situationReports], async () => {
    await db.situationReports.add(report);
    return appendTimelineEntries(report.incidentId, [entry], now, undefined, db);
  });
}
