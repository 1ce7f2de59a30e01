import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../../renderer/src/db/database';
import {
  insertRule,
  updateRule,
} from '../../../../../renderer/src/db/repositories/monitoringRuleRepository';
import { saveSetting } from '../../../../../renderer/src/db/repositories/settingsRepository';
import { startMonitoringSync } from '../../../../../renderer/src/features/monitoring/monitoringSync';
import type { MonitoringSync } from '../../../../../renderer/src/features/monitoring/monitoringSync';
import { fail } from '../../../../../shared/ipc/result';
import { defaultSynonymGroups } from '../../../../../shared/monitoring/matching/synonyms';
import { seedSource, testNow } from '../../../db/monitoringFixtures';
import { openFreshDatabase } from '../../../db/openDatabaseAt';
import { installFakeMainProcess } from '../../../support/fakeBridge';
import { ruleInput } from './earlyWarningFixtures';

const fake = installFakeMainProcess();
const running: { db: CrisisRoomDatabase; sync: MonitoringSync }[] = [];

function start(db: CrisisRoomDatabase): void {
  const sync = startMonitoringSync({
    bridge: fake.bridge,
    db,
    onStatus: () => {},
    onSyncError: () => {},
    retryDelaysMs: [20],
    sourcesDebounceMs: 20,
    rulesDebounceMs: 20,
  });
  running.push({ db, sync });
}

function channels(): string[] {
  return fake.calls.map((call) => call.channel);
}

function setRulesCalls(): unknown[] {
  return fake.calls
    .filter((call) => call.channel === 'monitoring:set-rules')
    .map((call) => call.payload);
}

beforeEach(() => {
  fake.reset();
});

afterEach(() => {
  for (const { db, sync } of running.splice(0)) {
    sync.stop();
    db.close();
  }
});

describe('monitoring sync of rules', () => {
  it('sends the rules that are not off with the synonyms and words, before the sources', async () => {
    const db = await openFreshDatabase('sync-rules');
    await seedSource(db);
    await insertRule(ruleInput({ tags: ['news'] }), testNow, db, 'rule-1');
    await insertRule(ruleInput({ name: 'Dry', mode: 'dry-run' }), testNow, db, 'rule-2');
    await insertRule(ruleInput({ name: 'Off', mode: 'off' }), testNow, db, 'rule-3');
    start(db);

    await expect.poll(() => channels().includes('monitoring:set-sources')).toBe(true);
    expect(channels().indexOf('monitoring:set-rules')).toBeLessThan(
      channels().indexOf('monitoring:set-sources'),
    );
    expect(setRulesCalls()).toEqual([
      {
        rules: [
          {
            id: 'rule-1',
            query: 'acme',
            sourceIds: [],
            tags: ['news'],
            mode: 'active',
            matchVersion: 1,
          },
          {
            id: 'rule-2',
            query: 'acme',
            sourceIds: [],
            tags: [],
            mode: 'dry-run',
            matchVersion: 1,
          },
        ],
        synonyms: defaultSynonymGroups,
        sentimentWords: [],
      },
    ]);
  });

  it('sends again after rules or sentiment words change, and not for unrelated settings', async () => {
    const db = await openFreshDatabase('sync-rules');
    start(db);
    await expect.poll(() => setRulesCalls().length).toBe(1);

    await insertRule(ruleInput(), testNow, db, 'rule-1');
    await expect.poll(() => setRulesCalls().length).toBe(2);
    await updateRule('rule-1', ruleInput({ query: 'acme OR 愛克米' }), testNow, db);
    await saveSetting('sentimentUserWords', [{ term: '翻車', weight: -2 }], db);
    await expect
      .poll(() => setRulesCalls().at(-1))
      .toMatchObject({
        rules: [{ id: 'rule-1', query: 'acme OR 愛克米', matchVersion: 2 }],
        sentimentWords: [{ term: '翻車', weight: -2 }],
      });
    const sent = setRulesCalls().length;
    await saveSetting('theme', 'dark', db);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(setRulesCalls()).toHaveLength(sent);
  });

  it('still sends the sources when the rules are refused', async () => {
    fake.responders['monitoring:set-rules'] = () => fail('invalid-payload', 'refused');
    const db = await openFreshDatabase('sync-rules');
    await seedSource(db);
    start(db);
    await expect.poll(() => channels().includes('monitoring:set-sources')).toBe(true);
  });
});
