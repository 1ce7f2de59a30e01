import type { SentimentLabel } from '../sentiment/sentimentScorer';
/**
 * Hourly rollups: per rule and per UTC hour, the counts the early-warning indicators and the
 * dashboards read, maintained at ingest so no chart or trigger ever scans raw items. Pure logic:
 * storage keeps one rollup per {@link rollupKey} and makes ingest idempotent (an item is added to
 * a rule's rollup once); these functions only do the arithmetic.
 */

/** One hour in milliseconds: the rollup bucket size. */
export const hourMs = 3_600_000;

/**
 * The key under which counts beyond a bounded map's limit are kept. NUL cannot occur in a folded
 * term or in a source id, so it never collides with a real key ("other" itself is a real English
 * term).
 */
export const otherKey = '\u0000other';

/**
 * Bounds that keep one rollup small whatever the traffic. Keys are admitted first come while there
 * is room and everything later is counted under {@link otherKey}, so sums stay exact and add/remove
 * stay exact inverses (an evicting top-N sketch could not be undone). The limits sit well above
 * the number of sources and rule terms a small team has, so overflow is rare in practice.
 */
export const rollupLimits = { sources: 50, terms: 100, samples: 10 } as const;

/** A sample item kept on a rollup so alerts can show examples without scanning items. */
export type RollupSample = { itemId: string; publishedAt: number; sentimentLabel: SentimentLabel };

/** The counts for one rule in one UTC hour. */
export type HourlyRollup = {
  ruleId: string;
  /** Epoch ms of the UTC hour's start. */
  hourStart: number;
  mentions: number;
  negative: number;
  neutral: number;
  positive: number;
  /** Mentions per source id, bounded by {@link rollupLimits}; the rest under {@link otherKey}. */
  sourceCounts: Record<string, number>;
  /** Matched items per rule term (each term once per item), bounded like `sourceCounts`. */
  termCounts: Record<string, number>;
  /**
   * Up to {@link rollupLimits}.samples items, most telling first: negative before the rest, then
   * newest, then by id so the order is stable. Ids are `samples.map((sample) => sample.itemId)`;
   * the date and label are kept because choosing which sample to drop needs them.
   */
  samples: RollupSample[];
};

/** One item matching one rule, as ingest (or a re-match after a rule change) reports it. */
export type RollupMatch = {
  ruleId: string;
  itemId: string;
  /** Epoch ms; decides the hour the item counts in. */
  publishedAt: number;
  sentimentLabel: SentimentLabel;
  sourceId: string;
  /** The rule terms the item matched; duplicates count once. */
  terms: readonly string[];
};

/** The start (epoch ms) of the UTC hour holding `at`. Hours in UTC never repeat or skip. */
export function hourStartOf(at: number): number {
  if (!Number.isFinite(at)) {
    throw new RangeError(`hourStartOf: not a finite time: ${String(at)}`);
  }
  return Math.floor(at / hourMs) * hourMs;
}

/** The storage key of a rule's rollup for one hour; sorts by rule, then hour (fixed width). */
export function rollupKey(ruleId: string, hourStart: number): string {
  return `${ruleId}|${String(hourStartOf(hourStart)).padStart(15, '0')}`;
}

/** An empty rollup for a rule and hour. */
export function emptyRollup(ruleId: string, hourStart: number): HourlyRollup {
  return {
    ruleId,
    hourStart: hourStartOf(hourStart),
    mentions: 0,
    negative: 0,
    neutral: 0,
    positive: 0,
    sourceCounts: {},
    termCounts: {},
    samples: [],
  };
}

/**
 * Own entries of a count record as a Map. Maps (and Object.fromEntries on the way back) keep a
 * key such as `__proto__` from a feed an ordinary key instead of reaching the prototype.
 */
function countsOf(record: Readonly<Record<string, number>>): Map<string, number> {
  return new Map(Object.entries(record));
}

/** Counts `key` once more, or under {@link otherKey} when the map is full. */
function addCount(counts: Map<string, number>, key: string, limit: number): void {
  const current = counts.get(key);
  if (current !== undefined) {
    counts.set(key, current + 1);
    return;
  }
  const realKeys = counts.size - (counts.has(otherKey) ? 1 : 0);
  const target = realKeys < limit ? key : otherKey;
  counts.set(target, (counts.get(target) ?? 0) + 1);
}

/**
 * Undoes {@link addCount}: a key that is present was counted under itself, an absent one under
 * {@link otherKey}. Counts never go below zero and keys at zero disappear.
 */
function removeCount(counts: Map<string, number>, key: string): void {
  const target = counts.has(key) ? key : otherKey;
  const current = counts.get(target) ?? 0;
  if (current <= 1) {
    counts.delete(target);
  } else {
    counts.set(target, current - 1);
  }
}

/** Negative first, then newest, then by id: the order samples are kept in. */
function compareSamples(left: RollupSample, right: RollupSample): number {
  const leftNegative = left.sentimentLabel === 'negative' ? 0 : 1;
  const rightNegative = right.sentimentLabel === 'negative' ? 0 : 1;
  return (
    leftNegative - rightNegative ||
    right.publishedAt - left.publishedAt ||
    (left.itemId < right.itemId ? -1 : left.itemId > right.itemId ? 1 : 0)
  );
}

/** Throws when a match does not belong to the rollup (wrong rule or hour): a caller bug. */
function checkBelongs(rollup: HourlyRollup, match: RollupMatch): void {
  if (rollup.ruleId !== match.ruleId || rollup.hourStart !== hourStartOf(match.publishedAt)) {
    throw new RangeError(
      `match ${match.itemId} (${match.ruleId} at ${String(match.publishedAt)}) does not belong to rollup ${rollupKey(rollup.ruleId, rollup.hourStart)}`,
    );
  }
}

/**
 * The rollup after one more matching item: counts, source, terms and samples. Pass `null` for an
 * hour that has no rollup yet. The input is not changed. Storage guarantees each (rule, item) is
 * added once; `removeFromRollup` with the same match restores every count exactly.
 */
export function addToRollup(rollup: HourlyRollup | null, match: RollupMatch): HourlyRollup {
  const base = rollup ?? emptyRollup(match.ruleId, hourStartOf(match.publishedAt));
  checkBelongs(base, match);
  const sourceCounts = countsOf(base.sourceCounts);
  addCount(sourceCounts, match.sourceId, rollupLimits.sources);
  const termCounts = countsOf(base.termCounts);
  for (const term of new Set(match.terms)) {
    addCount(termCounts, term, rollupLimits.terms);
  }
  const samples = base.samples.some((sample) => sample.itemId === match.itemId)
    ? base.samples
    : [
        ...base.samples,
        {
          itemId: match.itemId,
          publishedAt: match.publishedAt,
          sentimentLabel: match.sentimentLabel,
        },
      ]
        .sort(compareSamples)
        .slice(0, rollupLimits.samples);
  return {
    ...base,
    mentions: base.mentions + 1,
    [match.sentimentLabel]: base[match.sentimentLabel] + 1,
    sourceCounts: Object.fromEntries(sourceCounts),
    termCounts: Object.fromEntries(termCounts),
    samples,
  };
}

/**
 * The rollup without one item that was added before (a rule changed and the item no longer
 * matches, or matches differently). Counts are the exact inverse of {@link addToRollup}; a sample
 * that leaves is not replaced (the other items are not at hand), so samples may thin out until
 * later items arrive. Returns `null` when the hour has no mentions left, so storage can delete it.
 */
export function removeFromRollup(rollup: HourlyRollup, match: RollupMatch): HourlyRollup | null {
  checkBelongs(rollup, match);
  if (rollup.mentions <= 1) {
    return null;
  }
  const sourceCounts = countsOf(rollup.sourceCounts);
  removeCount(sourceCounts, match.sourceId);
  const termCounts = countsOf(rollup.termCounts);
  for (const term of new Set(match.terms)) {
    removeCount(termCounts, term);
  }
  return {
    ...rollup,
    mentions: rollup.mentions - 1,
    [match.sentimentLabel]: Math.max(0, rollup[match.sentimentLabel] - 1),
    sourceCounts: Object.fromEntries(sourceCounts),
    termCounts: Object.fromEntries(termCounts),
    samples: rollup.samples.filter((sample) => sample.itemId !== match.itemId),
  };
}

/** A key and its count, for top-N lists. */
export type KeyCount = { key: string; count: number };

/** Positive, neutral and negative mentions. */
export type SentimentMix = { positive: number; neutral: number; negative: number };

/** What a set of hours adds up to: the material of an alert's explanation. */
export type RollupSummary = {
  mentions: number;
  sentimentMix: SentimentMix;
  /** Most matched terms first; the overflow bucket is left out (it is not a term). */
  topTerms: KeyCount[];
  /** Sources with most mentions first; the overflow bucket is left out. */
  topSources: KeyCount[];
  /** Most telling sample items first (negative, then newest). */
  sampleItemIds: string[];
};

/** Largest counts first, ties by key; without the overflow bucket. */
function topOf(counts: ReadonlyMap<string, number>, limit: number): KeyCount[] {
  return [...counts]
    .filter(([key]) => key !== otherKey)
    .map(([key, count]) => ({ key, count }))
    .sort((left, right) => right.count - left.count || (left.key < right.key ? -1 : 1))
    .slice(0, limit);
}

/** Sums `record` into `into`. */
function mergeCounts(into: Map<string, number>, record: Readonly<Record<string, number>>): void {
  for (const [key, count] of Object.entries(record)) {
    into.set(key, (into.get(key) ?? 0) + count);
  }
}

/** How many entries each list of a {@link RollupSummary} keeps. */
export type SummaryLimits = { terms: number; sources: number; samples: number };

/** Defaults for {@link summarizeRollups}: enough for an alert card. */
export const defaultSummaryLimits: SummaryLimits = { terms: 5, sources: 5, samples: 5 };

/**
 * Adds up rollups (normally one rule's hours in a window): totals, sentiment mix, top terms, top
 * sources and the most telling samples. Used for alert explanations and dashboard tooltips.
 */
export function summarizeRollups(
  rollups: readonly HourlyRollup[],
  limits: SummaryLimits = defaultSummaryLimits,
): RollupSummary {
  const terms = new Map<string, number>();
  const sources = new Map<string, number>();
  const sentimentMix: SentimentMix = { positive: 0, neutral: 0, negative: 0 };
  let mentions = 0;
  const samples: RollupSample[] = [];
  for (const rollup of rollups) {
    mentions += rollup.mentions;
    sentimentMix.positive += rollup.positive;
    sentimentMix.neutral += rollup.neutral;
    sentimentMix.negative += rollup.negative;
    mergeCounts(terms, rollup.termCounts);
    mergeCounts(sources, rollup.sourceCounts);
    samples.push(...rollup.samples);
  }
  const seen = new Set<string>();
  const sampleItemIds = samples
    .sort(compareSamples)
    .map((sample) => sample.itemId)
    .filter((itemId) => !seen.has(itemId) && seen.add(itemId) !== undefined)
    .slice(0, limits.samples);
  return {
    mentions,
    sentimentMix,
    topTerms: topOf(terms, limits.terms),
    topSources: topOf(sources, limits.sources),
    sampleItemIds,
  };
}
