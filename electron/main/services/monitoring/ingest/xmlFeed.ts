import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { FetchError } from '../../../../../shared/monitoring/records';
import { blockElements } from './normalize';
import { RawItem } from './rawItem';

/**
 * RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0 → raw entries, with saxes: a strict, non-validating
 * XML parser that never reads a DTD, never fetches anything and expands only the five XML entities
 * and numeric references (anything else is an error and stays unexpanded). A DOCTYPE stops the
 * parse outright, which rules out entity expansion attacks (billion laughs) and external entities.
 * Element names never become object keys: entries are {@link RawItem} instances filled from a fixed
 * list of fields, so `<__proto__>` or `<constructor>` are just unknown elements.
 *
 * Malformed XML does not stop the parse: saxes reports the error and goes on, entries that closed
 * cleanly are kept, and the entry that held the error is dropped.
 */

/** XML feed kinds, told apart by the root element. */
export type XmlFeedKind = 'rss' | 'rdf' | 'atom';

/** The entries of an XML feed, its link, its kind, and the first error. */
export interface XmlParseResult {
  kind: XmlFeedKind | null;
  items: RawItem[];
  feedLink: string | null;
  /** Null when the document parsed cleanly. */
  error: FetchError | null;
  /** True when the error left nothing to recover by design (DOCTYPE, not a feed). */
  isFatal: boolean;
}

/** Thrown inside saxes handlers to stop the parse at once. */
class StopParsing extends Error {}

/** What the text of an element inside an entry is. */
type EntryField =
  'title' | 'link' | 'summary' | 'content' | 'id' | 'date' | 'dc-date' | 'updated' | 'author';

/** The part after the prefix: `content:encoded` → `encoded`. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** An attribute's value without trusting the attribute object's prototype. */
function attribute(tag: SaxesTagPlain, name: string): string | null {
  const attributes = tag.attributes;
  return Object.hasOwn(attributes, name) ? (attributes[name] ?? null) : null;
}

/** How Atom's `type` attribute says to read a text construct. */
function atomTextType(type: string | null): 'text' | 'html' | 'xhtml' {
  if (type === null) return 'text';
  const value = type.trim().toLowerCase();
  if (value === 'html' || value === 'text/html') return 'html';
  if (value === 'xhtml' || value === 'application/xhtml+xml') return 'xhtml';
  return 'text';
}

/** The DOCTYPE of the prolog (before the root element), or null when there is none. */
export function findPrologDoctype(text: string): string | null {
  let index = 0;
  const length = Math.min(text.length, 64 * 1024);
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xfeff) {
      index += 1;
    } else if (text.startsWith('<?', index)) {
      const end = text.indexOf('?>', index + 2);
      if (end === -1) return null;
      index = end + 2;
    } else if (text.startsWith('<!--', index)) {
      const end = text.indexOf('-->', index + 4);
      if (end === -1) return null;
      index = end + 3;
    } else if (text.slice(index, index + 9).toUpperCase() === '<!DOCTYPE') {
      return text.slice(index, Math.min(index + 200, text.length));
    } else {
      return null;
    }
  }
  return null;
}

/** The name of the first element, lower-cased, read leniently (for HTML sniffing), or null. */
export function firstElementName(text: string): string | null {
  const match = /<([A-Za-z][A-Za-z0-9:_.-]*)/u.exec(
    text.slice(0, 64 * 1024).replace(/<!--[\s\S]*?-->/gu, ''),
  );
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Line and column (both from 1) of a string index. saxes can track them itself, but that costs
 * every document a few percent of parse time to serve the rare malformed one.
 */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let newline = text.indexOf('\n');
    newline !== -1 && newline < index;
    newline = text.indexOf('\n', newline + 1)
  ) {
    line += 1;
    lineStart = newline + 1;
  }
  return { line, column: index - lineStart + 1 };
}

class XmlFeedReader {
  kind: XmlFeedKind | null = null;
  rootName: string | null = null;
  readonly items: RawItem[] = [];
  feedLink: string | null = null;
  error: FetchError | null = null;
  isFatal = false;

  private depth = 0;
  private current: RawItem | null = null;
  private currentDepth = 0;
  private isCurrentTainted = false;
  private field: EntryField | null = null;
  private fieldDepth = 0;
  private fieldMode: 'text' | 'html' | 'xhtml' = 'text';
  private buffer = '';
  private feedBase: string | null = null;
  private isFeedLinkOpen = false;
  private parentName = '';

  constructor(
    private readonly parser: SaxesParser,
    private readonly text: string,
  ) {}

  onDoctype(): void {
    this.fail({ code: 'doctype-forbidden', params: {}, detail: 'the document declares a DOCTYPE' });
  }

  onError(error: Error): void {
    if (this.isFatal) return;
    if (this.error === null) {
      this.error = {
        code: 'malformed-xml',
        params: lineAndColumn(this.text, this.parser.position),
        detail: error.message.slice(0, 1000),
      };
    }
    if (this.current !== null) this.isCurrentTainted = true;
  }

  onOpenTag(tag: SaxesTagPlain): void {
    const depth = this.depth;
    this.depth += 1;
    const name = tag.name;
    if (depth === 0) {
      this.openRoot(tag);
      return;
    }
    if (this.field !== null) {
      if (this.fieldMode === 'xhtml' && blockElements.has(localName(name))) this.buffer += '\n';
      return;
    }
    const local = localName(name);
    if (this.current === null) {
      if (
        (local === 'item' && this.kind !== 'atom') ||
        (local === 'entry' && this.kind === 'atom')
      ) {
        const item = new RawItem();
        item.base = attribute(tag, 'xml:base') ?? this.feedBase;
        item.id = this.kind === 'rdf' ? attribute(tag, 'rdf:about') : null;
        this.current = item;
        this.currentDepth = depth;
        this.isCurrentTainted = false;
      } else if (this.kind === 'atom' && depth === 1 && name === 'link') {
        const relation = attribute(tag, 'rel') ?? 'alternate';
        if (relation === 'alternate' && this.feedLink === null)
          this.feedLink = attribute(tag, 'href');
      } else if (this.kind !== 'atom' && depth === 2 && name === 'link' && this.feedLink === null) {
        this.isFeedLinkOpen = true;
        this.buffer = '';
      }
      return;
    }
    if (depth === this.currentDepth + 1) {
      this.parentName = local;
      this.openEntryField(tag, name, local, depth);
    } else if (
      depth === this.currentDepth + 2 &&
      this.parentName === 'author' &&
      local === 'name'
    ) {
      this.startField('author', depth, 'text');
    }
  }

  onText(text: string): void {
    if (this.field !== null || this.isFeedLinkOpen) this.buffer += text;
  }

  onCloseTag(): void {
    this.depth -= 1;
    const depth = this.depth;
    if (this.isFeedLinkOpen && depth === 2) {
      this.isFeedLinkOpen = false;
      const link = this.buffer.trim();
      if (link !== '') this.feedLink = link;
      this.buffer = '';
      return;
    }
    if (this.field !== null) {
      if (depth === this.fieldDepth) this.commitField();
      else if (this.fieldMode === 'xhtml') this.buffer += ' ';
      return;
    }
    if (this.current !== null && depth === this.currentDepth) {
      if (!this.isCurrentTainted) this.items.push(this.current);
      this.current = null;
      this.parentName = '';
    }
  }

  /** Marks the end of the document: an entry still open was cut off and is not kept. */
  finish(): void {
    this.current = null;
  }

  private fail(error: FetchError): never {
    this.error = error;
    this.isFatal = true;
    throw new StopParsing();
  }

  private openRoot(tag: SaxesTagPlain): void {
    const local = localName(tag.name);
    this.rootName = tag.name;
    if (tag.name === 'rss' || tag.name === 'RSS') this.kind = 'rss';
    else if (local === 'RDF') this.kind = 'rdf';
    else if (local === 'feed') this.kind = 'atom';
    else if (local.toLowerCase() === 'html') {
      this.fail({ code: 'html-not-feed', params: {}, detail: 'not a feed: got an HTML page' });
    } else {
      this.fail({
        code: 'not-a-feed',
        params: { root: tag.name.slice(0, 100) },
        detail: `not a feed: the root element is <${tag.name.slice(0, 100)}>`,
      });
    }
    this.feedBase = attribute(tag, 'xml:base');
  }

  private openEntryField(tag: SaxesTagPlain, name: string, local: string, depth: number): void {
    const item = this.current;
    if (item === null) return;
    if (this.kind === 'atom') {
      switch (local) {
        case 'title':
          this.startField('title', depth, atomTextType(attribute(tag, 'type')));
          return;
        case 'link': {
          const relation = attribute(tag, 'rel') ?? 'alternate';
          if (relation === 'alternate' && item.link === null) item.link = attribute(tag, 'href');
          return;
        }
        case 'content':
          this.startField('content', depth, atomTextType(attribute(tag, 'type')));
          return;
        case 'summary':
          this.startField('summary', depth, atomTextType(attribute(tag, 'type')));
          return;
        case 'id':
          this.startField('id', depth, 'text');
          return;
        case 'published':
        case 'issued':
          this.startField('date', depth, 'text');
          return;
        case 'updated':
        case 'modified':
          this.startField('updated', depth, 'text');
          return;
        case 'creator':
          this.startField('author', depth, 'text');
          return;
        default:
          return;
      }
    }
    switch (local) {
      case 'title':
        this.startField('title', depth, 'html');
        return;
      case 'link':
        // <atom:link> inside an RSS item carries its URL in href, not in text.
        if (name === 'link') this.startField('link', depth, 'text');
        else if (item.link === null && (attribute(tag, 'rel') ?? 'alternate') === 'alternate') {
          item.link = attribute(tag, 'href');
        }
        return;
      case 'description':
        this.startField('summary', depth, 'html');
        return;
      case 'encoded':
        this.startField('content', depth, 'html');
        return;
      case 'guid':
        this.startField('id', depth, 'text');
        return;
      case 'pubDate':
        this.startField('date', depth, 'text');
        return;
      case 'date':
        this.startField('dc-date', depth, 'text');
        return;
      case 'creator':
      case 'author':
        this.startField('author', depth, 'text');
        return;
      default:
        return;
    }
  }

  private startField(field: EntryField, depth: number, mode: 'text' | 'html' | 'xhtml'): void {
    this.field = field;
    this.fieldDepth = depth;
    this.fieldMode = mode;
    this.buffer = '';
  }

  private commitField(): void {
    const item = this.current;
    const field = this.field;
    const value = this.buffer;
    const isHtml = this.fieldMode === 'html';
    this.field = null;
    this.buffer = '';
    if (item === null) return;
    switch (field) {
      case 'title':
        item.title = value;
        item.isTitleHtml = isHtml;
        break;
      case 'link':
        if (value.trim() !== '') item.link = value.trim();
        break;
      case 'summary':
        item.summary = value;
        item.isSummaryHtml = isHtml;
        break;
      case 'content':
        item.content = value;
        item.isContentHtml = isHtml;
        break;
      case 'id':
        if (value.trim() !== '') item.id = value.trim();
        break;
      case 'date':
        item.date = value;
        break;
      case 'dc-date':
        item.date ??= value;
        break;
      case 'updated':
        item.updatedDate = value;
        break;
      case 'author':
        item.author ??= value;
        break;
      case null:
        break;
    }
  }
}

/** Parses an XML feed from decoded text. Never throws on bad input. */
export function parseXmlFeed(text: string): XmlParseResult {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const reader = new XmlFeedReader(parser, text);
  parser.on('doctype', () => reader.onDoctype());
  parser.on('error', (error) => reader.onError(error));
  parser.on('opentag', (tag) => reader.onOpenTag(tag));
  parser.on('closetag', () => reader.onCloseTag());
  parser.on('text', (value) => reader.onText(value));
  parser.on('cdata', (value) => reader.onText(value));
  try {
    parser.write(text);
    parser.close();
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
  }
  reader.finish();
  if (reader.isFatal) {
    return { kind: reader.kind, items: [], feedLink: null, error: reader.error, isFatal: true };
  }
  if (reader.rootName === null && reader.error === null) {
    return {
      kind: null,
      items: [],
      feedLink: null,
      error: { code: 'not-a-feed', params: { root: '' }, detail: 'not a feed: no root element' },
      isFatal: true,
    };
  }
  return {
    kind: reader.kind,
    items: reader.items,
    feedLink: reader.feedLink,
    error: reader.error,
    isFatal: false,
  };
}
