import { describe, expect, it } from 'vitest';
import type { IncidentCadenceEntry } from '../../../../shared/domain/incidents/cadence';
import { defaultIncidentCadence } from '../../../../shared/domain/incidents/cadence';
import {
  deadlineInputSchema,
  deadlineInstant,
  incidentClocks,
  newlyOverdue,
} from '../../../../shared/domain/incidents/clocks';
import type {
  Deadline,
  IncidentClock,
  IncidentClocksInput,
} from '../../../../shared/domain/incidents/clocks';
import type { StatusChange } from '../../../../shared/domain/incidents/incident';

const minute = 60_000;
const hour = 60 * minute;

/** Detection of the incidents below: 2026-06-01 08:00 UTC. */
const detectedAt = Date.UTC(2026, 5, 1, 8, 0);
/** Declared ten minutes after detection. */
const declaredAt = detectedAt + 10 * minute;

/** Detected, then declared. */
const declaredHistory: StatusChange[] = [
  { from: null, to: 'detected', at: detectedAt, by: 'Mei' },
  { from: 'detected', to: 'active', at: declaredAt, by: 'Mei' },
];

/** The history of a declared incident closed at `closedAt`. */
function closedHistory(closedAt: number): StatusChange[] {
  return [...declaredHistory, { from: 'active', to: 'closed', at: closedAt, by: 'Mei' }];
}

/** Clock input for a declared SEV 1 incident (first statement 60 min, updates 60, reports 240). */
function clockInput(overrides: Partial<IncidentClocksInput> = {}): IncidentClocksInput {
  return {
    incident: {
      status: 'active',
      severityId: 'sev-1',
      detectedAt,
      statusHistory: declaredHistory,
    },
    cadence: defaultIncidentCadence,
    firstExternalStatementAt: null,
    lastUpdateAt: null,
    lastSitrepAt: null,
    deadlines: [],
    now: detectedAt + 30 * minute,
    ...overrides,
  };
}

/** The clock `id` at the input. */
function clock(id: string, overrides: Partial<IncidentClocksInput> = {}): IncidentClock {
  const found = incidentClocks(clockInput(overrides)).find((candidate) => candidate.id === id);
  if (found === undefined) {
    throw new Error(`no clock ${id}`);
  }
  return found;
}

/** A stored deadline due at `dueAt`, set at `createdAt`. */
function deadline(
  id: string,
  dueAt: number,
  createdAt: number,
  metAt: number | null = null,
): Deadline {
  return {
    id,
    incidentId: 'incident-1',
    label: 'Notify the regulator',
    local: '2026-06-03T08:00',
    timeZone: 'Asia/Taipei',
    note: '',
    setBy: 'Counsel',
    dueAt,
    createdAt,
    metAt,
  };
}

describe('deadlineInstant', () => {
  it('reads a local time in Asia/Taipei (UTC+8, no daylight saving)', () => {
    expect(deadlineInstant('2026-03-29T09:00', 'Asia/Taipei')).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(deadlineInstant('2026-07-01T00:30', 'Asia/Taipei')).toBe(Date.UTC(2026, 5, 30, 16, 30));
  });

  it('reads Europe/London in winter (GMT) and summer (BST)', () => {
    expect(deadlineInstant('2026-01-15T12:00', 'Europe/London')).toBe(Date.UTC(2026, 0, 15, 12, 0));
    expect(deadlineInstant('2026-07-01T12:00', 'Europe/London')).toBe(Date.UTC(2026, 6, 1, 11, 0));
  });

  it('moves a time in the London spring gap (29 March 2026, 01:00–02:00 skipped) one hour on', () => {
    expect(deadlineInstant('2026-03-29T00:59', 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 0, 59));
    // 01:30 does not exist: read with the offset before the change (GMT), i.e. 02:30 BST.
    expect(deadlineInstant('2026-03-29T01:30', 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(deadlineInstant('2026-03-29T01:00', 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(deadlineInstant('2026-03-29T02:30', 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(deadlineInstant('2026-03-29T12:00', 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 11, 0));
  });

  it('takes the first of the two London 01:30s on 25 October 2026 (BST, not GMT)', () => {
    expect(deadlineInstant('2026-10-25T00:59', 'Europe/London')).toBe(
      Date.UTC(2026, 9, 24, 23, 59),
    );
    expect(deadlineInstant('2026-10-25T01:00', 'Europe/London')).toBe(Date.UTC(2026, 9, 25, 0, 0));
    expect(deadlineInstant('2026-10-25T01:30', 'Europe/London')).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(deadlineInstant('2026-10-25T02:00', 'Europe/London')).toBe(Date.UTC(2026, 9, 25, 2, 0));
  });

  it('handles America/New_York on both change days of 2026', () => {
    expect(deadlineInstant('2026-03-08T01:59', 'America/New_York')).toBe(
      Date.UTC(2026, 2, 8, 6, 59),
    );
    // 02:30 is skipped: read as EST, i.e. 03:30 EDT.
    expect(deadlineInstant('2026-03-08T02:30', 'America/New_York')).toBe(
      Date.UTC(2026, 2, 8, 7, 30),
    );
    expect(deadlineInstant('2026-03-08T03:00', 'America/New_York')).toBe(
      Date.UTC(2026, 2, 8, 7, 0),
    );
    // 01:30 happens twice: the first, in EDT.
    expect(deadlineInstant('2026-11-01T01:30', 'America/New_York')).toBe(
      Date.UTC(2026, 10, 1, 5, 30),
    );
    expect(deadlineInstant('2026-11-01T02:00', 'America/New_York')).toBe(
      Date.UTC(2026, 10, 1, 7, 0),
    );
    expect(deadlineInstant('2026-06-03T17:00', 'America/New_York')).toBe(
      Date.UTC(2026, 5, 3, 21, 0),
    );
  });

  it('gives the same instant for one moment entered in three zones', () => {
    const instants = [
      deadlineInstant('2026-06-03T20:00', 'Asia/Taipei'),
      deadlineInstant('2026-06-03T13:00', 'Europe/London'),
      deadlineInstant('2026-06-03T08:00', 'America/New_York'),
    ];
    expect(new Set(instants)).toEqual(new Set([Date.UTC(2026, 5, 3, 12, 0)]));
  });

  it('is null for a time that is not a real date and time, or an unknown zone', () => {
    expect(deadlineInstant('2028-02-29T10:00', 'Asia/Taipei')).toBe(Date.UTC(2028, 1, 29, 2, 0));
    for (const local of [
      '2026-02-29T10:00',
      '2026-04-31T10:00',
      '2026-13-01T10:00',
      '2026-00-10T10:00',
      '2026-01-01T24:00',
      '2026-01-01T10:60',
      '2026-01-01 10:00',
      '2026-01-01T10:00:00',
      '1969-12-31T23:00',
      '',
    ]) {
      expect(deadlineInstant(local, 'Asia/Taipei'), local).toBeNull();
    }
    expect(deadlineInstant('2026-01-01T10:00', 'Mars/Olympus_Mons')).toBeNull();
  });
});

describe('deadlineInputSchema', () => {
  const valid = {
    label: 'Notify the PDPC',
    local: '2026-06-03T17:00',
    timeZone: 'America/New_York',
    note: '72 hours after detection',
    setBy: 'Counsel',
  };

  /** The issues of a deadline input as `path: message`. */
  function issues(input: unknown): string[] {
    const result = deadlineInputSchema.safeParse(input);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  }

  it('accepts a deadline in a named zone', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('refuses a blank or long label, a bad local time and an unknown zone', () => {
    expect(issues({ ...valid, label: '  ' })).toEqual(['label: required']);
    expect(issues({ ...valid, label: 'x'.repeat(201) })).toEqual(['label: too-long']);
    expect(issues({ ...valid, local: '03/06/2026 17:00' })).toEqual(['local: local-format']);
    expect(issues({ ...valid, local: '2026-02-30T17:00' })).toEqual(['local: invalid-date']);
    expect(issues({ ...valid, timeZone: 'Europe/Atlantis' })).toEqual(['timeZone: time-zone']);
    expect(issues({ ...valid, dueAt: 5 })).toHaveLength(1);
  });
});

describe('incidentClocks', () => {
  it('lists the fixed clocks, then the deadlines by due time', () => {
    const clocks = incidentClocks(
      clockInput({
        deadlines: [
          deadline('a', detectedAt + 48 * hour, detectedAt),
          deadline('c', detectedAt + 24 * hour, detectedAt),
          deadline('b', detectedAt + 24 * hour, detectedAt),
        ],
      }),
    );
    expect(clocks.map(({ id }) => id)).toEqual([
      'since-detection',
      'first-statement',
      'next-update',
      'next-sitrep',
      'deadline:b',
      'deadline:c',
      'deadline:a',
    ]);
    expect(clocks[0]).toEqual({
      id: 'since-detection',
      startedAt: detectedAt,
      dueAt: null,
      state: 'running',
      remainingMs: null,
      metAt: null,
      stoppedAt: null,
    });
  });

  describe('first statement', () => {
    it('runs from detection to the severity target', () => {
      expect(clock('first-statement')).toEqual({
        id: 'first-statement',
        startedAt: detectedAt,
        dueAt: detectedAt + hour,
        state: 'running',
        remainingMs: 30 * minute,
        metAt: null,
        stoppedAt: null,
      });
    });

    it('is due soon in the last 10 % of an hour (6 minutes), up to and including the due time', () => {
      const due = detectedAt + hour;
      expect(clock('first-statement', { now: due - 6 * minute - 1 }).state).toBe('running');
      expect(clock('first-statement', { now: due - 6 * minute }).state).toBe('due-soon');
      expect(clock('first-statement', { now: due }).state).toBe('due-soon');
      expect(clock('first-statement', { now: due + 1 })).toMatchObject({
        state: 'overdue',
        remainingMs: -1,
      });
    });

    it('warns at least five minutes ahead when 10 % is shorter', () => {
      const cadence: IncidentCadenceEntry[] = [
        {
          severityId: 'sev-1',
          firstStatementMinutes: 20,
          updateEveryMinutes: 20,
          sitrepEveryMinutes: 60,
        },
      ];
      const due = detectedAt + 20 * minute;
      expect(clock('first-statement', { cadence, now: due - 5 * minute - 1 }).state).toBe(
        'running',
      );
      expect(clock('first-statement', { cadence, now: due - 5 * minute }).state).toBe('due-soon');
    });

    it('stops, met, at the first external statement', () => {
      const metAt = detectedAt + 40 * minute;
      const expected = {
        state: 'met',
        dueAt: detectedAt + hour,
        metAt,
        remainingMs: 20 * minute,
      };
      expect(
        clock('first-statement', { firstExternalStatementAt: metAt, now: metAt }),
      ).toMatchObject(expected);
      expect(
        clock('first-statement', { firstExternalStatementAt: metAt, now: detectedAt + 5 * hour }),
      ).toMatchObject(expected);
    });

    it('is met late when the statement came after the target', () => {
      const metAt = detectedAt + 75 * minute;
      expect(
        clock('first-statement', { firstExternalStatementAt: metAt, now: detectedAt + 2 * hour }),
      ).toMatchObject({ state: 'met', metAt, remainingMs: -15 * minute });
    });

    it('uses the least strict cadence for a severity without one', () => {
      const incident = { ...clockInput().incident, severityId: 'custom-level' };
      expect(clock('first-statement', { incident }).dueAt).toBe(detectedAt + 24 * hour);
    });
  });

  describe('next update and next situation report', () => {
    it('count from the declaration while nothing was sent', () => {
      expect(clock('next-update')).toMatchObject({
        startedAt: declaredAt,
        dueAt: declaredAt + hour,
        state: 'running',
        remainingMs: 40 * minute,
      });
      expect(clock('next-sitrep')).toMatchObject({
        startedAt: declaredAt,
        dueAt: declaredAt + 4 * hour,
        state: 'running',
      });
    });

    it('count from the last update or report', () => {
      const lastUpdateAt = detectedAt + 50 * minute;
      const lastSitrepAt = detectedAt + 3 * hour;
      const now = detectedAt + 4 * hour;
      expect(clock('next-update', { lastUpdateAt, now })).toMatchObject({
        startedAt: lastUpdateAt,
        dueAt: lastUpdateAt + hour,
        state: 'overdue',
        remainingMs: -(now - lastUpdateAt - hour),
      });
      expect(clock('next-sitrep', { lastSitrepAt, now })).toMatchObject({
        startedAt: lastSitrepAt,
        dueAt: lastSitrepAt + 4 * hour,
        state: 'running',
      });
    });

    it('ignore an update sent before the declaration', () => {
      expect(clock('next-update', { lastUpdateAt: detectedAt + minute }).startedAt).toBe(
        declaredAt,
      );
    });

    it('wait, stopped without a due time, until the incident is declared', () => {
      const incident = {
        ...clockInput().incident,
        status: 'detected' as const,
        statusHistory: declaredHistory.slice(0, 1),
      };
      for (const id of ['next-update', 'next-sitrep']) {
        expect(clock(id, { incident, now: detectedAt + 10 * hour })).toEqual({
          id,
          startedAt: detectedAt,
          dueAt: null,
          state: 'stopped',
          remainingMs: null,
          metAt: null,
          stoppedAt: null,
        });
      }
      expect(clock('first-statement', { incident, now: detectedAt + 10 * hour }).state).toBe(
        'overdue',
      );
    });
  });

  describe('custom deadlines', () => {
    it('count down from when they were set, and are met when marked met', () => {
      // Counsel enters 17:00 New York time on 3 June: 21:00 UTC.
      const dueAt = deadlineInstant('2026-06-03T17:00', 'America/New_York') ?? 0;
      const createdAt = detectedAt + hour;
      const deadlines = [deadline('regulator', dueAt, createdAt)];
      const span = dueAt - createdAt;
      expect(clock('deadline:regulator', { deadlines, now: createdAt })).toMatchObject({
        startedAt: createdAt,
        dueAt,
        state: 'running',
        remainingMs: span,
      });
      expect(clock('deadline:regulator', { deadlines, now: dueAt - span / 10 }).state).toBe(
        'due-soon',
      );
      expect(clock('deadline:regulator', { deadlines, now: dueAt + minute }).state).toBe('overdue');
      const met = [deadline('regulator', dueAt, createdAt, dueAt - hour)];
      expect(clock('deadline:regulator', { deadlines: met, now: dueAt + minute })).toMatchObject({
        state: 'met',
        metAt: dueAt - hour,
        remainingMs: hour,
      });
    });
  });

  describe('closing and reopening', () => {
    const closedAt = detectedAt + 5 * hour;
    const closed = {
      ...clockInput().incident,
      status: 'closed' as const,
      statusHistory: closedHistory(closedAt),
    };

    it('stops every clock not already met at the close', () => {
      const now = detectedAt + 30 * hour;
      const clocks = incidentClocks(
        clockInput({
          incident: closed,
          deadlines: [
            deadline('open', detectedAt + 24 * hour, detectedAt),
            deadline('done', detectedAt + 24 * hour, detectedAt, detectedAt + 2 * hour),
          ],
          now,
        }),
      );
      expect(
        clocks.map(({ id, state, remainingMs, stoppedAt }) => ({
          id,
          state,
          remainingMs,
          stoppedAt,
        })),
      ).toEqual([
        { id: 'since-detection', state: 'stopped', remainingMs: null, stoppedAt: closedAt },
        { id: 'first-statement', state: 'stopped', remainingMs: null, stoppedAt: closedAt },
        { id: 'next-update', state: 'stopped', remainingMs: null, stoppedAt: closedAt },
        { id: 'next-sitrep', state: 'stopped', remainingMs: null, stoppedAt: closedAt },
        { id: 'deadline:done', state: 'met', remainingMs: 22 * hour, stoppedAt: closedAt },
        { id: 'deadline:open', state: 'stopped', remainingMs: null, stoppedAt: closedAt },
      ]);
    });

    it('keeps a met first statement met after the close', () => {
      const firstExternalStatementAt = detectedAt + 30 * minute;
      expect(
        clock('first-statement', {
          incident: closed,
          firstExternalStatementAt,
          now: closedAt + hour,
        }),
      ).toMatchObject({ state: 'met', metAt: firstExternalStatementAt });
    });

    it('starts them again on reopening, the cadence clocks counting from the reopening', () => {
      const reopenedAt = detectedAt + 8 * hour;
      const incident = {
        ...closed,
        status: 'active' as const,
        statusHistory: [
          ...closedHistory(closedAt),
          { from: 'closed' as const, to: 'active' as const, at: reopenedAt, by: 'Mei' },
        ],
      };
      const now = reopenedAt + 30 * minute;
      const input = {
        incident,
        lastUpdateAt: detectedAt + 4 * hour,
        lastSitrepAt: detectedAt + 4 * hour,
        now,
      };
      expect(clock('since-detection', input)).toMatchObject({ state: 'running', stoppedAt: null });
      expect(clock('next-update', input)).toMatchObject({
        startedAt: reopenedAt,
        dueAt: reopenedAt + hour,
        state: 'running',
      });
      expect(clock('next-sitrep', input)).toMatchObject({
        startedAt: reopenedAt,
        state: 'running',
      });
      // Still no statement: the target from detection has long passed.
      expect(clock('first-statement', input).state).toBe('overdue');
      // An update after the reopening counts from itself.
      expect(
        clock('next-update', { ...input, lastUpdateAt: reopenedAt + 20 * minute }).startedAt,
      ).toBe(reopenedAt + 20 * minute);
    });
  });
});

describe('newlyOverdue', () => {
  /** The clocks at `now`, nothing sent unless `lastUpdateAt` says so. */
  function at(now: number, lastUpdateAt: number | null = null): IncidentClock[] {
    return incidentClocks(clockInput({ now, lastUpdateAt }));
  }

  it('fires once when a clock crosses into overdue', () => {
    const before = at(detectedAt + 59 * minute);
    const after = at(detectedAt + 61 * minute);
    expect(newlyOverdue(before, after).map(({ id }) => id)).toEqual(['first-statement']);
    expect(newlyOverdue(after, at(detectedAt + 62 * minute))).toEqual([]);
    const later = at(declaredAt + 61 * minute);
    expect(newlyOverdue(after, later).map(({ id }) => id)).toEqual(['next-update']);
  });

  it('fires again after the clock left overdue and crossed again', () => {
    const updateAt = declaredAt + 70 * minute;
    const overdue = at(declaredAt + 65 * minute);
    const afterUpdate = at(updateAt + minute, updateAt);
    expect(newlyOverdue(overdue, afterUpdate)).toEqual([]);
    const missedAgain = at(updateAt + 61 * minute, updateAt);
    expect(newlyOverdue(afterUpdate, missedAgain).map(({ id }) => id)).toEqual(['next-update']);
  });

  it('does not fire for a clock the previous check did not have', () => {
    expect(newlyOverdue([], at(detectedAt + 10 * hour))).toEqual([]);
  });
});
