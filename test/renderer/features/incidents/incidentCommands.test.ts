import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import {
  readIncident,
  readIncidentCommunications,
  readIncidentTenures,
  readTimeline,
} from '../../../../renderer/src/db/repositories/incidentRepository';
import {
  addSituationReport,
  addTimelineEntry,
  changeStatus,
  declareIncident,
  handOverRole,
  incidentIssueMessageKey,
  recordCommunication,
  saveDeadline,
  saveTask,
  togglePin,
  updateIncidentFacts,
} from '../../../../renderer/src/features/incidents/incidentCommands';
import type { CommandResult } from '../../../../renderer/src/lib/commandResult';
import { useAppStore } from '../../../../renderer/src/stores/appStore';
import type { IncidentInput } from '../../../../shared/domain/incidents/incident';
import { incidentMetrics } from '../../../../shared/domain/incidents/metrics';
import { firstExternalStatementAt } from '../../../../shared/domain/incidents/communications';
import { verifyTimeline } from '../../../../shared/domain/incidents/timeline';

const db = getDatabase();
const minute = 60_000;
const start = Date.UTC(2026, 10, 22, 1, 0);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useAppStore.setState(useAppStore.getInitialState(), true);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

/** The value of a successful result; fails the test with the issues otherwise. */
function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** The issues of a failed result. */
function issuesOf<T>(result: CommandResult<T>): { path: string; code: string }[] {
  if (result.ok) {
    throw new Error('expected a refusal');
  }
  return result.issues;
}

/** A data-breach incident detected five minutes ago. */
function input(overrides: Partial<IncidentInput> = {}): IncidentInput {
  return {
    title: '會員資料外洩',
    crisisTypeId: 'data-breach',
    severityId: 'sev-1',
    priority: 'p1',
    detectionSource: 'monitoring',
    detectionNote: '',
    summary: '',
    startedAt: null,
    detectedAt: start - 5 * minute,
    affectedAudiences: ['customers'],
    tags: ['個資'],
    visibility: 'normal',
    riskIds: [],
    isExercise: false,
    ...overrides,
  };
}

/** Declares the incident with a commander. */
async function declared() {
  return valueOf(
    await declareIncident(input(), {
      declareNow: true,
      by: '陳美玲',
      entryText: 'Declared SEV 1',
      roles: [{ roleId: 'commander', personId: 'person-1', entryText: 'Commander: 陳美玲' }],
    }),
  );
}

describe('incident commands', () => {
  it('declares with its first entries and roles, and refuses bad input without writing', async () => {
    expect(
      issuesOf(
        await declareIncident(input({ title: ' ', detectedAt: start + minute }), {
          declareNow: true,
          by: '',
          entryText: 'x',
          roles: [],
        }),
      ),
    ).toEqual([{ path: 'title', code: 'required' }]);
    expect(
      issuesOf(
        await declareIncident(input({ detectedAt: start + minute }), {
          declareNow: true,
          by: '',
          entryText: 'x',
          roles: [],
        }),
      ),
    ).toEqual([{ path: 'detectedAt', code: 'in-future' }]);
    expect(await db.incidents.count()).toBe(0);

    const incident = await declared();
    expect(incident).toMatchObject({ reference: 'INC-0001', status: 'active' });
    expect(incident.statusHistory.map(({ from, to }) => [from, to])).toEqual([
      [null, 'detected'],
      ['detected', 'active'],
    ]);
    expect((await readTimeline(incident.id)).map((entry) => entry.kind)).toEqual([
      'status-change',
      'role-change',
    ]);
    expect((await readIncidentTenures(incident.id))[0]).toMatchObject({
      roleId: 'commander',
      personId: 'person-1',
      to: null,
    });
  });

  it('runs the lifecycle with timestamps, refuses a bad move, and reopens', async () => {
    const incident = await declared();
    vi.setSystemTime(start + 30 * minute);
    valueOf(await changeStatus(incident.id, 'stable', 'Ann', 'Stable'));
    expect(issuesOf(await changeStatus(incident.id, 'detected', 'Ann', 'x'))).toEqual([
      { path: '', code: 'invalid-transition' },
    ]);
    vi.setSystemTime(start + 60 * minute);
    valueOf(await changeStatus(incident.id, 'closed', 'Ann', 'Closed'));
    vi.setSystemTime(start + 70 * minute);
    const reopened = valueOf(await changeStatus(incident.id, 'active', 'Ann', 'Reopened'));
    expect(reopened.statusHistory.map(({ to, at }) => [to, at - start])).toEqual([
      ['detected', -5 * minute],
      ['active', 0],
      ['stable', 30 * minute],
      ['closed', 60 * minute],
      ['active', 70 * minute],
    ]);
    const timeline = await readTimeline(incident.id);
    expect(verifyTimeline(timeline, incident.id, reopened.timelineHead)).toMatchObject({
      isIntact: true,
      count: 5,
    });
  });

  it('adds keyboard entries and corrections, pins without extending the chain', async () => {
    const incident = await declared();
    const entry = valueOf(
      await addTimelineEntry(incident.id, {
        kind: 'decision',
        at: start,
        author: '陳美玲',
        source: 'keyboard',
        isExternal: false,
        text: 'Take the member portal offline',
        supersedesId: null,
      }),
    );
    const correction = valueOf(
      await addTimelineEntry(incident.id, {
        kind: 'decision',
        at: start,
        author: '陳美玲',
        source: 'keyboard',
        isExternal: false,
        text: 'Take the member portal and the app offline',
        supersedesId: entry.id,
      }),
    );
    expect(correction.supersedesId).toBe(entry.id);
    expect(
      issuesOf(
        await addTimelineEntry(incident.id, {
          kind: 'note',
          at: start,
          author: '',
          source: 'keyboard',
          isExternal: false,
          text: 'again',
          supersedesId: entry.id,
        }),
      ),
    ).toEqual([{ path: '', code: 'already-superseded' }]);
    const pinned = valueOf(await togglePin(incident.id, correction.id));
    expect(pinned.pinnedEntryIds).toEqual([correction.id]);
    expect(pinned.timelineHead.count).toBe(4);
  });

  it('hands the commander over and records the first external statement', async () => {
    const incident = await declared();
    vi.setSystemTime(start + 20 * minute);
    valueOf(await handOverRole(incident.id, 'commander', 'person-2', 'Ann', 'Commander → David'));
    const tenures = await readIncidentTenures(incident.id);
    expect(tenures.map(({ personId, to }) => [personId, to])).toEqual([
      ['person-1', start + 20 * minute],
      ['person-2', null],
    ]);
    vi.setSystemTime(start + 45 * minute);
    valueOf(
      await recordCommunication(
        incident.id,
        {
          audienceId: 'customers',
          channelId: 'website',
          templateId: null,
          statementId: null,
          text: '我們正在調查會員資料外洩事件。',
          isExternal: true,
          legalApprovedBy: '林律師',
          spokespersonApprovedBy: null,
          releasedAt: start + 45 * minute,
        },
        'Ann',
        'Holding statement to customers',
      ),
    );
    const records = await readIncidentCommunications(incident.id);
    const stored = await readIncident(incident.id);
    if (stored === undefined) throw new Error('missing incident');
    expect(
      incidentMetrics({
        incident: stored,
        firstExternalStatementAt: firstExternalStatementAt(records),
      }).timeToFirstStatement,
    ).toBe(50 * minute);
  });

  it('validates tasks, deadlines, situation reports and facts', async () => {
    const incident = await declared();
    expect(
      issuesOf(
        await saveTask(incident.id, null, {
          title: '',
          ownerPersonId: null,
          ownerRoleId: null,
          dueAt: null,
          status: 'open',
          sopRunId: null,
          sopStepId: null,
          note: '',
        }),
      ),
    ).toEqual([{ path: 'title', code: 'required' }]);
    const deadline = valueOf(
      await saveDeadline(incident.id, null, {
        label: 'Regulator notification',
        local: '2026-11-24T18:00',
        timeZone: 'Europe/London',
        note: '',
        setBy: 'Counsel',
      }),
    );
    expect(deadline.dueAt).toBe(Date.UTC(2026, 10, 24, 18, 0));
    expect(
      issuesOf(
        await addSituationReport(
          incident.id,
          { kind: 'tactical', conditions: ' ', actions: '', needs: '' },
          'Ann',
          'Tactical report',
        ),
      )[0]?.code,
    ).toBe('empty-report');
    const changed = valueOf(
      await updateIncidentFacts(
        incident.id,
        input({ severityId: 'sev-2' }),
        'SEV 1 → SEV 2',
        'Ann',
      ),
    );
    expect(changed.severityId).toBe('sev-2');
    expect((await readTimeline(incident.id)).at(-1)).toMatchObject({
      kind: 'update',
      text: 'SEV 1 → SEV 2',
    });
    expect(incidentIssueMessageKey('in-future')).toBe('incidents.validation.in-future');
    expect(incidentIssueMessageKey('storage-full')).toBe('errors.storage-full');
  });

  it('refuses a changed detection time in the future or after the declaration, writing nothing', async () => {
    const incident = await declared();
    const declaredAt = incident.statusHistory.find((change) => change.to === 'active')?.at;
    expect(declaredAt).toBe(start);
    vi.setSystemTime(start + 30 * minute);
    const entriesBefore = (await readTimeline(incident.id)).length;

    expect(
      issuesOf(
        await updateIncidentFacts(
          incident.id,
          input({ detectedAt: start + 31 * minute }),
          'x',
          'Ann',
        ),
      ),
    ).toEqual([{ path: 'detectedAt', code: 'in-future' }]);
    expect(
      issuesOf(
        await updateIncidentFacts(incident.id, input({ detectedAt: start + minute }), 'x', 'Ann'),
      ),
    ).toEqual([{ path: 'detectedAt', code: 'detected-after-declared' }]);
    expect(await readIncident(incident.id)).toEqual(incident);
    expect(await readTimeline(incident.id)).toHaveLength(entriesBefore);
    expect(incidentIssueMessageKey('detected-after-declared')).toBe(
      'incidents.validation.detected-after-declared',
    );

    expect(
      valueOf(await updateIncidentFacts(incident.id, input({ detectedAt: start }), '', 'Ann'))
        .detectedAt,
    ).toBe(start);
  });

  it('lets an incident not yet declared move its detection time up to now', async () => {
    const detected = valueOf(
      await declareIncident(input(), { declareNow: false, by: '', entryText: 'Logged', roles: [] }),
    );
    vi.setSystemTime(start + 30 * minute);
    expect(
      valueOf(
        await updateIncidentFacts(
          detected.id,
          input({ detectedAt: start + 20 * minute }),
          '',
          'Ann',
        ),
      ).detectedAt,
    ).toBe(start + 20 * minute);
  });
});
