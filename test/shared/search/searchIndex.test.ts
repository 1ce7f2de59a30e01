import { describe, expect, it } from 'vitest';
import { SearchIndex, searchSnippet } from '../../../shared/search/searchIndex';
import type { SearchDocument, SearchHit } from '../../../shared/search/searchIndex';

/** An index holding `documents`. */
function indexOf(...documents: SearchDocument[]): SearchIndex {
  const index = new SearchIndex();
  documents.forEach((document) => index.add(document));
  return index;
}

/** The ids of hits, in rank order. */
function ids(hits: readonly SearchHit[]): string[] {
  return hits.map((hit) => hit.id);
}

const breachSopTw: SearchDocument = {
  id: 'sop:breach-tw',
  kind: 'sop',
  title: '資料外洩應變程序',
  body: '發現個人資料外洩時，一小時內通報主管機關，並由發言人發布聲明。',
  language: 'zh-TW',
};
const breachTemplateCn: SearchDocument = {
  id: 'template:breach-cn',
  kind: 'template',
  title: '数据事件初步声明',
  body: '我们发现部分客户资料外泄，正在调查。下一次更新时间：{{nextUpdateAt}}。',
  language: 'zh-CN',
};
const recallSopEn: SearchDocument = {
  id: 'sop:recall-en',
  kind: 'sop',
  title: 'Product recall',
  body: 'Stop shipments, notify the regulator and publish a holding statement about the breach of safety rules.',
  language: 'en',
};
const breachStatementEn: SearchDocument = {
  id: 'template:breach-en',
  kind: 'template',
  title: 'Data breach holding statement',
  body: 'We are investigating an incident affecting customer data.',
  language: 'en',
};

describe('SearchIndex', () => {
  it('finds Simplified text with a Traditional query and the other way round', () => {
    const index = indexOf(breachSopTw, breachTemplateCn, recallSopEn);
    expect(ids(index.search('资料外泄')).sort()).toEqual(['sop:breach-tw', 'template:breach-cn']);
    expect(ids(index.search('資料外洩')).sort()).toEqual(['sop:breach-tw', 'template:breach-cn']);
    expect(ids(index.search('主管機關'))).toEqual(['sop:breach-tw']);
    expect(ids(index.search('主管机关'))).toEqual(['sop:breach-tw']);
  });

  it('answers a two-character Chinese query with exactly the documents containing it', () => {
    const index = indexOf(breachSopTw, breachTemplateCn, recallSopEn, {
      id: 'sop:apart',
      kind: 'sop',
      title: '發言',
      body: '人員名單',
    });
    expect(ids(index.search('發言')).sort()).toEqual(['sop:apart', 'sop:breach-tw']);
    // 言 and 人 occur in sop:apart only across the title/body boundary: no match there.
    expect(ids(index.search('言人'))).toEqual(['sop:breach-tw']);
  });

  it('finds a single Chinese character wherever it stands, also at the end of a run', () => {
    const index = indexOf(breachSopTw, breachTemplateCn, recallSopEn);
    expect(ids(index.search('洩')).sort()).toEqual(['sop:breach-tw', 'template:breach-cn']);
    expect(ids(index.search('序'))).toEqual(['sop:breach-tw']);
  });

  it('requires every token of a query (AND), across title and body', () => {
    const index = indexOf(breachSopTw, breachTemplateCn, recallSopEn, breachStatementEn);
    expect(ids(index.search('breach')).sort()).toEqual(['sop:recall-en', 'template:breach-en']);
    expect(ids(index.search('breach customer'))).toEqual(['template:breach-en']);
    expect(ids(index.search('breach regulator'))).toEqual(['sop:recall-en']);
    expect(ids(index.search('breach regulator customer'))).toEqual([]);
    expect(ids(index.search('外泄 调查'))).toEqual(['template:breach-cn']);
    expect(ids(index.search('資料外洩 發言人'))).toEqual(['sop:breach-tw']);
  });

  it('requires a Chinese phrase of three or more characters to occur as written', () => {
    const index = indexOf(
      { id: 'together', kind: 'sop', title: '通報', body: '通報主管機關' },
      // Holds the bigrams 主管 and 管機 but never 主管機 in a row.
      { id: 'apart', kind: 'sop', title: '分開', body: '主管 與 保管機制' },
    );
    expect(ids(index.search('主管機'))).toEqual(['together']);
  });

  it('matches English words by prefix, for search as you type, but not inside words', () => {
    const index = indexOf(recallSopEn, breachStatementEn, {
      id: 'inside',
      kind: 'sop',
      title: 'Unbreached perimeter',
      body: 'Nothing here.',
    });
    expect(ids(index.search('brea')).sort()).toEqual(['sop:recall-en', 'template:breach-en']);
    expect(ids(index.search('hold stat')).sort()).toEqual(['sop:recall-en', 'template:breach-en']);
    expect(ids(index.search('each'))).toEqual([]);
    // No stemming: a longer form does not find the shorter word.
    expect(ids(index.search('breaches'))).toEqual([]);
  });

  it('ranks documents matching in the title above those matching only in the body', () => {
    const index = indexOf(recallSopEn, breachStatementEn, breachSopTw, breachTemplateCn);
    const hits = index.search('holding statement');
    expect(ids(hits)).toEqual(['template:breach-en', 'sop:recall-en']);
    expect(hits.map((hit) => hit.matchedField)).toEqual(['title', 'body']);
    const chinese = index.search('外洩');
    expect(ids(chinese)).toEqual(['sop:breach-tw', 'template:breach-cn']);
    expect(chinese.map((hit) => hit.matchedField)).toEqual(['title', 'body']);
  });

  it('ranks title matches first whatever order the documents were added in', () => {
    const index = indexOf(breachTemplateCn, breachSopTw);
    expect(ids(index.search('资料外泄'))).toEqual(['sop:breach-tw', 'template:breach-cn']);
  });

  it('finds nothing for an empty, blank or punctuation-only query', () => {
    const index = indexOf(breachSopTw, recallSopEn);
    expect(index.search('')).toEqual([]);
    expect(index.search('   \t')).toEqual([]);
    expect(index.search('，。!?')).toEqual([]);
  });

  it('keeps to the kinds asked for', () => {
    const index = indexOf(breachSopTw, breachTemplateCn, recallSopEn, breachStatementEn);
    expect(ids(index.search('外泄', { kinds: ['template'] }))).toEqual(['template:breach-cn']);
    expect(ids(index.search('breach', { kinds: ['sop'] }))).toEqual(['sop:recall-en']);
    expect(ids(index.search('breach', { kinds: ['sop', 'template'] })).sort()).toEqual([
      'sop:recall-en',
      'template:breach-en',
    ]);
    expect(index.search('breach', { kinds: [] })).toEqual([]);
  });

  it('returns at most `limit` hits, title matches first', () => {
    const index = new SearchIndex();
    for (let number = 0; number < 30; number += 1) {
      index.add({ id: `body-${number}`, kind: 'sop', title: 'Other', body: 'press release' });
    }
    index.add({ id: 'title', kind: 'sop', title: 'Press release', body: 'text' });
    const hits = index.search('press', { limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits[0]?.id).toBe('title');
    expect(index.search('press')).toHaveLength(31);
  });

  it('forgets a removed document and re-indexes an updated one', () => {
    const index = indexOf(breachSopTw, recallSopEn);
    index.remove('sop:breach-tw');
    expect(index.search('外洩')).toEqual([]);
    expect(index.has('sop:breach-tw')).toBe(false);
    index.remove('never-added');
    expect(index.size).toBe(1);

    index.update({ ...recallSopEn, title: 'Product withdrawal', body: 'Call back every batch.' });
    expect(index.search('recall')).toEqual([]);
    expect(ids(index.search('withdrawal batch'))).toEqual(['sop:recall-en']);
    expect(index.search('withdrawal')[0]?.title).toBe('Product withdrawal');
    expect(index.size).toBe(1);

    index.add({ ...recallSopEn, title: 'Recall again', body: '' });
    expect(ids(index.search('recall'))).toEqual(['sop:recall-en']);
    expect(index.search('withdrawal')).toEqual([]);
  });

  it('clears everything', () => {
    const index = indexOf(breachSopTw, recallSopEn);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.search('recall')).toEqual([]);
    index.add(recallSopEn);
    expect(ids(index.search('recall'))).toEqual(['sop:recall-en']);
  });

  it('returns the hit’s kind, current title and a snippet of the body around the match', () => {
    const index = indexOf(breachSopTw);
    const [hit] = index.search('主管机关');
    expect(hit).toEqual({
      id: 'sop:breach-tw',
      kind: 'sop',
      title: '資料外洩應變程序',
      matchedField: 'body',
      snippet: {
        text: '發現個人資料外洩時，一小時內通報主管機關，並由發言人發布聲明。',
        highlight: { start: 16, end: 20 },
      },
    });
  });
});

describe('searchSnippet', () => {
  const long = `${'Background text. '.repeat(20)}Notify the REGULATOR within 72 hours. ${'More text follows here. '.repeat(20)}`;

  it('cuts an excerpt around the first match, with ellipses where text was cut', () => {
    const snippet = searchSnippet(long, 'regulator', 60);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(62);
    const { highlight } = snippet;
    expect(highlight).not.toBeNull();
    expect(snippet.text.slice(highlight?.start, highlight?.end)).toBe('REGULATOR');
  });

  it('highlights the original spelling for a query in the other script or width', () => {
    const text = '公告：發現ＡＰＩ金鑰外洩後，立即撤銷。';
    const snippet = searchSnippet(text, 'api 金钥外泄', 100);
    expect(snippet.text).toBe(text);
    expect(snippet.text.slice(snippet.highlight?.start, snippet.highlight?.end)).toBe('ＡＰＩ');
  });

  it('maps the match back when normalising changed the length of the text', () => {
    const text = 'Zero\u200Bwidth\u200B marks, then the ﬁnal report on 資料外洩.';
    const snippet = searchSnippet(text, '资料外泄', 100);
    expect(snippet.text.slice(snippet.highlight?.start, snippet.highlight?.end)).toBe('資料外洩');
  });

  it('collapses line breaks and runs of spaces', () => {
    const snippet = searchSnippet('Step one\n\n- call   legal\n- call PR', 'legal', 100);
    expect(snippet).toEqual({
      text: 'Step one - call legal - call PR',
      highlight: { start: 16, end: 21 },
    });
  });

  it('shows the opening of the text when the query does not occur in it', () => {
    expect(searchSnippet(long, 'absent', 20)).toEqual({
      text: 'Background text. Bac…',
      highlight: null,
    });
    expect(searchSnippet('', 'absent', 20)).toEqual({ text: '', highlight: null });
  });

  it('never splits a surrogate pair at the edges of the excerpt', () => {
    const text = `${'𠀋'.repeat(30)}外洩${'𠀋'.repeat(30)}`;
    const snippet = searchSnippet(text, '外泄', 21);
    const body = snippet.text.replace(/…/gu, '');
    expect(body).toMatch(/^(?:𠀋)*外洩(?:𠀋)*$/u);
  });
});
