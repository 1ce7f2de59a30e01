import { languages } from '../../../shared/domain/settings';
import type { Language } from '../../../shared/domain/settings';
import type { Sop } from '../../../shared/domain/sops/sop';
import { starterLibrary } from '../../../shared/domain/sops/starter';
import {
  starterSopContent,
  starterStoredTemplate,
} from '../../../shared/domain/sops/starterLibrary';
import { SearchIndex } from '../../../shared/search/searchIndex';
import type { SearchDocument } from '../../../shared/search/searchIndex';
import { findSearchRun, normalizeForSearch, searchRuns } from '../../../shared/search/searchText';
import { sopSearchDocuments } from '../../../renderer/src/features/sops/search/sopSearchDocuments';
import type { BenchComparison } from '../ipcBench';
import {
  corpusCharacters,
  createCollector,
  createHitTally,
  createRandom,
  formatMs,
  formatPercent,
  groupSamples,
  holdsEveryRun,
  latencyComparison,
  pick,
  precisionOf,
  printLatencyLine,
  printTargetLine,
  queryMedians,
  recallOf,
  scannedDocuments,
  summarize,
  tallyHits,
  timeInterleaved,
} from './searchBenchSupport';
import type { LatencySummary, ScannedDocument } from './searchBenchSupport';

/**
 * Full-text search over 2,000 SOP and statement-template documents in English, Traditional and
 * Simplified Chinese (issue 6: target p95 ≤ 10 ms), against a linear scan of the same documents in
 * the same run.
 *
 * Corpus: the starter library's real documents (10 SOPs and 40 templates, each in the three
 * languages, turned into search documents exactly as the SOP library does), then recombinations
 * of them up to 2,000: each generated document takes a title from a real one and sentences drawn
 * from real documents of the same language and kind, so sizes, vocabulary and script mix match
 * the real library. Generated text is labelled "(variant n)" in its title and is never shown.
 *
 * Subject: `SearchIndex.search` as the UI calls it (best 50 hits, title matches first, snippets).
 * Baseline: a linear scan over pre-normalised documents with the index's own matching rules
 * (`findSearchRun`: CJK phrases anywhere, words by prefix at a word start), title matches first,
 * no snippets. The scan is also the reference for correctness: the index's full hit set (no
 * limit) is compared with it query by query.
 */

/** Documents in the corpus. */
const corpusSize = 2_000;
/** Measured rounds over the query set, after one warm-up round. */
const rounds = 30;

/** The query set: Chinese of 2–4 characters in both scripts, English words and prefixes, mixed. */
export const searchBenchQueries = {
  chinese: [
    '聲明',
    '声明',
    '外洩',
    '泄露',
    '個資',
    '主管機關',
    '发言人',
    '客服',
    '召回',
    '謠言',
    '供應商',
    '员工',
    '調查',
    '更新時間',
    '道歉',
    '地震',
  ],
  english: [
    'statement',
    'breach',
    'regulator',
    'recall',
    'customers',
    'spokesperson',
    'notif',
    'investig',
    'holding statement',
    'legal counsel',
    'within 24',
    'tsunami',
  ],
  mixed: ['company 聲明', 'product 召回', 'whatWeKnow 调查', 'AI 模型', 'SOP 步驟', 'email 客户'],
} as const;

/** Which group of {@link searchBenchQueries} a query belongs to. */
type QueryGroup = keyof typeof searchBenchQueries;

/** What the search bench measured. */
export type SearchBenchResult = {
  documents: number;
  /** Total characters of titles and bodies. */
  characters: number;
  documentsByLanguage: Record<Language, number>;
  buildMs: number;
  /** Time to normalise every document once: all the linear scan needs before its first query. */
  baselineBuildMs: number;
  queries: number;
  samples: number;
  subject: LatencySummary;
  baseline: LatencySummary;
  subjectByGroup: Record<QueryGroup, LatencySummary>;
  /**
   * Each query's median latency, summarised over the queries: steadier than the raw samples on a
   * busy machine, where a preempted sample lands in the raw p95.
   */
  subjectQueryMedians: LatencySummary;
  baselineQueryMedians: LatencySummary;
  /** Over all queries: hits found by both / by the index, and / by the scan. */
  precision: number;
  recall: number;
  /** Queries whose hit sets differ from the scan's. */
  mismatches: string[];
  /** Hits the scan found, over all queries (so a reader can see the queries are not empty). */
  referenceHits: number;
  queriesWithoutHits: number;
  comparisons: BenchComparison[];
};

/** The starter library's search documents in `language`, as the SOP library builds them. */
function starterDocuments(language: Language): SearchDocument[] {
  const now = Date.UTC(2026, 10, 22);
  const sops: Sop[] = starterLibrary.map((kit) => ({
    id: kit.sop.id,
    content: starterSopContent(kit, language),
    ownerRoleId: kit.sop.ownerRoleId,
    reviewIntervalDays: kit.sop.reviewIntervalDays,
    lastReviewedOn: null,
    lastValidatedByDrillId: null,
    publishedVersion: 1,
    createdAt: now,
    updatedAt: now,
    isStarter: true,
  }));
  const templates = starterLibrary.flatMap((kit) =>
    kit.templates.map((template) => starterStoredTemplate(kit, template, language, now)),
  );
  // Ids made unique across languages (SOP ids are the same in every language).
  return sopSearchDocuments(sops, templates, language).map((document) => ({
    ...document,
    id: `${language}/${document.id}`,
  }));
}

/** Sentences (and list lines) of a body, the unit generated bodies are built from. */
function sentences(body: string): string[] {
  return body
    .split(/(?<=[。！？.!?])\s*|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The 2,000 documents: the real starter documents, then recombinations of them. */
export function buildSearchCorpus(size = corpusSize): SearchDocument[] {
  const random = createRandom(20_261_122);
  const real = languages.flatMap((language) => starterDocuments(language));
  const pools = new Map<string, { titles: string[]; sentences: string[]; lengths: number[] }>();
  for (const document of real) {
    const key = `${document.language ?? ''}/${document.kind}`;
    const pool = pools.get(key) ?? { titles: [], sentences: [], lengths: [] };
    pool.titles.push(document.title);
    pool.sentences.push(...sentences(document.body));
    pool.lengths.push(document.body.length);
    pools.set(key, pool);
  }
  const corpus = real.slice(0, size);
  for (let number = corpus.length; number < size; number += 1) {
    const language = languages[number % languages.length] ?? 'en';
    // The starter library's mix: four templates per SOP.
    const kind = number % 5 === 0 ? 'sop' : 'template';
    const pool = pools.get(`${language}/${kind}`);
    if (pool === undefined) {
      throw new Error(`no starter documents for ${language}/${kind}`);
    }
    const targetLength = pick(pool.lengths, random);
    const parts: string[] = [];
    let length = 0;
    while (length < targetLength) {
      const sentence = pick(pool.sentences, random);
      parts.push(sentence);
      length += sentence.length + 1;
    }
    corpus.push({
      id: `generated/${number}`,
      kind,
      title: `${pick(pool.titles, random)} (variant ${number})`,
      body: parts.join(language === 'en' ? ' ' : ''),
      language,
    });
  }
  return corpus;
}

/** The baseline: every document whose title or body holds every run of the query. */
function linearScan(documents: readonly ScannedDocument[], query: string): string[] {
  const runs = searchRuns(normalizeForSearch(query));
  if (runs.length === 0) {
    return [];
  }
  const titleHits: string[] = [];
  const bodyHits: string[] = [];
  for (const document of documents) {
    if (runs.every((run) => findSearchRun(document.normalizedTitle, run) !== -1)) {
      titleHits.push(document.id);
    } else if (holdsEveryRun(document, runs)) {
      bodyHits.push(document.id);
    }
  }
  return [...titleHits, ...bodyHits];
}

/** Runs the search bench: corpus, build, latencies of both sides, and hit-set agreement. */
export function runSearchBench(): SearchBenchResult {
  const corpus = buildSearchCorpus();
  const documentsByLanguage = { en: 0, 'zh-TW': 0, 'zh-CN': 0 } satisfies Record<Language, number>;
  for (const document of corpus) {
    const language = languages.find((candidate) => candidate === document.language);
    if (language !== undefined) documentsByLanguage[language] += 1;
  }
  const characters = corpusCharacters(corpus);

  const buildStarted = performance.now();
  const index = new SearchIndex();
  corpus.forEach((document) => index.add(document));
  const buildMs = performance.now() - buildStarted;

  const baselineStarted = performance.now();
  const scanned = scannedDocuments(corpus);
  const baselineBuildMs = performance.now() - baselineStarted;

  const groups: QueryGroup[] = ['chinese', 'english', 'mixed'];
  const queries = groups.flatMap((group) =>
    searchBenchQueries[group].map((query) => ({ group, query })),
  );

  // Correctness first, on the whole hit sets.
  const tally = createHitTally();
  let queriesWithoutHits = 0;
  for (const { query } of queries) {
    const found = new Set(index.search(query, { limit: corpus.length }).map((hit) => hit.id));
    const expected = new Set(linearScan(scanned, query));
    tallyHits(tally, query, found, expected);
    if (expected.size === 0) queriesWithoutHits += 1;
  }

  createCollector()();
  const samples = timeInterleaved(
    queries,
    rounds,
    (query) => index.search(query),
    (query) => linearScan(scanned, query),
  );

  const subject = summarize(samples.subject);
  const baseline = summarize(samples.baseline);
  const groupSummary = (group: QueryGroup) =>
    summarize(groupSamples(queries, samples.subjectByQuery, group));
  return {
    documents: corpus.length,
    characters,
    documentsByLanguage,
    buildMs,
    baselineBuildMs,
    queries: queries.length,
    samples: samples.subject.length,
    subject,
    baseline,
    subjectByGroup: {
      chinese: groupSummary('chinese'),
      english: groupSummary('english'),
      mixed: groupSummary('mixed'),
    },
    subjectQueryMedians: queryMedians(samples.subjectByQuery),
    baselineQueryMedians: queryMedians(samples.baselineByQuery),
    precision: precisionOf(tally),
    recall: recallOf(tally),
    mismatches: tally.mismatches,
    referenceHits: tally.referenceHits,
    queriesWithoutHits,
    comparisons: [
      latencyComparison(
        `Search ${corpus.length.toLocaleString('en-US')} SOP/template documents (queries, index vs linear scan)`,
        subject,
        baseline,
      ),
    ],
  };
}

/** Prints the search bench after its ratio: build, latency percentiles and hit-set agreement. */
export function reportSearchBench(result: SearchBenchResult): void {
  const ms = formatMs;
  const percent = formatPercent;
  const { en, 'zh-TW': traditional, 'zh-CN': simplified } = result.documentsByLanguage;
  console.log(
    `Full-text search (${result.documents.toLocaleString('en-US')} documents: ${en} en, ${traditional} zh-TW, ${simplified} zh-CN; ${(result.characters / 1e6).toFixed(2)} M characters)`,
  );
  console.log(
    `  build: index ${ms(result.buildMs).trim()} (${Math.round((result.documents / result.buildMs) * 1000).toLocaleString('en-US')} docs/s); normalising alone (scan's set-up) ${ms(result.baselineBuildMs).trim()}`,
  );
  console.log(
    `  ${result.queries} queries × ${result.samples / result.queries} rounds         p50        p95        max`,
  );
  const line = (name: string, summary: LatencySummary) => printLatencyLine(name, summary, 28);
  line('index (top 50 + snippets)', result.subject);
  line('  Chinese 2–4 characters', result.subjectByGroup.chinese);
  line('  English words/prefixes', result.subjectByGroup.english);
  line('  mixed', result.subjectByGroup.mixed);
  line('linear scan (all hits)', result.baseline);
  line('index, per-query medians', result.subjectQueryMedians);
  line('scan, per-query medians', result.baselineQueryMedians);
  printTargetLine('index / scan', result.subject, result.baseline);
  console.log(
    `  hits vs linear scan: precision ${percent(result.precision)}, recall ${percent(result.recall)} (${result.referenceHits.toLocaleString('en-US')} hits; ${result.queriesWithoutHits} queries with none)`,
  );
  for (const mismatch of result.mismatches) {
    console.log(`  differs: ${mismatch}`);
  }
  console.log('');
}
