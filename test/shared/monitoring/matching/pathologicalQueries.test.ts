import { describe, expect, it } from 'vitest';
import type { QueryNode } from '../../../../shared/monitoring/query/queryAst';
import {
  compileRuleSet,
  matchItem,
  type CompiledRuleSet,
} from '../../../../shared/monitoring/matching/ruleMatcher';
import { item, phrase, term } from './matchingTestSupport';

/**
 * Rules whose terms nest (each one a suffix of the next) put every rule on one chain of the
 * automaton's output links, so a naive scan walks all of them at every position of a text that
 * repeats the term: quadratic. These hold matching to its promise of cost linear in the text
 * whatever users type.
 */

/** Median time of matching `text` (as text, its start as title) over 5 runs after a warm-up. */
function medianMs(set: CompiledRuleSet, text: string): number {
  matchItem(set, item(text));
  matchItem(set, item(text));
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    matchItem(set, item(text, { title: text.slice(0, 200) }));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[2] ?? Infinity;
}

/** One rule per query, id = index. */
function compile(queries: readonly QueryNode[]): CompiledRuleSet {
  return compileRuleSet(
    queries.map((query, index) => ({ id: String(index), query })),
    [],
  );
}

/** `count` copies of `unit` joined by `separator`. */
function repeated(unit: string, count: number, separator = ''): string {
  return Array.from({ length: count }, () => unit).join(separator);
}

describe('matchItem: pathological queries', () => {
  it('matches 1,000 nested Chinese terms against 10,000 of their character in under 50 ms', () => {
    const set = compile(Array.from({ length: 1_000 }, (_, index) => term('外'.repeat(index + 1))));
    const text = '外'.repeat(10_000);
    expect(matchItem(set, item(text))).toHaveLength(1_000);
    expect(medianMs(set, text)).toBeLessThan(50);
  });

  it('matches 1,000 nested English phrases against 5,000 of their word in under 50 ms', () => {
    const set = compile(
      Array.from({ length: 1_000 }, (_, index) => phrase(repeated('ha', index + 1, ' '))),
    );
    const text = repeated('ha', 5_000, ' ');
    expect(matchItem(set, item(text))).toHaveLength(1_000);
    expect(medianMs(set, text)).toBeLessThan(50);
  });

  it('matches 2,000 nested English phrases against 10,000 of their word in under 50 ms', () => {
    const set = compile(
      Array.from({ length: 2_000 }, (_, index) => phrase(repeated('ha', index + 1, ' '))),
    );
    const text = repeated('ha', 10_000, ' ');
    expect(matchItem(set, item(text))).toHaveLength(2_000);
    expect(medianMs(set, text)).toBeLessThan(50);
  });

  it('stays linear when nested phrases fail their word boundary at every position', () => {
    // "a ba", "a ba ba", …: each ends where the text's words end but starts inside a word.
    const set = compile(
      Array.from({ length: 2_000 }, (_, index) => phrase(`a ${repeated('ba', index + 1, ' ')}`)),
    );
    const text = repeated('ba', 10_000, ' ');
    expect(matchItem(set, item(text))).toEqual([]);
    expect(matchItem(set, item(`a ${text}`))).toHaveLength(2_000);
    expect(medianMs(set, text)).toBeLessThan(50);
  });
});
