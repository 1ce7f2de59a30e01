import { describe, expect, it } from 'vitest';
import { createIngester } from '../../../../../../electron/main/services/monitoring/ingest';
import type { IngestInput } from '../../../../../../electron/main/services/monitoring/types';
import {
  fetchedItemSchema,
  fetchErrorSchema,
  fetchWarningSchema,
  maxItemTextLength,
  maxItemsPerFetch,
} from '../../../../../../shared/monitoring/records';
import type { CharsetOverride, SourceKind } from '../../../../../../shared/monitoring/source';
import { feedFixtures, type FeedFixture } from '../../../../../fixtures/feeds';

const fetchedAt = Date.UTC(2026, 10, 22, 12, 0, 0);
const ingester = createIngester();

function fixture(name: string): FeedFixture {
  const found = feedFixtures[name];
  if (found === undefined) throw new Error(`no fixture ${name}`);
  return found;
}

function ingestFixture(
  name: string,
  overrides: { kind?: SourceKind; charset?: CharsetOverride | null; sourceId?: string } = {},
) {
  const feed = fixture(name);
  const input: IngestInput = {
    body: feed.body,
    contentType: feed.contentType,
    source: {
      id: overrides.sourceId ?? 'source-1',
      kind: overrides.kind ?? feed.kind,
      charset: overrides.charset ?? null,
      jsonMapping: feed.jsonMapping ?? null,
    },
    fetchedAt,
  };
  return ingester.ingest(input);
}

function ingestText(text: string, kind: SourceKind = 'rss', contentType = 'application/rss+xml') {
  return ingester.ingest({
    body: Buffer.from(text, 'utf8'),
    contentType,
    source: { id: 'source-1', kind, charset: null, jsonMapping: null },
    fetchedAt,
  });
}

describe('every fixture', () => {
  for (const [name, feed] of Object.entries(feedFixtures)) {
    it(`${name}: ${feed.description}`, () => {
      const result = ingestFixture(name);
      for (const item of result.items) expect(fetchedItemSchema.parse(item)).toEqual(item);
      for (const warning of result.warnings) fetchWarningSchema.parse(warning);
      if (result.error !== null) fetchErrorSchema.parse(result.error);
      expect(result.error?.code ?? null).toBe(feed.expectedError ?? null);
      if (feed.expectedTitles !== undefined) {
        expect(result.items.map((item) => item.title)).toEqual(feed.expectedTitles);
      }
      if (feed.expectedError === undefined) expect(result.outcome).toBe('ok');
      else expect(result.outcome).toBe(result.items.length > 0 ? 'partial' : 'failed');
      for (const item of result.items) {
        if (feed.expectedError !== 'charset-invalid-bytes')
          expect(item.title).not.toContain('\ufffd');
        expect(`${item.title}\n${item.text}`).not.toMatch(/<script|onerror|javascript:/iu);
      }
    });
  }
});

describe('feed formats', () => {
  it('reads RSS 2.0: content:encoded over description, dc:creator, relative links, RFC 822 zones', () => {
    const result = ingestFixture('rss2-utf8');
    expect(result.detectedKind).toBe('rss');
    const [first, second, third] = result.items;
    expect(first?.text).toBe('Full story: customer records were exposed on Friday.\nOne\nTwo');
    expect(first?.author).toBe('Jane Reporter');
    expect(first?.publishedAt).toBe(Date.UTC(2026, 10, 22, 6, 30));
    expect(first?.dateSource).toBe('feed');
    expect(second?.link).toBe('https://news.example.com/2026/11/recall');
    expect(second?.text).toBe(
      'Refunds start Monday\u00a0— stores notified.'.replace('\u00a0', ' '),
    );
    expect(third?.publishedAt).toBe(Date.UTC(2026, 10, 20, 23, 15));
    expect(first?.language).toBe('en');
  });

  it('reads RSS 0.91 in ISO-8859-1 and says the dates are missing', () => {
    const result = ingestFixture('rss091-latin1');
    expect(result.charset).toBe('windows-1252');
    expect(result.items[0]?.text).toBe('A new café with crème brûlée.');
    expect(
      result.items.every(
        (item) => item.dateSource === 'fetch-time' && item.publishedAt === fetchedAt,
      ),
    ).toBe(true);
    expect(result.warnings).toContainEqual({ code: 'dates-missing', params: { count: 2 } });
  });

  it('reads RSS 1.0 items that are siblings of the channel, with dc:date', () => {
    const result = ingestFixture('rdf-utf8');
    expect(result.detectedKind).toBe('rdf');
    expect(result.items[0]?.publishedAt).toBe(Date.UTC(2026, 10, 19, 23, 0));
    expect(result.items[0]?.author).toBe('Audit Desk');
    expect(result.items[1]?.publishedAt).toBe(new Date(2026, 10, 21).getTime());
  });

  it('reads Atom: alternate link under xml:base, html/text/xhtml content, published then updated', () => {
    const result = ingestFixture('atom-utf8');
    expect(result.detectedKind).toBe('atom');
    const [outage, results, policy] = result.items;
    expect(outage?.link).toBe('https://atom.example.net/blog/posts/outage');
    expect(outage?.text).toBe('The outage is over.\nRoot cause: a bad deploy.');
    expect(outage?.author).toBe('Ops Team');
    expect(outage?.publishedAt).toBe(Date.UTC(2026, 10, 22, 9, 30));
    // type="text" is literal text: markup characters in it are content, not tags.
    expect(results?.text).toBe('Revenue up <b>5%</b> literally.');
    expect(results?.publishedAt).toBe(Date.UTC(2026, 10, 21, 11, 0));
    expect(policy?.text).toBe('New privacy policy.\nEffective today.');
  });

  it('reads JSON Feed 1.1 with authors and numeric ids', () => {
    const result = ingestFixture('json-feed-utf8');
    expect(result.detectedKind).toBe('json-feed');
    expect(result.items[0]?.text).toBe('The regulator opened an inquiry.');
    expect(result.items[0]?.author).toBe('Desk A');
    expect(result.items[1]?.author).toBe('Desk B');
    expect(result.items[1]?.publishedAt).toBe(Date.UTC(2026, 10, 21, 8, 0));
    expect(result.items[1]?.language).toBe('zh-Hant');
  });

  it('reads a JSON API through its mapping, with epoch-second dates', () => {
    const result = ingestFixture('json-api-utf8');
    expect(result.detectedKind).toBe('json-api');
    expect(result.items[0]).toMatchObject({
      link: 'https://api.example.com/articles/a-1',
      text: 'Shares fell 8% in early trading.',
      author: 'Markets desk',
      publishedAt: 1_795_334_400_000,
    });
    expect(result.items[1]?.publishedAt).toBe(new Date(2026, 10, 21, 10, 15).getTime());
    expect(result.items[1]?.language).toBe('zh-Hans');
  });

  it('warns when the document is not the kind the source declares, and still parses it', () => {
    const result = ingestFixture('atom-utf8', { kind: 'rss' });
    expect(result.outcome).toBe('ok');
    expect(result.detectedKind).toBe('atom');
    expect(result.warnings).toContainEqual({
      code: 'kind-mismatch',
      params: { declared: 'rss', detected: 'atom' },
    });
    expect(ingestFixture('json-feed-utf8', { kind: 'rss' }).warnings).toContainEqual({
      code: 'kind-mismatch',
      params: { declared: 'rss', detected: 'json-feed' },
    });
  });
});

describe('charsets', () => {
  it('decodes Big5, GBK, GB18030 and UTF-16 without replacement characters', () => {
    for (const [name, charset] of [
      ['rss2-big5', 'big5'],
      ['rss2-gbk', 'gbk'],
      ['atom-gb18030', 'gb18030'],
      ['atom-utf16le-bom', 'utf-16le'],
      ['rss2-utf16be-bom', 'utf-16be'],
    ] as const) {
      const result = ingestFixture(name);
      expect(result.charset, name).toBe(charset);
      expect(result.outcome, name).toBe('ok');
      expect(JSON.stringify(result.items), name).not.toContain('\ufffd');
    }
    expect(ingestFixture('rss2-big5').items[0]?.text).toContain('臺灣消費者個資外洩');
    expect(ingestFixture('rss2-gbk').items[0]?.text).toContain('台湾消费者个资外泄');
  });

  it('reports invalid bytes and still recovers the items', () => {
    const result = ingestFixture('rss2-big5-invalid');
    expect(result.outcome).toBe('partial');
    expect(result.error).toMatchObject({
      code: 'charset-invalid-bytes',
      params: { charset: 'big5' },
    });
    expect(result.items).toHaveLength(2);
    expect(result.items[0]?.title).toBe('個資外洩事件');
  });

  it('lets the source override a wrong declaration, and says so', () => {
    const body = fixture('rss2-big5').body;
    const result = ingester.ingest({
      body,
      contentType: 'application/rss+xml; charset=utf-8',
      source: { id: 'source-1', kind: 'rss', charset: 'big5', jsonMapping: null },
      fetchedAt,
    });
    expect(result.outcome).toBe('ok');
    expect(result.charset).toBe('big5');
    expect(result.items[0]?.title).toBe('個資外洩事件');
    expect(result.warnings).toContainEqual({
      code: 'charset-overridden',
      params: { declared: 'utf-8', charset: 'big5' },
    });
  });

  it('fails on an unknown charset label', () => {
    const result = ingester.ingest({
      body: Buffer.from('<rss/>'),
      contentType: 'application/rss+xml; charset=x-klingon',
      source: { id: 'source-1', kind: 'rss', charset: null, jsonMapping: null },
      fetchedAt,
    });
    expect(result.outcome).toBe('failed');
    expect(result.error).toMatchObject({
      code: 'charset-unsupported',
      params: { charset: 'x-klingon' },
    });
  });
});

describe('hostile and broken input', () => {
  it('rejects any DOCTYPE: billion laughs and external entities yield nothing', () => {
    for (const name of ['billion-laughs', 'external-entity']) {
      const result = ingestFixture(name);
      expect(result.outcome).toBe('failed');
      expect(result.items).toEqual([]);
      expect(result.error?.code).toBe('doctype-forbidden');
    }
    const withComment = ingestText(
      '<?xml version="1.0"?><!-- hi --><!DOCTYPE rss><rss><channel></channel></rss>',
    );
    expect(withComment.error?.code).toBe('doctype-forbidden');
    // saxes reports a DOCTYPE only once it is closed; the prolog scan catches one that never is.
    const unterminated = ingestText('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa');
    expect(unterminated.error?.code).toBe('doctype-forbidden');
  });

  it('never expands an undeclared entity', () => {
    const result = ingestFixture('undeclared-entity');
    expect(result.outcome).toBe('partial');
    expect(JSON.stringify(result.items)).not.toContain('Bad');
  });

  it('keeps the complete items of a malformed feed and says where it broke', () => {
    const result = ingestFixture('malformed-xml');
    expect(result.outcome).toBe('partial');
    expect(result.error?.code).toBe('malformed-xml');
    // Just after the </item> that closed the unclosed <title>, on the third item's line.
    expect(result.error?.params).toEqual({ line: 9, column: 74 });
    expect(result.items.map((item) => item.title)).not.toContain('Broken three');
  });

  it('fails a feed cut off before any item closed', () => {
    const result = ingestText('<rss><channel><title>x</title><item><title>half');
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('malformed-xml');
  });

  it('tells an HTML page and an unknown document from a feed', () => {
    expect(ingestFixture('html-page').error).toMatchObject({ code: 'html-not-feed' });
    expect(ingestText('<html><body><p>hi</p></body></html>').error?.code).toBe('html-not-feed');
    expect(ingestFixture('not-a-feed').error).toMatchObject({
      code: 'not-a-feed',
      params: { root: 'config' },
    });
    expect(ingestText('just words', 'rss', 'text/plain').error?.code).toBe('not-a-feed');
  });

  it('does not let element names or JSON keys reach any prototype', () => {
    ingestFixture('prototype-xml');
    ingestFixture('prototype-json');
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    // The JSON item's __proto__ key carried a title: it must not be read as the item's own.
    expect(ingestFixture('prototype-json').items[0]?.title).toBe('');
  });

  it('turns hostile HTML into inert plain text and drops unsafe links', () => {
    const [script, data, credentials] = ingestFixture('hostile-html').items;
    expect(script?.title).toBe('Click me');
    expect(script?.link).toBeNull();
    // Escaped markup inside HTML is text, as a reader sees it; the zero-width space is gone.
    expect(script?.text).toBe('Hello\nclick hereWorldwide <b>escaped</b>');
    expect(script?.text).not.toMatch(/alert|fetch|display|onerror/u);
    expect(data?.link).toBeNull();
    expect(data?.text).toBe('Zerowidth and bidi characters');
    expect(credentials?.link).toBeNull();
  });

  it('reports malformed JSON and a mapping that finds nothing', () => {
    expect(ingestFixture('malformed-json').error?.code).toBe('malformed-json');
    const feed = fixture('json-api-utf8');
    const mapping = feed.jsonMapping;
    if (mapping === undefined) throw new Error('fixture lacks a mapping');
    const wrongItems = ingester.ingest({
      body: feed.body,
      contentType: feed.contentType,
      source: {
        id: 's',
        kind: 'json-api',
        charset: null,
        jsonMapping: { ...mapping, itemsPath: 'data.posts' },
      },
      fetchedAt,
    });
    expect(wrongItems.error).toMatchObject({
      code: 'json-mapping-failed',
      params: { path: 'data.posts' },
    });
    const wrongFields = ingester.ingest({
      body: feed.body,
      contentType: feed.contentType,
      source: {
        id: 's',
        kind: 'json-api',
        charset: null,
        jsonMapping: { ...mapping, title: 'headline', link: null, text: 'body' },
      },
      fetchedAt,
    });
    expect(wrongFields.error).toMatchObject({
      code: 'json-mapping-failed',
      params: { path: 'headline' },
    });
  });
});

describe('limits, dates and keys', () => {
  function bigFeed(count: number, textLength = 10): string {
    const items = Array.from(
      { length: count },
      (_, index) =>
        `<item><title>Item ${index}</title><guid>g-${index}</guid><description>${'x'.repeat(textLength)}</description></item>`,
    ).join('');
    return `<rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`;
  }

  it('caps items per fetch and says how many were left out', () => {
    const result = ingestText(bigFeed(maxItemsPerFetch + 5));
    expect(result.items).toHaveLength(maxItemsPerFetch);
    expect(result.itemsFound).toBe(maxItemsPerFetch + 5);
    expect(result.warnings).toContainEqual({
      code: 'items-capped',
      params: { count: 5, limit: maxItemsPerFetch },
    });
  });

  it('cuts long texts and marks them truncated', () => {
    const result = ingestText(bigFeed(1, maxItemTextLength + 50));
    expect(result.items[0]?.text).toHaveLength(maxItemTextLength);
    expect(result.items[0]?.isTruncated).toBe(true);
    expect(result.warnings).toContainEqual({ code: 'text-truncated', params: { count: 1 } });
  });

  it('skips entries with nothing in them', () => {
    const result = ingestText(
      '<rss><channel><item><title>  </title></item><item><title>a</title></item></channel></rss>',
    );
    expect(result.items).toHaveLength(1);
    expect(result.warnings).toContainEqual({ code: 'items-skipped', params: { count: 1 } });
  });

  it('falls back to the fetch time for missing, unreadable and absurd dates, and says so', () => {
    const result = ingestFixture('missing-dates');
    expect(result.items.map((item) => item.dateSource)).toEqual([
      'fetch-time',
      'fetch-time',
      'fetch-time',
      'fetch-time',
    ]);
    expect(result.items.every((item) => item.publishedAt === fetchedAt)).toBe(true);
    expect(result.warnings).toContainEqual({ code: 'dates-missing', params: { count: 1 } });
    expect(result.warnings).toContainEqual({ code: 'dates-unparsed', params: { count: 3 } });
  });

  it('reads Chinese dates, with CST as China time in a Chinese feed', () => {
    const published = ingestFixture('chinese-dates').items.map((item) => item.publishedAt);
    expect(published).toEqual([
      new Date(2026, 10, 22, 14, 30).getTime(),
      new Date(2026, 10, 22, 14, 30).getTime(),
      new Date(2026, 10, 21).getTime(),
      new Date(2026, 10, 20, 8, 15).getTime(),
      new Date(2026, 10, 19, 14, 30).getTime(),
      new Date(2026, 10, 18, 14, 30).getTime(),
      Date.UTC(2026, 10, 18, 6, 30),
    ]);
  });

  it('gives the same entry the same key on every fetch, and different keys in different sources', () => {
    const first = ingestFixture('rss2-utf8').items.map((item) => item.dedupeKey);
    const again = ingestFixture('rss2-utf8').items.map((item) => item.dedupeKey);
    const otherSource = ingestFixture('rss2-utf8', { sourceId: 'source-2' }).items.map(
      (item) => item.dedupeKey,
    );
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const key of otherSource) expect(first).not.toContain(key);
  });

  it('never throws, whatever the bytes', () => {
    const samples = [
      Buffer.alloc(0),
      Buffer.from([0xff, 0xfe]),
      Buffer.from([0xfe, 0xff, 0x00]),
      Buffer.from('{'),
      Buffer.from('[1,2,3]'),
      Buffer.from('<rss><channel><item><title>&#0;</title></item></channel></rss>'),
      Buffer.from('<'.repeat(10_000)),
      Buffer.from('<rss>'.repeat(10_000)),
    ];
    for (const body of samples) {
      const result = ingester.ingest({
        body,
        contentType: null,
        source: { id: 's', kind: 'rss', charset: null, jsonMapping: null },
        fetchedAt,
      });
      expect(['ok', 'partial', 'failed']).toContain(result.outcome);
      expect(result.error?.code).not.toBe('internal');
    }
  });
});
