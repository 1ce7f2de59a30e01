import { describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../renderer/src/db/database';
import {
  appendTimelineEntries,
  changeIncidentStatus,
  handOverIncidentRole,
  incidentRefusalOf,
  insertCommunication,
  insertDeclaredIncident,
  readIncident,
  readIncidentTenures,
  readOpenIncidents,
  readTimeline,
} from '../../../../renderer/src/db/repositories/incidentRepository';
import type {
  IncidentDeclaration,
  NewTimelineEntry,
} from '../../../../renderer/src/db/repositories/incidentRepository';
import { declarationHistory } from '../../../../shared/domain/incidents/lifecycle';
import { verifyTimeline } from '../../../../shared/domain/incidents/timeline';
import type { TimelineEntryInput } from '../../../../shared/domain/incidents/timeline';
import { useFreshDatabases } from '../openDatabaseAt';

const detectedAt = Date.UTC(2026, 10, 22, 1, 0);
const declaredAt = detectedAt + 10 * 60_000;
const freshDatabase = useFreshDatabases('incidents');

/** A timeline entry to append. */
function entry(
  id: string,
  text: string,
  overrides: Partial<TimelineEntryInput> = {},
): NewTimelineEntry {
  return {
    id,
    input: {
      kind: 'note',
      at: declaredAt,
      author: '陳美玲',
      source: 'manual',
      isExternal: false,
      text,
      supersedesId: null,
      ...overrides,
    },
  };
}

/** A data-breach declaration with a commander and a spokesperson. */
function declaration(
  id: string,
  overrides: Partial<IncidentDeclaration> = {},
): IncidentDeclaration {
  return {
    incident: {
      id,
      title: '會員資料外洩',
      crisisTypeId: 'data-breach',
      severityId: 'sev-1',
      priority: 'p1',
      detectionSource: 'monitoring',
      detectionNote: '',
      summary: '',
      startedAt: null,
      detectedAt,
      affectedAudiences: ['customers'],
      tags: [],
      visibility: 'normal',
      riskIds: [],
      isExercise: false,
      status: 'active',
      statusHistory: declarationHistory('active', detectedAt, declaredAt, '陳美玲'),
      pinnedEntryIds: [],
    },
    entries: [
      entry(`${id}-declared`, 'Declared SEV 1', { kind: 'status-change' }),
      entry(`${id}-commander`, 'Commander: 陳美玲', { kind: 'role-change' }),
    ],
    tenures: [
      {
        id: `${id}-tenure-commander`,
        roleId: 'commander',
        personId: 'person-1',
        scope: `incident:${id}`,
        from: declaredAt,
        to: null,
      },
    ],
    ...overrides,
  };
}

/** Every row count the declaration touches. */
async function counts(db: CrisisRoomDatabase) {
  return {
    incidents: await db.incidents.count(),
    timeline: await db.incidentTimeline.count(),
    tenures: await db.roleTenures.count(),
    counter: (await db.counters.get('incidentSequence'))?.value ?? 0,
  };
}

describe('incident repository', () => {
  it('declares an incident with its first entries and roles in one go, chain and head intact', async () => {
    const db = await freshDatabase();
    const incident = await insertDeclaredIncident(declaration('incident-1'), declaredAt, db);
    expect(incident).toMatchObject({ reference: 'INC-0001', status: 'active' });
    const timeline = await readTimeline('incident-1', db);
    expect(timeline.map((row) => [row.sequence, row.kind])).toEqual([
      [0, 'status-change'],
      [1, 'role-change'],
    ]);
    expect(incident.timelineHead).toEqual({ count: 2, hash: timeline[1]?.hash });
    expect(verifyTimeline(timeline, 'incident-1', incident.timelineHead)).toEqual({
      isIntact: true,
      count: 2,
    });
    expect(await readIncidentTenures('incident-1', db)).toHaveLength(1);
    const second = await insertDeclaredIncident(declaration('incident-2'), declaredAt, db);
    expect(second.reference).toBe('INC-0002');
    expect((await readOpenIncidents(db)).map(({ id }) => id).sort()).toEqual([
      'incident-1',
      'incident-2',
    ]);
  });

  it('leaves nothing behind when a timeline entry is refused', async () => {
    const db = await freshDatabase();
    const broken = declaration('incident-1');
    broken.entries.push(entry('bad', 'Correction', { supersedesId: 'no-such-entry' }));
    const failure = await insertDeclaredIncident(broken, declaredAt, db).catch(
      (error: unknown) => error,
    );
    expect(incidentRefusalOf(failure)).toBe('unknown-superseded');
    expect(await counts(db)).toEqual({ incidents: 0, timeline: 0, tenures: 0, counter: 0 });
  });

  it('leaves nothing behind when the role assignments cannot be written', async () => {
    const db = await freshDatabase();
    await db.roleTenures.add({
      id: 'incident-1-tenure-commander',
      roleId: 'scribe',
      personId: 'person-9',
      scope: 'roster',
      from: 0,
      to: null,
    });
    await expect(
      insertDeclaredIncident(declaration('incident-1'), declaredAt, db),
    ).rejects.toThrow();
    expect(await counts(db)).toEqual({ incidents: 0, timeline: 0, tenures: 1, counter: 0 });
  });

  it('appends in order from two writers at once and keeps the head with the chain', async () => {
    const db = await freshDatabase();
    await insertDeclaredIncident(declaration('incident-1'), declaredAt, db);
    await Promise.all([
      appendTimelineEntries(
        'incident-1',
        [entry('a', 'Called the regulator')],
        declaredAt + 1,
        undefined,
        db,
      ),
      appendTimelineEntries(
        'incident-1',
        [entry('b', 'Reset passwords')],
        declaredAt + 2,
        undefined,
        db,
      ),
    ]);
    const timeline = await readTimeline('incident-1', db);
    expect(timeline.map((row) => row.sequence)).toEqual([0, 1, 2, 3]);
    const incident = await readIncident('incident-1', db);
    expect(incident?.timelineHead.count).toBe(4);
    expect(
      verifyTimeline(timeline, 'incident-1', incident?.timelineHead ?? { count: 0, hash: '' }),
    ).toMatchObject({ isIntact: true });
  });

  it('refuses a status change the lifecycle does not allow, writing nothing', async () => {
    const db = await freshDatabase();
    await insertDeclaredIncident(declaration('incident-1'), declaredAt, db);
    const failure = await changeIncidentStatus(
      'incident-1',
      'active',
      declaredAt + 5,
      'Ann',
      entry('same', 'Active again', { kind: 'status-change' }),
      declaredAt + 5,
      db,
    ).catch((error: unknown) => error);
    expect(incidentRefusalOf(failure)).toBe('same-status');
    expect(await db.incidentTimeline.count()).toBe(2);
    const { incident } = await changeIncidentStatus(
      'incident-1',
      'stable',
      declaredAt + 60_000,
      'Ann',
      entry('stable', 'Stable', { kind: 'status-change' }),
      declaredAt + 60_000,
      db,
    );
    expect(incident.status).toBe('stable');
    expect(incident.statusHistory.at(-1)).toMatchObject({ from: 'active', to: 'stable' });
    expect(incident.timelineHead.count).toBe(3);
    const missing = await changeIncidentStatus(
      'nope',
      'stable',
      declaredAt,
      'Ann',
      entry('x', 'x'),
      declaredAt,
      db,
    ).catch((error: unknown) => error);
    expect(incidentRefusalOf(missing)).toBe('not-found');
  });

  it('hands a role over: the old tenure ends, the new one starts, the timeline says so', async () => {
    const db = await freshDatabase();
    await insertDeclaredIncident(declaration('incident-1'), declaredAt, db);
    const handOver = declaredAt + 3_600_000;
    await handOverIncidentRole(
      'incident-1',
      'commander',
      'person-2',
      handOver,
      entry('handover', 'Commander: 陳美玲 → David Lin', { kind: 'role-change' }),
      handOver,
      db,
    );
    const tenures = await readIncidentTenures('incident-1', db);
    expect(tenures.map(({ personId, from, to }) => [personId, from, to])).toEqual([
      ['person-1', declaredAt, handOver],
      ['person-2', handOver, null],
    ]);
    expect((await readTimeline('incident-1', db)).at(-1)?.kind).toBe('role-change');
  });

  it('records a communication with its timeline entry in one transaction', async () => {
    const db = await freshDatabase();
    await insertDeclaredIncident(declaration('incident-1'), declaredAt, db);
    const record = {
      id: 'comm-1',
      incidentId: 'incident-1',
      audienceId: 'customers',
      channelId: 'website',
      templateId: null,
      statementId: null,
      text: '我們正在調查。',
      isExternal: true,
      legalApprovedBy: '林律師',
      spokespersonApprovedBy: null,
      legalApprovedAt: declaredAt,
      spokespersonApprovedAt: null,
      releasedAt: declaredAt + 1,
      createdAt: declaredAt + 1,
    };
    await insertCommunication(
      record,
      entry('comm-entry', 'Holding statement', { kind: 'communication', isExternal: true }),
      declaredAt + 1,
      db,
    );
    expect(await db.incidentCommunications.count()).toBe(1);
    const failure = await insertCommunication(
      { ...record, id: 'comm-2', incidentId: 'missing' },
      entry('comm-entry-2', 'x', { kind: 'communication' }),
      declaredAt + 2,
      db,
    ).catch((error: unknown) => error);
    expect(incidentRefusalOf(failure)).toBe('not-found');
    expect(await db.incidentCommunications.count()).toBe(1);
  });
});
