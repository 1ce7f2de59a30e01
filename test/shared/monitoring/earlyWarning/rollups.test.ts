import { describe, expect, it } from 'vitest';
import {
  addToRollup,
  emptyRollup,
  hourMs,
  hourStartOf,
  otherKey,
  removeFromRollup,
  rollupKey,
  rollupLimits,
  summarizeRollups,
} from '../../../../shared/monitoring/earlyWarning/rollups';
import type { HourlyRollup, RollupMatch } from '../../../../shared/monitoring/earlyWarning/rollups';
import type { SentimentLabel } from '../../../../shared/monitoring/sentiment/sentimentScorer';

const hour = Date.UTC(2026, 10, 22, 10, 0, 0);

/** A match in the 10:00 UTC hour, `minute` minutes in. */
function match(
  itemId: string,
  minute: number,
  sentimentLabel: SentimentLabel,
  sourceId = 'src-a',
  terms: readonly string[] = ['brand'],
): RollupMatch {
  return {
    ruleId: 'rule-1',
    itemId,
    publishedAt: hour + minute * 60_000,
    sentimentLabel,
    sourceId,
    terms,
  };
}

/** The rollup after adding the matches in order. */
function rollupOf(matches: readonly RollupMatch[]): HourlyRollup | null {
  return matches.reduce<HourlyRollup | null>((rollup, next) => addToRollup(rollup, next), null);
}

/** Everything but the samples (counts are the exact-inverse contract). */
function countsOnly(rollup: HourlyRollup | null): Omit<HourlyRollup, 'samples'> | null {
  if (rollup === null) {
    return null;
  }
  const { samples: _samples, ...counts } = rollup;
  return counts;
}

describe('hourStartOf and rollupKey', () => {
  it('floors to the UTC hour', () => {
    expect(hourStartOf(hour + 59 * 60_000 + 59_999)).toBe(hour);
    expect(hourStartOf(hour)).toBe(hour);
    expect(hourStartOf(hour - 1)).toBe(hour - hourMs);
    expect(() => hourStartOf(Number.NaN)).toThrow(RangeError);
  });

  it('keys sort by rule, then time', () => {
    const keys = [
      rollupKey('rule-1', hour + hourMs),
      rollupKey('rule-1', 5 * hourMs),
      rollupKey('rule-1', hour + 30 * 60_000),
    ];
    expect([...keys].sort()).toEqual([keys[1], keys[2], keys[0]]);
    expect(rollupKey('rule-1', hour + 30 * 60_000)).toBe(rollupKey('rule-1', hour));
  });
});

describe('addToRollup', () => {
  it('counts mentions, sentiment, sources and terms (each term once per item)', () => {
    const rollup = rollupOf([
      match('a', 1, 'negative', 'src-a', ['brand', 'leak', 'leak']),
      match('b', 2, 'neutral', 'src-b', ['brand']),
      match('c', 3, 'positive', 'src-a', ['brand']),
    ]);
    expect(rollup).toMatchObject({
      ruleId: 'rule-1',
      hourStart: hour,
      mentions: 3,
      negative: 1,
      neutral: 1,
      positive: 1,
      sourceCounts: { 'src-a': 2, 'src-b': 1 },
      termCounts: { brand: 3, leak: 1 },
    });
  });

  it('keeps samples negative first, then newest, without duplicates', () => {
    const rollup = rollupOf([
      match('old-neutral', 1, 'neutral'),
      match('new-neutral', 50, 'neutral'),
      match('old-negative', 2, 'negative'),
      match('new-negative', 40, 'negative'),
      match('new-negative', 40, 'negative'),
    ]);
    expect(rollup?.samples.map((sample) => sample.itemId)).toEqual([
      'new-negative',
      'old-negative',
      'new-neutral',
      'old-neutral',
    ]);
  });

  it('refuses a match from another hour or rule', () => {
    const rollup = rollupOf([match('a', 1, 'neutral')]);
    expect(() => addToRollup(rollup, { ...match('b', 1, 'neutral'), ruleId: 'rule-2' })).toThrow(
      RangeError,
    );
    expect(() => addToRollup(rollup, match('b', 61, 'neutral'))).toThrow(RangeError);
  });

  it('treats __proto__ and constructor as ordinary keys', () => {
    const rollup = rollupOf([
      match('a', 1, 'neutral', '__proto__', ['__proto__', 'constructor']),
      match('b', 2, 'neutral', '__proto__', ['__proto__']),
    ]);
    expect(Object.getPrototypeOf(rollup?.termCounts)).toBe(Object.prototype);
    expect(Object.entries(rollup?.termCounts ?? {})).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
    ]);
    expect(Object.entries(rollup?.sourceCounts ?? {})).toEqual([['__proto__', 2]]);
  });

  it('does not change its input', () => {
    const before = rollupOf([match('a', 1, 'neutral')]);
    const snapshot = structuredClone(before);
    addToRollup(before, match('b', 2, 'negative', 'src-b', ['other']));
    expect(before).toEqual(snapshot);
  });
});

describe('bounded maps', () => {
  it('stay bounded: beyond the limit, keys are counted under the overflow key and sums stay exact', () => {
    const sourceCount = rollupLimits.sources + 30;
    const termCount = rollupLimits.terms + 40;
    const matches = Array.from({ length: 300 }, (_, index) =>
      match(
        `item-${String(index)}`,
        index % 60,
        index % 3 === 0 ? 'negative' : 'neutral',
        `src-${String(index % sourceCount)}`,
        [`term-${String(index % termCount)}`, `term-${String((index + 1) % termCount)}`],
      ),
    );
    const rollup = rollupOf(matches);
    expect(rollup).not.toBeNull();
    const sources = Object.keys(rollup?.sourceCounts ?? {});
    const terms = Object.keys(rollup?.termCounts ?? {});
    expect(sources).toHaveLength(rollupLimits.sources + 1);
    expect(terms).toHaveLength(rollupLimits.terms + 1);
    expect(sources).toContain(otherKey);
    expect(rollup?.samples).toHaveLength(rollupLimits.samples);
    const sum = (record: Record<string, number>): number =>
      Object.values(record).reduce((total, count) => total + count, 0);
    expect(sum(rollup?.sourceCounts ?? {})).toBe(300);
    expect(sum(rollup?.termCounts ?? {})).toBe(600);
  });
});

describe('removeFromRollup', () => {
  it('is the exact inverse of addToRollup on counts, including overflowed keys', () => {
    const matches = Array.from({ length: 120 }, (_, index) =>
      match(
        `item-${String(index)}`,
        index % 60,
        (['negative', 'neutral', 'positive'] as const)[index % 3] ?? 'neutral',
        `src-${String(index % 70)}`,
        [`term-${String(index % 130)}`, 'brand'],
      ),
    );
    const full = rollupOf(matches);
    expect(full?.sourceCounts[otherKey]).toBeGreaterThan(0);
    // Remove each item right after adding it, from the full state: every count comes back.
    for (const extra of [
      match('extra-1', 5, 'negative', 'src-new', ['new-term']),
      match('extra-2', 6, 'positive', 'src-3', ['term-3', 'brand']),
    ]) {
      const added = addToRollup(full, extra);
      expect(added).not.toEqual(full);
      expect(countsOnly(removeFromRollup(added, extra))).toEqual(countsOnly(full));
    }
    // Remove every item in reverse order: nothing is left.
    let rollup: HourlyRollup | null = full;
    for (const removed of [...matches].reverse()) {
      expect(rollup).not.toBeNull();
      rollup = rollup === null ? null : removeFromRollup(rollup, removed);
    }
    expect(rollup).toBeNull();
  });

  it('drops the removed item from the samples', () => {
    const rollup = rollupOf([match('a', 1, 'negative'), match('b', 2, 'neutral')]);
    const after = rollup === null ? null : removeFromRollup(rollup, match('a', 1, 'negative'));
    expect(after?.samples.map((sample) => sample.itemId)).toEqual(['b']);
    expect(after).toMatchObject({ mentions: 1, negative: 0, neutral: 1 });
  });
});

describe('summarizeRollups', () => {
  it('adds hours up into totals, top terms, top sources and samples', () => {
    const first = rollupOf([
      match('a', 1, 'negative', 'src-a', ['brand', 'leak']),
      match('b', 2, 'neutral', 'src-b', ['brand']),
    ]);
    const second: HourlyRollup = {
      ...emptyRollup('rule-1', hour + hourMs),
      mentions: 2,
      negative: 2,
      sourceCounts: { 'src-b': 2 },
      termCounts: { leak: 2, [otherKey]: 1 },
      samples: [{ itemId: 'c', publishedAt: hour + hourMs, sentimentLabel: 'negative' }],
    };
    const summary = summarizeRollups(first === null ? [second] : [first, second]);
    expect(summary).toEqual({
      mentions: 4,
      sentimentMix: { positive: 0, neutral: 1, negative: 3 },
      topTerms: [
        { key: 'leak', count: 3 },
        { key: 'brand', count: 2 },
      ],
      topSources: [
        { key: 'src-b', count: 3 },
        { key: 'src-a', count: 1 },
      ],
      sampleItemIds: ['c', 'a', 'b'],
    });
  });
});
