import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { SentimentLexicon } from '../../../../shared/monitoring/sentiment/sentimentLexicon';
import {
  compileSentimentLexicon,
  mergeUserLexicon,
  parseSentimentLexicon,
} from '../../../../shared/monitoring/sentiment/sentimentLexicon';
import {
  maxSentimentTextLength,
  scoreSentiment,
} from '../../../../shared/monitoring/sentiment/sentimentScorer';

const shipped = parseSentimentLexicon(
  JSON.parse(
    readFileSync(new URL('../../../../assets/sentiment/lexicon.json', import.meta.url), 'utf8'),
  ),
);
const lexicon = compileSentimentLexicon(shipped);

/** The label of one text under the shipped lexicon. */
function label(text: string): string {
  return scoreSentiment(text, lexicon).label;
}

/** The score of one text under the shipped lexicon. */
function score(text: string): number {
  return scoreSentiment(text, lexicon).score;
}

describe('shipped lexicon', () => {
  test('validates, records its source and a redistributable licence, and is a useful size', () => {
    expect(shipped.source).toMatch(/Crisis Room team/u);
    expect(shipped.licence).toBe('CC0-1.0');
    expect(lexicon.size).toBeGreaterThan(1000);
  });

  test('rejects a weight outside −3..3', () => {
    expect(() => parseSentimentLexicon({ ...shipped, terms: { 爛: -5 } })).toThrow();
  });
});

describe('negation', () => {
  test('不好 and 不推薦 are negative, 好 and 推薦 positive', () => {
    expect(label('好')).toBe('positive');
    expect(label('不好')).toBe('negative');
    expect(label('推薦')).toBe('positive');
    expect(label('不推薦')).toBe('negative');
  });

  test('不錯 is a lexicon term, so it stays positive', () => {
    expect(label('不錯')).toBe('positive');
    expect(label('不错')).toBe('positive');
  });

  test('沒有問題 is not negative', () => {
    expect(label('問題')).toBe('negative');
    expect(label('沒有問題')).not.toBe('negative');
    expect(label('没问题')).not.toBe('negative');
  });

  test('並非, 未, 沒 and 別 negate within a few units, not across a clause break', () => {
    expect(label('並非很好')).toBe('negative');
    expect(label('問題未解決')).toBe('negative');
    expect(label('沒有人推薦')).toBe('negative');
    expect(label('不，很好')).toBe('positive');
  });

  test('English not, never and contractions flip the next term', () => {
    expect(label('good')).toBe('positive');
    expect(label('not good')).toBe('negative');
    expect(label('It is not very good')).toBe('negative');
    expect(label('I would never recommend them')).toBe('negative');
    expect(label("It doesn't work well, I don't like it")).toBe('negative');
    expect(label('I don’t like it')).toBe('negative');
    expect(label('not bad')).toBe('positive');
  });

  test('a negator after its term flips it (一點誠意都沒有)', () => {
    expect(label('很有誠意')).toBe('positive');
    expect(label('一點誠意都沒有')).toBe('negative');
  });

  test('neutral words hide the negators inside them (不斷, 未來)', () => {
    expect(label('未來很好')).toBe('positive');
    expect(label('不斷改善')).toBe('positive');
  });

  test('a double negation is positive', () => {
    expect(label('不是不好')).toBe('positive');
  });
});

describe('modifiers', () => {
  test('intensifiers strengthen, diminishers soften', () => {
    expect(score('非常好')).toBeGreaterThan(score('好'));
    expect(score('很爛')).toBeLessThan(score('有點爛'));
    expect(score('extremely bad')).toBeLessThan(score('bad'));
    expect(score('slightly bad')).toBeGreaterThan(score('bad'));
  });

  test('after a negator a modifier softens: 不太方便 is milder than 不方便', () => {
    expect(score('不太方便')).toBeLessThan(0);
    expect(score('不太方便')).toBeGreaterThan(score('不方便'));
    expect(score('not very good')).toBeGreaterThan(score('not good'));
  });
});

describe('contrast', () => {
  test('the clause after 但是 / but outweighs the one before', () => {
    expect(label('價格有點貴，但是品質很好')).toBe('positive');
    expect(label('品質很好，但是價格太貴')).toBe('negative');
    expect(label('The staff were nice but the food was terrible')).toBe('negative');
    expect(label('The food was terrible but the staff were great')).toBe('positive');
    // Only halving the first clause tips this one: 很好 alone outweighs 有點貴.
    expect(label('服務很好，但是有點貴')).toBe('negative');
  });
});

describe('scripts and folding', () => {
  test.each([
    ['客服態度超爛，問題完全沒解決', '客服态度超烂，问题完全没解决'],
    ['這次處理得很好，謝謝你們', '这次处理得很好，谢谢你们'],
    ['個資外洩還不道歉', '个资外泄还不道歉'],
    ['退款一直沒下文，非常失望', '退款一直没下文，非常失望'],
  ])('%s and %s score the same', (traditional, simplified) => {
    expect(scoreSentiment(traditional, lexicon)).toEqual(scoreSentiment(simplified, lexicon));
    expect(score(traditional)).not.toBe(0);
  });

  test('full-width letters and case fold, and a word runs into no CJK character', () => {
    expect(score('ＧＲＥＡＴ')).toBe(score('great'));
    expect(label('App一直閃退')).toBe('negative');
  });
});

describe('user words', () => {
  test('a user entry overrides the shipped weight, in either script', () => {
    const merged = compileSentimentLexicon(mergeUserLexicon(shipped, [{ term: '烂', weight: 2 }]));
    expect(scoreSentiment('爛', lexicon).label).toBe('negative');
    expect(scoreSentiment('爛', merged).label).toBe('positive');
  });

  test('a user entry adds a new word and can replace a negator', () => {
    const merged = compileSentimentLexicon(
      mergeUserLexicon(shipped, [
        { term: 'Contoso', weight: -2 },
        { term: 'never', weight: -1 },
      ]),
    );
    expect(scoreSentiment('contoso again', lexicon).label).toBe('neutral');
    expect(scoreSentiment('Contoso again', merged).label).toBe('negative');
    expect(scoreSentiment('never', merged).hits).toEqual([
      { term: 'never', weight: -1, isNegated: false },
    ]);
  });

  test('invalid user entries are refused', () => {
    expect(() => mergeUserLexicon(shipped, [{ term: '爛', weight: 9 }])).toThrow();
    expect(() => mergeUserLexicon(shipped, [{ term: '  ', weight: 1 }])).toThrow();
    expect(() => mergeUserLexicon(shipped, 'not a list')).toThrow();
  });
});

describe('bounds', () => {
  test('scores are in −1..1 and hits explain them', () => {
    const result = scoreSentiment('超爛超爛超爛超爛超爛超爛超爛超爛', lexicon);
    expect(result.score).toBeGreaterThanOrEqual(-1);
    expect(result.score).toBeLessThan(-0.9);
    expect(result.hits.length).toBe(8);
    expect(scoreSentiment('', lexicon)).toEqual({ score: 0, label: 'neutral', hits: [] });
  });

  test('long and pathological input is cut and scored fast', () => {
    const small: SentimentLexicon = {
      ...shipped,
      // A chain of nested keys is the worst case for longest-match lookup.
      terms: { 不不不不不不不不不不好: 1 },
    };
    const nested = compileSentimentLexicon(small);
    const texts = [
      '不'.repeat(200_000),
      '非常'.repeat(100_000),
      'not '.repeat(50_000),
      `${'很好'.repeat(5_000)}${'爛'.repeat(100_000)}`,
      '\u{1F621}'.repeat(50_000),
    ];
    for (const text of texts) {
      const started = performance.now();
      const result = scoreSentiment(text, lexicon);
      scoreSentiment(text, nested);
      expect(performance.now() - started).toBeLessThan(500);
      expect(Math.abs(result.score)).toBeLessThanOrEqual(1);
    }
    // Only the first maxSentimentTextLength units count: the trailing 爛 are never read.
    expect(label(`${'很好'.repeat(maxSentimentTextLength / 2)}${'爛'.repeat(100_000)}`)).toBe(
      'positive',
    );
  });
});
