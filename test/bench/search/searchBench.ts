import v8 from 'node:v8';
import vm from 'node:vm';
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

/** Latency percentiles of one side, in ms. */
export type LatencySummary = { p50: number; p95: number; max: number; mean: number };

/** A small deterministic generator, so every run measures the same corpus. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

/** One element of a non-empty list, chosen by `random`. */
function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

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

/** A document prepared for the linear scan. */
type ScannedDocument = { id: string; normalizedTitle: string; normalizedBody: string };

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
    } else if (
      runs.every(
        (run) =>
          findSearchRun(document.normalizedTitle, run) !== -1 ||
          findSearchRun(document.normalizedBody, run) !== -1,
      )
    ) {
      bodyHits.push(document.id);
    }
  }
  return [...titleHits, ...bodyHits];
}

/**
 * A full garbage collection, where the runtime allows it: building the index leaves garbage
 * behind, and a major collection of it landing inside one timed query says nothing about search.
 * (In the app the index is built in the worker long before anyone types.)
 */
function createCollector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const collect: unknown = vm.runInNewContext('gc');
  if (typeof collect !== 'function') return () => undefined;
  return () => {
    (collect as () => void)();
  };
}

/** Percentiles of samples in ms (nearest rank). */
function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((left, right) => left - right);
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, mean: total / sorted.length };
}

/** Runs the search bench: corpus, build, latencies of both sides, and hit-set agreement. */
export function runSearchBench(): SearchBenchResult {
  const corpus = buildSearchCorpus();
  const documentsByLanguage = { en: 0, 'zh-TW': 0, 'zh-CN': 0 } satisfies Record<Language, number>;
  for (const document of corpus) {
    const language = languages.find((candidate) => candidate === document.language);
    if (language !== undefined) documentsByLanguage[language] += 1;
  }
  const characters = corpus.reduce(
    (sum, document) => sum + document.title.length + document.body.length,
    0,
  );

  const buildStarted = performance.now();
  const index = new SearchIndex();
  corpus.forEach((document) => index.add(document));
  const buildMs = performance.now() - buildStarted;

  const baselineStarted = performance.now();
  const scanned: ScannedDocument[] = corpus.map((document) => ({
    id: document.id,
    normalizedTitle: normalizeForSearch(document.title),
    normalizedBody: normalizeForSearch(document.body),
  }));
  const baselineBuildMs = performance.now() - baselineStarted;

  const groups: QueryGroup[] = ['chinese', 'english', 'mixed'];
  const queries = groups.flatMap((group) =>
    searchBenchQueries[group].map((query) => ({ group, query })),
  );

  // Correctness first, on the whole hit sets.
  let both = 0;
  let indexHits = 0;
  let referenceHits = 0;
  let queriesWithoutHits = 0;
  const mismatches: string[] = [];
  for (const { query } of queries) {
    const found = new Set(index.search(query, { limit: corpus.length }).map((hit) => hit.id));
    const expected = new Set(linearScan(scanned, query));
    const agreed = [...found].filter((id) => expected.has(id)).length;
    both += agreed;
    indexHits += found.size;
    referenceHits += expected.size;
    if (expected.size === 0) queriesWithoutHits += 1;
    if (agreed !== found.size || agreed !== expected.size) {
      mismatches.push(`${query} (index ${found.size}, scan ${expected.size}, both ${agreed})`);
    }
  }

  // Latency: the two sides take turns query by query, so a slow spell hits both alike.
  createCollector()();
  const subjectSamples: number[] = [];
  const baselineSamples: number[] = [];
  const subjectByQuery = queries.map((): number[] => []);
  const baselineByQuery = queries.map((): number[] => []);
  const groupSamples: Record<QueryGroup, number[]> = { chinese: [], english: [], mixed: [] };
  for (let round = 0; round <= rounds; round += 1) {
    for (const [position, { group, query }] of queries.entries()) {
      const subjectStarted = performance.now();
      index.search(query);
      const subjectMs = performance.now() - subjectStarted;
      const baselineStarted = performance.now();
      linearScan(scanned, query);
      const baselineMs = performance.now() - baselineStarted;
      if (round > 0) {
        subjectSamples.push(subjectMs);
        baselineSamples.push(baselineMs);
        groupSamples[group].push(subjectMs);
        subjectByQuery[position]?.push(subjectMs);
        baselineByQuery[position]?.push(baselineMs);
      }
    }
  }

  const subject = summarize(subjectSamples);
  const baseline = summarize(baselineSamples);
  return {
    documents: corpus.length,
    characters,
    documentsByLanguage,
    buildMs,
    baselineBuildMs,
    queries: queries.length,
    samples: subjectSamples.length,
    subject,
    baseline,
    subjectByGroup: {
      chinese: summarize(groupSamples.chinese),
      english: summarize(groupSamples.english),
      mixed: summarize(groupSamples.mixed),
    },
    subjectQueryMedians: summarize(subjectByQuery.map((samples) => summarize(samples).p50)),
    baselineQueryMedians: summarize(baselineByQuery.map((samples) => summarize(samples).p50)),
    precision: indexHits === 0 ? 1 : both / indexHits,
    recall: referenceHits === 0 ? 1 : both / referenceHits,
    mismatches,
    referenceHits,
    queriesWithoutHits,
    comparisons: [
      {
        name: `Search ${corpus.length.toLocaleString('en-US')} SOP/template documents (queries, index vs linear scan)`,
        subjectOpsPerSecond: 1000 / subject.mean,
        baselineOpsPerSecond: 1000 / baseline.mean,
        ratio: baseline.mean / subject.mean,
      },
    ],
  };
}

/** Prints the search bench after its ratio: build, latency percentiles and hit-set agreement. */
export function reportSearchBench(result: SearchBenchResult): void {
  const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(10);
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
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
  const line = (name: string, summary: LatencySummary) =>
    console.log(`  ${name.padEnd(28)} ${ms(summary.p50)} ${ms(summary.p95)} ${ms(summary.max)}`);
  line('index (top 50 + snippets)', result.subject);
  line('  Chinese 2–4 characters', result.subjectByGroup.chinese);
  line('  English words/prefixes', result.subjectByGroup.english);
  line('  mixed', result.subjectByGroup.mixed);
  line('linear scan (all hits)', result.baseline);
  line('index, per-query medians', result.subjectQueryMedians);
  line('scan, per-query medians', result.baselineQueryMedians);
  console.log(
    `  ratio p95 (index / scan) ${(result.subject.p95 / result.baseline.p95).toFixed(3)}; target p95 ≤ 10 ms: ${result.subject.p95 <= 10 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  hits vs linear scan: precision ${percent(result.precision)}, recall ${percent(result.recall)} (${result.referenceHits.toLocaleString('en-US')} hits; ${result.queriesWithoutHits} queries with none)`,
  );
  for (const mismatch of result.mismatches) {
    console.log(`  differs: ${mismatch}`);
  }
  console.log('');
}
