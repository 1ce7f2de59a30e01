import { describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../renderer/src/db/database';
import {
  acknowledgeAlert,
  compareInboxOrder,
  readAlert,
  readAlerts,
  readAlertsOfRule,
  reopenAlert,
  resolveAlert,
  snoozeAlert,
  storeFirings,
  wakeSnoozedAlerts,
} from '../../../../renderer/src/db/repositories/monitoringAlertRepository';
import { sourceHealthFirings } from '../../../../shared/monitoring/earlyWarning/alerts';
import type { Alert, SourceHealth } from '../../../../shared/monitoring/earlyWarning/alerts';
import { hourMs } from '../../../../shared/monitoring/earlyWarning/rollups';
import type { TriggerFiring } from '../../../../shared/monitoring/earlyWarning/triggers';
import { testNow } from '../monitoringFixtures';
import { useFreshDatabases } from '../openDatabaseAt';

const freshDatabase = useFreshDatabases('alerts');
const minute = 60_000;

/** A spike firing of `ruleId` for the hour starting at `hourStart`. */
function spikeFiring(ruleId: string, hourStart: number, current = 20): TriggerFiring {
  return {
    kind: 'spike',
    indicator: 'mentions-per-hour',
    ruleId,
    sourceId: null,
    sourceName: null,
    window: { start: hourStart, end: hourStart + hourMs },
    values: { current, threshold: 3, mean: 1.5, stdDev: 0.5, k: 3 },
    occurrenceKey: `${ruleId}|spike|${String(hourStart)}`,
    summary: {
      mentions: current,
      sentimentMix: { positive: 0, neutral: current, negative: 0 },
      topTerms: [{ key: 'brand', count: current }],
      topSources: [{ key: 'source-a', count: current }],
      sampleItemIds: ['item-1'],
    },
  };
}

/** Stores one new spike alert of `ruleId` at `at` and returns it. */
async function seededAlert(
  db: CrisisRoomDatabase,
  ruleId = 'rule-a',
  at = testNow,
): Promise<Alert> {
  const [change] = await storeFirings({ ruleId }, [spikeFiring(ruleId, at)], at, {}, db);
  if (change === undefined) {
    throw new Error('no alert was stored');
  }
  return change.alert;
}

describe('monitoring alert repository', () => {
  it('stores firings as alerts and groups a repeat within the hour into the same alert', async () => {
    const db = await freshDatabase();
    const created = await storeFirings(
      { ruleId: 'rule-a' },
      [spikeFiring('rule-a', testNow)],
      testNow,
      {},
      db,
    );
    expect(created.map((change) => change.kind)).toEqual(['created']);

    const repeated = await storeFirings(
      { ruleId: 'rule-a' },
      [spikeFiring('rule-a', testNow + hourMs)],
      testNow + 50 * minute,
      {},
      db,
    );

    expect(repeated).toEqual([{ alert: expect.objectContaining({ count: 2 }), kind: 'repeated' }]);
    expect(await db.monitoringAlerts.count()).toBe(1);
  });

  it('keeps an alert resolved while its hour is evaluated again; a new hour raises a new one', async () => {
    const db = await freshDatabase();
    const alert = await seededAlert(db, 'rule-a', testNow);
    const resolved = await resolveAlert(alert.id, testNow + 10 * minute, db);

    expect(
      await storeFirings(
        { ruleId: 'rule-a' },
        [spikeFiring('rule-a', testNow, 30)],
        testNow + hourMs + 20 * minute,
        {},
        db,
      ),
    ).toEqual([]);
    expect(await readAlerts(db)).toEqual([resolved]);

    const next = await storeFirings(
      { ruleId: 'rule-a' },
      [spikeFiring('rule-a', testNow), spikeFiring('rule-a', testNow + hourMs)],
      testNow + hourMs + 30 * minute,
      {},
      db,
    );
    expect(next).toEqual([
      { alert: expect.objectContaining({ state: 'new', count: 1 }), kind: 'created' },
    ]);
    expect(await readAlert(alert.id, db)).toEqual(resolved);
  });

  it('keeps a source-health alert resolved by hand for the rest of its hour', async () => {
    const db = await freshDatabase();
    const broken: SourceHealth = {
      id: 'source-a',
      name: 'Daily News',
      isHealthy: false,
      unhealthySince: testNow,
    };
    const scope = { kind: 'source-unhealthy' } as const;
    const [created] = await storeFirings(
      scope,
      sourceHealthFirings([broken], testNow),
      testNow,
      {},
      db,
    );
    if (created === undefined) {
      throw new Error('no alert was stored');
    }
    await resolveAlert(created.alert.id, testNow + minute, db);

    const sameHour = testNow + 30 * minute;
    expect(
      await storeFirings(scope, sourceHealthFirings([broken], sameHour), sameHour, {}, db),
    ).toEqual([]);
    const nextHour = testNow + hourMs + minute;
    const next = await storeFirings(
      scope,
      sourceHealthFirings([broken], nextHour),
      nextHour,
      {},
      db,
    );
    expect(next.map((change) => change.kind)).toEqual(['created']);
    expect((await readAlerts(db)).map((alert) => alert.state)).toEqual(['new', 'resolved']);
  });

  it('creates one alert when two evaluations store the same firing at once', async () => {
    const db = await freshDatabase();
    const firing = spikeFiring('rule-a', testNow);

    const results = await Promise.all([
      storeFirings({ ruleId: 'rule-a' }, [firing], testNow, {}, db),
      storeFirings({ ruleId: 'rule-a' }, [firing], testNow + 1, {}, db),
    ]);

    expect(results.flat().map((change) => change.kind)).toEqual(['created', 'refreshed']);
    expect(await db.monitoringAlerts.count()).toBe(1);
  });

  it('keeps dry-run alerts apart from active ones of the same rule', async () => {
    const db = await freshDatabase();
    const firing = spikeFiring('rule-a', testNow);
    await storeFirings({ ruleId: 'rule-a' }, [firing], testNow, { isDryRun: true }, db);
    await storeFirings({ ruleId: 'rule-a' }, [firing], testNow, {}, db);

    const alerts = await readAlertsOfRule('rule-a', db);
    expect(alerts.map((alert) => alert.isDryRun).sort()).toEqual([false, true]);
  });

  it('reads alerts in inbox order: new first, then the most recently fired', async () => {
    const db = await freshDatabase();
    const older = await seededAlert(db, 'rule-old', testNow);
    const newer = await seededAlert(db, 'rule-new', testNow + hourMs);
    const seen = await seededAlert(db, 'rule-seen', testNow + 2 * hourMs);
    await acknowledgeAlert(seen.id, testNow + 3 * hourMs, db);

    const alerts = await readAlerts(db);

    expect(alerts.map((alert) => alert.id)).toEqual([newer.id, older.id, seen.id]);
    expect(compareInboxOrder(older, newer)).toBeGreaterThan(0);
    expect((await readAlertsOfRule('rule-old', db)).map((alert) => alert.id)).toEqual([older.id]);
  });

  it('acknowledges, snoozes, resolves and reopens an alert, recording each change', async () => {
    const db = await freshDatabase();
    const alert = await seededAlert(db);

    expect(await acknowledgeAlert(alert.id, testNow + minute, db)).toMatchObject({
      state: 'acknowledged',
    });
    expect(await snoozeAlert(alert.id, testNow + hourMs, testNow + 2 * minute, db)).toMatchObject({
      state: 'snoozed',
      snoozedUntil: testNow + hourMs,
    });
    expect(await resolveAlert(alert.id, testNow + 3 * minute, db)).toMatchObject({
      state: 'resolved',
      snoozedUntil: null,
    });
    expect(await reopenAlert(alert.id, testNow + 4 * minute, db)).toMatchObject({
      state: 'acknowledged',
    });

    const stored = await readAlert(alert.id, db);
    expect(stored?.history.map((entry) => entry.reason)).toEqual([
      'fired',
      'acknowledged',
      'snoozed',
      'resolved',
      'reopened',
    ]);
  });

  it('leaves a resolved alert alone when a stale screen acknowledges it', async () => {
    const db = await freshDatabase();
    const alert = await seededAlert(db);
    await resolveAlert(alert.id, testNow + minute, db);

    expect(await acknowledgeAlert(alert.id, testNow + 2 * minute, db)).toMatchObject({
      state: 'resolved',
    });
    expect((await readAlert(alert.id, db))?.history).toHaveLength(2);
    expect(await acknowledgeAlert('missing', testNow, db)).toBeUndefined();
  });

  it('wakes snoozed alerts whose snooze ended, and only those', async () => {
    const db = await freshDatabase();
    const short = await seededAlert(db, 'rule-short');
    const long = await seededAlert(db, 'rule-long');
    await snoozeAlert(short.id, testNow + 10 * minute, testNow + minute, db);
    await snoozeAlert(long.id, testNow + hourMs, testNow + minute, db);

    const woken = await wakeSnoozedAlerts(testNow + 20 * minute, () => true, db);

    expect(woken.map((alert) => alert.id)).toEqual([short.id]);
    expect(await readAlert(short.id, db)).toMatchObject({ state: 'new', snoozedUntil: null });
    expect(await readAlert(long.id, db)).toMatchObject({ state: 'snoozed' });
  });
});
