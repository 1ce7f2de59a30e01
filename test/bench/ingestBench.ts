import v8 from 'node:v8';
import vm from 'node:vm';
import iconv from 'iconv-lite';
import RssParser from 'rss-parser';
import { Bench } from 'tinybench';
import { createIngester } from '../../electron/main/services/monitoring/ingest';
import type { IngestInput } from '../../electron/main/services/monitoring/types';
import type { BenchComparison } from './ipcBench';

/**
 * Fetch-free ingest throughput (issue 3): a generated ~50 MB corpus of varied feeds (RSS 2.0,
 * Atom, RSS 1.0, JSON Feed; English, Traditional and Simplified Chinese; HTML in descriptions,
 * CDATA, entities; some Big5 and GBK) goes through the whole ingest — decode, parse, normalise,
 * dedupe — next to rss-parser's `parseString` on the same XML feeds in the same run.
 *
 * Fairness: rss-parser takes strings, so it is handed the XML feeds already decoded, and its time
 * does not include decoding; the ingest side starts from the bytes and includes it. The ratio is
 * measured on exactly the XML feeds both can read (rss-parser reads no JSON Feed). Both sides
 * run one after the other in one process, so they share the machine's state.
 */

/** Size of the generated corpus. */
const targetBytes = 50 * 1024 * 1024;
const fetchedAt = Date.UTC(2026, 10, 22, 12);

/** A small deterministic generator, so every run measures the same corpus. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

const englishWords =
  'company customer data breach recall statement regulator inquiry market shares product safety supplier factory report update service outage privacy policy investors lawsuit response apology refund quality incident security team'.split(
    ' ',
  );
const traditionalPhrases = [
  '臺灣消費者',
  '個資外洩',
  '公司說明',
  '後續處理',
  '賠償方式',
  '這個問題',
  '會持續追蹤',
  '主管機關',
  '產品召回',
  '網路謠言',
  '資料安全',
  '發表聲明',
];
const simplifiedPhrases = [
  '台湾消费者',
  '个资外泄',
  '公司说明',
  '后续处理',
  '赔偿方式',
  '这个问题',
  '会持续追踪',
  '主管机关',
  '产品召回',
  '网络谣言',
  '数据安全',
  '发表声明',
];

type Language = 'en' | 'zh-Hant' | 'zh-Hans';
type CorpusKind = 'rss' | 'atom' | 'rdf' | 'json-feed';

interface CorpusFeed {
  input: IngestInput;
  /** The decoded text, for rss-parser (XML feeds only). */
  xmlText: string | null;
}

function sentence(random: () => number, language: Language, length: number): string {
  const parts: string[] = [];
  for (let index = 0; index < length; index += 1) {
    if (language === 'en')
      parts.push(englishWords[Math.floor(random() * englishWords.length)] ?? 'news');
    else {
      const phrases = language === 'zh-Hant' ? traditionalPhrases : simplifiedPhrases;
      parts.push(phrases[Math.floor(random() * phrases.length)] ?? '新聞');
    }
  }
  return language === 'en' ? parts.join(' ') : `${parts.join('，')}。`;
}

function descriptionHtml(random: () => number, language: Language, index: number): string {
  const paragraphs: string[] = [];
  const count = 2 + Math.floor(random() * 5);
  for (let paragraph = 0; paragraph < count; paragraph += 1) {
    paragraphs.push(
      `<p>${sentence(random, language, 8 + Math.floor(random() * 20))} <a href="https://news.example.com/r/${index}">${sentence(random, language, 2)}</a> &amp; <b>${sentence(random, language, 2)}</b> &quot;quoted&quot; &#8212; &#x4E2D;</p>`,
    );
  }
  if (random() < 0.2)
    paragraphs.push(
      '<script>track("x")</script><img src="https://img.example.com/a.png" onerror="x()">',
    );
  return paragraphs.join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function rfc822(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

function chineseDate(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

function generateFeed(
  random: () => number,
  feedIndex: number,
): { text: string; kind: CorpusKind; language: Language } {
  const kindRoll = random();
  const kind: CorpusKind =
    kindRoll < 0.55 ? 'rss' : kindRoll < 0.75 ? 'atom' : kindRoll < 0.87 ? 'rdf' : 'json-feed';
  const languageRoll = random();
  const language: Language =
    languageRoll < 0.5 ? 'en' : languageRoll < 0.75 ? 'zh-Hant' : 'zh-Hans';
  const itemCount = 40 + Math.floor(random() * 160);
  const base = `https://feed${feedIndex}.example.com`;
  const entries: string[] = [];
  const jsonItems: unknown[] = [];
  for (let index = 0; index < itemCount; index += 1) {
    const title = sentence(random, language, 3 + Math.floor(random() * 6));
    const html = descriptionHtml(random, language, index);
    const time = fetchedAt - Math.floor(random() * 30 * 24 * 3_600_000);
    const link = `${base}/news/${feedIndex}/${index}`;
    const useCdata = random() < 0.5;
    const body = useCdata ? `<![CDATA[${html}]]>` : escapeXml(html);
    if (kind === 'rss') {
      const date = language === 'en' || random() < 0.5 ? rfc822(time) : chineseDate(time);
      entries.push(
        `<item><title>${escapeXml(title)}</title><link>${link}</link><guid isPermaLink="false">${feedIndex}-${index}</guid><pubDate>${date}</pubDate><dc:creator>Reporter ${index % 7}</dc:creator><description>${body}</description></item>`,
      );
    } else if (kind === 'rdf') {
      entries.push(
        `<item rdf:about="${link}"><title>${escapeXml(title)}</title><link>${link}</link><dc:date>${new Date(time).toISOString()}</dc:date><description>${body}</description></item>`,
      );
    } else if (kind === 'atom') {
      entries.push(
        `<entry><title type="html">${escapeXml(title)}</title><link rel="alternate" href="${link}"/><id>tag:feed${feedIndex},2026:${index}</id><published>${new Date(time).toISOString()}</published><updated>${new Date(time).toISOString()}</updated><author><name>Desk ${index % 5}</name></author><content type="html">${escapeXml(html)}</content></entry>`,
      );
    } else {
      jsonItems.push({
        id: `${feedIndex}-${index}`,
        url: link,
        title,
        content_html: html,
        date_published: new Date(time).toISOString(),
        authors: [{ name: `Desk ${index % 5}` }],
      });
    }
  }
  const channelTitle = language === 'en' ? `Feed ${feedIndex}` : `新聞 ${feedIndex}`;
  if (kind === 'json-feed') {
    return {
      kind,
      language,
      text: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: channelTitle,
        home_page_url: base,
        items: jsonItems,
      }),
    };
  }
  const encodingName = '__ENCODING__';
  if (kind === 'rss') {
    return {
      kind,
      language,
      text: `<?xml version="1.0" encoding="${encodingName}"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${channelTitle}</title><link>${base}/</link><description>d</description>\n${entries.join('\n')}\n</channel></rss>\n`,
    };
  }
  if (kind === 'rdf') {
    return {
      kind,
      language,
      text: `<?xml version="1.0" encoding="${encodingName}"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${base}/"><title>${channelTitle}</title><link>${base}/</link><description>d</description></channel>\n${entries.join('\n')}\n</rdf:RDF>\n`,
    };
  }
  return {
    kind,
    language,
    text: `<?xml version="1.0" encoding="${encodingName}"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${channelTitle}</title><link rel="alternate" href="${base}/"/><id>${base}/</id><updated>2026-11-22T00:00:00Z</updated>\n${entries.join('\n')}\n</feed>\n`,
  };
}

/** Builds the corpus: about {@link targetBytes} of feeds, a quarter of the Chinese ones in Big5/GBK. */
export function buildIngestCorpus(bytes = targetBytes): CorpusFeed[] {
  const random = createRandom(20_261_122);
  const feeds: CorpusFeed[] = [];
  let total = 0;
  for (let feedIndex = 0; total < bytes; feedIndex += 1) {
    const generated = generateFeed(random, feedIndex);
    const legacy = generated.kind !== 'json-feed' && generated.language !== 'en' && random() < 0.35;
    const charset = legacy ? (generated.language === 'zh-Hant' ? 'big5' : 'gbk') : 'utf-8';
    const text = generated.text.replace('__ENCODING__', charset);
    const body = charset === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, charset);
    total += body.length;
    feeds.push({
      input: {
        body,
        contentType: generated.kind === 'json-feed' ? 'application/feed+json' : 'application/xml',
        source: { id: `feed-${feedIndex}`, kind: generated.kind, charset: null, jsonMapping: null },
        fetchedAt,
      },
      xmlText: generated.kind === 'json-feed' ? null : text,
    });
  }
  return feeds;
}

function bytesOf(feeds: readonly CorpusFeed[]): number {
  return feeds.reduce((sum, feed) => sum + feed.input.body.length, 0);
}

/**
 * A full garbage collection, run before every measured pass (outside the timing): rss-parser
 * leaves a large heap of objects behind, and without this the collection it forces lands on
 * whichever task runs next, which measured the ingest 20-30 % slow depending on the order.
 */
function createCollector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const collect: unknown = vm.runInNewContext('gc');
  if (typeof collect !== 'function') return () => undefined;
  return () => {
    (collect as () => void)();
  };
}

/** Measured rounds after one warm-up round; each round runs every task once, in turn. */
const rounds = 5;

/**
 * The fastest of the measured rounds: work from other processes only ever adds time, so the
 * minimum is the estimate least disturbed by it (medians moved by ±20 % on a busy 2-core machine).
 */
function fastest(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

/**
 * Runs the ingest benchmark and prints MB/s and items/s for the ingest (whole corpus and XML
 * part) and for rss-parser (XML part). The returned comparison is ingest vs rss-parser on the XML
 * part in MB/s (fastest of interleaved rounds).
 */
export async function runIngestBenchmarks(): Promise<BenchComparison[]> {
  const corpus = buildIngestCorpus();
  const xmlFeeds = corpus.filter((feed) => feed.xmlText !== null);
  const xmlTexts = xmlFeeds.map((feed) => feed.xmlText ?? '');
  const ingester = createIngester();
  const rssParser = new RssParser();

  let ingestItems = 0;
  let xmlIngestItems = 0;
  let rssParserItems = 0;
  let failures = 0;
  const ingestAll = (feeds: readonly CorpusFeed[]): number => {
    let items = 0;
    let failed = 0;
    for (const feed of feeds) {
      const result = ingester.ingest(feed.input);
      if (result.outcome !== 'ok') failed += 1;
      items += result.items.length;
    }
    failures = failed;
    return items;
  };

  // Other work on the machine comes and goes: running the tasks in turn, round after round, and
  // taking each one's fastest round keeps a slow spell from landing on one side only.
  const seconds = new Map<string, number[]>();
  const collectGarbage = createCollector();
  const beforeEach = { beforeEach: collectGarbage };
  for (let round = 0; round <= rounds; round += 1) {
    const bench = new Bench({ iterations: 1, time: 0, warmup: false });
    bench
      .add(
        'ingest, XML part',
        () => {
          xmlIngestItems = ingestAll(xmlFeeds);
        },
        beforeEach,
      )
      .add(
        'rss-parser parseString, XML part',
        async () => {
          let items = 0;
          for (const text of xmlTexts) items += (await rssParser.parseString(text)).items.length;
          rssParserItems = items;
        },
        beforeEach,
      )
      .add(
        'ingest, whole corpus',
        () => {
          ingestItems = ingestAll(corpus);
        },
        beforeEach,
      );
    await bench.run();
    if (round === 0) continue;
    for (const task of bench.tasks) {
      const result = task.result;
      if (result === undefined || !('latency' in result))
        throw new Error(`benchmark ${task.name} did not run`);
      seconds.set(task.name, [...(seconds.get(task.name) ?? []), result.latency.mean / 1000]);
    }
  }
  const fastestSeconds = (name: string) => fastest(seconds.get(name) ?? []);

  const megabytes = (value: number) => value / (1024 * 1024);
  const corpusBytes = bytesOf(corpus);
  const xmlBytes = bytesOf(xmlFeeds);
  const lines: [string, number, number, number][] = [
    ['ingest, whole corpus', corpusBytes, ingestItems, fastestSeconds('ingest, whole corpus')],
    ['ingest, XML part', xmlBytes, xmlIngestItems, fastestSeconds('ingest, XML part')],
    [
      'rss-parser parseString, XML part',
      xmlBytes,
      rssParserItems,
      fastestSeconds('rss-parser parseString, XML part'),
    ],
  ];
  console.log(
    `\nIngest corpus: ${corpus.length} feeds, ${megabytes(corpusBytes).toFixed(1)} MB (XML part: ${xmlFeeds.length} feeds, ${megabytes(xmlBytes).toFixed(1)} MB); feeds not ingested cleanly: ${failures}`,
  );
  for (const [name, bytes, items, seconds] of lines) {
    console.log(
      `  ${name.padEnd(34)} ${(megabytes(bytes) / seconds).toFixed(1).padStart(7)} MB/s ${Math.round(
        items / seconds,
      )
        .toLocaleString('en-US')
        .padStart(10)} items/s`,
    );
  }
  // One "op" is one megabyte of feed bytes, so the printed rates are MB/s and the ratio is theirs.
  const subject = megabytes(xmlBytes) / fastestSeconds('ingest, XML part');
  const baseline = megabytes(xmlBytes) / fastestSeconds('rss-parser parseString, XML part');
  return [
    {
      name: 'feed ingest (decode + parse + normalise + dedupe) vs rss-parser parseString, same XML feeds (1 op = 1 MB)',
      subjectOpsPerSecond: subject,
      baselineOpsPerSecond: baseline,
      ratio: subject / baseline,
    },
  ];
}
