import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../../../../electron/main/services/monitoring/ingest/dates';
import {
  charsetFromContentType,
  charsetFromHtmlMeta,
  decodeBody,
} from '../../../../../../electron/main/services/monitoring/ingest/decode';
import { dedupeKey } from '../../../../../../electron/main/services/monitoring/ingest/dedupe';
import {
  readJsonApi,
  valueAtPath,
} from '../../../../../../electron/main/services/monitoring/ingest/jsonFeed';
import { guessLanguage } from '../../../../../../electron/main/services/monitoring/ingest/language';
import {
  foldWhitespace,
  htmlToText,
  safeLink,
  truncate,
} from '../../../../../../electron/main/services/monitoring/ingest/normalize';
import {
  findPrologDoctype,
  parseXmlFeed,
} from '../../../../../../electron/main/services/monitoring/ingest/xmlFeed';
import { simplifiedText, traditionalText } from '../../../../../fixtures/feeds';

const fetchedAt = Date.UTC(2026, 10, 22, 12, 0, 0);
const english = { fetchedAt, isChinese: false };
const chinese = { fetchedAt, isChinese: true };

describe('parseFeedDate', () => {
  it('reads RFC 822 and RFC 1123 with numeric and named zones', () => {
    expect(parseFeedDate('Sun, 22 Nov 2026 14:30:00 +0800', english)).toBe(
      Date.UTC(2026, 10, 22, 6, 30),
    );
    expect(parseFeedDate('22 Nov 2026 14:30 GMT', english)).toBe(Date.UTC(2026, 10, 22, 14, 30));
    expect(parseFeedDate('Sat, 21 Nov 26 09:00:00 EST', english)).toBe(
      Date.UTC(2026, 10, 21, 14, 0),
    );
    expect(parseFeedDate('Sun, 22 Nov 2026 04:30:00 -05:00', english)).toBe(
      Date.UTC(2026, 10, 22, 9, 30),
    );
    expect(parseFeedDate('Sun, 22 Nov 2026 14:30:00', english)).toBe(
      new Date(2026, 10, 22, 14, 30).getTime(),
    );
  });

  it('reads CST as US Central in an English feed and as China time in a Chinese one', () => {
    expect(parseFeedDate('Sat, 21 Nov 2026 14:30:00 CST', english)).toBe(
      Date.UTC(2026, 10, 21, 20, 30),
    );
    expect(parseFeedDate('Sat, 21 Nov 2026 14:30:00 CST', chinese)).toBe(
      Date.UTC(2026, 10, 21, 6, 30),
    );
  });

  it('reads ISO 8601, RFC 3339 and W3CDTF, without zone in local time', () => {
    expect(parseFeedDate('2026-11-22T14:30:00Z', english)).toBe(Date.UTC(2026, 10, 22, 14, 30));
    expect(parseFeedDate('2026-11-22T14:30:00.250+08:00', english)).toBe(
      Date.UTC(2026, 10, 22, 6, 30, 0, 250),
    );
    expect(parseFeedDate('2026-11-22', english)).toBe(new Date(2026, 10, 22).getTime());
    expect(parseFeedDate('2026-11-22 14:30', english)).toBe(
      new Date(2026, 10, 22, 14, 30).getTime(),
    );
    expect(parseFeedDate('2026-11-22 14:30:05', english)).toBe(
      new Date(2026, 10, 22, 14, 30, 5).getTime(),
    );
    expect(parseFeedDate('2026/11/22 14:30', english)).toBe(
      new Date(2026, 10, 22, 14, 30).getTime(),
    );
    expect(parseFeedDate('2026-02-30T10:00:00Z', english)).toBeNull();
    expect(parseFeedDate('2026-11-22T25:00:00Z', english)).toBeNull();
  });

  it('reads Chinese dates, half-day markers, full-width digits and year-less dates', () => {
    const local = (month: number, day: number, hour = 0, minute = 0, year = 2026) =>
      new Date(year, month - 1, day, hour, minute).getTime();
    expect(parseFeedDate('2026年11月22日 14:30', chinese)).toBe(local(11, 22, 14, 30));
    expect(parseFeedDate('2026年11月22日 下午2:30', chinese)).toBe(local(11, 22, 14, 30));
    expect(parseFeedDate('2026年11月22日 上午9:05', chinese)).toBe(local(11, 22, 9, 5));
    expect(parseFeedDate('2026年11月22日', chinese)).toBe(local(11, 22));
    expect(parseFeedDate('２０２６年１１月２２日 １４：３０', chinese)).toBe(local(11, 22, 14, 30));
    expect(parseFeedDate('11月21日', chinese)).toBe(local(11, 21));
    expect(parseFeedDate('2026年11月21日 晚上8點30分', chinese)).toBe(local(11, 21, 20, 30));
    expect(parseFeedDate('2026年11月21日 上午12:30', chinese)).toBe(local(11, 21, 0, 30));
    expect(parseFeedDate('2026年2月30日', chinese)).toBeNull();
    expect(parseFeedDate('2026年11月21日 下午13:30', chinese)).toBeNull();
    expect(parseFeedDate('11月21日 08:00', chinese)).toBe(local(11, 21, 8));
    // Read on 22 November, "12月30日" cannot be next month: it is last year's.
    expect(parseFeedDate('12月30日', chinese)).toBe(local(12, 30, 0, 0, 2025));
  });

  it('reads epoch numbers from JSON in seconds or milliseconds', () => {
    expect(parseFeedDate(1_795_334_400, english)).toBe(1_795_334_400_000);
    expect(parseFeedDate(1_795_334_400_000, english)).toBe(1_795_334_400_000);
  });

  it('refuses garbage and absurd dates', () => {
    for (const text of [
      '',
      'tomorrow',
      'Thu, 01 Jan 1970 00:00:00 GMT',
      '1989-12-31T23:00:00Z',
      '2026-11-25T00:00:00Z',
      'Sun, 22 Nov 2026 14:30:00 XYZ',
      '2026-13-45',
    ]) {
      expect(parseFeedDate(text, english), text).toBeNull();
    }
    expect(parseFeedDate(Number.NaN, english)).toBeNull();
    // Up to two days ahead is clock skew, not absurd.
    expect(parseFeedDate('2026-11-23T12:00:00Z', english)).toBe(Date.UTC(2026, 10, 23, 12));
  });
});

describe('guessLanguage', () => {
  it('tells Traditional, Simplified, undetermined Chinese and English apart', () => {
    expect(guessLanguage(traditionalText)).toBe('zh-Hant');
    expect(guessLanguage(simplifiedText)).toBe('zh-Hans');
    expect(guessLanguage('中文新聞中文新闻')).toBe('zh');
    expect(guessLanguage('Customer data was exposed in a breach on Friday.')).toBe('en');
    expect(guessLanguage('Apple 發表會：這個新產品 iPhone 與 MacBook')).toBe('zh-Hant');
    expect(guessLanguage('12345 !!!')).toBe('und');
    expect(guessLanguage('')).toBe('und');
    expect(guessLanguage(`Long English text about a company. ${'word '.repeat(100)} 台灣`)).toBe(
      'en',
    );
  });
});

describe('normalisation', () => {
  it('strips HTML, drops script and style contents, decodes entities and keeps paragraphs', () => {
    expect(
      htmlToText(
        '<p>One &amp; two</p><script>alert(1)</script><style>p{}</style><p>Three&nbsp;four</p>',
      ),
    ).toBe('One & two\nThree four');
    expect(htmlToText('<div>a<br>b</div><table><tr><td>c</td><td>d</td></tr></table>')).toBe(
      'a\nb\nc d',
    );
    expect(htmlToText('<head><title>t</title></head>Body &#x4E2D;&#25991;')).toBe('Body 中文');
    expect(htmlToText('unclosed <b>bold <i>italic')).toBe('unclosed bold italic');
  });

  it('removes zero-width, bidi and control characters and folds whitespace', () => {
    expect(
      foldWhitespace(
        '個\u200b資\u200c外\u200d洩\u2060 \u202eevil\u0007\u0000 \t  x\r\n\r\n  y\ufeff',
      ),
    ).toBe('個資外洩 evil x\ny');
    expect(foldWhitespace('\u3000全形\u3000空白\u00a0')).toBe('全形 空白');
  });

  it('folds every kind of run wherever it starts', () => {
    const cases: [string, string][] = [
      ['already folded text', 'already folded text'],
      ['line one\nline two', 'line one\nline two'],
      [' leading', 'leading'],
      ['trailing ', 'trailing'],
      ['a  b', 'a b'],
      ['a \n b', 'a\nb'],
      ['a\n\n\nb', 'a\nb'],
      ['a b\u200b', 'a b'],
      ['a\u00a0b', 'a b'],
      ['\u200b', ''],
      ['中文 English', '中文 English'],
    ];
    for (const [input, expected] of cases)
      expect(foldWhitespace(input), JSON.stringify(input)).toBe(expected);
  });

  it('cuts text without splitting a surrogate pair', () => {
    expect(truncate('abc', 5)).toEqual({ text: 'abc', isTruncated: false });
    expect(truncate('ab😀cd', 3)).toEqual({ text: 'ab', isTruncated: true });
  });

  it('keeps only absolute http(s) links without credentials', () => {
    expect(safeLink('https://example.com/a b', null)).toBe('https://example.com/a%20b');
    expect(safeLink('/news/1', 'https://example.com/feed')).toBe('https://example.com/news/1');
    expect(safeLink('/news/1', null)).toBeNull();
    expect(safeLink('/news/1', 'javascript:alert(1)')).toBeNull();
    for (const link of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\u200bscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:msgbox(1)',
      'ftp://example.com/',
      'https://user:pass@example.com/',
      'http://',
      `https://example.com/${'a'.repeat(3000)}`,
    ]) {
      expect(safeLink(link, 'https://example.com/'), link).toBeNull();
    }
  });
});

describe('decodeBody', () => {
  const big5 = iconv.encode('<?xml version="1.0" encoding="big5"?><rss>個資外洩</rss>', 'big5');

  it('honours the BOM before any declaration', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>臺灣</rss>')]);
    const result = decodeBody(body, 'text/xml; charset=big5', 'gbk');
    expect(result).toMatchObject({
      text: '<rss>臺灣</rss>',
      charset: 'utf-8',
      origin: 'bom',
      error: null,
    });
  });

  it('reads the header, then the XML declaration, then the HTML meta', () => {
    expect(decodeBody(big5, 'text/xml; charset="Big5"', null)).toMatchObject({
      charset: 'big5',
      origin: 'header',
    });
    expect(decodeBody(big5, 'text/xml', null)).toMatchObject({
      text: '<?xml version="1.0" encoding="big5"?><rss>個資外洩</rss>',
      origin: 'xml-declaration',
    });
    const html = iconv.encode(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>个资</html>',
      'gbk',
    );
    expect(decodeBody(html, null, null)).toMatchObject({ charset: 'gbk', origin: 'html-meta' });
    expect(decodeBody(Buffer.from('<rss/>'), null, null)).toMatchObject({
      charset: 'utf-8',
      origin: 'default',
    });
  });

  it('parses charset parameters and meta tags', () => {
    expect(charsetFromContentType('application/rss+xml;charset=UTF-8')).toBe('UTF-8');
    expect(charsetFromContentType('text/xml; q=1; charset="gbk"')).toBe('gbk');
    expect(charsetFromContentType('text/xml')).toBeNull();
    expect(charsetFromHtmlMeta('<meta charset=big5>')).toBe('big5');
  });

  it('reports invalid bytes in every strict charset, with a lossy text to recover from', () => {
    for (const [charset, bytes] of [
      ['utf-8', [0x3c, 0x61, 0x3e, 0xff, 0x3c]],
      ['big5', [0x3c, 0x61, 0x3e, 0xff, 0x3c]],
      ['big5', [0x3c, 0x61, 0x3e, 0x80, 0x3c]],
      ['gbk', [0x3c, 0x61, 0x3e, 0xff, 0x3c]],
      ['gb18030', [0x3c, 0x81, 0x20, 0x3c]],
      ['utf-16le', [0x3c, 0x00, 0x61]],
    ] as const) {
      const result = decodeBody(Buffer.from(bytes), `text/xml; charset=${charset}`, null);
      expect(result.error, charset).toMatchObject({
        code: 'charset-invalid-bytes',
        params: { charset },
      });
      expect(result.text, charset).toContain('<');
    }
  });

  it('warns when the override contradicts the declaration, not when it agrees', () => {
    expect(decodeBody(big5, 'text/xml; charset=utf-8', 'big5').warnings).toEqual([
      { code: 'charset-overridden', params: { declared: 'utf-8', charset: 'big5' } },
    ]);
    expect(decodeBody(big5, null, 'big5').warnings).toEqual([]);
    expect(
      decodeBody(Buffer.from('<?xml version="1.0" encoding="gb2312"?><a/>'), null, 'gbk').warnings,
    ).toEqual([]);
  });

  it('reads UTF-16 without a BOM and ignores a UTF-16 claim in ASCII bytes', () => {
    const utf16 = Buffer.from('<?xml version="1.0"?><rss>中</rss>', 'utf16le');
    expect(decodeBody(utf16, null, null)).toMatchObject({
      charset: 'utf-16le',
      text: '<?xml version="1.0"?><rss>中</rss>',
    });
    const lying = Buffer.from('<?xml version="1.0" encoding="UTF-16"?><rss>中</rss>');
    expect(decodeBody(lying, null, null)).toMatchObject({ charset: 'utf-8', error: null });
  });
});

describe('dedupeKey', () => {
  it('prefers the id, then the link, then title and date; scoped to the source', () => {
    const base = { id: 'g1', link: 'https://a.example/1', title: 'T', dateText: 'd' };
    const key = dedupeKey('s1', base);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    expect(
      dedupeKey('s1', { ...base, title: 'Edited title', link: 'https://a.example/moved' }),
    ).toBe(key);
    expect(dedupeKey('s2', base)).not.toBe(key);
    const byLink = dedupeKey('s1', { ...base, id: null });
    expect(dedupeKey('s1', { ...base, id: '  ', title: 'Other' })).toBe(byLink);
    const byTitle = dedupeKey('s1', { id: null, link: null, title: 'T', dateText: 'd' });
    expect(dedupeKey('s1', { id: null, link: null, title: 'T', dateText: 'e' })).not.toBe(byTitle);
    // An id that reads like a link is still an id: no collision between the two kinds.
    expect(
      dedupeKey('s1', { id: 'https://a.example/1', link: null, title: '', dateText: '' }),
    ).not.toBe(byLink);
  });
});

describe('JSON paths', () => {
  it('follows own properties and array indexes only', () => {
    const document = JSON.parse('{"a":{"b":[{"c":1}]},"__proto__":{"x":1}}') as unknown;
    expect(valueAtPath(document, 'a.b.0.c')).toBe(1);
    expect(valueAtPath(document, '$')).toBe(document);
    expect(valueAtPath(document, '')).toBe(document);
    expect(valueAtPath(document, 'a.b.1.c')).toBeUndefined();
    expect(valueAtPath(document, '__proto__.x')).toBeUndefined();
    expect(valueAtPath(document, 'a.constructor')).toBeUndefined();
    expect(valueAtPath(document, 'a.toString')).toBeUndefined();
    expect(valueAtPath(document, 'a.b.length')).toBeUndefined();
  });

  it('never reads a mapped field through the prototype chain', () => {
    const document = [{ id: 'x', body: 'text' }];
    const result = readJsonApi(document, {
      itemsPath: '$',
      title: 'constructor.name',
      link: null,
      text: 'body',
      date: null,
      id: 'id',
      author: 'toString',
    });
    expect(result.items[0]?.title).toBeNull();
    expect(result.items[0]?.author).toBeNull();
  });
});

describe('parseXmlFeed', () => {
  it('stops at a DOCTYPE even when the prolog scan is bypassed', () => {
    const result = parseXmlFeed(
      '<!DOCTYPE rss [<!ENTITY a "b">]><rss><channel><item><title>&a;</title></item></channel></rss>',
    );
    expect(result.error?.code).toBe('doctype-forbidden');
    expect(result.items).toEqual([]);
  });

  it('finds a DOCTYPE after the declaration, comments and processing instructions', () => {
    expect(
      findPrologDoctype('\ufeff<?xml version="1.0"?>\n<!-- c --><?pi x?><!doctype rss>'),
    ).toMatch(/^<!doctype/u);
    expect(findPrologDoctype('<?xml version="1.0"?><rss><!DOCTYPE x></rss>')).toBeNull();
  });

  it('ignores prefixed links inside RSS items and uses atom:link only as a fallback', () => {
    const result = parseXmlFeed(
      '<rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><item><atom:link rel="self" href="https://a.example/self"/><link>https://a.example/1</link></item><item><atom:link href="https://a.example/2"/></item></channel></rss>',
    );
    expect(result.items.map((item) => item.link)).toEqual([
      'https://a.example/1',
      'https://a.example/2',
    ]);
  });
});
