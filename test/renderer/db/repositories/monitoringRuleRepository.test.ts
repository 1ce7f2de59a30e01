import { describe, expect, it } from 'vitest';
import {
  deleteRule,
  firstMatchVersion,
  insertRule,
  matchableRuleOf,
  readMatchingSettings,
  readRules,
  updateRule,
} from '../../../../renderer/src/db/repositories/monitoringRuleRepository';
import { saveSetting } from '../../../../renderer/src/db/repositories/settingsRepository';
import { emptyRollup } from '../../../../shared/monitoring/earlyWarning/rollups';
import { defaultSynonymGroups } from '../../../../shared/monitoring/matching/synonyms';
import { ruleInput } from '../../features/monitoring/earlyWarning/earlyWarningFixtures';
import { testNow } from '../monitoringFixtures';
import { useFreshDatabases } from '../openDatabaseAt';

const freshDatabase = useFreshDatabases('rules');
const hour = 3_600_000;

describe('monitoring rule repository', () => {
  it('inserts rules at the first match version and reads them sorted by name', async () => {
    const db = await freshDatabase();
    const zeta = await insertRule(ruleInput({ name: 'Zeta' }), testNow, db, 'rule-z');
    await insertRule(ruleInput({ name: 'alpha' }), testNow, db, 'rule-a');
    expect(zeta).toMatchObject({
      id: 'rule-z',
      matchVersion: firstMatchVersion,
      createdAt: testNow,
      updatedAt: testNow,
    });
    expect((await readRules(db)).map((rule) => rule.id)).toEqual(['rule-a', 'rule-z']);
  });

  it('bumps the match version only when the query, sources or tags change', async () => {
    const db = await freshDatabase();
    const rule = await insertRule(ruleInput(), testNow, db, 'rule-1');
    const renamed = await updateRule(
      rule.id,
      ruleInput({ name: 'Renamed', mode: 'dry-run', riskIds: ['risk-1'] }),
      testNow + 1,
      db,
    );
    expect(renamed).toMatchObject({ matchVersion: 1, name: 'Renamed', updatedAt: testNow + 1 });

    const requeried = await updateRule(
      rule.id,
      ruleInput({ query: 'acme OR 愛克米' }),
      testNow,
      db,
    );
    expect(requeried?.matchVersion).toBe(2);
    const rescoped = await updateRule(
      rule.id,
      ruleInput({ query: 'acme OR 愛克米', sourceIds: ['source-a'] }),
      testNow,
      db,
    );
    expect(rescoped?.matchVersion).toBe(3);
    const retagged = await updateRule(
      rule.id,
      ruleInput({ query: 'acme OR 愛克米', sourceIds: ['source-a'], tags: ['news'] }),
      testNow,
      db,
    );
    expect(retagged?.matchVersion).toBe(4);
    // The same sets in another order match the same items.
    const reordered = await updateRule(
      rule.id,
      ruleInput({ query: 'acme OR 愛克米', sourceIds: ['source-a'], tags: ['news'], name: 'x' }),
      testNow,
      db,
    );
    expect(reordered?.matchVersion).toBe(4);
    expect(reordered?.createdAt).toBe(testNow);
    expect(await updateRule('missing', ruleInput(), testNow, db)).toBeUndefined();
  });

  it('deletes a rule with its rollups and leaves other rules’ rollups', async () => {
    const db = await freshDatabase();
    await insertRule(ruleInput(), testNow, db, 'rule-1');
    await insertRule(ruleInput(), testNow, db, 'rule-2');
    await db.monitoringRollups.bulkPut([
      { ...emptyRollup('rule-1', testNow), mentions: 1 },
      { ...emptyRollup('rule-1', testNow + hour), mentions: 2 },
      { ...emptyRollup('rule-2', testNow), mentions: 3 },
    ]);
    expect(await deleteRule('rule-1', db)).toEqual({ removedRollups: 2 });
    expect((await readRules(db)).map((rule) => rule.id)).toEqual(['rule-2']);
    expect((await db.monitoringRollups.toArray()).map((row) => row.ruleId)).toEqual(['rule-2']);
  });

  it('gives the main process rules that are not off, with their version', async () => {
    const db = await freshDatabase();
    const active = await insertRule(ruleInput({ tags: ['news'] }), testNow, db, 'rule-1');
    const off = await insertRule(ruleInput({ mode: 'off' }), testNow, db, 'rule-2');
    expect(matchableRuleOf(active)).toEqual({
      id: 'rule-1',
      query: 'acme',
      sourceIds: [],
      tags: ['news'],
      mode: 'active',
      matchVersion: 1,
    });
    expect(matchableRuleOf(off)).toBeNull();
  });

  it('reads the synonyms and sentiment words, with their defaults', async () => {
    const db = await freshDatabase();
    expect(await readMatchingSettings(db)).toEqual({
      synonyms: defaultSynonymGroups,
      sentimentWords: [],
    });
    await saveSetting('monitoringSynonyms', [['品牌', '牌子']], db);
    await saveSetting('sentimentUserWords', [{ term: '翻車', weight: -2 }], db);
    expect(await readMatchingSettings(db)).toEqual({
      synonyms: [['品牌', '牌子']],
      sentimentWords: [{ term: '翻車', weight: -2 }],
    });
  });
});
