import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/**
 * Feed text → plain text. Feed fields carry HTML (escaped or in CDATA), entities, stray control
 * characters and invisible characters used to dodge keyword filters ("個\u200b資"). Everything
 * that reaches the UI and the keyword matcher is plain text: markup dropped (script, style and
 * the like with their contents), entities decoded, whitespace folded with paragraph breaks kept as
 * single newlines. Links are kept only when they are absolute http(s) URLs.
 */

/** Elements whose contents are never text a reader sees. */
const droppedElements = new Set([
  'script',
  'style',
  'head',
  'title',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'select',
  'textarea',
]);

/**
 * Elements that start a new line, in HTML text and in Atom xhtml content alike, so both read as
 * the same paragraphs.
 */
export const blockElements: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

/** Cells are separated by a space so "<td>a</td><td>b</td>" does not read "ab". */
const spacedElements = new Set(['td', 'th', 'img']);

/** What an element does to the text around it. */
type TagKind = 'dropped' | 'block' | 'spaced';

/** Every element that matters, in one map: one lookup per tag on the hot path. */
const tagKinds = new Map<string, TagKind>([
  ...[...spacedElements].map((name) => [name, 'spaced'] as const),
  ...[...blockElements].map((name) => [name, 'block'] as const),
  ...[...droppedElements].map((name) => [name, 'dropped'] as const),
]);

/** Longer tag names cannot be in {@link tagKinds}: skip them without slicing. */
const longestKnownTag = Math.max(...[...tagKinds.keys()].map((name) => name.length));

/**
 * One reusable HTML → text converter on htmlparser2's tokenizer: lenient (it never throws on bad
 * markup), decodes entities, and knows that script and style contents are raw text. The
 * tokenizer is used without htmlparser2's Parser because no tag tree or attribute objects are
 * needed to read text, and skipping them roughly doubles the speed on feed-sized snippets.
 */
class HtmlTextExtractor implements TokenizerCallbacks {
  private source = '';
  private parts: string[] = [];
  private droppedDepth = 0;
  private readonly tokenizer = new Tokenizer({ decodeEntities: true }, this);

  /** True right after a line break (or at the start): more breaks and blank text add nothing. */
  private isAtBreak = true;

  extract(html: string): string {
    this.source = html;
    this.parts = [];
    this.droppedDepth = 0;
    this.isAtBreak = true;
    this.tokenizer.reset();
    this.tokenizer.write(html);
    this.tokenizer.end();
    // One join makes one flat string; appending with += would build a rope that every later
    // character scan has to flatten again.
    const text = this.parts.join('');
    this.source = '';
    this.parts = [];
    return text;
  }

  ontext(start: number, end: number): void {
    if (this.droppedDepth !== 0) return;
    // The newlines between "</p>" and "<p>" would only be folded away again: skip them here, so
    // that most texts leave this extractor already folded.
    if (this.isAtBreak && isBlank(this.source, start, end)) return;
    this.parts.push(this.source.slice(start, end));
    this.isAtBreak = false;
  }

  ontextentity(codePoint: number): void {
    if (this.droppedDepth !== 0) return;
    this.parts.push(String.fromCodePoint(codePoint));
    this.isAtBreak = false;
  }

  onopentagname(start: number, end: number): void {
    const kind = this.tagKind(start, end);
    if (kind === 'dropped') this.droppedDepth += 1;
    else if (kind !== undefined) this.separate(kind);
  }

  onclosetag(start: number, end: number): void {
    const kind = this.tagKind(start, end);
    if (kind === 'dropped') this.droppedDepth = Math.max(0, this.droppedDepth - 1);
    else if (kind !== undefined) this.separate(kind);
  }

  private separate(kind: 'block' | 'spaced'): void {
    if (this.isAtBreak || this.droppedDepth !== 0) return;
    if (kind === 'block') {
      this.parts.push('\n');
      this.isAtBreak = true;
    } else {
      this.parts.push(' ');
    }
  }

  /** What a tag does to the text; most tags (a, b, span …) do nothing and return undefined. */
  private tagKind(start: number, end: number): TagKind | undefined {
    if (end - start > longestKnownTag) return undefined;
    const name = this.source.slice(start, end);
    const kind = tagKinds.get(name);
    if (kind !== undefined || !/[A-Z]/u.test(name)) return kind;
    return tagKinds.get(name.toLowerCase());
  }

  onattribdata(): void {}
  onattribentity(): void {}
  onattribend(): void {}
  onattribname(): void {}
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onend(): void {}
  onopentagend(): void {}
  onprocessinginstruction(): void {}
  onselfclosingtag(): void {}
}

const extractor = new HtmlTextExtractor();

/** True when `text[start, end)` holds only ASCII whitespace. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return false;
  }
  return true;
}

/** How {@link foldWhitespace} treats a character (plain numbers: this runs once per character). */
const CharacterClass = { Kept: 0, Space: 1, Newline: 2, Invisible: 3 } as const;
type CharacterClass = (typeof CharacterClass)[keyof typeof CharacterClass];

/**
 * Spaces, line breaks, and characters removed outright: C0/C1 controls, zero-width characters
 * and joiners, bidirectional controls (they can reorder what a reader sees), the soft hyphen and
 * the BOM.
 */
function classify(code: number): CharacterClass {
  // CJK, kana, Hangul and most other scripts: the bulk of Chinese text, answered at once.
  if (code > 0x3000 && code < 0xfeff) return CharacterClass.Kept;
  if (code < 0x20) {
    if (code === 0x0a || code === 0x0d) return CharacterClass.Newline;
    if (code === 0x09 || code === 0x0b || code === 0x0c) return CharacterClass.Space;
    return CharacterClass.Invisible;
  }
  if (code === 0x20) return CharacterClass.Space;
  if (code < 0x7f) return CharacterClass.Kept;
  if (code <= 0x9f) return code === 0x85 ? CharacterClass.Newline : CharacterClass.Invisible;
  if (code === 0xa0 || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0x3000) {
    return CharacterClass.Space;
  }
  if (code === 0xad || code === 0xfeff || (code >= 0xfff9 && code <= 0xfffb))
    return CharacterClass.Invisible;
  if (code >= 0x2000 && code <= 0x206f) {
    if (code <= 0x200a) return CharacterClass.Space;
    if (code <= 0x200f) return CharacterClass.Invisible;
    if (code === 0x2028 || code === 0x2029) return CharacterClass.Newline;
    if (code >= 0x202a && code <= 0x202e) return CharacterClass.Invisible;
    if (code >= 0x2060 && code !== 0x2065) return CharacterClass.Invisible;
  }
  return CharacterClass.Kept;
}

/**
 * Folds whitespace in one pass: runs of spaces become one space, any run holding a line break
 * becomes one newline, invisible characters go (so "個\u200b資" reads "個資"), and the ends are
 * trimmed.
 */
export function foldWhitespace(text: string): string {
  const length = text.length;
  // Most texts are already folded: find the first character that needs work, without allocating.
  let start = 0;
  while (start < length) {
    const code = text.charCodeAt(start);
    if ((code > 0x20 && code < 0x7f) || (code > 0x7f && classify(code) === CharacterClass.Kept)) {
      start += 1;
    } else if (
      (code === 0x20 || code === 0x0a) &&
      start > 0 &&
      start + 1 < length &&
      isKept(text.charCodeAt(start + 1))
    ) {
      start += 2;
    } else {
      break;
    }
  }
  if (start >= length) return text;
  const folded = start === 0 ? [] : [text.slice(0, start)];
  let runStart = -1;
  let separator: CharacterClass = CharacterClass.Kept;
  for (let index = start; index < length; index += 1) {
    const code = text.charCodeAt(index);
    const kind = code > 0x20 && code < 0x7f ? CharacterClass.Kept : classify(code);
    if (kind === CharacterClass.Kept) {
      if (runStart === -1) {
        if (separator !== CharacterClass.Kept && folded.length > 0) {
          folded.push(separator === CharacterClass.Newline ? '\n' : ' ');
        }
        separator = CharacterClass.Kept;
        runStart = index;
      }
      continue;
    }
    if (runStart !== -1) {
      folded.push(text.slice(runStart, index));
      runStart = -1;
    }
    if (kind === CharacterClass.Newline) separator = CharacterClass.Newline;
    else if (kind === CharacterClass.Space && separator === CharacterClass.Kept) {
      separator = CharacterClass.Space;
    }
  }
  if (runStart !== -1) folded.push(text.slice(runStart));
  return folded.join('');
}

function isKept(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || classify(code) === CharacterClass.Kept;
}

/** Plain text from a field that may hold HTML (RSS description, Atom type="html"). */
export function htmlToText(html: string): string {
  // Most titles and many descriptions hold no markup and no entities: skip the HTML parser.
  if (html.indexOf('<') === -1 && html.indexOf('&') === -1) return foldWhitespace(html);
  return foldWhitespace(extractor.extract(html));
}

/** Plain text from a field that is already text (Atom type="text", JSON content_text). */
export function plainText(text: string): string {
  return foldWhitespace(text);
}

/** A text cut to `maxLength` characters without splitting a surrogate pair. */
export function truncate(text: string, maxLength: number): { text: string; isTruncated: boolean } {
  if (text.length <= maxLength) return { text, isTruncated: false };
  let end = maxLength;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: text.slice(0, end).trimEnd(), isTruncated: true };
}

/** Longest link kept (the item schema's limit). */
const maxLinkLength = 2048;

/**
 * An absolute http(s) URL from a feed link, resolved against `base` when relative; null for
 * anything else (javascript:, data:, file:, credentials in the URL, unparseable text), so the UI
 * never gets a link it should not open.
 */
export function safeLink(raw: string | null, base: string | null): string | null {
  if (raw === null) return null;
  const text = foldWhitespace(raw);
  if (text === '' || text.length > maxLinkLength) return null;
  let url: URL;
  try {
    // Most feed links are absolute: resolving them needs no base (one URL parse, not two).
    url =
      base === null || /^https?:\/\//iu.test(text) ? new URL(text) : new URL(text, safeBase(base));
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  const href = url.href;
  return href.length > maxLinkLength ? null : href;
}

/** A base URL is used only when it is itself http(s); otherwise relative links stay unresolved. */
function safeBase(base: string): string | undefined {
  try {
    const url = new URL(base.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
