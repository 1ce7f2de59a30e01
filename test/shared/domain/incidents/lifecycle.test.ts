import { describe, expect, it } from 'vitest';
import { incidentStatuses, statusChangeSchema } from '../../../../shared/domain/incidents/incident';
import type { IncidentStatus, StatusChange } from '../../../../shared/domain/incidents/incident';
import {
  allowedTransitions,
  canTransition,
  changeStatus,
  declarationHistory,
  statusTimes,
} from '../../../../shared/domain/incidents/lifecycle';
import type { StatusChangeResult } from '../../../../shared/domain/incidents/lifecycle';

const minute = 60_000;
const detectedAt = Date.UTC(2025, 5, 2, 8, 0);

/** The moves the lifecycle allows, written out independently of the module's table. */
const expectedAllowed: readonly (readonly [IncidentStatus, IncidentStatus])[] = [
  ['detected', 'active'],
  ['detected', 'closed'],
  ['active', 'stable'],
  ['active', 'closed'],
  ['stable', 'active'],
  ['stable', 'closed'],
  ['closed', 'active'],
];

/** Whether `from → to` is in {@link expectedAllowed}. */
function isExpectedAllowed(from: IncidentStatus, to: IncidentStatus): boolean {
  return expectedAllowed.some(
    ([allowedFrom, allowedTo]) => allowedFrom === from && allowedTo === to,
  );
}

/** Every pair of distinct statuses. */
const distinctPairs = incidentStatuses.flatMap((from) =>
  incidentStatuses.filter((to) => to !== from).map((to) => [from, to] as const),
);

/** An incident in `status` whose one recorded change happened at `at`. */
function incidentIn(
  status: IncidentStatus,
  at = detectedAt,
): { status: IncidentStatus; statusHistory: StatusChange[] } {
  return { status, statusHistory: [{ from: null, to: status, at, by: 'Mei' }] };
}

/** The value of a successful change; fails the test with the refusal code otherwise. */
function accepted(result: StatusChangeResult): {
  status: IncidentStatus;
  statusHistory: StatusChange[];
} {
  if (!result.ok) {
    throw new Error(`refused: ${result.code}`);
  }
  return result.value;
}

/** Applies the moves in order, each `step` minutes after the previous, from a fresh detection. */
function walk(moves: readonly IncidentStatus[], step = 10): StatusChange[] {
  let incident = {
    status: 'detected' as IncidentStatus,
    statusHistory: declarationHistory('detected', detectedAt, null, 'Mei'),
  };
  moves.forEach((to, index) => {
    incident = accepted(
      changeStatus(incident, to, detectedAt + (index + 1) * step * minute, 'Mei'),
    );
  });
  return incident.statusHistory;
}

describe('allowedTransitions', () => {
  it('lists exactly the seven moves of the lifecycle', () => {
    const listed = incidentStatuses.flatMap((from) =>
      allowedTransitions[from].map((to) => `${from}→${to}`),
    );
    expect(listed.toSorted()).toEqual(
      expectedAllowed.map(([from, to]) => `${from}→${to}`).toSorted(),
    );
  });

  it.each(distinctPairs)('canTransition(%s, %s) matches the lifecycle', (from, to) => {
    expect(canTransition(from, to)).toBe(isExpectedAllowed(from, to));
  });
});

describe('changeStatus', () => {
  it.each(expectedAllowed)('allows %s → %s and appends the change', (from, to) => {
    const incident = incidentIn(from);
    const at = detectedAt + 5 * minute;
    const value = accepted(changeStatus(incident, to, at, 'Ahmed'));
    expect(value.status).toBe(to);
    expect(value.statusHistory).toEqual([...incident.statusHistory, { from, to, at, by: 'Ahmed' }]);
  });

  it.each(distinctPairs.filter(([from, to]) => !isExpectedAllowed(from, to)))(
    'refuses %s → %s as an invalid transition',
    (from, to) => {
      expect(changeStatus(incidentIn(from), to, detectedAt + minute, 'Mei')).toEqual({
        ok: false,
        code: 'invalid-transition',
      });
    },
  );

  it.each(incidentStatuses)('refuses staying in %s as the same status', (status) => {
    expect(changeStatus(incidentIn(status), status, detectedAt + minute, 'Mei')).toEqual({
      ok: false,
      code: 'same-status',
    });
  });

  it('refuses a time before the last change, and accepts the same millisecond', () => {
    const incident = incidentIn('active', detectedAt + 30 * minute);
    expect(changeStatus(incident, 'stable', detectedAt + 30 * minute - 1, 'Mei')).toEqual({
      ok: false,
      code: 'time-before-previous',
    });
    expect(accepted(changeStatus(incident, 'stable', detectedAt + 30 * minute, 'Mei')).status).toBe(
      'stable',
    );
  });

  it('compares with the last change, not the first', () => {
    const history = walk(['active', 'stable']);
    const lastAt = history.at(-1)?.at ?? 0;
    const incident = { status: 'stable' as const, statusHistory: history };
    expect(changeStatus(incident, 'closed', lastAt - minute, 'Mei')).toEqual({
      ok: false,
      code: 'time-before-previous',
    });
  });

  it('accepts any time on an empty history', () => {
    const value = accepted(
      changeStatus({ status: 'detected', statusHistory: [] }, 'active', 0, ''),
    );
    expect(value.statusHistory).toEqual([{ from: 'detected', to: 'active', at: 0, by: '' }]);
  });

  it('never changes the incident passed in', () => {
    const incident = incidentIn('active');
    const before = structuredClone(incident);
    accepted(changeStatus(incident, 'stable', detectedAt + minute, 'Mei'));
    expect(incident).toEqual(before);
  });

  it('stores the name trimmed, and the change passes the stored schema', () => {
    const value = accepted(
      changeStatus(incidentIn('active'), 'stable', detectedAt + minute, '  Mei  '),
    );
    const change = value.statusHistory.at(-1);
    expect(change?.by).toBe('Mei');
    expect(statusChangeSchema.safeParse(change).success).toBe(true);
  });

  it('appends timestamps in order through a full lifecycle with a reopen', () => {
    const history = walk(['active', 'stable', 'closed', 'active', 'stable', 'closed']);
    expect(history.map((change) => [change.from, change.to])).toEqual([
      [null, 'detected'],
      ['detected', 'active'],
      ['active', 'stable'],
      ['stable', 'closed'],
      ['closed', 'active'],
      ['active', 'stable'],
      ['stable', 'closed'],
    ]);
    const times = history.map((change) => change.at);
    expect(times).toEqual(times.toSorted((a, b) => a - b));
    expect(times.at(-1)).toBe(detectedAt + 60 * minute);
  });
});

describe('declarationHistory', () => {
  it('records detection then declaration when declared straight away', () => {
    expect(declarationHistory('active', detectedAt, detectedAt + 4 * minute, ' Mei ')).toEqual([
      { from: null, to: 'detected', at: detectedAt, by: 'Mei' },
      { from: 'detected', to: 'active', at: detectedAt + 4 * minute, by: 'Mei' },
    ]);
  });

  it('allows declaring in the same millisecond as detection', () => {
    expect(
      declarationHistory('active', detectedAt, detectedAt, 'Mei').map((change) => change.at),
    ).toEqual([detectedAt, detectedAt]);
  });

  it('records detection only when logged, ignoring the declaration time', () => {
    const logged = [{ from: null, to: 'detected', at: detectedAt, by: 'Mei' }];
    expect(declarationHistory('detected', detectedAt, null, 'Mei')).toEqual(logged);
    expect(declarationHistory('detected', detectedAt, detectedAt + minute, 'Mei')).toEqual(logged);
  });

  it('refuses a declaration before detection or without a time', () => {
    expect(() => declarationHistory('active', detectedAt, detectedAt - 1, 'Mei')).toThrow(
      RangeError,
    );
    expect(() => declarationHistory('active', detectedAt, null, 'Mei')).toThrow(RangeError);
  });

  it('yields histories the stored schema accepts', () => {
    for (const change of declarationHistory('active', detectedAt, detectedAt + minute, 'Mei')) {
      expect(statusChangeSchema.safeParse(change).success).toBe(true);
    }
  });
});

describe('statusTimes', () => {
  it('reads a history that is only detected', () => {
    expect(statusTimes(walk([]))).toEqual({
      detectedAt,
      firstActiveAt: null,
      firstStableAt: null,
      lastClosedAt: null,
      reopenCount: 0,
      isOpen: true,
    });
  });

  it('reads a false alarm closed straight from detected', () => {
    expect(statusTimes(walk(['closed']))).toEqual({
      detectedAt,
      firstActiveAt: null,
      firstStableAt: null,
      lastClosedAt: detectedAt + 10 * minute,
      reopenCount: 0,
      isOpen: false,
    });
  });

  it('reads a straight run to closed', () => {
    expect(statusTimes(walk(['active', 'stable', 'closed']))).toEqual({
      detectedAt,
      firstActiveAt: detectedAt + 10 * minute,
      firstStableAt: detectedAt + 20 * minute,
      lastClosedAt: detectedAt + 30 * minute,
      reopenCount: 0,
      isOpen: false,
    });
  });

  it('has no close time while a closed incident is reopened', () => {
    expect(statusTimes(walk(['active', 'stable', 'closed', 'active']))).toEqual({
      detectedAt,
      firstActiveAt: detectedAt + 10 * minute,
      firstStableAt: detectedAt + 20 * minute,
      lastClosedAt: null,
      reopenCount: 1,
      isOpen: true,
    });
  });

  it('keeps the first active and stable times and the final close after a reopen', () => {
    expect(statusTimes(walk(['active', 'stable', 'closed', 'active', 'stable', 'closed']))).toEqual(
      {
        detectedAt,
        firstActiveAt: detectedAt + 10 * minute,
        firstStableAt: detectedAt + 20 * minute,
        lastClosedAt: detectedAt + 60 * minute,
        reopenCount: 1,
        isOpen: false,
      },
    );
  });

  it('counts every reopen', () => {
    const times = statusTimes(walk(['active', 'closed', 'active', 'closed', 'active']));
    expect(times.reopenCount).toBe(2);
    expect(times.isOpen).toBe(true);
  });

  it('treats a history starting null → active as detected and declared together', () => {
    const history: StatusChange[] = [{ from: null, to: 'active', at: detectedAt, by: '' }];
    expect(statusTimes(history)).toMatchObject({
      detectedAt,
      firstActiveAt: detectedAt,
      isOpen: true,
    });
  });

  it('refuses an empty history', () => {
    expect(() => statusTimes([])).toThrow(RangeError);
  });
});
