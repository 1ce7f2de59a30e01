import { describe, expect, it } from 'vitest';
import type {
  Incident,
  IncidentStatus,
  StatusChange,
} from '../../../../shared/domain/incidents/incident';
import { changeStatus, declarationHistory } from '../../../../shared/domain/incidents/lifecycle';
import {
  incidentMetrics,
  realIncidentsOnly,
  summarizeMetrics,
} from '../../../../shared/domain/incidents/metrics';
import type { IncidentMetrics } from '../../../../shared/domain/incidents/metrics';

const minute = 60_000;
const startedAt = Date.UTC(2025, 5, 2, 6, 0);
const detectedAt = Date.UTC(2025, 5, 2, 8, 0);

type MetricsIncident = Pick<Incident, 'startedAt' | 'detectedAt' | 'statusHistory' | 'isExercise'>;

/**
 * The history of an incident declared `declaredAfter` minutes after detection, then moved through
 * `moves`, each given as [status, minutes after detection].
 */
function historyOf(
  declaredAfter: number,
  moves: readonly (readonly [IncidentStatus, number])[],
): StatusChange[] {
  let incident: Pick<Incident, 'status' | 'statusHistory'> = {
    status: 'active',
    statusHistory: declarationHistory(
      'active',
      detectedAt,
      detectedAt + declaredAfter * minute,
      'Mei',
    ),
  };
  for (const [to, after] of moves) {
    const result = changeStatus(incident, to, detectedAt + after * minute, 'Mei');
    if (!result.ok) {
      throw new Error(`refused: ${result.code}`);
    }
    incident = result.value;
  }
  return incident.statusHistory;
}

/** An incident with a known start two hours before detection. */
function incidentWith(statusHistory: StatusChange[], isExercise = false): MetricsIncident {
  return { startedAt, detectedAt, statusHistory, isExercise };
}

/** Metrics with every duration null, overridden by `values`. */
function metrics(values: Partial<IncidentMetrics>): IncidentMetrics {
  return {
    timeToDetect: null,
    timeToDeclare: null,
    timeToFirstStatement: null,
    timeToStable: null,
    timeToClose: null,
    reopenCount: 0,
    ...values,
  };
}

describe('incidentMetrics', () => {
  it('measures every step of a closed incident from detection', () => {
    const incident = incidentWith(
      historyOf(5, [
        ['stable', 90],
        ['closed', 240],
      ]),
    );
    expect(
      incidentMetrics({ incident, firstExternalStatementAt: detectedAt + 45 * minute }),
    ).toEqual({
      timeToDetect: 120 * minute,
      timeToDeclare: 5 * minute,
      timeToFirstStatement: 45 * minute,
      timeToStable: 90 * minute,
      timeToClose: 240 * minute,
      reopenCount: 0,
    });
  });

  it('leaves steps not yet reached null', () => {
    const incident = incidentWith(historyOf(5, []));
    expect(incidentMetrics({ incident, firstExternalStatementAt: null })).toEqual({
      timeToDetect: 120 * minute,
      timeToDeclare: 5 * minute,
      timeToFirstStatement: null,
      timeToStable: null,
      timeToClose: null,
      reopenCount: 0,
    });
  });

  it('has no time to detect when the start is unknown', () => {
    const incident = { ...incidentWith(historyOf(0, [])), startedAt: null };
    expect(incidentMetrics({ incident, firstExternalStatementAt: null }).timeToDetect).toBeNull();
  });

  it('has no time to declare for a false alarm never declared', () => {
    const incident = incidentWith([
      { from: null, to: 'detected', at: detectedAt, by: '' },
      { from: 'detected', to: 'closed', at: detectedAt + 20 * minute, by: '' },
    ]);
    expect(incidentMetrics({ incident, firstExternalStatementAt: null })).toMatchObject({
      timeToDeclare: null,
      timeToStable: null,
      timeToClose: 20 * minute,
    });
  });

  it('has no time to close while a reopened incident is open again', () => {
    const incident = incidentWith(
      historyOf(5, [
        ['stable', 90],
        ['closed', 240],
        ['active', 300],
      ]),
    );
    expect(incidentMetrics({ incident, firstExternalStatementAt: null })).toMatchObject({
      timeToStable: 90 * minute,
      timeToClose: null,
      reopenCount: 1,
    });
  });

  it('counts the final close and the first stable of a reopened incident', () => {
    const incident = incidentWith(
      historyOf(5, [
        ['stable', 90],
        ['closed', 240],
        ['active', 300],
        ['stable', 330],
        ['closed', 400],
      ]),
    );
    expect(incidentMetrics({ incident, firstExternalStatementAt: null })).toMatchObject({
      timeToDeclare: 5 * minute,
      timeToStable: 90 * minute,
      timeToClose: 400 * minute,
      reopenCount: 1,
    });
  });

  it('counts from the incident detection time, and never goes negative', () => {
    // The detection time was corrected after declaration: declared 10 min after the old detection.
    const incident = { ...incidentWith(historyOf(10, [])), detectedAt: detectedAt + 4 * minute };
    expect(incidentMetrics({ incident, firstExternalStatementAt: detectedAt }).timeToDeclare).toBe(
      6 * minute,
    );
    expect(
      incidentMetrics({ incident, firstExternalStatementAt: detectedAt }).timeToFirstStatement,
    ).toBe(0);
  });
});

describe('realIncidentsOnly', () => {
  it('drops exercises and keeps real incidents in order', () => {
    const history = historyOf(0, []);
    const first = incidentWith(history);
    const drill = incidentWith(history, true);
    const second = { ...incidentWith(history), detectedAt: detectedAt + minute };
    expect(realIncidentsOnly([first, drill, second])).toEqual([first, second]);
    expect(realIncidentsOnly([drill])).toEqual([]);
  });
});

describe('summarizeMetrics', () => {
  it('gives count, median and 90th percentile per metric, ignoring nulls', () => {
    const list = [
      metrics({ timeToClose: 10, timeToStable: 4, reopenCount: 0 }),
      metrics({ timeToClose: null, timeToStable: 1 }),
      metrics({ timeToClose: 30, timeToStable: 2, reopenCount: 2 }),
      metrics({ timeToClose: 20, timeToStable: 3 }),
      metrics({ timeToClose: null, timeToStable: 5, reopenCount: 1 }),
    ];
    const summary = summarizeMetrics(list);
    // 10, 20, 30: the middle value; 90 % of the way from 20 to 30 is 28.
    expect(summary.timeToClose).toEqual({ count: 3, median: 20, p90: 28 });
    // 1…5 in any input order: median 3, p90 = 4 + 0.6 × (5 − 4).
    expect(summary.timeToStable).toEqual({ count: 5, median: 3, p90: 4.6 });
    expect(summary.reopenCount).toEqual({
      count: 5,
      median: 0,
      p90: expect.closeTo(1.6) as number,
    });
  });

  it('takes the mean of the middle two for an even count', () => {
    const summary = summarizeMetrics([
      metrics({ timeToDeclare: 40 }),
      metrics({ timeToDeclare: 10 }),
      metrics({ timeToDeclare: 30 }),
      metrics({ timeToDeclare: 20 }),
    ]);
    expect(summary.timeToDeclare).toEqual({ count: 4, median: 25, p90: 37 });
  });

  it('gives the one value for a single incident', () => {
    expect(summarizeMetrics([metrics({ timeToDetect: 7 })]).timeToDetect).toEqual({
      count: 1,
      median: 7,
      p90: 7,
    });
  });

  it('has no median or percentile without values', () => {
    const empty = { count: 0, median: null, p90: null };
    expect(summarizeMetrics([metrics({}), metrics({})]).timeToFirstStatement).toEqual(empty);
    expect(summarizeMetrics([]).timeToClose).toEqual(empty);
  });

  it('summarises real incidents only when exercises are filtered first', () => {
    const closedAfter = (minutes: number): StatusChange[] => historyOf(0, [['closed', minutes]]);
    const incidents = [
      incidentWith(closedAfter(60)),
      incidentWith(closedAfter(5), true),
      incidentWith(closedAfter(120)),
    ];
    const summary = summarizeMetrics(
      realIncidentsOnly(incidents).map((incident) =>
        incidentMetrics({ incident, firstExternalStatementAt: null }),
      ),
    );
    expect(summary.timeToClose).toEqual({ count: 2, median: 90 * minute, p90: 114 * minute });
  });
});
