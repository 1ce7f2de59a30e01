import {
  compileRuleSet,
  matchItem,
  type CompiledRuleSet,
  type RuleInput,
} from '../../../../shared/monitoring/matching/ruleMatcher';
import { parseQuery } from '../../../../shared/monitoring/query/parseQuery';
import { isRuleInScope } from '../../../../shared/monitoring/rules';
import type { FetchedItem } from '../../../../shared/monitoring/records';
import type {
  ItemRuleMatch,
  MatchableRule,
  SetRulesInput,
} from '../../../../shared/monitoring/rules';
import {
  compileSentimentLexicon,
  mergeUserLexicon,
  type CompiledSentimentLexicon,
  type SentimentLexicon,
} from '../../../../shared/monitoring/sentiment/sentimentLexicon';
import { scoreSentiment } from '../../../../shared/monitoring/sentiment/sentimentScorer';
import { describeError } from '../../lib';

/**
 * Early-warning matching at ingest: the main process holds the renderer's compiled rule set and
 * sentiment lexicon, and every fetched item is matched against all rules (once, by one automaton)
 * and scored before its record is written, so every stored item records the rules it matched.
 * Compiling happens only when the renderer sends rules; the fetch path only matches.
 */

/** Most terms recorded per rule match, and their longest text (the record schema's limits). */
const maxTermsPerMatch = 20;
const maxTermLength = 200;

/** What `monitoring:set-rules` reports once the new set is in force. */
export interface SetRulesSummary {
  /** Rules compiled (every rule sent: the renderer leaves `off` rules out). */
  rules: number;
  /** User sentiment words merged into the shipped lexicon. */
  sentimentWords: number;
}

/** A rule set was swapped in, or refused with the reason; a refused set leaves the old one in force. */
export type SetRulesOutcome =
  { isApplied: true; summary: SetRulesSummary } | { isApplied: false; message: string };

/** The source an item came from, as rule scopes and `source:` leaves see it. */
export interface MatchingSource {
  id: string;
  name: string;
  tags: readonly string[];
}

/** Holds the compiled rule set and annotates fetched items with it. */
export interface IngestMatcher {
  /** Compiles the set; swaps it in only when everything compiled. */
  setRules(input: SetRulesInput): SetRulesOutcome;
  /** True once a rule set has been applied (items are annotated from then on). */
  hasRules(): boolean;
  /**
   * The items with `ruleMatches` (rules in scope for `source` that matched) and `sentiment`; the
   * items unchanged while no rule set was ever applied (the renderer matches those itself).
   * Yields to the event loop between slices so a large fetch never blocks it for long.
   */
  annotate(items: readonly FetchedItem[], source: MatchingSource): Promise<FetchedItem[]>;
}

/** What the matcher is built from; the clock and the yield are seams for tests. */
export interface IngestMatcherOptions {
  /** The shipped lexicon the user's words are merged into (read on each set-rules). */
  lexicon: () => SentimentLexicon;
  /** Longest stretch of matching without giving the event loop a turn, in ms. */
  sliceMs?: number;
  /** A monotonic clock in ms. */
  now?: () => number;
  /** Gives other callbacks (IPC, timers, I/O) a turn. */
  yieldToEventLoop?: () => Promise<void>;
}

/** A rule as compiled, with its scope as sets (null: no filter). */
interface ScopedRule {
  rule: MatchableRule;
}

/** One applied rule set: replaced whole, never edited, so a fetch in progress keeps its snapshot. */
interface ActiveRuleSet {
  rulesById: ReadonlyMap<string, ScopedRule>;
  compiled: CompiledRuleSet;
  sentiment: CompiledSentimentLexicon;
}

/** Default slice length: short enough that IPC and timers stay responsive during a big fetch. */
const defaultSliceMs = 8;

function yieldWithSetImmediate(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Cuts `text` to `length` UTF-16 units without splitting a surrogate pair. */
function cutText(text: string, length: number): string {
  if (text.length <= length) {
    return text;
  }
  const last = text.charCodeAt(length - 1);
  const isHighSurrogate = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, isHighSurrogate ? length - 1 : length);
}

/** Rounds a score for storage: three decimals are far finer than any label threshold. */
function roundScore(score: number): number {
  if (!Number.isFinite(score)) {
    return 0;
  }
  return Math.max(-1, Math.min(1, Math.round(score * 1000) / 1000));
}

/** Compiles a rule set, or explains which rule (or which part) could not be compiled. */
function compileActiveRuleSet(
  input: SetRulesInput,
  lexicon: SentimentLexicon,
): ActiveRuleSet | string {
  const rulesById = new Map<string, ScopedRule>();
  const ruleInputs: RuleInput[] = [];
  for (const rule of input.rules) {
    if (rulesById.has(rule.id)) {
      return `rule ${rule.id} appears more than once`;
    }
    const parsed = parseQuery(rule.query);
    if (!parsed.ok) {
      const [first] = parsed.errors;
      const where =
        first === undefined ? '' : ` (${first.code} at ${first.span.start}–${first.span.end})`;
      return `rule ${rule.id}: the query does not parse${where}`;
    }
    rulesById.set(rule.id, { rule });
    ruleInputs.push({ id: rule.id, query: parsed.query });
  }
  let compiled: CompiledRuleSet;
  try {
    compiled = compileRuleSet(ruleInputs, input.synonyms);
  } catch (error) {
    return `the rules could not be compiled: ${describeError(error)}`;
  }
  let sentiment: CompiledSentimentLexicon;
  try {
    sentiment = compileSentimentLexicon(mergeUserLexicon(lexicon, input.sentimentWords));
  } catch (error) {
    return `the sentiment words could not be compiled: ${describeError(error)}`;
  }
  return { rulesById, compiled, sentiment };
}

/** The rule matches of one item, restricted to rules in scope for its source. */
function ruleMatchesOf(
  active: ActiveRuleSet,
  item: FetchedItem,
  source: MatchingSource,
  inScope: (ruleId: string) => boolean,
): ItemRuleMatch[] {
  const matches = matchItem(active.compiled, {
    title: item.title,
    text: item.text,
    sourceName: source.name,
    sourceTags: source.tags,
  });
  const recorded: ItemRuleMatch[] = [];
  for (const match of matches) {
    const scoped = active.rulesById.get(match.ruleId);
    if (scoped === undefined || !inScope(match.ruleId)) {
      continue;
    }
    recorded.push({
      ruleId: match.ruleId,
      matchVersion: scoped.rule.matchVersion,
      terms: match.terms.slice(0, maxTermsPerMatch).map((term) => cutText(term, maxTermLength)),
    });
  }
  return recorded;
}

/**
 * Builds the matcher. It starts with no rule set: until the renderer sends one (it does at
 * start-up, like sources), items pass through unannotated rather than scored with half the
 * user's configuration.
 */
export function createIngestMatcher(options: IngestMatcherOptions): IngestMatcher {
  const sliceMs = options.sliceMs ?? defaultSliceMs;
  const now = options.now ?? (() => performance.now());
  const yieldToEventLoop = options.yieldToEventLoop ?? yieldWithSetImmediate;
  let active: ActiveRuleSet | null = null;

  return {
    setRules(input) {
      const compiled = compileActiveRuleSet(input, options.lexicon());
      if (typeof compiled === 'string') {
        return { isApplied: false, message: compiled };
      }
      active = compiled;
      return {
        isApplied: true,
        summary: { rules: compiled.rulesById.size, sentimentWords: input.sentimentWords.length },
      };
    },

    hasRules: () => active !== null,

    async annotate(items, source) {
      // One snapshot per fetch: a set swapped in meanwhile applies from the next fetch on.
      const snapshot = active;
      if (snapshot === null) {
        return [...items];
      }
      const scopeOfRule = new Map<string, boolean>();
      for (const [ruleId, scoped] of snapshot.rulesById) {
        scopeOfRule.set(ruleId, isRuleInScope(scoped.rule, source));
      }
      const inScope = (ruleId: string): boolean => scopeOfRule.get(ruleId) === true;
      const annotated: FetchedItem[] = [];
      let sliceStart = now();
      for (const item of items) {
        const result = scoreSentiment(`${item.title}\n${item.text}`, snapshot.sentiment);
        annotated.push({
          ...item,
          ruleMatches: ruleMatchesOf(snapshot, item, source, inScope),
          sentiment: { score: roundScore(result.score), label: result.label },
        });
        if (now() - sliceStart >= sliceMs) {
          await yieldToEventLoop();
          sliceStart = now();
        }
      }
      return annotated;
    },
  };
}
