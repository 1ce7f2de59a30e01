import { z } from 'zod';
import type {
  SearchDocument,
  SearchHit,
  SearchOptions,
  SearchSnippet,
} from '../../../../shared/search/searchIndex';

/**
 * The messages between the search client (UI thread) and the search engine (a Web Worker, or the
 * same engine in-thread where workers are unavailable). Every message is validated on arrival:
 * a worker is a separate realm, and a reply that does not parse must fail its request loudly
 * rather than show wrong results. Request ids pair replies with requests.
 */

/** A document as sent to the engine. */
export const searchDocumentSchema = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  title: z.string(),
  body: z.string(),
  language: z.string().optional(),
}) satisfies z.ZodType<SearchDocument>;

/** Search options as sent to the engine. */
export const searchOptionsSchema = z.object({
  limit: z.number().int().min(1).optional(),
  kinds: z.array(z.string()).optional(),
  snippetLength: z.number().int().min(1).optional(),
}) satisfies z.ZodType<SearchOptions>;

/**
 * Requests to the engine. `apply` changes the index: documents to add or replace, ids to remove,
 * and `isReset` to drop everything first (used when the engine is replaced). Applies run in the
 * order sent, in small slices so searches are answered in between. `search` answers from the
 * index as it is at that moment.
 */
export const searchRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('apply'),
    requestId: z.number().int(),
    isReset: z.boolean(),
    upserts: z.array(searchDocumentSchema),
    removals: z.array(z.string()),
  }),
  z.object({
    type: z.literal('search'),
    requestId: z.number().int(),
    query: z.string(),
    options: searchOptionsSchema,
  }),
]);

/** See {@link searchRequestSchema}. */
export type SearchRequest = z.infer<typeof searchRequestSchema>;

const snippetSchema = z.object({
  text: z.string(),
  highlight: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
}) satisfies z.ZodType<SearchSnippet>;

/** One hit as the engine sends it. */
export const searchHitSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  matchedField: z.enum(['title', 'body']),
  snippet: snippetSchema,
}) satisfies z.ZodType<SearchHit>;

/**
 * Replies from the engine: `applied` when an apply request is fully indexed (with the document
 * count then), `hits` for a search, `failed` when a request could not be read or run (`requestId`
 * null when even the id was unreadable).
 */
export const searchReplySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('applied'),
    requestId: z.number().int(),
    size: z.number().int().min(0),
  }),
  z.object({
    type: z.literal('hits'),
    requestId: z.number().int(),
    hits: z.array(searchHitSchema),
  }),
  z.object({
    type: z.literal('failed'),
    requestId: z.number().int().nullable(),
    message: z.string(),
  }),
]);

/** See {@link searchReplySchema}. */
export type SearchReply = z.infer<typeof searchReplySchema>;

/** The request id of a message that failed validation, when it has a readable one. */
export function readableRequestId(message: unknown): number | null {
  if (typeof message === 'object' && message !== null && 'requestId' in message) {
    const { requestId } = message;
    return typeof requestId === 'number' && Number.isInteger(requestId) ? requestId : null;
  }
  return null;
}
