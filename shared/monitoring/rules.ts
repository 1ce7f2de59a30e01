import { z } from 'zod';
import { triggerConfigSchema } from './earlyWarning/triggers';
import { maxQueryLength } from './query/queryAst';
import { parseQuery } from './query/parseQuery';
import { synonymGroupsSchema } from './matching/synonyms';
import { userSentimentEntriesSchema } from './sentiment/sentimentLexicon';
import { sentimentLabels } from './sentiment/sentimentScorer';

/**
 * Early-warning rules (topics): a named query over the monitored items, the sources or tags it
 * applies to, a mode, the risks whose indicators it feeds and the crisis type it watches for, and
 * the triggers that turn its hourly figures into alerts. The renderer stores rules; the main
 * process receives the matchable part (id, query, scope, mode) with the synonym table and the
 * user's sentiment words, and matches every fetched item against all rules at ingest. Validation
 * messages are codes under `monitoring.rules.validation.<code>`.
 */

/** `active` matches and alerts; `dry-run` matches and records what would have fired; `off` neither. */
export const ruleModes = ['active', 'dry-run', 'off'] as const;

/** One of {@link ruleModes}. */
export type RuleMode = (typeof ruleModes)[number];

/** Most rules the main process accepts in one set. */
export const maxRules = 5_000;

/** An id made by the app. */
const idSchema = z.string().min(1).max(80);

/** A query that parses; the editor shows the parser's errors as the user types. */
const querySchema = z
  .string()
  .max(maxQueryLength, 'too-long')
  .refine((query) => parseQuery(query).ok, 'query-invalid');

/** What the rule editor writes; the app adds id, times and the match version. */
export const monitoringRuleInputSchema = z
  .object({
    name: z.string().trim().min(1, 'required').max(120, 'too-long'),
    query: querySchema,
    /** Sources it applies to; empty = every source (narrowed by `tags` when set). */
    sourceIds: z.array(idSchema).max(200, 'too-many'),
    /** Source tags it applies to; empty = no tag filter. */
    tags: z.array(z.string().trim().min(1).max(40)).max(20, 'too-many'),
    mode: z.enum(ruleModes),
    /** Risks of the register whose early-warning indicators this rule feeds. */
    riskIds: z.array(idSchema).max(20, 'too-many'),
    crisisTypeId: idSchema.nullable(),
    triggers: triggerConfigSchema,
  })
  .strict();

/** See {@link monitoringRuleInputSchema}. */
export type MonitoringRuleInput = z.output<typeof monitoringRuleInputSchema>;

/**
 * A stored rule. `matchVersion` grows whenever what the rule matches changes (query, scope):
 * stored items matched under an older version are matched again in the background.
 */
export type MonitoringRule = MonitoringRuleInput & {
  id: string;
  matchVersion: number;
  createdAt: number;
  updatedAt: number;
};

/** The part of a rule the main process needs to match items at ingest. */
export const matchableRuleSchema = z
  .object({
    id: idSchema,
    query: querySchema,
    sourceIds: z.array(idSchema).max(200),
    tags: z.array(z.string().trim().min(1).max(40)).max(20),
    mode: z.enum(['active', 'dry-run']),
    matchVersion: z.number().int().min(0),
  })
  .strict();

/** See {@link matchableRuleSchema}. */
export type MatchableRule = z.output<typeof matchableRuleSchema>;

/** Payload of `monitoring:set-rules`: every rule that is not off, the synonyms and the user's words. */
export const setRulesInputSchema = z
  .object({
    rules: z.array(matchableRuleSchema).max(maxRules),
    synonyms: synonymGroupsSchema,
    sentimentWords: userSentimentEntriesSchema,
  })
  .strict();

/** See {@link setRulesInputSchema}. */
export type SetRulesInput = z.output<typeof setRulesInputSchema>;

/** What ingest records on an item for one rule it matched: the rule, its version, the terms that hit. */
export const itemRuleMatchSchema = z
  .object({
    ruleId: idSchema,
    matchVersion: z.number().int().min(0),
    terms: z.array(z.string().max(200)).max(20),
  })
  .strict();

/** See {@link itemRuleMatchSchema}. */
export type ItemRuleMatch = z.output<typeof itemRuleMatchSchema>;

/** An item's sentiment as scored at ingest. */
export const itemSentimentSchema = z
  .object({
    score: z.number().min(-1).max(1),
    label: z.enum(sentimentLabels),
  })
  .strict();

/** See {@link itemSentimentSchema}. */
export type ItemSentiment = z.output<typeof itemSentimentSchema>;

/**
 * True when `rule` applies to items of `source`: the source is listed (or the rule lists none) and
 * shares one of the rule's tags (or the rule filters by none). The same rule at ingest and when
 * stored items are matched again.
 */
export function isRuleInScope(
  rule: Pick<MatchableRule, 'sourceIds' | 'tags'>,
  source: { id: string; tags: readonly string[] },
): boolean {
  if (rule.sourceIds.length > 0 && !rule.sourceIds.includes(source.id)) {
    return false;
  }
  return rule.tags.length === 0 || source.tags.some((tag) => rule.tags.includes(tag));
}
