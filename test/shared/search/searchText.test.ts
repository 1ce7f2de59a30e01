import { describe, expect, it } from 'vitest';
import {
  findSearchRun,
  maxWordLength,
  normalizeForSearch,
  originalRange,
  searchRuns,
  searchTokens,
} from '../../../shared/search/searchText';

describe('normalizeForSearch', () => {
  it('turns Traditional characters into Simplified ones, variants included', () => {
    expect(normalizeForSearch('資料外洩')).toBe('资料外泄');
    expect(normalizeForSearch('资料外泄')).toBe('资料外泄');
    expect(normalizeForSearch('發布聲明。通報主管機關')).toBe('发布声明。通报主管机关');
  });

  it('folds the Simplified variant OpenCC leaves behind, so 帳號 meets 账号', () => {
    expect(normalizeForSearch('帳號')).toBe(normalizeForSearch('账号'));
    expect(normalizeForSearch('冒名帐号')).toBe('冒名账号');
  });

  it('keeps regional vocabulary apart: that is a synonym table’s job, not conversion’s', () => {
    expect(normalizeForSearch('資料')).not.toBe(normalizeForSearch('数据'));
    expect(normalizeForSearch('軟體')).toBe('软体');
  });

  it('makes full-width Latin letters, digits and punctuation half-width (NFKC)', () => {
    expect(normalizeForSearch('ＳＯＰ　２４小時，ＯＫ！')).toBe('sop 24小时,ok!');
  });

  it('lower-cases, folding the Greek final sigma', () => {
    expect(normalizeForSearch('Data BREACH')).toBe('data breach');
    expect(normalizeForSearch('ΟΔΟΣ')).toBe(normalizeForSearch('οδοσ'));
  });

  it('removes zero-width characters, the soft hyphen and the BOM', () => {
    expect(normalizeForSearch('資\u200B料\u200C外\u200D洩\u2060！\uFEFF')).toBe('资料外泄!');
    expect(normalizeForSearch('re\u00ADcall')).toBe('recall');
  });

  it('leaves Latin-only text untouched apart from case', () => {
    expect(normalizeForSearch('Holding statement within 60 min.')).toBe(
      'holding statement within 60 min.',
    );
  });
});

describe('searchTokens', () => {
  it('cuts Traditional Chinese into overlapping bigrams plus the last character', () => {
    expect(searchTokens('資料外洩')).toEqual(['资料', '料外', '外泄', '泄']);
  });

  it('gives Simplified Chinese the same tokens as the Traditional spelling', () => {
    expect(searchTokens('资料外泄')).toEqual(searchTokens('資料外洩'));
    expect(searchTokens('產品召回')).toEqual(searchTokens('产品召回'));
  });

  it('keeps a single CJK character as itself', () => {
    expect(searchTokens('洩')).toEqual(['泄']);
    expect(searchTokens('A 級')).toEqual(['a', '级']);
  });

  it('splits English into lower-case words at spaces and punctuation, without stemming', () => {
    expect(searchTokens('Data-breach: notify the Regulator within 72 hours!')).toEqual([
      'data',
      'breach',
      'notify',
      'the',
      'regulator',
      'within',
      '72',
      'hours',
    ]);
    expect(searchTokens('breaches')).toEqual(['breaches']);
  });

  it('separates Latin and CJK runs in mixed text, with punctuation of either width', () => {
    expect(searchTokens('SOP流程：通知PR團隊（Legal）')).toEqual([
      'sop',
      '流程',
      '程',
      '通知',
      '知',
      'pr',
      '团队',
      '队',
      'legal',
    ]);
  });

  it('reads full-width letters and digits as the same words as half-width ones', () => {
    expect(searchTokens('ＩＳＯ２７００１')).toEqual(searchTokens('ISO27001'));
    expect(searchTokens('ＩＳＯ２７００１')).toEqual(['iso27001']);
  });

  it('ignores zero-width characters inside words and phrases', () => {
    expect(searchTokens('bre\u200Bach')).toEqual(['breach']);
    expect(searchTokens('外\u200B洩')).toEqual(['外泄', '泄']);
  });

  it('cuts Japanese kana and Korean Hangul into bigrams too', () => {
    expect(searchTokens('リコール')).toEqual(['リコ', 'コー', 'ール', 'ル']);
    expect(searchTokens('회수')).toEqual(['회수', '수']);
  });

  it('has no tokens for blank or punctuation-only text', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens('  \n\t ')).toEqual([]);
    expect(searchTokens('，。！？——…')).toEqual([]);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(searchTokens('𠀋𠀍')).toEqual(['𠀋𠀍', '𠀍']);
  });

  it('cuts very long words to the maximum word length', () => {
    const long = 'a'.repeat(maxWordLength + 25);
    expect(searchTokens(long)).toEqual(['a'.repeat(maxWordLength)]);
  });
});

describe('searchRuns', () => {
  it('reports runs with their offsets in the normalised text', () => {
    expect(searchRuns('sop 流程')).toEqual([
      { text: 'sop', isCjk: false, start: 0, end: 3 },
      { text: '流程', isCjk: true, start: 4, end: 6 },
    ]);
  });
});

describe('findSearchRun', () => {
  it('finds a CJK run anywhere and a word only where a word starts', () => {
    expect(findSearchRun('如发生资料外泄', { text: '外泄', isCjk: true })).toBe(5);
    expect(findSearchRun('unbreached breaches', { text: 'breach', isCjk: false })).toBe(11);
    expect(findSearchRun('unbreached', { text: 'breach', isCjk: false })).toBe(-1);
    expect(findSearchRun('数据breach', { text: 'breach', isCjk: false })).toBe(2);
  });
});

describe('originalRange', () => {
  it('keeps offsets when normalising kept the length', () => {
    const text = 'ＳＯＰ 資料外洩';
    expect(originalRange(text, normalizeForSearch(text), 4, 8)).toEqual({ start: 4, end: 8 });
  });

  it('maps offsets back across removed and expanded characters', () => {
    const text = 'a\u200Bb ﬁle 資料';
    const normalized = normalizeForSearch(text);
    expect(normalized).toBe('ab file 资料');
    const start = normalized.indexOf('file');
    const range = originalRange(text, normalized, start, start + 4);
    expect(text.slice(range.start, range.end)).toBe('ﬁle');
    const chinese = normalized.indexOf('资料');
    const chineseRange = originalRange(text, normalized, chinese, chinese + 2);
    expect(text.slice(chineseRange.start, chineseRange.end)).toBe('資料');
  });
});
