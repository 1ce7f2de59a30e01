import type { FetchError } from '../../../../../shared/monitoring/records';
import type { JsonMapping } from '../../../../../shared/monitoring/source';
import { RawItem } from './rawItem';

/**
 * JSON Feed 1.1 and generic JSON APIs → raw entries. JSON is read with `JSON.parse` only (never
 * evaluated), and read back through {@link ownValue}, which looks at own properties alone and
 * refuses the names that reach a prototype, so `{"__proto__": …}` in a feed changes nothing.
 */

/** The entries of a JSON document, the feed's home page, and what went wrong. */
export interface JsonParseResult {
  kind: 'json-feed' | 'json-api';
  items: RawItem[];
  feedLink: string | null;
  error: FetchError | null;
}

const forbiddenSegments = new Set(['__proto__', 'prototype', 'constructor']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of a plain JSON object, or undefined; never follows the prototype chain. */
export function ownValue(value: unknown, key: string): unknown {
  if (forbiddenSegments.has(key)) return undefined;
  if (Array.isArray(value)) {
    if (!/^(?:0|[1-9]\d{0,8})$/u.test(key)) return undefined;
    return value[Number(key)];
  }
  if (!isRecord(value) || !Object.hasOwn(value, key)) return undefined;
  return value[key];
}

/** The value at a dotted path (`data.items`, `media.0.url`); '' or '$' is the value itself. */
export function valueAtPath(value: unknown, path: string): unknown {
  if (path === '' || path === '$') return value;
  let current = value;
  for (const segment of path.split('.')) {
    current = ownValue(current, segment);
    if (current === undefined) return undefined;
  }
  return current;
}

/** A field as text: strings as they are, finite numbers written out, anything else null. */
function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A date field: strings, or numbers (epoch seconds or milliseconds). */
function asDate(value: unknown): string | number | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return null;
}

/** Parses JSON text, or returns the `malformed-json` error. */
export function parseJsonDocument(text: string): { value: unknown } | { error: FetchError } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      error: {
        code: 'malformed-json',
        params: {},
        detail: error instanceof Error ? error.message.slice(0, 1000) : 'invalid JSON',
      },
    };
  }
}

/** True when a parsed document looks like a JSON Feed (a `version` of jsonfeed.org or an `items` array). */
export function isJsonFeed(document: unknown): boolean {
  const version = ownValue(document, 'version');
  if (typeof version === 'string' && version.startsWith('https://jsonfeed.org/version/'))
    return true;
  return Array.isArray(ownValue(document, 'items'));
}

/** The first author's name of a JSON Feed item (1.1 `authors`, 1.0 `author`). */
function jsonFeedAuthor(item: unknown): string | null {
  const authors = ownValue(item, 'authors');
  if (Array.isArray(authors)) {
    for (const author of authors) {
      const name = asText(ownValue(author, 'name'));
      if (name !== null && name.trim() !== '') return name;
    }
  }
  return asText(ownValue(ownValue(item, 'author'), 'name'));
}

/** Entries of a JSON Feed 1.0/1.1 document. */
export function readJsonFeed(document: unknown): JsonParseResult {
  const entries = ownValue(document, 'items');
  if (!Array.isArray(entries)) {
    return {
      kind: 'json-feed',
      items: [],
      feedLink: null,
      error: {
        code: 'not-a-feed',
        params: { root: 'JSON' },
        detail: 'not a feed: JSON without an items array',
      },
    };
  }
  const items: RawItem[] = [];
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const item = new RawItem();
    item.id = asText(ownValue(entry, 'id'));
    item.link = asText(ownValue(entry, 'url')) ?? asText(ownValue(entry, 'external_url'));
    item.title = asText(ownValue(entry, 'title'));
    const html = asText(ownValue(entry, 'content_html'));
    if (html !== null) {
      item.content = html;
      item.isContentHtml = true;
    } else {
      item.content = asText(ownValue(entry, 'content_text'));
    }
    item.summary = asText(ownValue(entry, 'summary'));
    item.date = asDate(ownValue(entry, 'date_published'));
    item.updatedDate = asDate(ownValue(entry, 'date_modified'));
    item.author = jsonFeedAuthor(entry);
    items.push(item);
  }
  return {
    kind: 'json-feed',
    items,
    feedLink: asText(ownValue(document, 'home_page_url')),
    error: null,
  };
}

/** A JSON API result with no items because the mapping's `path` found nothing usable. */
function mappingFailed(path: string, detail: string): JsonParseResult {
  return {
    kind: 'json-api',
    items: [],
    feedLink: null,
    error: { code: 'json-mapping-failed', params: { path }, detail },
  };
}

/** Entries of a JSON API read through the source's field mapping. */
export function readJsonApi(document: unknown, mapping: JsonMapping): JsonParseResult {
  const entries = valueAtPath(document, mapping.itemsPath);
  if (!Array.isArray(entries)) {
    const path = mapping.itemsPath === '' ? '$' : mapping.itemsPath;
    return mappingFailed(path, `no array at "${path}"`);
  }
  const field = (entry: unknown, path: string | null): unknown =>
    path === null ? undefined : valueAtPath(entry, path);
  const items: RawItem[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const item = new RawItem();
    item.title = asText(field(entry, mapping.title));
    item.isTitleHtml = true;
    item.link = asText(field(entry, mapping.link));
    // API text fields are often HTML snippets; the stripper leaves plain text untouched.
    item.content = asText(field(entry, mapping.text));
    item.isContentHtml = true;
    item.date = asDate(field(entry, mapping.date));
    item.id = asText(field(entry, mapping.id));
    item.author = asText(field(entry, mapping.author));
    items.push(item);
  }
  const isMappingUseless =
    items.length > 0 &&
    items.every((item) => item.title === null && item.link === null && item.content === null);
  if (isMappingUseless) {
    // Every entry came out empty: the field paths match nothing in this document.
    return mappingFailed(mapping.title, `no entry has a value at "${mapping.title}"`);
  }
  return { kind: 'json-api', items, feedLink: null, error: null };
}
