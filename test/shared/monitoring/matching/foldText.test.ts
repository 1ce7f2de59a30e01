import { ConverterFactory } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset/t2cn';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { zhTW } from '../../../../renderer/src/i18n/resources/zhTW';
import { starterLibrary } from '../../../../shared/domain/sops/starter';
import {
  foldForMatching,
  foldTextForMatching,
  originalRangeOf,
  phraseExceptionCount,
  simplifiedTableSize,
  simplifyCharacters,
} from '../../../../shared/monitoring/matching/foldText';
import { foldForMatching as referenceFold } from './foldTextReference';

const fold = (text: string) => foldForMatching(text).text;

/** Every string with Han characters in a value, found recursively. */
function chineseStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/\p{Script=Han}/u.test(value)) {
      into.push(value);
    }
  } else if (Array.isArray(value)) {
    for (const entry of value) {
      chineseStrings(entry, into);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const entry of Object.values(value)) {
      chineseStrings(entry, into);
    }
  }
  return into;
}

describe('foldForMatching', () => {
  it('folds width, case and Traditional characters', () => {
    expect(fold('ＡＢＣ１２３ Data')).toBe('abc123 data');
    expect(fold('資料外洩')).toBe('资料外泄');
    expect(fold('臺灣網路')).toBe('台湾网路');
    expect(fold('帳號')).toBe(fold('账号'));
    expect(fold('ΣΊΣΥΦΟΣ')).toBe('σίσυφοσ');
  });

  it('drops spaces, symbols and zero-width characters between CJK characters', () => {
    expect(fold('個 資 外 洩')).toBe('个资外泄');
    expect(fold('個-資.外*洩')).toBe('个资外泄');
    expect(fold('個\u200B資\u200C外\u200D洩\u2060\uFEFF\u00AD')).toBe('个资外泄');
    expect(fold('個　資，外！洩')).toBe('个资外泄');
  });

  it('keeps English words one space apart and separates scripts', () => {
    expect(fold('  Data -- breach!!  at  ACME ')).toBe('data breach at acme');
    expect(fold('AI模型 2024年')).toBe('ai 模型 2024 年');
    expect(fold('bre\u200Bach')).toBe('breach');
    expect(fold('')).toBe('');
    expect(fold('\u200B\u200B\u200B')).toBe('');
  });

  it('composes combining marks with their base', () => {
    expect(fold('e\u0301cole')).toBe(fold('école'));
  });

  it('maps folded offsets back to the original text', () => {
    const original = 'Ｘ 個-資.外*洩 end';
    const folded = foldForMatching(original);
    expect(folded.text).toBe('x 个资外泄 end');
    const start = folded.text.indexOf('个资外泄');
    const range = originalRangeOf(folded, start, start + 4);
    expect(original.slice(range.start, range.end)).toBe('個-資.外*洩');
    const word = originalRangeOf(folded, folded.text.indexOf('end'), folded.text.length);
    expect(original.slice(word.start, word.end)).toBe('end');
  });

  it('is linear on pathological input', () => {
    const started = performance.now();
    fold('啊'.repeat(100_000));
    fold('\u200B'.repeat(100_000));
    fold('e\u0301'.repeat(50_000));
    fold('a\u0301\u0302\u0303'.repeat(25_000));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('simplifyCharacters (table generated from opencc-js data)', () => {
  const sentences = chineseStrings([starterLibrary, zhTW])
    .flatMap((text) => text.split(/(?<=[。！？；\n])/u))
    .filter((sentence) => sentence.trim().length > 0);

  it('is generated from the library', () => {
    expect(simplifiedTableSize).toBeGreaterThan(3_000);
    expect(phraseExceptionCount).toBeGreaterThan(100);
  });

  it("equals opencc-js's t2cn output character for character on the corpus", () => {
    // Mixed corpus: the starter library (Traditional and Simplified) and the zh-TW interface text.
    expect(sentences.length).toBeGreaterThan(3_000);
    const converter = Converter({ from: 'tw', to: 'cn' });
    const factory = ConverterFactory(...(from.tw ?? []), ...(to.cn ?? []));
    const mismatches = sentences.filter(
      (sentence) =>
        simplifyCharacters(sentence) !== converter(sentence) ||
        simplifyCharacters(sentence) !== factory(sentence),
    );
    expect(mismatches).toEqual([]);
  });

  it('applies the phrase exceptions that matter in Simplified and Traditional text', () => {
    expect(simplifyCharacters('回覆')).toBe('回复');
    expect(simplifyCharacters('什么 那麼')).toBe('什么 那么');
    // Documented exception: proper-name phrases that keep a Traditional character are left to
    // the table (OpenCC keeps 乾 in 乾坤; the table gives 干坤, for rules and text alike).
    expect(simplifyCharacters('乾坤')).toBe('干坤');
    expect(Converter({ from: 'tw', to: 'cn' })('乾坤')).toBe('乾坤');
  });
});

describe('foldForMatching against the implementation before its fast path', () => {
  /** Characters of every kind the folding rules treat differently, a few per kind. */
  const alphabet = [
    ...'aZ09 .,-_*\t\n',
    ...'資料外洩個資帳號回覆什麼乾坤於单公司数据泄露',
    ...'ＡＢＣ１２３',
    ...'データセキュリティーー데이터유출',
    ...'éΣσς',
    '\u0301',
    '\u0308',
    '\u200B',
    '\u200D',
    '\uFEFF',
    '\u00AD',
    '\uFE0F',
    '\uFB01',
    '\uFDFA',
    '\u3000',
    '。',
    '，',
    '々',
    '😀',
    '𠀀',
    '𝐀',
    '\uD800',
    '\uDC00',
  ];

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

  it('gives the same text and offsets on random texts', () => {
    const random = seededRandom(9);
    for (let round = 0; round < 3_000; round += 1) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let index = 0; index < length; index += 1) {
        text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
      }
      const expected = referenceFold(text);
      const actual = foldForMatching(text);
      if (
        actual.text !== expected.text ||
        actual.originalStarts.join() !== expected.originalStarts.join() ||
        actual.originalEnds.join() !== expected.originalEnds.join()
      ) {
        expect({ input: text, ...actual }).toEqual({ input: text, ...expected });
      }
      expect(foldTextForMatching(text)).toBe(expected.text);
    }
  });

  it('gives the same results on long real texts', () => {
    for (const text of chineseStrings({ zhTW, starterLibrary })) {
      expect(foldForMatching(text)).toEqual(referenceFold(text));
    }
  });
});
