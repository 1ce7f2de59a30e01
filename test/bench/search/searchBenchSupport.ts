import v8 from 'node:v8';
import vm from 'node:vm';
import type { SearchDocument } from '../../../shared/search/searchIndex';
import { findSearchRun, normalizeForSearch } from '../../../shared/search/searchText';
import type { SearchRun } from '../../../shared/search/searchText';
import type { BenchComparison } from '../ipcBench';

/**
 * What the search benches share (SOP library search, crisis-event search): the deterministic
 * random source of their corpora, the documents prepared for a scan, the interleaved timing of
 * index and scan, hit-set agreement, percentiles and the report's number formats.
 */

/** Latency percentiles of one side, in ms. */
export type LatencySummary = { p50: number; p95: number; max: number; mean: number };

/** A small deterministic generator, so every run measures the same corpus. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

/** One element of a non-empty list, chosen by `random`. */
export function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

/**
 * A full garbage collection, where the runtime allows it: building the index leaves garbage
 * behind, and a major collection of it landing inside one timed query says nothing about search.
 * (In the app the index is built in the worker long before anyone types.)
 */
export function createCollector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const collect: unknown = vm.runInNewContext('gc');
  if (typeof collect !== 'function') return () => undefined;
  return () => {
    (collect as () => void)();
  };
}

/** Percentiles of samples in ms (nearest rank). */
export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((left, right) => left - right);
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, mean: total / sorted.length };
}

/** A document prepared for the scans. */
export type ScannedDocument = { id: string; normalizedTitle: string; normalizedBody: string };

/** The documents normalised once, as the scans read them. */
export function scannedDocuments(documents: readonly SearchDocument[]): ScannedDocument[] {
  return documents.map((document) => ({
    id: document.id,
    normalizedTitle: normalizeForSearch(document.title),
    normalizedBody: normalizeForSearch(document.body),
  }));
}

/** True when every run of a query is in the document's title or body, by the index's rules. */
export function holdsEveryRun(document: ScannedDocument, runs: readonly SearchRun[]): boolean {
  return runs.every(
    (run) =>
      findSearchRun(document.normalizedTitle, run) !== -1 ||
      findSearchRun(document.normalizedBody, run) !== -1,
  );
}

/** Total characters of titles and bodies. */
export function corpusCharacters(documents: readonly SearchDocument[]): number {
  return documents.reduce((sum, document) => sum + document.title.length + document.body.length, 0);
}

/** A query of a bench's set, with the group it is reported under. */
export type BenchQuery<Group extends string> = { group: Group; query: string };

/** The samples (ms) of the timed rounds, all and per query position. */
export type InterleavedSamples = {
  subject: number[];
  baseline: number[];
  subjectByQuery: number[][];
  baselineByQuery: number[][];
};

/**
 * Times `subject` and `baseline` on every query for one warm-up round and `rounds` measured ones.
 * The two sides take turns query by query, so a slow spell hits both alike.
 */
export function timeInterleaved(
  queries: readonly BenchQuery<string>[],
  rounds: number,
  subject: (query: string) => void,
  baseline: (query: string) => void,
): InterleavedSamples {
  const samples: InterleavedSamples = {
    subject: [],
    baseline: [],
    subjectByQuery: queries.map((): number[] => []),
    baselineByQuery: queries.map((): number[] => []),
  };
  for (let round = 0; round <= rounds; round += 1) {
    for (const [position, { query }] of queries.entries()) {
      const subjectStarted = performance.now();
      subject(query);
      const subjectMs = performance.now() - subjectStarted;
      const baselineStarted = performance.now();
      baseline(query);
      const baselineMs = performance.now() - baselineStarted;
      if (round > 0) {
        samples.subject.push(subjectMs);
        samples.baseline.push(baselineMs);
        samples.subjectByQuery[position]?.push(subjectMs);
        samples.baselineByQuery[position]?.push(baselineMs);
      }
    }
  }
  return samples;
}

/** The samples of the queries of one group, out of samples per query position. */
export function groupSamples<Group extends string>(
  queries: readonly BenchQuery<Group>[],
  byQuery: readonly number[][],
  group: Group,
): number[] {
  return queries.flatMap((query, position) =>
    query.group === group ? (byQuery[position] ?? []) : [],
  );
}

/** Each query's median latency, summarised over the queries (steadier on a busy machine). */
export function queryMedians(byQuery: readonly number[][]): LatencySummary {
  return summarize(byQuery.map((samples) => summarize(samples).p50));
}

/** How the index's hit sets agree with the reference scan's, over all queries so far. */
export type HitTally = {
  /** Hits found by both. */
  both: number;
  indexHits: number;
  referenceHits: number;
  /** Queries whose hit sets differ, with the counts. */
  mismatches: string[];
};

/** An empty {@link HitTally}. */
export function createHitTally(): HitTally {
  return { both: 0, indexHits: 0, referenceHits: 0, mismatches: [] };
}

/** Adds one query's hit sets to `tally`. */
export function tallyHits(
  tally: HitTally,
  query: string,
  found: ReadonlySet<string>,
  expected: ReadonlySet<string>,
): void {
  const agreed = [...found].filter((id) => expected.has(id)).length;
  tally.both += agreed;
  tally.indexHits += found.size;
  tally.referenceHits += expected.size;
  if (agreed !== found.size || agreed !== expected.size) {
    tally.mismatches.push(`${query} (index ${found.size}, scan ${expected.size}, both ${agreed})`);
  }
}

/** Hits found by both over hits found by the index (1 when it found none). */
export function precisionOf(tally: HitTally): number {
  return tally.indexHits === 0 ? 1 : tally.both / tally.indexHits;
}

/** Hits found by both over hits found by the scan (1 when it found none). */
export function recallOf(tally: HitTally): number {
  return tally.referenceHits === 0 ? 1 : tally.both / tally.referenceHits;
}

/** The bench comparison of mean query latencies: subject against baseline. */
export function latencyComparison(
  name: string,
  subject: LatencySummary,
  baseline: LatencySummary,
): BenchComparison {
  return {
    name,
    subjectOpsPerSecond: 1000 / subject.mean,
    baselineOpsPerSecond: 1000 / baseline.mean,
    ratio: baseline.mean / subject.mean,
  };
}

/** A duration in ms, right-aligned for the report's columns. */
export function formatMs(value: number): string {
  return `${value.toFixed(2)} ms`.padStart(10);
}

/** A fraction as a percentage with one decimal. */
export function formatPercent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/** Prints one latency line of a report: name padded to `width`, then p50, p95 and max. */
export function printLatencyLine(name: string, summary: LatencySummary, width: number): void {
  console.log(
    `  ${name.padEnd(width)} ${formatMs(summary.p50)} ${formatMs(summary.p95)} ${formatMs(summary.max)}`,
  );
}

/** Prints the p95 ratio of subject to baseline and whether the 10 ms target was met. */
export function printTargetLine(
  label: string,
  subject: LatencySummary,
  baseline: LatencySummary,
): void {
  console.log(
    `  ratio p95 (${label}) ${(subject.p95 / baseline.p95).toFixed(3)}; target p95 ≤ 10 ms: ${subject.p95 <= 10 ? 'met' : 'NOT met'}`,
  );
}
