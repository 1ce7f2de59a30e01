import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Alert } from '../../../../../shared/monitoring/earlyWarning/alerts';
import { hourMs } from '../../../../../shared/monitoring/earlyWarning/rollups';
import { readAlerts } from '../../../../../renderer/src/db/repositories/monitoringAlertRepository';
import type { AlertNotice } from '../../../../../renderer/src/features/monitoring/earlyWarning/alertEvaluator';
import {
  alertNotificationText,
  earlyWarningTranslator,
  reportRulesApplied,
  startEarlyWarning,
  useEarlyWarning,
} from '../../../../../renderer/src/features/monitoring/earlyWarning/useEarlyWarning';
import { createI18n } from '../../../../../renderer/src/i18n/createI18n';
import { seedSource, testNow } from '../../../db/monitoringFixtures';
import { useFreshDatabases } from '../../../db/openDatabaseAt';
import { evaluationNow, ruleRow, seedCoverage, seedRollups, spikeSeries } from './alertFixtures';

const freshDatabase = useFreshDatabases('early-warning');
const dayMs = 24 * hourMs;

/** A database with source-a covered for 20 days, a rule, and a spike in the current hour. */
async function spikingDatabase(mode: 'active' | 'dry-run' = 'active') {
  const db = await freshDatabase();
  await seedSource(db, {}, testNow - 21 * dayMs);
  await seedCoverage(db, testNow - 20 * dayMs, evaluationNow);
  await db.monitoringRules.put(ruleRow({ mode }));
  await seedRollups(db, 'rule-brand', spikeSeries(20));
  return db;
}

/** A stored-looking alert of `kind` with the given explanation values. */
function notice(
  kind: Alert['kind'],
  indicator: Alert['explanation']['indicator'],
  values: Alert['explanation']['values'],
  subjectName = 'Brand watch',
): AlertNotice {
  const alert: Alert = {
    id: 'alert-1',
    ruleId: kind === 'source-unhealthy' ? null : 'rule-brand',
    sourceId: kind === 'source-unhealthy' ? 'source-a' : null,
    kind,
    state: 'new',
    firstFiredAt: testNow,
    lastFiredAt: testNow,
    count: 1,
    snoozedUntil: null,
    isDryRun: false,
    explanation: {
      indicator,
      window: { start: testNow, end: testNow + hourMs },
      values,
      sourceName: null,
      mentions: 0,
      sentimentMix: { positive: 0, neutral: 0, negative: 0 },
      topTerms: [],
      topSources: [],
      sampleItemIds: [],
    },
    occurrenceKeys: ['key'],
    history: [],
  };
  return { alert, kind: 'created', subjectName };
}

describe('alertNotificationText', () => {
  it('says what fired on which rule or source, short, in the UI language', () => {
    const english = earlyWarningTranslator(createI18n('en'), 'en');
    expect(
      alertNotificationText(
        notice('spike', 'mentions-per-hour', { current: 20, threshold: 3, mean: 1.5 }),
        english,
        'en',
      ),
    ).toEqual({ title: 'Spike: Brand watch', body: '20 mentions in an hour; usually about 1.5.' });
    expect(
      alertNotificationText(
        notice('negative-share', 'negative-share', {
          current: 0.45,
          threshold: 0.4,
          mentions: 20,
          negative: 9,
          windowHours: 2,
        }),
        english,
        'en',
      ).title,
    ).toBe('Negative share 45% on Brand watch');
    expect(
      alertNotificationText(
        notice('source-unhealthy', 'source-health', { current: 0, threshold: 0 }, 'Daily News'),
        english,
        'en',
      ).title,
    ).toBe('Source unhealthy: Daily News');
    expect(
      alertNotificationText(
        notice('threshold', 'velocity', { current: 2.5, threshold: 2 }),
        english,
        'en',
      ).body,
    ).toBe('Mentions up 250% (limit 200%).');
    expect(
      alertNotificationText(
        notice('spike', 'mentions-per-hour', { current: 20, threshold: 3, mean: 1.5 }),
        earlyWarningTranslator(createI18n('en'), 'zh-TW'),
        'zh-TW',
      ).title,
    ).toBe('聲量暴增：Brand watch');
  });
});

describe('startEarlyWarning', () => {
  it('evaluates everything at start and the touched rules after each applied batch', async () => {
    const db = await freshDatabase();
    await seedSource(db, {}, testNow - 21 * dayMs);
    await seedCoverage(db, testNow - 20 * dayMs, evaluationNow);
    const onNotices = vi.fn();
    const runner = startEarlyWarning({ db, onNotices, now: () => evaluationNow, everyMs: dayMs });
    await runner.whenIdle();
    expect(onNotices).not.toHaveBeenCalled();

    await db.monitoringRules.put(ruleRow());
    await seedRollups(db, 'rule-brand', spikeSeries(20));
    runner.rulesApplied(['rule-brand']);
    await runner.whenIdle();
    runner.stop();

    expect(onNotices).toHaveBeenCalledTimes(1);
    const [notices] = onNotices.mock.calls[0] ?? [];
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'created', subjectName: 'Brand watch' }),
    ]);
  });
});

describe('useEarlyWarning', () => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={createI18n('en')}>{children}</I18nextProvider>
  );

  it('shows a desktop notification for a new alert of an active rule', async () => {
    const db = await spikingDatabase();
    const notify = vi.fn(() => Promise.resolve('not-shown'));

    renderHook(() => useEarlyWarning({ db, notify, now: () => evaluationNow }), { wrapper });

    await waitFor(() => {
      expect(notify).toHaveBeenCalledWith({
        title: 'Spike: Brand watch',
        body: '20 mentions in an hour; usually about 1.5.',
      });
    });
    reportRulesApplied(['rule-brand']);
    await waitFor(async () => {
      expect((await readAlerts(db))[0]?.lastFiredAt).toBe(evaluationNow);
    });
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('records a dry-run rule’s alert without notifying', async () => {
    const db = await spikingDatabase('dry-run');
    const notify = vi.fn(() => Promise.resolve('not-shown'));

    renderHook(() => useEarlyWarning({ db, notify, now: () => evaluationNow }), { wrapper });

    await waitFor(async () => {
      expect(await readAlerts(db)).toHaveLength(1);
    });
    expect((await readAlerts(db))[0]?.isDryRun).toBe(true);
    expect(notify).not.toHaveBeenCalled();
  });
});
