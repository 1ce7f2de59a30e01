import { describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../../renderer/src/db/database';
import {
  acknowledgeAlert,
  readAlerts,
  resolveAlert,
  snoozeAlert,
} from '../../../../../renderer/src/db/repositories/monitoringAlertRepository';
import { applyRecords } from '../../../../../renderer/src/db/repositories/monitoringRecordRepository';
import {
  evaluateRules,
  evaluateSourceHealth,
} from '../../../../../renderer/src/features/monitoring/earlyWarning/alertEvaluator';
import { hourMs } from '../../../../../shared/monitoring/earlyWarning/rollups';
import type { FetchError } from '../../../../../shared/monitoring/records';
import { fetchRecord, item, seedSource, testNow } from '../../../db/monitoringFixtures';
import { useFreshDatabases } from '../../../db/openDatabaseAt';
import {
  evaluationNow,
  hourStart,
  ruleRow,
  seedCoverage,
  seedRollups,
  spikeSeries,
} from './alertFixtures';

const freshDatabase = useFreshDatabases('alert-evaluator');
const minute = 60_000;
const dayMs = 24 * hourMs;
const timeout: FetchError = { code: 'timeout', params: { seconds: 30 }, detail: 'timed out' };

/** A database with source-a scanned without a gap for the last 20 days and one rule. */
async function monitoredDatabase(
  rule: Parameters<typeof ruleRow>[0] = {},
  triggers: Parameters<typeof ruleRow>[1] = {},
): Promise<CrisisRoomDatabase> {
  const db = await freshDatabase();
  await seedSource(db, {}, testNow - 21 * dayMs);
  await seedCoverage(db, testNow - 20 * dayMs, evaluationNow);
  await db.monitoringRules.put(ruleRow(rule, triggers));
  return db;
}

describe('evaluateRules', () => {
  it('raises one new spike alert with the values that explain it, and notifies', async () => {
    const db = await monitoredDatabase();
    await seedRollups(db, 'rule-brand', spikeSeries(20));

    const notices = await evaluateRules(db, ['rule-brand'], evaluationNow);

    const alerts = await readAlerts(db);
    expect(alerts).toHaveLength(1);
    const [alert] = alerts;
    expect(alert).toMatchObject({
      ruleId: 'rule-brand',
      kind: 'spike',
      state: 'new',
      count: 1,
      isDryRun: false,
      firstFiredAt: evaluationNow,
    });
    expect(alert?.explanation).toMatchObject({
      indicator: 'mentions-per-hour',
      window: { start: hourStart, end: hourStart + hourMs },
      values: { current: 20, mean: 1.5, stdDev: 0.5, threshold: 3, k: 3, baselineHours: 336 },
      mentions: 20,
      sentimentMix: { positive: 0, neutral: 20, negative: 0 },
      topTerms: [{ key: 'brand', count: 20 }],
      topSources: [{ key: 'source-a', count: 20 }],
    });
    expect(alert?.explanation.sampleItemIds).toHaveLength(5);
    expect(notices).toEqual([{ alert, kind: 'created', subjectName: 'Brand watch' }]);
  });

  it('groups the same hour evaluated again into the alert without a second notification', async () => {
    const db = await monitoredDatabase();
    await seedRollups(db, 'rule-brand', spikeSeries(20));
    await evaluateRules(db, ['rule-brand'], evaluationNow);

    const notices = await evaluateRules(db, ['rule-brand'], evaluationNow + 10 * minute);

    expect(notices).toEqual([]);
    const alerts = await readAlerts(db);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ count: 1, lastFiredAt: evaluationNow + 10 * minute });
  });

  it('keeps an alert resolved while the spike still holds, without a new alert or notice', async () => {
    const db = await monitoredDatabase();
    await seedRollups(db, 'rule-brand', spikeSeries(20));
    await evaluateRules(db, ['rule-brand'], evaluationNow);
    const [alert] = await readAlerts(db);
    if (alert === undefined) {
      throw new Error('no alert');
    }
    await resolveAlert(alert.id, evaluationNow + minute, db);

    expect(await evaluateRules(db, ['rule-brand'], evaluationNow + 10 * minute)).toEqual([]);

    const alerts = await readAlerts(db);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ id: alert.id, state: 'resolved', count: 1 });
  });

  it('records a dry-run rule’s firing as a dry-run alert and never notifies', async () => {
    const db = await monitoredDatabase({ mode: 'dry-run' });
    await seedRollups(db, 'rule-brand', spikeSeries(20));

    const notices = await evaluateRules(db, null, evaluationNow);

    expect(notices).toEqual([]);
    const alerts = await readAlerts(db);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'spike', isDryRun: true, state: 'new' });
  });

  it('skips rules that are off', async () => {
    const db = await monitoredDatabase({ mode: 'off' });
    await seedRollups(db, 'rule-brand', spikeSeries(20));

    expect(await evaluateRules(db, null, evaluationNow)).toEqual([]);
    expect(await readAlerts(db)).toEqual([]);
  });

  it('raises a negative-share alert at 40 % of 10 mentions, and not at 30 %', async () => {
    const triggers = { spike: { isEnabled: false } };
    const db = await monitoredDatabase({}, triggers);
    await db.monitoringRules.put(ruleRow({ id: 'rule-calm', name: 'Calm' }, triggers));
    await seedRollups(
      db,
      'rule-brand',
      new Map([
        [hourStart - hourMs, { negative: 2, neutral: 3 }],
        [hourStart, { negative: 2, neutral: 3 }],
      ]),
    );
    await seedRollups(
      db,
      'rule-calm',
      new Map([
        [hourStart - hourMs, { negative: 1, neutral: 4 }],
        [hourStart, { negative: 2, neutral: 3 }],
      ]),
    );

    const notices = await evaluateRules(db, ['rule-brand', 'rule-calm'], evaluationNow);

    const alerts = await readAlerts(db);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ ruleId: 'rule-brand', kind: 'negative-share' });
    expect(alerts[0]?.explanation.values).toMatchObject({
      current: 0.4,
      threshold: 0.4,
      mentions: 10,
      negative: 4,
      windowHours: 2,
    });
    expect(alerts[0]?.explanation.window).toEqual({
      start: hourStart - hourMs,
      end: hourStart + hourMs,
    });
    expect(notices.map((notice) => notice.subjectName)).toEqual(['Brand watch']);
  });

  it('leaves hours no source in the rule’s scope covered out of the baseline (no spike)', async () => {
    const db = await freshDatabase();
    await seedSource(db, {}, testNow - 21 * dayMs);
    await seedSource(db, { id: 'source-b', name: 'Source B' }, testNow - 21 * dayMs);
    // Only source-b was scanned, and the rule reads source-a alone: every hour is a gap for it.
    await seedCoverage(db, testNow - 20 * dayMs, evaluationNow, 'source-b');
    await db.monitoringRules.put(ruleRow({ sourceIds: ['source-a'] }));
    await seedRollups(db, 'rule-brand', spikeSeries(20));

    expect(await evaluateRules(db, null, evaluationNow)).toEqual([]);

    await seedCoverage(db, testNow - 20 * dayMs, evaluationNow, 'source-a');
    expect(await evaluateRules(db, null, evaluationNow)).toHaveLength(1);
  });

  it('wakes a snoozed alert that fires again after its snooze, and notifies then', async () => {
    const db = await monitoredDatabase();
    const series = spikeSeries(20);
    await seedRollups(db, 'rule-brand', series);
    const [created] = await evaluateRules(db, ['rule-brand'], evaluationNow);
    const alertId = created?.alert.id ?? '';
    await snoozeAlert(alertId, evaluationNow + 20 * minute, evaluationNow + 10 * minute, db);

    // Inside the snooze: the same hour again changes nothing visible.
    expect(await evaluateRules(db, ['rule-brand'], evaluationNow + 15 * minute)).toEqual([]);
    expect((await readAlerts(db))[0]).toMatchObject({ state: 'snoozed', count: 1 });

    // After it: the next hour spikes too, a new occurrence, so the alert is new again.
    await seedRollups(db, 'rule-brand', new Map([[hourStart + hourMs, { neutral: 20 }]]));
    const later = hourStart + hourMs + 5 * minute;
    const notices = await evaluateRules(db, ['rule-brand'], later);

    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('woke');
    const alerts = await readAlerts(db);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ id: alertId, state: 'new', count: 2, snoozedUntil: null });
  });

  it('repeats a snoozed alert quietly while the snooze lasts', async () => {
    const db = await monitoredDatabase();
    await seedRollups(db, 'rule-brand', spikeSeries(20));
    const [created] = await evaluateRules(db, ['rule-brand'], evaluationNow);
    const until = hourStart + 3 * hourMs;
    await snoozeAlert(created?.alert.id ?? '', until, evaluationNow + minute, db);
    await seedRollups(db, 'rule-brand', new Map([[hourStart + hourMs, { neutral: 20 }]]));

    const notices = await evaluateRules(db, ['rule-brand'], hourStart + hourMs + 5 * minute);

    expect(notices).toEqual([]);
    expect((await readAlerts(db))[0]).toMatchObject({
      state: 'snoozed',
      count: 2,
      snoozedUntil: until,
    });
  });
});

describe('evaluateSourceHealth', () => {
  it('raises an unhealthy-source alert that repeats each hour until the source recovers', async () => {
    const db = await freshDatabase();
    await seedSource(db, { name: 'Daily News' });
    const failures = [1, 2, 3].map((minutes) =>
      fetchRecord(testNow + minutes * minute, { outcome: 'failed', error: timeout }),
    );
    await applyRecords(failures, db);
    const since = testNow + 3 * minute;

    const first = await evaluateSourceHealth(db, since + minute);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ kind: 'created', subjectName: 'Daily News' });
    expect(first[0]?.alert).toMatchObject({
      kind: 'source-unhealthy',
      sourceId: 'source-a',
      count: 1,
    });
    expect(first[0]?.alert.explanation.values.unhealthySince).toBe(since);

    // Re-evaluating within the hour adds nothing; each further hour adds one repeat and reminds,
    // acknowledged or not.
    expect(await evaluateSourceHealth(db, since + 30 * minute)).toEqual([]);
    expect((await readAlerts(db))[0]?.count).toBe(1);
    const second = await evaluateSourceHealth(db, since + hourMs + minute);
    expect(second.map(({ kind, subjectName }) => ({ kind, subjectName }))).toEqual([
      { kind: 'repeated', subjectName: 'Daily News' },
    ]);
    expect((await readAlerts(db))[0]?.count).toBe(2);
    const alertId = first[0]?.alert.id ?? '';
    await acknowledgeAlert(alertId, since + hourMs + 2 * minute, db);
    const third = await evaluateSourceHealth(db, since + 2 * hourMs + minute);
    expect(third.map(({ kind }) => kind)).toEqual(['repeated']);
    expect(await readAlerts(db)).toHaveLength(1);
    expect((await readAlerts(db))[0]).toMatchObject({ count: 3, state: 'acknowledged' });

    // Snoozing stops the reminders.
    await snoozeAlert(alertId, since + 6 * hourMs, since + 2 * hourMs + 2 * minute, db);
    expect(await evaluateSourceHealth(db, since + 3 * hourMs + minute)).toEqual([]);
    expect((await readAlerts(db))[0]).toMatchObject({ count: 4, state: 'snoozed' });

    await applyRecords([fetchRecord(since + 4 * hourMs, { items: [item('back')] })], db);
    expect(await evaluateSourceHealth(db, since + 4 * hourMs + minute)).toEqual([]);

    const [resolved] = await readAlerts(db);
    expect(resolved).toMatchObject({ state: 'resolved', count: 4 });
    expect(resolved?.history.at(-1)).toMatchObject({ to: 'resolved', reason: 'recovered' });
  });

  it('does not alert for a source below the unhealthy threshold', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    await applyRecords([fetchRecord(testNow, { outcome: 'failed', error: timeout })], db);

    expect(await evaluateSourceHealth(db, testNow + minute)).toEqual([]);
    expect(await readAlerts(db)).toEqual([]);
  });

  it('resolves the alert of a source that is deleted', async () => {
    const db = await freshDatabase();
    await seedSource(db);
    const failures = [1, 2, 3].map((minutes) =>
      fetchRecord(testNow + minutes * minute, { outcome: 'failed', error: timeout }),
    );
    await applyRecords(failures, db);
    await evaluateSourceHealth(db, testNow + 5 * minute);
    await db.monitoringSources.delete('source-a');

    await evaluateSourceHealth(db, testNow + 10 * minute);

    const [alert] = await readAlerts(db);
    expect(alert).toMatchObject({ state: 'resolved' });
    expect(alert?.history.at(-1)?.reason).toBe('resolved');
  });
});
