import { eventSearchDocuments } from '../../../shared/domain/postmortems/eventDocuments';
import type { SearchDocument } from '../../../shared/search/searchIndex';
import { normalizeForSearch, searchRuns } from '../../../shared/search/searchText';
import {
  createSearchEngine,
  defaultSliceBudgetMs,
} from '../../../renderer/src/lib/search/searchEngine';
import type { SearchReply } from '../../../renderer/src/lib/search/searchProtocol';
import type { BenchComparison } from '../ipcBench';
import {
  corpusCharacters,
  createCollector,
  createHitTally,
  formatMs,
  formatPercent,
  groupSamples,
  holdsEveryRun,
  latencyComparison,
  precisionOf,
  printLatencyLine,
  printTargetLine,
  queryMedians,
  recallOf,
  scannedDocuments,
  summarize,
  tallyHits,
  timeInterleaved,
} from '../search/searchBenchSupport';
import type { LatencySummary, ScannedDocument } from '../search/searchBenchSupport';
import { buildEventCorpus, eventLanguage } from './eventCorpus';

/**
 * Full-text search over the crisis-event database (issue 8: 5,000 incidents and postmortems, p50
 * and p95 latency, target p95 ≤ 10 ms, index ready without blocking start-up), against a naive scan
 * of the same documents in the same run.
 *
 * Corpus: 2,500 synthetic incidents, each with its postmortem (eventCorpus.ts), turned into search
 * documents by the app's own `eventSearchDocuments`: 5,000 documents, half English, half Chinese
 * (Traditional and Simplified).
 *
 * Subject: the app's search engine (renderer/src/lib/search/searchEngine.ts, what the search
 * worker runs): one `apply` of every document, indexed in its 8 ms slices, then `search` requests
 * as the UI sends them (best 50 hits, snippets). Searches are also sent between indexing slices,
 * as a user typing during start-up would.
 * Baseline: a naive scan: every document's title and body normalised once, then for each query
 * every document checked for every query word with `includes`.
 * Reference for correctness: a scan with the index's own matching rules (`findSearchRun`: CJK
 * anywhere, words by prefix at a word start), against the index's full hit set.
 */

/** Incidents in the corpus; each has a postmortem, so documents are twice this. */
const eventCount = 2_500;
/** Measured rounds over the query set, after one warm-up round. */
const rounds = 20;

/** The query set. */
export const eventSearchQueries = {
  /** Chinese written in the script the matching documents are not in. */
  otherScript: [
    '个资外泄',
    '主管机关',
    '备援切换',
    '社群媒体',
    '勒索軟件',
    '監管機構',
    '證書過期',
    '負面輿情',
  ],
  english: [
    'regulator',
    'certificate',
    'ransomware',
    'recall',
    'spokesperson',
    'backups',
    'phish',
    'refund',
  ],
  multiWord: [
    'payment gateway checkout',
    'customer records exposed',
    'legal regulator 72',
    'Contoso payments failures',
    'Taipei ransomware',
    '金流 結帳',
    'IT 密碼',
  ],
  noHit: ['earthquake', 'tsunami warning', '地震', 'zzqx'],
} as const;

/** Which group of {@link eventSearchQueries} a query belongs to. */
type QueryGroup = keyof typeof eventSearchQueries;

/** What the event search bench measured. */
export type EventSearchBenchResult = {
  documents: number;
  incidents: number;
  postmortems: number;
  /** Documents per language of their event. */
  englishDocuments: number;
  chineseDocuments: number;
  characters: number;
  /** Body length of the documents, in characters. */
  bodyLength: { min: number; median: number; max: number };
  /** Reading and checking the one apply request (not sliced; in the worker in the app). */
  applyValidationMs: number;
  /** Sum of the indexing slices. */
  indexingMs: number;
  slices: number;
  longestSliceMs: number;
  sliceBudgetMs: number;
  /** Searches answered between slices while the index was being built. */
  searchesDuringBuild: LatencySummary;
  /** Normalising every document once: all the naive scan needs before its first query. */
  baselineSetupMs: number;
  queries: number;
  samples: number;
  subject: LatencySummary;
  baseline: LatencySummary;
  subjectByGroup: Record<QueryGroup, LatencySummary>;
  subjectQueryMedians: LatencySummary;
  precision: number;
  recall: number;
  mismatches: string[];
  referenceHits: number;
  noHitQueriesWithHits: string[];
  comparisons: BenchComparison[];
};

/** The baseline: ids of documents whose title or body includes every word of the query. */
function naiveScan(documents: readonly ScannedDocument[], query: string): string[] {
  const words = normalizeForSearch(query)
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return [];
  const hits: string[] = [];
  for (const document of documents) {
    if (
      words.every(
        (word) => document.normalizedTitle.includes(word) || document.normalizedBody.includes(word),
      )
    ) {
      hits.push(document.id);
    }
  }
  return hits;
}

/** The correctness reference: documents holding every run of the query by the index's rules. */
function referenceScan(documents: readonly ScannedDocument[], query: string): Set<string> {
  const runs = searchRuns(normalizeForSearch(query));
  const hits = new Set<string>();
  if (runs.length === 0) return hits;
  for (const document of documents) {
    if (holdsEveryRun(document, runs)) hits.add(document.id);
  }
  return hits;
}

/** The search engine driven by hand: slices run when the bench says, replies kept. */
function createDrivenEngine() {
  const slices: Array<() => void> = [];
  const replies: SearchReply[] = [];
  const engine = createSearchEngine((reply) => replies.push(reply), {
    scheduleSlice: (runSlice) => slices.push(runSlice),
  });
  let requestId = 0;
  /** Sends a search and returns its reply (searches are answered at once). */
  const search = (query: string, limit = 50): SearchReply => {
    requestId += 1;
    const before = replies.length;
    engine.receive({ type: 'search', requestId, query, options: { limit } });
    const reply = replies[before];
    if (reply === undefined) throw new Error(`no reply to the search for ${query}`);
    return reply;
  };
  /** Sends one apply of `documents`; its slices are then run with {@link runSlice}. */
  const apply = (documents: readonly SearchDocument[]) => {
    requestId += 1;
    engine.receive({ type: 'apply', requestId, isReset: true, upserts: documents, removals: [] });
  };
  return { slices, replies, search, apply, stop: () => engine.stop() };
}

/** Hit ids of a search reply; throws on anything but hits. */
function hitIds(reply: SearchReply): string[] {
  if (reply.type !== 'hits') throw new Error(`search failed: ${JSON.stringify(reply)}`);
  return reply.hits.map((hit) => hit.id);
}

/** Runs the event search bench. */
export function runEventSearchBench(): EventSearchBenchResult {
  const { incidents, postmortems } = buildEventCorpus(eventCount);
  const documents = eventSearchDocuments(incidents, postmortems);
  const chineseDocuments = documents.filter((document) => {
    const number = Number(/(\d+)$/u.exec(document.id)?.[1] ?? '0');
    return eventLanguage(number) !== 'en';
  }).length;
  const bodyLengths = documents
    .map((document) => document.body.length)
    .sort((left, right) => left - right);
  const characters = corpusCharacters(documents);

  const groups: QueryGroup[] = ['otherScript', 'english', 'multiWord', 'noHit'];
  const queries = groups.flatMap((group) =>
    eventSearchQueries[group].map((query) => ({ group, query })),
  );

  // Build: one apply, then its slices, with a search between slices as a user typing would send.
  const driven = createDrivenEngine();
  const applyStarted = performance.now();
  driven.apply(documents);
  const applyValidationMs = performance.now() - applyStarted;
  const sliceDurations: number[] = [];
  const duringBuild: number[] = [];
  while (driven.slices.length > 0) {
    const runSlice = driven.slices.shift();
    if (runSlice === undefined) break;
    const sliceStarted = performance.now();
    runSlice();
    sliceDurations.push(performance.now() - sliceStarted);
    const query = queries[sliceDurations.length % queries.length]?.query ?? '';
    const searchStarted = performance.now();
    driven.search(query);
    duringBuild.push(performance.now() - searchStarted);
  }
  const applied = driven.replies.find((reply) => reply.type === 'applied');
  if (applied?.type !== 'applied' || applied.size !== documents.length) {
    throw new Error(`indexing did not finish: ${JSON.stringify(applied)}`);
  }

  const baselineStarted = performance.now();
  const scanned = scannedDocuments(documents);
  const baselineSetupMs = performance.now() - baselineStarted;

  // Correctness first, on the whole hit sets.
  const tally = createHitTally();
  const noHitQueriesWithHits: string[] = [];
  for (const { group, query } of queries) {
    const found = new Set(hitIds(driven.search(query, documents.length)));
    const expected = referenceScan(scanned, query);
    tallyHits(tally, query, found, expected);
    if (group === 'noHit' && found.size > 0) noHitQueriesWithHits.push(query);
    if (group !== 'noHit' && expected.size === 0) {
      throw new Error(`query ${query} finds nothing in the corpus: fix the query set`);
    }
  }

  createCollector()();
  const samples = timeInterleaved(
    queries,
    rounds,
    (query) => driven.search(query),
    (query) => naiveScan(scanned, query),
  );
  driven.stop();

  const subject = summarize(samples.subject);
  const baseline = summarize(samples.baseline);
  const groupSummary = (group: QueryGroup) =>
    summarize(groupSamples(queries, samples.subjectByQuery, group));
  return {
    documents: documents.length,
    incidents: incidents.length,
    postmortems: postmortems.length,
    englishDocuments: documents.length - chineseDocuments,
    chineseDocuments,
    characters,
    bodyLength: {
      min: bodyLengths[0] ?? 0,
      median: bodyLengths[Math.floor(bodyLengths.length / 2)] ?? 0,
      max: bodyLengths.at(-1) ?? 0,
    },
    applyValidationMs,
    indexingMs: sliceDurations.reduce((sum, value) => sum + value, 0),
    slices: sliceDurations.length,
    longestSliceMs: Math.max(...sliceDurations),
    sliceBudgetMs: defaultSliceBudgetMs,
    searchesDuringBuild: summarize(duringBuild),
    baselineSetupMs,
    queries: queries.length,
    samples: samples.subject.length,
    subject,
    baseline,
    subjectByGroup: {
      otherScript: groupSummary('otherScript'),
      english: groupSummary('english'),
      multiWord: groupSummary('multiWord'),
      noHit: groupSummary('noHit'),
    },
    subjectQueryMedians: queryMedians(samples.subjectByQuery),
    precision: precisionOf(tally),
    recall: recallOf(tally),
    mismatches: tally.mismatches,
    referenceHits: tally.referenceHits,
    noHitQueriesWithHits,
    comparisons: [
      latencyComparison(
        `Search ${documents.length.toLocaleString('en-US')} incident/postmortem documents (queries, search engine vs naive scan)`,
        subject,
        baseline,
      ),
    ],
  };
}

/** Prints the event search bench after its ratio: corpus, build slices, latency, agreement. */
export function reportEventSearchBench(result: EventSearchBenchResult): void {
  const ms = formatMs;
  const percent = formatPercent;
  const format = (value: number) => value.toLocaleString('en-US');
  console.log(
    `Crisis-event search (${format(result.documents)} synthetic documents: ${format(result.incidents)} incidents + ${format(result.postmortems)} postmortems; ${format(result.englishDocuments)} English, ${format(result.chineseDocuments)} Chinese; ${(result.characters / 1e6).toFixed(2)} M characters; bodies ${format(result.bodyLength.min)}–${format(result.bodyLength.max)} characters, median ${format(result.bodyLength.median)})`,
  );
  console.log(
    `  build: ${result.slices} slices of ≤ ${result.sliceBudgetMs} ms, ${ms(result.indexingMs).trim()} in all, longest slice ${ms(result.longestSliceMs).trim()}; apply request check (one piece, in the worker) ${ms(result.applyValidationMs).trim()}`,
  );
  console.log(
    `  searches between slices during the build: p50 ${ms(result.searchesDuringBuild.p50).trim()}, p95 ${ms(result.searchesDuringBuild.p95).trim()}; naive scan's set-up (normalise all) ${ms(result.baselineSetupMs).trim()}`,
  );
  console.log(
    `  ${result.queries} queries × ${result.samples / result.queries} rounds           p50        p95        max`,
  );
  const line = (name: string, summary: LatencySummary) => printLatencyLine(name, summary, 30);
  line('search engine (top 50)', result.subject);
  line('  Chinese, other script', result.subjectByGroup.otherScript);
  line('  English words/prefixes', result.subjectByGroup.english);
  line('  several words (AND)', result.subjectByGroup.multiWord);
  line('  no hits', result.subjectByGroup.noHit);
  line('naive scan (includes)', result.baseline);
  line('engine, per-query medians', result.subjectQueryMedians);
  printTargetLine('engine / naive scan', result.subject, result.baseline);
  console.log(
    `  hits vs a scan with the index's rules: precision ${percent(result.precision)}, recall ${percent(result.recall)} (${format(result.referenceHits)} hits)`,
  );
  for (const mismatch of result.mismatches) {
    console.log(`  differs: ${mismatch}`);
  }
  for (const query of result.noHitQueriesWithHits) {
    console.log(`  a no-hit query found something: ${query}`);
  }
  console.log('');
}
