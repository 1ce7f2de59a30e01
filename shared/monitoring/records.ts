import { z } from 'zod';
import { itemRuleMatchSchema, itemSentimentSchema, maxRules } from './rules';
import { sourceIdSchema, sourceKinds } from './source';

/**
 * What the main process hands to the renderer through the durable outbox: one record per fetch
 * attempt (with the items it found) and one per host event (sleep, wake, offline, online) for the
 * coverage ledger. Every record has a time-ordered id; the renderer applies a record once, in one
 * transaction, and acknowledges it by id.
 */

/** Longest item text kept (characters); longer texts are cut and marked truncated. */
export const maxItemTextLength = 20_000;
/** Longest item title kept (characters). */
export const maxItemTitleLength = 1_000;
/** Most items taken from one fetch; the rest are reported in a warning. */
export const maxItemsPerFetch = 1_000;

/** Language guessed from an item's text. `zh` when Chinese but the script cannot be told. */
export const languageGuesses = ['zh-Hant', 'zh-Hans', 'zh', 'en', 'und'] as const;

/** One of {@link languageGuesses}. */
export type LanguageGuess = (typeof languageGuesses)[number];

/** Where an item's published time came from: the feed, or the fetch time when the feed had none. */
export const dateSources = ['feed', 'fetch-time'] as const;

/** One normalised item: plain text only, no HTML. */
export const fetchedItemSchema = z
  .object({
    /** Stable across fetches of the same entry of the same source: the unique key in IndexedDB. */
    dedupeKey: z.string().min(1).max(100),
    title: z.string().max(maxItemTitleLength),
    /** http(s) link to the original, or null when the feed had none that is safe to open. */
    link: z.string().max(2048).nullable(),
    text: z.string().max(maxItemTextLength),
    author: z.string().max(200).nullable(),
    /** Epoch milliseconds. */
    publishedAt: z.number().int(),
    dateSource: z.enum(dateSources),
    language: z.enum(languageGuesses),
    isTruncated: z.boolean(),
    /**
     * The early-warning rules the item matched at ingest (rules.ts). Absent on records written
     * before rules existed, or while no rule is set; the renderer matches those items itself.
     */
    ruleMatches: z.array(itemRuleMatchSchema).max(maxRules).optional(),
    /** The item's sentiment scored at ingest; absent on older records. */
    sentiment: itemSentimentSchema.optional(),
  })
  .strict();

/** One normalised item. */
export type FetchedItem = z.output<typeof fetchedItemSchema>;

/**
 * Why a fetch failed, as a code the renderer turns into a sentence in the user's language, with
 * the values that sentence needs ("timed out after 30 s", "Big5 declared but invalid bytes").
 */
export const fetchErrorCodes = [
  'offline',
  'timeout',
  'connect-timeout',
  'dns-failed',
  'connection-refused',
  'connection-failed',
  'tls-failed',
  'too-many-redirects',
  'bad-redirect',
  'redirect-to-private-address',
  'private-address',
  'http-status',
  'body-too-large',
  'decompression-failed',
  'html-not-feed',
  'unsupported-content-type',
  'charset-unsupported',
  'charset-invalid-bytes',
  'doctype-forbidden',
  'malformed-xml',
  'not-a-feed',
  'malformed-json',
  'json-mapping-failed',
  'internal',
] as const;

/** One of {@link fetchErrorCodes}. */
export type FetchErrorCode = (typeof fetchErrorCodes)[number];

/** Values interpolated into an error or warning sentence. */
const messageParamsSchema = z.record(
  z.string().regex(/^[a-zA-Z]+$/u),
  z.union([z.string().max(500), z.number()]),
);

/** A failure of one fetch, explained. `detail` is English, for diagnostics only. */
export const fetchErrorSchema = z
  .object({
    code: z.enum(fetchErrorCodes),
    params: messageParamsSchema,
    detail: z.string().max(1000),
  })
  .strict();

/** A failure of one fetch, explained. */
export type FetchError = z.output<typeof fetchErrorSchema>;

/** Things worth knowing about a fetch that did not stop it. */
export const fetchWarningCodes = [
  'dates-missing',
  'dates-unparsed',
  'kind-mismatch',
  'items-capped',
  'items-skipped',
  'text-truncated',
  'charset-overridden',
] as const;

/** A non-fatal remark on a fetch. */
export const fetchWarningSchema = z
  .object({ code: z.enum(fetchWarningCodes), params: messageParamsSchema })
  .strict();

/** A non-fatal remark on a fetch. */
export type FetchWarning = z.output<typeof fetchWarningSchema>;

/**
 * How a fetch ended: `ok` (parsed), `not-modified` (304, nothing parsed), `partial` (a malformed
 * feed from which some items were recovered; `error` says what was wrong), `failed`.
 */
export const fetchOutcomes = ['ok', 'not-modified', 'partial', 'failed'] as const;

/** One of {@link fetchOutcomes}. */
export type FetchOutcome = (typeof fetchOutcomes)[number];

/** Time-ordered record id: sortable as text in creation order. */
export const recordIdSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[0-9a-z-]+$/u);

/** The outcome of one scheduled (or run-now) fetch of one source. */
export const fetchRecordSchema = z
  .object({
    type: z.literal('fetch'),
    id: recordIdSchema,
    sourceId: sourceIdSchema,
    startedAt: z.number().int(),
    finishedAt: z.number().int(),
    outcome: z.enum(fetchOutcomes),
    httpStatus: z.number().int().nullable(),
    items: z.array(fetchedItemSchema).max(maxItemsPerFetch),
    /** Entries the feed held, before the cap. */
    itemsFound: z.number().int().nonnegative(),
    error: fetchErrorSchema.nullable(),
    warnings: z.array(fetchWarningSchema).max(20),
    etag: z.string().max(1000).nullable(),
    lastModified: z.string().max(200).nullable(),
    charset: z.string().max(40).nullable(),
    detectedKind: z.enum(sourceKinds).nullable(),
  })
  .strict();

/** The outcome of one fetch. */
export type FetchRecord = z.output<typeof fetchRecordSchema>;

/** Host events that explain gaps in coverage. */
export const hostEventKinds = ['suspend', 'resume', 'offline', 'online'] as const;

/** One of {@link hostEventKinds}. */
export type HostEventKind = (typeof hostEventKinds)[number];

/** The machine went to sleep or woke, or the network went away or came back. */
export const hostEventRecordSchema = z
  .object({
    type: z.literal('host'),
    id: recordIdSchema,
    at: z.number().int(),
    event: z.enum(hostEventKinds),
  })
  .strict();

/** A host event. */
export type HostEventRecord = z.output<typeof hostEventRecordSchema>;

/** Anything in the outbox. */
export const outboxRecordSchema = z.discriminatedUnion('type', [
  fetchRecordSchema,
  hostEventRecordSchema,
]);

/** Anything in the outbox. */
export type OutboxRecord = z.output<typeof outboxRecordSchema>;

/**
 * A time-ordered id for a record created at `at` (epoch ms): the time in base 36, padded so that
 * text order is time order, then a sequence number for records created in the same millisecond.
 * Item keys in IndexedDB derive from it, so items are stored in time order (faster inserts).
 */
export function timeOrderedId(at: number, sequence: number): string {
  return `${Math.max(0, Math.trunc(at)).toString(36).padStart(9, '0')}-${sequence.toString(36).padStart(4, '0')}`;
}

/** The smallest id any record created at or after `at` can have (for range scans by time). */
export function timeOrderedIdFloor(at: number): string {
  return `${Math.max(0, Math.trunc(at)).toString(36).padStart(9, '0')}-`;
}
