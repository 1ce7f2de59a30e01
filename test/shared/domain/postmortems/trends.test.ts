import { describe, expect, it } from 'vitest';
import type { StatusChange } from '../../../../shared/domain/incidents/incident';
import type { Cause } from '../../../../shared/domain/postmortems/postmortem';
import { incidentTrends, untypedKey } from '../../../../shared/domain/postmortems/trends';
import type { TrendOptions, TrendsInput } from '../../../../shared/domain/postmortems/trends';

const minute = 60_000;

type TestIncident = TrendsInput['incidents'][number];

/** An incident detected at `detectedAt`, active after 5 minutes, stable after `stableAfter` minutes. */
function incident(
  id: string,
  detectedAt: number,
  overrides: Partial<TestIncident> & { stableAfter?: number | null } = {},
): TestIncident {
  const { stableAfter = null, ...rest } = overrides;
  const history: StatusChange[] = [
    { from: null, to: 'detected', at: detectedAt, by: '' },
    { from: 'detected', to: 'active', at: detectedAt + 5 * minute, by: '' },
  ];
  if (stableAfter !== null) {
    history.push({ from: 'active', to: 'stable', at: detectedAt + stableAfter * minute, by: '' });
  }
  return {
    id,
    crisisTypeId: 'data-breach',
    severityId: 'sev-2',
    detectedAt,
    startedAt: null,
    statusHistory: history,
    isExercise: false,
    ...rest,
  };
}

const baseOptions: TrendOptions = {
  includeExercises: false,
  period: 'month',
  timeZone: 'UTC',
  today: '2026-06-15',
};

/** The trends of `incidents` alone (no statements, postmortems or action items) with `options`. */
function trendsOf(incidents: TestIncident[], options: Partial<TrendOptions> = {}) {
  return incidentTrends({
    incidents,
    firstStatementAtByIncident: new Map(),
    postmortems: [],
    actionItems: [],
    options: { ...baseOptions, ...options },
  });
}

/** A postmortem of `incidentId` with `causes` (kind, category, text). */
function postmortemOf(incidentId: string, causes: [Cause['kind'], Cause['category'], string][]) {
  return {
    incidentId,
    content: {
      causes: causes.map(([kind, category, text], index) => ({
        id: `${incidentId}-cause-${String(index)}`,
        kind,
        category,
        text,
      })),
    },
  };
}

describe('incidentTrends periods', () => {
  // 2026-03-31 17:00 UTC is 2026-04-01 01:00 in Taipei (UTC+8).
  const atMonthBoundary = Date.UTC(2026, 2, 31, 17, 0);

  it('buckets an incident by its detection date in the chosen time zone', () => {
    const incidents = [incident('a', atMonthBoundary)];
    expect(trendsOf(incidents, { timeZone: 'UTC' }).periods).toEqual(['2026-03']);
    expect(trendsOf(incidents, { timeZone: 'Asia/Taipei' }).periods).toEqual(['2026-04']);
    expect(trendsOf(incidents, { timeZone: 'Asia/Taipei', period: 'quarter' }).periods).toEqual([
      '2026-Q2',
    ]);
    expect(trendsOf(incidents, { timeZone: 'UTC', period: 'quarter' }).periods).toEqual([
      '2026-Q1',
    ]);
  });

  it('reads the date range as calendar days in the chosen zone, both ends included', () => {
    const incidents = [incident('a', atMonthBoundary)];
    expect(trendsOf(incidents, { timeZone: 'Asia/Taipei', from: '2026-04-01' }).incidentCount).toBe(
      1,
    );
    expect(trendsOf(incidents, { timeZone: 'UTC', from: '2026-04-01' }).incidentCount).toBe(0);
    expect(trendsOf(incidents, { timeZone: 'UTC', to: '2026-03-31' }).incidentCount).toBe(1);
    expect(trendsOf(incidents, { timeZone: 'Asia/Taipei', to: '2026-03-31' }).incidentCount).toBe(
      0,
    );
  });

  it('fills empty periods with zeros between the first and the last incident', () => {
    const trends = trendsOf([
      incident('late', Date.UTC(2026, 3, 10)),
      incident('early', Date.UTC(2026, 0, 5), { crisisTypeId: null, severityId: 'sev-1' }),
    ]);
    expect(trends.periods).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(trends.incidentsByType.keys).toEqual(['data-breach', untypedKey]);
    expect(trends.incidentsByType.rows).toEqual([
      { period: '2026-01', total: 1, counts: { 'data-breach': 0, none: 1 } },
      { period: '2026-02', total: 0, counts: { 'data-breach': 0, none: 0 } },
      { period: '2026-03', total: 0, counts: { 'data-breach': 0, none: 0 } },
      { period: '2026-04', total: 1, counts: { 'data-breach': 1, none: 0 } },
    ]);
    expect(trends.incidentsBySeverity.keys).toEqual(['sev-1', 'sev-2']);
    expect(trends.incidentsBySeverity.rows.map((row) => row.counts)).toEqual([
      { 'sev-1': 1, 'sev-2': 0 },
      { 'sev-1': 0, 'sev-2': 0 },
      { 'sev-1': 0, 'sev-2': 0 },
      { 'sev-1': 0, 'sev-2': 1 },
    ]);
  });

  it('spans quarters across a year end', () => {
    const trends = trendsOf(
      [incident('a', Date.UTC(2025, 10, 1)), incident('b', Date.UTC(2026, 4, 1))],
      { period: 'quarter' },
    );
    expect(trends.periods).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('has no periods and no figures without incidents', () => {
    const trends = trendsOf([]);
    expect(trends.periods).toEqual([]);
    expect(trends.incidentsByType).toEqual({ keys: [], rows: [] });
    expect(trends.timeToStable).toEqual([]);
  });
});

describe('incidentTrends durations', () => {
  const march = Date.UTC(2026, 2, 2);

  it('gives the median and 90th percentile in minutes and counts incidents that reached the step', () => {
    const incidents = [
      incident('a', march, { stableAfter: 60 }),
      incident('b', march + 1000, { stableAfter: 120 }),
      incident('c', march + 2000, { stableAfter: 240 }),
      incident('d', march + 3000),
      incident('e', Date.UTC(2026, 4, 1), { stableAfter: 30 }),
    ];
    const trends = incidentTrends({
      incidents,
      firstStatementAtByIncident: new Map([
        ['a', march + 10 * minute],
        ['b', march + 1000 + 30 * minute],
        ['c', null],
      ]),
      postmortems: [],
      actionItems: [],
      options: baseOptions,
    });
    expect(trends.timeToStable).toEqual([
      // 60, 120, 240: median 120; p90 at rank 1.8 = 120 + 0.8 × 120 = 216.
      { period: '2026-03', count: 3, medianMinutes: 120, p90Minutes: 216 },
      { period: '2026-04', count: 0, medianMinutes: null, p90Minutes: null },
      { period: '2026-05', count: 1, medianMinutes: 30, p90Minutes: 30 },
    ]);
    expect(trends.timeToFirstStatement[0]).toEqual({
      period: '2026-03',
      count: 2,
      medianMinutes: 20,
      p90Minutes: 28,
    });
  });

  it('counts a reopened incident by the first time it became stable', () => {
    const detectedAt = march;
    const reopened = incident('r', detectedAt, {
      statusHistory: [
        { from: null, to: 'detected', at: detectedAt, by: '' },
        { from: 'detected', to: 'active', at: detectedAt + 5 * minute, by: '' },
        { from: 'active', to: 'stable', at: detectedAt + 45 * minute, by: '' },
        { from: 'stable', to: 'closed', at: detectedAt + 90 * minute, by: '' },
        { from: 'closed', to: 'active', at: detectedAt + 600 * minute, by: '' },
        { from: 'active', to: 'stable', at: detectedAt + 900 * minute, by: '' },
      ],
    });
    expect(trendsOf([reopened]).timeToStable).toEqual([
      { period: '2026-03', count: 1, medianMinutes: 45, p90Minutes: 45 },
    ]);
  });
});

describe('incidentTrends exercises', () => {
  const incidents = [
    incident('real', Date.UTC(2026, 1, 3), { stableAfter: 60 }),
    incident('drill', Date.UTC(2026, 3, 3), {
      isExercise: true,
      crisisTypeId: 'rumour',
      stableAfter: 10,
    }),
  ];
  const postmortems = [
    postmortemOf('real', [['root', 'process', '未即時通報']]),
    postmortemOf('drill', [['root', 'process', '未即时通报']]),
  ];
  const actionItems = [
    { incidentId: 'real', ownerPersonId: 'mei', status: 'open' as const, dueOn: '2026-07-01' },
    { incidentId: 'drill', ownerPersonId: 'mei', status: 'open' as const, dueOn: '2026-01-01' },
  ];

  /** The trends of the exercise fixture, with or without exercises. */
  function withExercises(includeExercises: boolean) {
    return incidentTrends({
      incidents,
      firstStatementAtByIncident: new Map(),
      postmortems,
      actionItems,
      options: { ...baseOptions, includeExercises },
    });
  }

  it('leaves exercises, their postmortems and their action items out by default', () => {
    const trends = withExercises(false);
    expect(trends.incidentCount).toBe(1);
    expect(trends.excludedExerciseCount).toBe(1);
    expect(trends.periods).toEqual(['2026-02']);
    expect(trends.incidentsByType.keys).toEqual(['data-breach']);
    expect(trends.timeToStable).toEqual([
      { period: '2026-02', count: 1, medianMinutes: 60, p90Minutes: 60 },
    ]);
    expect(trends.recurringCauses.categories).toEqual([
      { category: 'process', root: 1, contributing: 0 },
    ]);
    expect(trends.recurringCauses.texts).toEqual([]);
    expect(trends.openActionItemsByOwner).toEqual([{ ownerPersonId: 'mei', open: 1, overdue: 0 }]);
  });

  it('counts exercises when asked to', () => {
    const trends = withExercises(true);
    expect(trends.incidentCount).toBe(2);
    expect(trends.excludedExerciseCount).toBe(0);
    expect(trends.periods).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(trends.incidentsByType.keys).toEqual(['rumour', 'data-breach']);
    expect(trends.recurringCauses.categories).toEqual([
      { category: 'process', root: 2, contributing: 0 },
    ]);
    expect(trends.recurringCauses.texts.map((text) => text.incidentIds)).toEqual([
      ['real', 'drill'],
    ]);
    expect(trends.openActionItemsByOwner).toEqual([{ ownerPersonId: 'mei', open: 2, overdue: 1 }]);
  });
});

describe('incidentTrends recurring causes', () => {
  const incidents = [
    incident('one', Date.UTC(2026, 0, 10)),
    incident('two', Date.UTC(2026, 1, 10)),
    incident('three', Date.UTC(2026, 2, 10)),
  ];

  it('counts the same wording in Traditional and Simplified Chinese as one cause', () => {
    const trends = incidentTrends({
      incidents,
      firstStatementAtByIncident: new Map(),
      postmortems: [
        postmortemOf('three', [
          ['contributing', 'communication', '未即时通报。'],
          ['root', 'technology', 'Backup  not tested'],
        ]),
        postmortemOf('one', [
          ['root', 'communication', '未即時通報'],
          ['root', 'technology', '資料外洩'],
          ['contributing', 'communication', '客服未即時通報主管'],
        ]),
        postmortemOf('two', [
          ['contributing', 'technology', '数据泄露'],
          ['root', 'technology', 'backup not tested'],
          ['root', 'technology', 'Backup not tested!'],
        ]),
      ],
      actionItems: [],
      options: baseOptions,
    });
    expect(trends.recurringCauses.texts).toEqual([
      {
        // As worded in the earliest incident that has it.
        text: 'backup not tested',
        normalizedText: 'backup not tested',
        kinds: ['root'],
        incidentIds: ['two', 'three'],
      },
      {
        text: '未即時通報',
        normalizedText: '未即时通报',
        kinds: ['root', 'contributing'],
        incidentIds: ['one', 'three'],
      },
    ]);
    // Distinct incidents per category and kind: two causes of one incident count once.
    expect(trends.recurringCauses.categories).toEqual([
      { category: 'technology', root: 3, contributing: 1 },
      { category: 'communication', root: 1, contributing: 2 },
    ]);
  });

  it('ignores postmortems of incidents outside the date range', () => {
    const trends = incidentTrends({
      incidents,
      firstStatementAtByIncident: new Map(),
      postmortems: [
        postmortemOf('one', [['root', 'people', '未即時通報']]),
        postmortemOf('two', [['root', 'people', '未即时通报']]),
      ],
      actionItems: [],
      options: { ...baseOptions, from: '2026-02-01' },
    });
    expect(trends.recurringCauses.texts).toEqual([]);
    expect(trends.recurringCauses.categories).toEqual([
      { category: 'people', root: 1, contributing: 0 },
    ]);
  });
});

describe('incidentTrends open action items by owner', () => {
  it('counts open and overdue items per owner, most overdue first, done items left out', () => {
    const trends = incidentTrends({
      incidents: [incident('a', Date.UTC(2026, 0, 10))],
      firstStatementAtByIncident: new Map(),
      postmortems: [],
      actionItems: [
        { incidentId: 'a', ownerPersonId: 'mei', status: 'open', dueOn: '2026-07-01' },
        { incidentId: 'a', ownerPersonId: 'mei', status: 'in-progress', dueOn: '2026-07-02' },
        { incidentId: 'a', ownerPersonId: 'mei', status: 'open', dueOn: '2026-08-01' },
        { incidentId: 'a', ownerPersonId: 'wei', status: 'open', dueOn: '2026-06-14' },
        { incidentId: 'a', ownerPersonId: 'wei', status: 'done', dueOn: '2026-06-01' },
        { incidentId: 'a', ownerPersonId: null, status: 'in-progress', dueOn: '2026-06-01' },
        { incidentId: 'a', ownerPersonId: 'ann', status: 'cancelled', dueOn: '2026-06-01' },
        // Due today is not overdue yet.
        { incidentId: 'a', ownerPersonId: 'lin', status: 'open', dueOn: '2026-06-15' },
        { incidentId: 'unknown', ownerPersonId: 'lin', status: 'open', dueOn: '2026-01-01' },
      ],
      options: baseOptions,
    });
    expect(trends.openActionItemsByOwner).toEqual([
      { ownerPersonId: 'wei', open: 1, overdue: 1 },
      { ownerPersonId: null, open: 1, overdue: 1 },
      { ownerPersonId: 'mei', open: 3, overdue: 0 },
      { ownerPersonId: 'lin', open: 1, overdue: 0 },
    ]);
  });
});
