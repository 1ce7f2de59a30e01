import {
  maxItemTextLength,
  maxItemTitleLength,
  maxItemsPerFetch,
  type FetchError,
  type FetchWarning,
  type FetchedItem,
} from '../../../../../shared/monitoring/records';
import type { SourceKind } from '../../../../../shared/monitoring/source';
import type { IngestInput, IngestResult, Ingester } from '../types';
import { parseFeedDate, type DateContext } from './dates';
import { decodeBody } from './decode';
import { dedupeKey } from './dedupe';
import { isJsonFeed, parseJsonDocument, readJsonApi, readJsonFeed } from './jsonFeed';
import { guessLanguage, looksChinese } from './language';
import { htmlToText, plainText, safeLink, truncate } from './normalize';
import type { RawItem } from './rawItem';
import { findPrologDoctype, firstElementName, parseXmlFeed } from './xmlFeed';

/**
 * The fetch-free half of monitoring: a fetched body → normalised, deduplicable items. Synchronous
 * and free of I/O, so the scheduler can run it right after a fetch and tests can run it on bytes.
 * Bad input never throws: every failure is an {@link IngestResult} with a clear error code.
 */

/** Longest author kept (the item schema's limit). */
const maxAuthorLength = 200;

/** Charsets whose feeds are Chinese whatever their text says ("CST" is then China time). */
const chineseCharsets = new Set(['big5', 'gbk', 'gb18030']);

/** Counts gathered while normalising, turned into warnings at the end. */
interface NormaliseTally {
  datesMissing: number;
  datesUnparsed: number;
  skipped: number;
  truncated: number;
}

/** A parse outcome, whichever parser produced it. */
interface ParseOutcome {
  kind: SourceKind | null;
  items: RawItem[];
  feedLink: string | null;
  error: FetchError | null;
  /** True when nothing can be recovered by design (DOCTYPE, HTML page, not a feed). */
  isFatal: boolean;
}

function failure(
  error: FetchError,
  charset: string | null,
  warnings: FetchWarning[],
): IngestResult {
  return {
    outcome: 'failed',
    items: [],
    itemsFound: 0,
    error,
    warnings,
    charset,
    detectedKind: null,
  };
}

/** The first character that is not whitespace or a BOM. */
function firstSignificantCharacter(text: string): string {
  const match = /[^\s\ufeff]/u.exec(text.length > 4096 ? text.slice(0, 4096) : text);
  return match?.[0] ?? '';
}

const htmlNotFeed: FetchError = {
  code: 'html-not-feed',
  params: {},
  detail: 'not a feed: got an HTML page',
};

/** Picks the parser from the document itself: a server's Content-Type or the source kind can lie. */
function parseDocument(text: string, input: IngestInput): ParseOutcome {
  const first = firstSignificantCharacter(text);
  if (first === '{' || first === '[') {
    const parsed = parseJsonDocument(text);
    if ('error' in parsed)
      return { kind: null, items: [], feedLink: null, error: parsed.error, isFatal: true };
    const mapping = input.source.jsonMapping;
    const result =
      input.source.kind === 'json-api' && mapping !== null
        ? readJsonApi(parsed.value, mapping)
        : isJsonFeed(parsed.value)
          ? readJsonFeed(parsed.value)
          : null;
    if (result === null) {
      return {
        kind: null,
        items: [],
        feedLink: null,
        error: {
          code: 'not-a-feed',
          params: { root: 'JSON' },
          detail: 'not a feed: JSON that is no JSON Feed',
        },
        isFatal: true,
      };
    }
    return { ...result, isFatal: result.error !== null };
  }
  const doctype = findPrologDoctype(text);
  if (doctype !== null) {
    if (/^<!doctype\s+html\b/iu.test(doctype))
      return { kind: null, items: [], feedLink: null, error: htmlNotFeed, isFatal: true };
    return {
      kind: null,
      items: [],
      feedLink: null,
      error: { code: 'doctype-forbidden', params: {}, detail: 'the document declares a DOCTYPE' },
      isFatal: true,
    };
  }
  if (first !== '<' || firstElementName(text) === 'html') {
    const isHtml = first === '<' || (input.contentType ?? '').toLowerCase().includes('html');
    return {
      kind: null,
      items: [],
      feedLink: null,
      error: isHtml
        ? htmlNotFeed
        : { code: 'not-a-feed', params: { root: '' }, detail: 'not a feed: neither XML nor JSON' },
      isFatal: true,
    };
  }
  return parseXmlFeed(text);
}

/** The published time of an entry and where it came from, counting what was missing or unreadable. */
function publishedTime(
  item: RawItem,
  context: DateContext,
  tally: NormaliseTally,
): { publishedAt: number; dateSource: FetchedItem['dateSource'] } {
  let hasCandidate = false;
  for (const candidate of [item.date, item.updatedDate]) {
    if (candidate === null || (typeof candidate === 'string' && candidate.trim() === '')) continue;
    hasCandidate = true;
    const parsed = parseFeedDate(candidate, context);
    if (parsed !== null) return { publishedAt: parsed, dateSource: 'feed' };
  }
  if (!hasCandidate) {
    tally.datesMissing += 1;
    return { publishedAt: context.fetchedAt, dateSource: 'fetch-time' };
  }
  tally.datesUnparsed += 1;
  return { publishedAt: context.fetchedAt, dateSource: 'fetch-time' };
}

/** One raw entry → one item, or null when it holds nothing worth keeping. */
function normaliseItem(
  item: RawItem,
  sourceId: string,
  feedLink: string | null,
  context: DateContext,
  tally: NormaliseTally,
): FetchedItem | null {
  const rawTitle = item.title ?? '';
  const title = truncate(
    item.isTitleHtml ? htmlToText(rawTitle) : plainText(rawTitle),
    maxItemTitleLength,
  ).text;
  const body = item.content ?? item.summary;
  const isBodyHtml = item.content !== null ? item.isContentHtml : item.isSummaryHtml;
  const fullText = body === null ? '' : isBodyHtml ? htmlToText(body) : plainText(body);
  const { text, isTruncated } = truncate(fullText, maxItemTextLength);
  const link = safeLink(item.link, item.base ?? feedLink) ?? guidAsLink(item.id);
  if (title === '' && text === '' && link === null) {
    tally.skipped += 1;
    return null;
  }
  if (isTruncated) tally.truncated += 1;
  const authorText = item.author === null ? '' : htmlToText(item.author);
  const { publishedAt, dateSource } = publishedTime(item, context, tally);
  return {
    dedupeKey: dedupeKey(sourceId, {
      id: item.id,
      link: item.link,
      title,
      dateText: item.date === null ? '' : String(item.date),
    }),
    title,
    link,
    text,
    author: authorText === '' ? null : truncate(authorText, maxAuthorLength).text,
    publishedAt,
    dateSource,
    language: guessLanguage(title, text),
    isTruncated,
  };
}

/** An RSS guid that is an absolute http(s) URL serves as the link when there is none. */
function guidAsLink(id: string | null): string | null {
  return id !== null && /^https?:\/\//iu.test(id) ? safeLink(id, null) : null;
}

function ingest(input: IngestInput): IngestResult {
  const decoded = decodeBody(input.body, input.contentType, input.source.charset);
  const warnings = decoded.warnings;
  if (decoded.text === null) {
    return failure(decoded.error ?? internalError('no text'), decoded.charset, warnings);
  }
  const text = decoded.text;
  const parsed = parseDocument(text, input);
  if (parsed.isFatal)
    return failure(parsed.error ?? internalError('no error'), decoded.charset, warnings);
  if (parsed.kind !== null && parsed.kind !== input.source.kind) {
    warnings.push({
      code: 'kind-mismatch',
      params: { declared: input.source.kind, detected: parsed.kind },
    });
  }
  const context: DateContext = {
    fetchedAt: input.fetchedAt,
    isChinese:
      chineseCharsets.has(decoded.charset ?? '') ||
      looksChinese(text.length > 8192 ? text.slice(0, 8192) : text),
  };
  const tally: NormaliseTally = { datesMissing: 0, datesUnparsed: 0, skipped: 0, truncated: 0 };
  const items: FetchedItem[] = [];
  const found = parsed.items.length;
  for (const raw of parsed.items) {
    if (items.length >= maxItemsPerFetch) break;
    const item = normaliseItem(raw, input.source.id, parsed.feedLink, context, tally);
    if (item !== null) items.push(item);
  }
  if (found > maxItemsPerFetch) {
    warnings.push({
      code: 'items-capped',
      params: { count: found - maxItemsPerFetch, limit: maxItemsPerFetch },
    });
  }
  if (tally.skipped > 0) warnings.push({ code: 'items-skipped', params: { count: tally.skipped } });
  if (tally.truncated > 0)
    warnings.push({ code: 'text-truncated', params: { count: tally.truncated } });
  if (tally.datesMissing > 0)
    warnings.push({ code: 'dates-missing', params: { count: tally.datesMissing } });
  if (tally.datesUnparsed > 0)
    warnings.push({ code: 'dates-unparsed', params: { count: tally.datesUnparsed } });
  // Bytes that were invalid in the declared charset are the root cause of anything that followed.
  const error = decoded.error ?? parsed.error;
  const outcome = error === null ? 'ok' : items.length > 0 ? 'partial' : 'failed';
  return {
    outcome,
    items,
    itemsFound: found,
    error,
    warnings,
    charset: decoded.charset,
    detectedKind: parsed.kind,
  };
}

function internalError(detail: string): FetchError {
  return { code: 'internal', params: {}, detail };
}

/**
 * Creates the ingester the scheduler uses. A bug in a parser must not take the service down with
 * one hostile feed, so an unexpected exception becomes an `internal` failure of that fetch.
 */
export function createIngester(): Ingester {
  return {
    ingest(input: IngestInput): IngestResult {
      try {
        return ingest(input);
      } catch (error) {
        return failure(
          internalError(error instanceof Error ? error.message.slice(0, 1000) : 'ingest failed'),
          null,
          [],
        );
      }
    },
  };
}
