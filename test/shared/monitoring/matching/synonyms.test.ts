import { describe, expect, it } from 'vitest';
import {
  buildSynonymIndex,
  defaultSynonymGroups,
  maxSynonymGroups,
  synonymGroupsSchema,
} from '../../../../shared/monitoring/matching/synonyms';

describe('synonyms', () => {
  it('indexes every folded member to its whole group', () => {
    const index = buildSynonymIndex(defaultSynonymGroups);
    expect(index.get('资料外泄')).toContain('数据泄露');
    expect(index.get('数据泄露')).toContain('资料外泄');
    expect(index.get('网路')).toEqual(expect.arrayContaining(['网络']));
    expect(index.get('软体')).toContain('软件');
    // Written in Traditional or Simplified, a member folds to one key.
    expect(buildSynonymIndex([['軟體', 'software']]).get('软体')).toEqual(['软体', 'software']);
  });

  it('merges groups sharing a term and drops terms that fold to nothing', () => {
    const index = buildSynonymIndex([
      ['a', 'b'],
      ['b', 'c', '!!!'],
    ]);
    expect(index.get('b')).toEqual(['a', 'b', 'c']);
    expect(index.get('a')).toEqual(['a', 'b']);
    expect(index.has('')).toBe(false);
  });

  it('seeds 10 to 25 groups that the schema accepts', () => {
    expect(defaultSynonymGroups.length).toBeGreaterThanOrEqual(10);
    expect(defaultSynonymGroups.length).toBeLessThanOrEqual(25);
    expect(synonymGroupsSchema.safeParse(defaultSynonymGroups).success).toBe(true);
  });

  it('bounds a user table', () => {
    expect(synonymGroupsSchema.safeParse([['only one']]).success).toBe(false);
    expect(synonymGroupsSchema.safeParse([['a', '   ']]).success).toBe(false);
    expect(synonymGroupsSchema.safeParse([['a', 'x'.repeat(101)]]).success).toBe(false);
    expect(
      synonymGroupsSchema.safeParse([Array.from({ length: 21 }, (_, i) => `t${i}`)]).success,
    ).toBe(false);
    expect(
      synonymGroupsSchema.safeParse(Array.from({ length: maxSynonymGroups + 1 }, () => ['a', 'b']))
        .success,
    ).toBe(false);
    expect(synonymGroupsSchema.parse([[' a ', 'b']])).toEqual([['a', 'b']]);
  });
});
