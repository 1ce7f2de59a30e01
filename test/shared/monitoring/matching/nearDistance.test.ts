import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldTextForMatching } from '../../../../shared/monitoring/matching/foldText';
import {
  compileRuleSet,
  matchItem,
  nearestWordDistance,
  type NearHit,
} from '../../../../shared/monitoring/matching/ruleMatcher';
import { item, near, term } from './matchingTestSupport';

/**
 * NEAR counts words in the gaps between hits only; these tests hold it to the earlier
 * implementation's word indexes for the whole folded text (each CJK run through `Intl.Segmenter`),
 * kept here as the oracle, with every pair of hits measured.
 */

const oracleSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function isCjkUnit(unit: number): boolean {
  return (
    (unit >= 0x2e80 && unit <= 0x9fff) ||
    (unit >= 0xac00 && unit <= 0xd7af) ||
    (unit >= 0xd800 && unit <= 0xdfff) ||
    (unit >= 0xf900 && unit <= 0xfaff) ||
    (unit >= 0x3040 && unit <= 0x31ff)
  );
}

/** Oracle: for each offset, the index of the word there (or of the next word), whole text. */
function oracleWordIndexes(text: string): Int32Array {
  const words = new Int32Array(text.length + 1);
  let word = 0;
  let index = 0;
  while (index < text.length) {
    const unit = text.charCodeAt(index);
    if (unit === 0x20) {
      words[index] = word;
      index += 1;
      continue;
    }
    let end = index + 1;
    const isCjk = isCjkUnit(unit);
    while (
      end < text.length &&
      text.charCodeAt(end) !== 0x20 &&
      isCjkUnit(text.charCodeAt(end)) === isCjk
    ) {
      end += 1;
    }
    if (!isCjk || end - index === 1) {
      words.fill(word, index, end);
      word += 1;
    } else {
      for (const segment of oracleSegmenter.segment(text.slice(index, end))) {
        const start = index + segment.index;
        words.fill(word, start, start + segment.segment.length);
        if (segment.isWordLike === true) {
          word += 1;
        }
      }
    }
    index = end;
  }
  words[text.length] = word;
  return words;
}

/**
 * Oracle: smallest distance over every pair of a left and a right `[start, end)` span that do not
 * overlap (one span on both sides is no pair), or -1 (no cap): the later-starting span's first
 * word minus the other's last word.
 */
function oracleDistance(text: string, left: readonly number[], right: readonly number[]): number {
  const words = oracleWordIndexes(text);
  let best = -1;
  for (let leftSlot = 0; leftSlot + 1 < left.length; leftSlot += 2) {
    for (let rightSlot = 0; rightSlot + 1 < right.length; rightSlot += 2) {
      const leftStart = left[leftSlot] ?? 0;
      const leftEnd = left[leftSlot + 1] ?? 0;
      const rightStart = right[rightSlot] ?? 0;
      const rightEnd = right[rightSlot + 1] ?? 0;
      if (leftStart < rightEnd && rightStart < leftEnd) {
        continue;
      }
      const distance =
        leftStart < rightStart
          ? (words[rightStart] ?? 0) - (words[leftEnd - 1] ?? 0)
          : (words[leftStart] ?? 0) - (words[rightEnd - 1] ?? 0);
      if (best < 0 || distance < best) {
        best = distance;
      }
    }
  }
  return best;
}

/** The oracle's answer as matching reports it: the distance if at most `maxDistance`, else -1. */
function oracleNear(
  text: string,
  left: readonly number[],
  right: readonly number[],
  maxDistance: number,
): number {
  const distance = oracleDistance(text, left, right);
  return distance <= maxDistance ? distance : -1;
}

/** A seeded generator (mulberry32), so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Pieces of raw text: Chinese words and clauses, kana, Hangul, English, digits, punctuation. */
const pieces = [
  '公司',
  '外洩',
  '資料',
  '個人資料全部外洩',
  '昨天晚上',
  '發現',
  '客戶的',
  '主管機關已經介入調查，',
  '据知情人士透露，',
  '事件持續延燒。',
  '召回',
  '產品',
  '數據泄露',
  'データ',
  'セキュリティー',
  'ー',
  '데이터',
  '유출',
  'acme',
  'breach',
  'data',
  'the',
  'recall',
  'brand42',
  '2024',
  'AI',
  '模型',
  '-',
  '。',
  '資',
  // Not word-like for the segmenter: a lone one still counts as a word.
  '々',
];

function randomRawText(random: () => number, pieceCount: number): string {
  let text = '';
  for (let index = 0; index < pieceCount; index += 1) {
    text += pieces[Math.floor(random() * pieces.length)] ?? '';
    const joint = random();
    text += joint < 0.45 ? '' : joint < 0.85 ? ' ' : joint < 0.93 ? ', ' : '  ';
  }
  return text;
}

/** Random `[start, end)` spans in `length` units, sorted by start (as hits come). */
function randomSpans(random: () => number, length: number, count: number): number[] {
  const spans: [number, number][] = [];
  for (let index = 0; index < count; index += 1) {
    const start = Math.floor(random() * length);
    const end = Math.min(length, start + 1 + Math.floor(random() * 6));
    spans.push([start, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  return spans.flat();
}

describe('nearestWordDistance against whole-text counting', () => {
  it('agrees on random texts, spans and distances', () => {
    const random = seededRandom(9);
    let held = 0;
    let rejected = 0;
    for (let round = 0; round < 3_000; round += 1) {
      const text = foldTextForMatching(randomRawText(random, 1 + Math.floor(random() * 40)));
      if (text.length === 0) {
        continue;
      }
      const left = randomSpans(random, text.length, 1 + Math.floor(random() * 4));
      const right = randomSpans(random, text.length, 1 + Math.floor(random() * 4));
      const maxDistance = Math.floor(random() * 12);
      const expected = oracleNear(text, left, right, maxDistance);
      const actual = nearestWordDistance(text, left, right, maxDistance);
      if (actual !== expected) {
        expect({ text, left, right, maxDistance, actual }).toEqual({
          text,
          left,
          right,
          maxDistance,
          actual: expected,
        });
      }
      if (expected >= 0) {
        held += 1;
      } else {
        rejected += 1;
      }
    }
    // Both outcomes are well represented, so the agreement means something.
    expect(held).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(500);
  });

  it('needs two distinct hits that do not overlap', () => {
    // One hit on both sides is no pair; a hit inside the other side's hit is none either.
    expect(nearestWordDistance('a', [0, 1], [0, 1], 3)).toBe(-1);
    expect(nearestWordDistance('資料外洩', [0, 4], [2, 4], 3)).toBe(-1);
    expect(nearestWordDistance('a b a', [0, 1, 4, 5], [0, 1, 4, 5], 3)).toBe(2);
    // Hits that touch are a pair: 資料|外洩 are adjacent words.
    expect(nearestWordDistance('資料外洩', [0, 2], [2, 4], 3)).toBe(1);
    // A hit still pending (not ended) must not hide an earlier, shorter one of the same side.
    expect(nearestWordDistance('acme data breach', [0, 16, 5, 9], [10, 16], 3)).toBe(1);
    expect(nearestWordDistance('acme data breach', [0, 4, 5, 16], [10, 16], 3)).toBe(2);
  });

  it('agrees on hits that touch, overlap or share a word', () => {
    for (const raw of [
      '公司資料外洩 acme breach 個人資料全部外洩',
      'acme 々 breach 々々 data ー x',
    ]) {
      const text = foldTextForMatching(raw);
      for (let leftStart = 0; leftStart < text.length; leftStart += 1) {
        for (let rightStart = 0; rightStart < text.length; rightStart += 1) {
          const left = [leftStart, Math.min(text.length, leftStart + 2)];
          const right = [rightStart, Math.min(text.length, rightStart + 2)];
          for (const maxDistance of [0, 1, 3]) {
            expect(nearestWordDistance(text, left, right, maxDistance)).toBe(
              oracleNear(text, left, right, maxDistance),
            );
          }
        }
      }
    }
  });
});

/** Every `[start, end)` occurrence of `pattern` in folded `text`, as the matcher finds terms. */
function occurrences(text: string, pattern: string): number[] {
  const spans: number[] = [];
  const isBounded = (unit: number) => !isCjkUnit(unit);
  for (let start = text.indexOf(pattern); start >= 0; start = text.indexOf(pattern, start + 1)) {
    const end = start + pattern.length;
    const startOk =
      !isBounded(pattern.charCodeAt(0)) || start === 0 || text.charCodeAt(start - 1) === 0x20;
    const endOk =
      !isBounded(pattern.charCodeAt(pattern.length - 1)) ||
      end === text.length ||
      text.charCodeAt(end) === 0x20;
    if (startOk && endOk) {
      spans.push(start, end);
    }
  }
  return spans;
}

describe('matchItem NEAR against whole-text counting', () => {
  it('matches and reports the same distances on random items', () => {
    const random = seededRandom(90);
    const leaves = [
      '公司',
      '外洩',
      '資料',
      '召回',
      'データ',
      '데이터',
      'acme',
      'breach',
      'data',
      '2024',
    ];
    let held = 0;
    for (let round = 0; round < 600; round += 1) {
      const leftText = leaves[Math.floor(random() * leaves.length)] ?? 'acme';
      const rightText = leaves[Math.floor(random() * leaves.length)] ?? 'breach';
      const maxDistance = Math.floor(random() * 8);
      const title = randomRawText(random, Math.floor(random() * 10));
      const body = randomRawText(random, 5 + Math.floor(random() * 60));
      const set = compileRuleSet(
        [{ id: 'r', query: near(term(leftText), term(rightText), maxDistance) }],
        [],
      );
      let expected = -1;
      for (const raw of [title, body]) {
        const text = foldTextForMatching(raw);
        const distance = oracleNear(
          text,
          occurrences(text, foldTextForMatching(leftText)),
          occurrences(text, foldTextForMatching(rightText)),
          maxDistance,
        );
        if (distance >= 0 && (expected < 0 || distance < expected)) {
          expected = distance;
        }
      }
      const nearHits: NearHit[] | undefined = matchItem(set, item(body, { title }))[0]?.nearHits;
      expect(nearHits?.[0]?.distance ?? -1).toBe(expected);
      held += expected >= 0 ? 1 : 0;
    }
    // Fewer than half hold: a leaf NEAR itself needs two occurrences.
    expect(held).toBeGreaterThan(80);
  });
});

describe('NEAR segmentation cost', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('segments only the Chinese runs between the nearest hits, not the whole field', () => {
    const clause = '主管機關已經介入調查許多消費者在社群媒體上抱怨';
    // Folding joins CJK across spaces: English words keep the clauses apart as runs.
    const text = `acme 公司資料外洩 report ${Array.from({ length: 400 }, (_, index) => `${clause} brand${index}`).join(' ')}`;
    const set = compileRuleSet([{ id: 'r', query: near(term('acme'), term('外洩'), 3) }], []);
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    expect(matchItem(set, item(text))).toEqual([
      {
        ruleId: 'r',
        terms: ['acme', '外洩'],
        nearHits: [{ left: 'acme', right: '外洩', distance: 3 }],
      },
    ]);
    const segmented = segment.mock.calls.reduce((sum, [input]) => sum + input.length, 0);
    expect(segmented).toBe('公司資料外洩'.length);
  });

  it('stops walking a gap once it is longer than the distance allows', () => {
    const clause = '主管機關已經介入調查';
    const text = `acme ${Array.from({ length: 400 }, (_, index) => `${clause} brand${index}`).join(' ')} 外洩`;
    const set = compileRuleSet([{ id: 'r', query: near(term('acme'), term('外洩'), 5) }], []);
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    expect(matchItem(set, item(text))).toEqual([]);
    const segmented = segment.mock.calls.reduce((sum, [input]) => sum + input.length, 0);
    // The run holding 外洩 (2 units: its own run) and at most a few clauses before the walk stops.
    expect(segmented).toBeLessThan(clause.length * 6);
  });
});
