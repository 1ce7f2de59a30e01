import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../shared/ipc/bridge';
import { invokeContract, isInvokeChannel } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/result';
import { defaultSynonymGroups } from '../../../shared/monitoring/matching/synonyms';
import { maxRules, type MatchableRule, type SetRulesInput } from '../../../shared/monitoring/rules';

const input = invokeContract['monitoring:set-rules'].input;
const output = invokeContract['monitoring:set-rules'].output;

const validRule: MatchableRule = {
  id: 'rule-1',
  query: '個資外洩 OR "data breach"',
  sourceIds: [],
  tags: ['finance'],
  mode: 'active',
  matchVersion: 2,
};
const valid: SetRulesInput = {
  rules: [validRule, { ...validRule, id: 'rule-2', mode: 'dry-run' }],
  synonyms: defaultSynonymGroups.map((group) => [...group]),
  sentimentWords: [{ term: '爛透了', weight: -3 }],
};

describe('monitoring:set-rules contract', () => {
  it('is an invoke channel the bridge exposes as monitoringSetRules', async () => {
    expect(isInvokeChannel('monitoring:set-rules')).toBe(true);
    const calls: { channel: string; payload: unknown }[] = [];
    const bridge = createBridge(
      async (channel, payload) => {
        calls.push({ channel, payload });
        return ok(null as never);
      },
      () => () => undefined,
    );
    await bridge.monitoringSetRules(valid);
    expect(calls).toEqual([{ channel: 'monitoring:set-rules', payload: valid }]);
  });

  it('accepts active and dry-run rules with synonyms and user words, and an empty set', () => {
    expect(input.safeParse(valid).success).toBe(true);
    expect(input.safeParse({ rules: [], synonyms: [], sentimentWords: [] }).success).toBe(true);
  });

  it('refuses off rules, unparsable queries and malformed parts', () => {
    const refused = [
      { ...valid, rules: [{ ...validRule, mode: 'off' }] },
      { ...valid, rules: [{ ...validRule, query: '個資 AND (' }] },
      { ...valid, rules: [{ ...validRule, query: '   ' }] },
      { ...valid, rules: [{ ...validRule, query: 'NOT spam' }] },
      { ...valid, rules: [{ ...validRule, matchVersion: -1 }] },
      { ...valid, rules: [{ ...validRule, name: 'extra key' }] },
      { ...valid, rules: [{ ...validRule, id: '' }] },
      { ...valid, rules: Array.from({ length: maxRules + 1 }, () => validRule) },
      { ...valid, synonyms: [['alone']] },
      { ...valid, sentimentWords: [{ term: 'bad', weight: -4 }] },
      { rules: valid.rules, synonyms: valid.synonyms },
    ];
    for (const payload of refused) {
      expect(input.safeParse(payload).success).toBe(false);
    }
  });

  it('names the unparsable query in the validation error', () => {
    const result = input.safeParse({ ...valid, rules: [validRule, { ...validRule, query: '(' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['rules', 1, 'query'], message: 'query-invalid' }),
    );
  });

  it('answers with the counts of compiled rules and merged words', () => {
    expect(output.parse({ rules: 2, sentimentWords: 1 })).toEqual({ rules: 2, sentimentWords: 1 });
    for (const value of [
      { rules: -1, sentimentWords: 0 },
      { rules: 1.5, sentimentWords: 0 },
      { rules: 1 },
      { rules: 1, sentimentWords: 0, extra: true },
    ]) {
      expect(output.safeParse(value).success).toBe(false);
    }
  });
});
