import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  applyFirings,
  reopen,
  resolve,
  resolvedMemoryMs,
  resolveRecovered,
  shouldNotify,
  snooze,
  sourceHealthFirings,
  wakeSnoozed,
} from '../../../../shared/monitoring/earlyWarning/alerts';
import type { Alert, SourceHealth } from '../../../../shared/monitoring/earlyWarning/alerts';
import { hourMs } from '../../../../shared/monitoring/earlyWarning/rollups';
import type { TriggerFiring } from '../../../../shared/monitoring/earlyWarning/triggers';

const minute = 60_000;
const start = Date.UTC(2026, 10, 22, 9, 0, 0);

/** A spike firing of `ruleId` for the hour starting `hourIndex` hours after `start`. */
function spikeFiring(hourIndex: number, ruleId = 'rule-1', current = 20): TriggerFiring {
  const hourStart = start + hourIndex * hourMs;
  return {
    kind: 'spike',
    indicator: 'mentions-per-hour',
    ruleId,
    sourceId: null,
    sourceName: null,
    window: { start: hourStart, end: hourStart + hourMs },
    values: { current, threshold: 16, mean: 10, stdDev: 2, k: 3 },
    occurrenceKey: `${ruleId}|spike|${String(hourStart)}`,
    summary: {
      mentions: current,
      sentimentMix: { positive: 1, neutral: current - 6, negative: 5 },
      topTerms: [{ key: '個資外洩', count: current }],
      topSources: [{ key: 'src-a', count: current }],
      sampleItemIds: ['item-1', 'item-2'],
    },
  };
}

/** Applies firings and returns every alert afterwards (existing ones replaced by their update). */
function step(
  alerts: readonly Alert[],
  firings: readonly TriggerFiring[],
  now: number,
  isDryRun = false,
): { alerts: Alert[]; result: ReturnType<typeof applyFirings> } {
  const result = applyFirings(alerts, firings, now, { isDryRun });
  const updated = new Map(result.updated.map((alert) => [alert.id, alert]));
  return {
    alerts: [...alerts.map((alert) => updated.get(alert.id) ?? alert), ...result.created],
    result,
  };
}

describe('applyFirings', () => {
  it('creates a new alert with its explanation', () => {
    const { result } = step([], [spikeFiring(0)], start + 10 * minute);
    expect(result.created).toHaveLength(1);
    expect(result.created[0]).toMatchObject({
      ruleId: 'rule-1',
      sourceId: null,
      kind: 'spike',
      state: 'new',
      count: 1,
      firstFiredAt: start + 10 * minute,
      lastFiredAt: start + 10 * minute,
      isDryRun: false,
      explanation: {
        indicator: 'mentions-per-hour',
        values: { current: 20, mean: 10, stdDev: 2, threshold: 16 },
        topTerms: [{ key: '個資外洩', count: 20 }],
        topSources: [{ key: 'src-a', count: 20 }],
        sentimentMix: { positive: 1, neutral: 14, negative: 5 },
        sampleItemIds: ['item-1', 'item-2'],
      },
      history: [{ at: start + 10 * minute, from: null, to: 'new', reason: 'fired' }],
    });
    expect(result.changes).toEqual([{ alertId: result.created[0]?.id, kind: 'created' }]);
  });

  it('groups a repeat within 1 h and starts a new alert after', () => {
    const first = step([], [spikeFiring(0)], start + 50 * minute);
    const within = step(first.alerts, [spikeFiring(1, 'rule-1', 30)], start + 110 * minute);
    expect(within.result.created).toEqual([]);
    expect(within.result.updated).toHaveLength(1);
    expect(within.result.updated[0]).toMatchObject({
      count: 2,
      firstFiredAt: start + 50 * minute,
      lastFiredAt: start + 110 * minute,
      explanation: { values: { current: 30 } },
    });
    expect(within.result.changes[0]?.kind).toBe('repeated');

    const after = step(within.alerts, [spikeFiring(3)], start + 110 * minute + hourMs + 1);
    expect(after.result.created).toHaveLength(1);
    expect(after.result.updated).toEqual([]);
  });

  it('counts a re-evaluation of the same hour once, but keeps it fresh', () => {
    const first = step([], [spikeFiring(0)], start + 10 * minute);
    const again = step(first.alerts, [spikeFiring(0, 'rule-1', 25)], start + 40 * minute);
    expect(again.result.updated[0]).toMatchObject({
      count: 1,
      lastFiredAt: start + 40 * minute,
      explanation: { values: { current: 25 } },
    });
    expect(again.result.changes[0]?.kind).toBe('refreshed');
  });

  it('keeps rules, kinds and dry-run apart', () => {
    const first = step([], [spikeFiring(0)], start);
    const other = step(first.alerts, [spikeFiring(0, 'rule-2')], start + minute);
    expect(other.result.created).toHaveLength(1);
    const dry = step(first.alerts, [spikeFiring(1)], start + minute, true);
    expect(dry.result.created).toHaveLength(1);
    expect(dry.result.created[0]?.isDryRun).toBe(true);
  });

  it('groups two firings of one batch into one alert', () => {
    const { result } = step([], [spikeFiring(0), spikeFiring(1)], start + hourMs + minute);
    expect(result.created).toHaveLength(1);
    expect(result.created[0]?.count).toBe(2);
    expect(result.updated).toEqual([]);
  });

  it('does not let a resolved alert absorb repeats; an acknowledged one does', () => {
    const first = step([], [spikeFiring(0)], start);
    const firstAlert = first.alerts[0];
    expect(firstAlert).toBeDefined();
    if (firstAlert === undefined) {
      return;
    }
    const acknowledged = acknowledge(firstAlert, start + minute);
    const repeat = step([acknowledged], [spikeFiring(1)], start + 30 * minute);
    expect(repeat.result.created).toEqual([]);
    expect(repeat.result.updated[0]).toMatchObject({ state: 'acknowledged', count: 2 });

    const resolved = resolve(acknowledged, start + 2 * minute);
    const afterResolve = step([resolved], [spikeFiring(1)], start + 30 * minute);
    expect(afterResolve.result.created).toHaveLength(1);
    expect(afterResolve.result.updated).toEqual([]);
  });

  it('absorbs a re-evaluation of a resolved alert’s occurrence silently', () => {
    const first = step([], [spikeFiring(0)], start + 10 * minute);
    const [alert] = first.alerts;
    if (alert === undefined) {
      throw new Error('no alert');
    }
    const resolved = resolve(alert, start + 20 * minute);
    // The trigger still holds: the same hour is evaluated again, then once more after it ended.
    for (const at of [start + 30 * minute, start + hourMs + 30 * minute]) {
      const again = step([resolved], [spikeFiring(0, 'rule-1', 40)], at);
      expect(again.result).toEqual({ created: [], updated: [], changes: [] });
      expect(again.alerts).toEqual([resolved]);
    }
    // A new occurrence after resolution is a new alert, and notifies.
    const next = step([resolved], [spikeFiring(0), spikeFiring(1)], start + hourMs + 30 * minute);
    expect(next.result.changes.map((change) => change.kind)).toEqual(['created']);
    const [created] = next.result.created;
    expect(created).toMatchObject({ state: 'new', count: 1 });
    expect(created !== undefined && shouldNotify(created, 'created')).toBe(true);
    expect(next.alerts).toContain(resolved);
  });

  it('forgets a resolved alert’s occurrences once it last fired longer ago than it remembers', () => {
    expect(resolvedMemoryMs()).toBe(3 * hourMs);
    const alert = step([], [spikeFiring(0)], start).alerts[0];
    if (alert === undefined) {
      throw new Error('no alert');
    }
    const resolved = resolve(alert, start + minute);
    expect(step([resolved], [spikeFiring(0)], start + 3 * hourMs).result.created).toEqual([]);
    expect(step([resolved], [spikeFiring(0)], start + 3 * hourMs + 1).result.created).toHaveLength(
      1,
    );
  });

  it('prefers an open alert that recorded the occurrence over a resolved one', () => {
    const first = step([], [spikeFiring(0)], start).alerts[0];
    if (first === undefined) {
      throw new Error('no alert');
    }
    const resolved = resolve(first, start + minute);
    const reopened = { ...reopen(resolved, start + 2 * minute), id: 'reopened' };
    const { result } = step([resolved, reopened], [spikeFiring(0)], start + 10 * minute);
    expect(result.changes).toEqual([{ alertId: 'reopened', kind: 'refreshed' }]);
  });

  it('does not change its inputs', () => {
    const first = step([], [spikeFiring(0)], start);
    const snapshot = structuredClone(first.alerts);
    step(first.alerts, [spikeFiring(1)], start + minute);
    expect(first.alerts).toEqual(snapshot);
  });
});

describe('snooze and wake', () => {
  it('groups silently while snoozed and wakes as new when it fires after the snooze', () => {
    const first = step([], [spikeFiring(0)], start);
    const alert = first.alerts[0];
    if (alert === undefined) {
      throw new Error('no alert');
    }
    const snoozed = snooze(alert, start + 4 * hourMs, start + minute);
    expect(snoozed).toMatchObject({ state: 'snoozed', snoozedUntil: start + 4 * hourMs });

    const during = step([snoozed], [spikeFiring(2)], start + 2 * hourMs);
    expect(during.result.updated[0]).toMatchObject({ state: 'snoozed', count: 2 });
    expect(during.result.changes[0]?.kind).toBe('repeated');
    const duringAlert = during.result.updated[0];
    expect(duringAlert !== undefined && shouldNotify(duringAlert, 'repeated')).toBe(false);

    // Long after the group window: the snoozed alert still takes the firing, and wakes.
    const after = step(during.alerts, [spikeFiring(6)], start + 6 * hourMs);
    expect(after.result.created).toEqual([]);
    const woken = after.result.updated[0];
    expect(woken).toMatchObject({ state: 'new', snoozedUntil: null, count: 3 });
    expect(after.result.changes[0]?.kind).toBe('woke');
    expect(woken !== undefined && shouldNotify(woken, 'woke')).toBe(true);
    expect(woken?.history.map((entry) => entry.reason)).toEqual(['fired', 'snoozed', 'woke']);
  });

  it('wakeSnoozed brings back alerts whose snooze ended, without notifying', () => {
    const first = step([], [spikeFiring(0)], start);
    const alert = first.alerts[0];
    if (alert === undefined) {
      throw new Error('no alert');
    }
    const snoozed = snooze(alert, start + hourMs, start);
    expect(wakeSnoozed([snoozed], start + hourMs - 1)).toEqual([]);
    const [woken] = wakeSnoozed([snoozed], start + hourMs);
    expect(woken).toMatchObject({ state: 'new', snoozedUntil: null });
    expect(woken?.history.at(-1)).toEqual({
      at: start + hourMs,
      from: 'snoozed',
      to: 'new',
      reason: 'snooze-ended',
    });
  });

  it('refuses a snooze that ends before now, and snoozing a resolved alert', () => {
    const alert = step([], [spikeFiring(0)], start).alerts[0];
    if (alert === undefined) {
      throw new Error('no alert');
    }
    expect(snooze(alert, start, start)).toBe(alert);
    const resolved = resolve(alert, start);
    expect(snooze(resolved, start + hourMs, start)).toBe(resolved);
  });
});

describe('state changes', () => {
  it('acknowledge, resolve and reopen keep a history', () => {
    const alert = step([], [spikeFiring(0)], start).alerts[0];
    if (alert === undefined) {
      throw new Error('no alert');
    }
    const acknowledged = acknowledge(alert, start + 1);
    expect(acknowledge(acknowledged, start + 2)).toBe(acknowledged);
    const resolved = resolve(acknowledged, start + 3);
    expect(acknowledge(resolved, start + 4)).toBe(resolved);
    const reopened = reopen(resolved, start + 5);
    expect(reopened.state).toBe('acknowledged');
    expect(reopen(reopened, start + 6)).toBe(reopened);
    expect(reopened.history).toEqual([
      { at: start, from: null, to: 'new', reason: 'fired' },
      { at: start + 1, from: 'new', to: 'acknowledged', reason: 'acknowledged' },
      { at: start + 3, from: 'acknowledged', to: 'resolved', reason: 'resolved' },
      { at: start + 5, from: 'resolved', to: 'acknowledged', reason: 'reopened' },
    ]);
  });
});

describe('shouldNotify', () => {
  it('notifies new alerts but never dry-run ones', () => {
    const live = step([], [spikeFiring(0)], start).result.created[0];
    const dry = step([], [spikeFiring(0)], start, true).result.created[0];
    if (live === undefined || dry === undefined) {
      throw new Error('no alert');
    }
    expect(shouldNotify(live, 'created')).toBe(true);
    // Repeats of rule alerts stay quiet, acknowledged or not.
    expect(shouldNotify(live, 'repeated')).toBe(false);
    expect(shouldNotify(acknowledge(live, start), 'repeated')).toBe(false);
    expect(shouldNotify(live, 'refreshed')).toBe(false);
    expect(shouldNotify(live, 'snooze-ended')).toBe(false);
    expect(shouldNotify(dry, 'created')).toBe(false);
    // A dry-run alert that wakes from a snooze stays quiet too.
    const drySnoozed = snooze(dry, start + hourMs, start);
    const woken = step([drySnoozed], [spikeFiring(2)], start + 2 * hourMs, true).result.updated[0];
    expect(woken?.state).toBe('new');
    expect(woken !== undefined && shouldNotify(woken, 'woke')).toBe(false);
  });
});

describe('source health', () => {
  const brokenSince = start + 5 * minute;
  const broken: SourceHealth = {
    id: 'src-a',
    name: '中央社',
    isHealthy: false,
    unhealthySince: brokenSince,
  };

  it('repeats hourly until the source recovers, then resolves', () => {
    let alerts: Alert[] = [];
    const notified: string[] = [];
    // Evaluated every 20 minutes for five hours.
    for (let at = brokenSince; at <= brokenSince + 5 * hourMs; at += 20 * minute) {
      const next = step(
        alerts,
        sourceHealthFirings([broken, { ...broken, id: 'ok', isHealthy: true }], at),
        at,
      );
      alerts = next.alerts;
      for (const change of next.result.changes) {
        const alert = alerts.find((candidate) => candidate.id === change.alertId);
        if (alert !== undefined && shouldNotify(alert, change.kind)) {
          notified.push(change.kind);
        }
      }
    }
    // One notice when it broke, then one reminder per hour.
    expect(notified).toEqual([
      'created',
      'repeated',
      'repeated',
      'repeated',
      'repeated',
      'repeated',
    ]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      kind: 'source-unhealthy',
      sourceId: 'src-a',
      ruleId: null,
      state: 'new',
      count: 6,
      explanation: {
        indicator: 'source-health',
        sourceName: '中央社',
        values: { unhealthySince: brokenSince, unhealthyForMs: 5 * hourMs },
      },
    });

    // Still one alert after a pause longer than the group window (the app was closed).
    const later = brokenSince + 9 * hourMs;
    alerts = step(alerts, sourceHealthFirings([broken], later), later).alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.count).toBe(7);

    const recovered = resolveRecovered(alerts, [{ ...broken, isHealthy: true }], later + minute);
    expect(recovered).toHaveLength(1);
    expect(recovered[0]).toMatchObject({ state: 'resolved' });
    expect(recovered[0]?.history.at(-1)?.reason).toBe('recovered');
    expect(sourceHealthFirings([{ ...broken, isHealthy: true }], later + minute)).toEqual([]);
    // A source not in the list is left alone.
    expect(resolveRecovered(alerts, [], later + minute)).toEqual([]);
  });

  it('reminds hourly while new or acknowledged, but not while snoozed or for dry runs', () => {
    const created = step([], sourceHealthFirings([broken], brokenSince), brokenSince).alerts[0];
    if (created === undefined) {
      throw new Error('no alert');
    }
    const later = brokenSince + hourMs;
    const repeatOf = (alert: Alert): Alert => {
      const updated = step([alert], sourceHealthFirings([broken], later), later).result.updated[0];
      expect(updated?.count).toBe(2);
      if (updated === undefined) {
        throw new Error('no repeat');
      }
      return updated;
    };
    expect(shouldNotify(repeatOf(created), 'repeated')).toBe(true);
    expect(shouldNotify(repeatOf(acknowledge(created, brokenSince + minute)), 'repeated')).toBe(
      true,
    );
    const snoozed = snooze(created, brokenSince + 4 * hourMs, brokenSince + minute);
    expect(shouldNotify(repeatOf(snoozed), 'repeated')).toBe(false);
    expect(shouldNotify({ ...repeatOf(created), isDryRun: true }, 'repeated')).toBe(false);
    expect(shouldNotify(repeatOf(created), 'refreshed')).toBe(false);
  });

  it('keeps a source resolved by hand quiet for the rest of the hour, then raises a new alert', () => {
    const first = step([], sourceHealthFirings([broken], brokenSince), brokenSince).alerts[0];
    if (first === undefined) {
      throw new Error('no alert');
    }
    const resolved = resolve(first, brokenSince + 10 * minute);
    const sameHour = brokenSince + 40 * minute;
    expect(step([resolved], sourceHealthFirings([broken], sameHour), sameHour).result).toEqual({
      created: [],
      updated: [],
      changes: [],
    });
    const nextHour = brokenSince + hourMs + minute;
    const { result } = step([resolved], sourceHealthFirings([broken], nextHour), nextHour);
    expect(result.changes.map((change) => change.kind)).toEqual(['created']);
    expect(result.created[0]).toMatchObject({ state: 'new', count: 1, sourceId: 'src-a' });
  });

  it('repeats once per period when the outage start is unknown', () => {
    const unknown = { ...broken, unhealthySince: null };
    const keyAt = (at: number): string | undefined =>
      sourceHealthFirings([unknown], at)[0]?.occurrenceKey;
    expect(keyAt(start + 10 * minute)).toBe(keyAt(start + 50 * minute));
    expect(keyAt(start + 50 * minute)).not.toBe(keyAt(start + hourMs + minute));
  });

  it('starts a new alert when the source breaks again after recovering', () => {
    const first = step([], sourceHealthFirings([broken], brokenSince), brokenSince).alerts;
    const resolved = resolveRecovered(
      first,
      [{ ...broken, isHealthy: true }],
      brokenSince + hourMs,
    );
    const again = { ...broken, unhealthySince: brokenSince + 2 * hourMs };
    const { result } = step(
      resolved,
      sourceHealthFirings([again], again.unhealthySince),
      again.unhealthySince,
    );
    expect(result.created).toHaveLength(1);
  });
});
