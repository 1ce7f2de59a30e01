import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';
import type { FetchError, FetchWarning } from '../../../../../shared/monitoring/records';
import type { CharsetOverride } from '../../../../../shared/monitoring/source';

/**
 * Bytes → text with the charset a feed declares, in the order SECURITY.md asks for: byte order
 * mark, then the source's override, then the HTTP header, then the XML declaration, then an HTML
 * meta tag, else UTF-8. Decoding is strict, so a feed that lies about its charset is reported
 * ("Big5 declared but invalid bytes") instead of silently turned into replacement characters; the
 * lossy text is still returned so items can be recovered.
 *
 * Labels are resolved the WHATWG way (TextDecoder: `gb2312` → `gbk`, `latin1` → `windows-1252`).
 * UTF-8 is checked with Node's `isUtf8` and decoded by Buffer (several times faster than
 * TextDecoder, same strictness); UTF-16 and single-byte charsets decode with TextDecoder
 * `{ fatal: true }`. The Chinese multi-byte charsets do not: Node 20's ICU-based TextDecoder does
 * not follow WHATWG for them and never reports their invalid bytes (Big5 0xFF becomes U+F8F8, a
 * lone 0x80 becomes U+0080, with `fatal` set), and Electron's Node may carry another ICU. They
 * decode with iconv-lite (Big5 with HKSCS; GBK through the GB18030 decoder, as WHATWG does), which
 * turns every invalid sequence into U+FFFD. Big5 and GBK cannot encode U+FFFD, so one in the output
 * means invalid input; GB18030 can, so a GB18030 feed quoting a literal U+FFFD is reported too
 * (rare, and its items are still kept).
 */

/** Where the charset used for decoding came from. */
export type CharsetOrigin =
  'bom' | 'override' | 'header' | 'xml-declaration' | 'html-meta' | 'default';

/** The decoded text, the charset used, and what went wrong or is worth saying. */
export interface DecodeResult {
  /** Null only when the charset is not supported at all. */
  text: string | null;
  /** WHATWG encoding name actually used (`utf-8`, `big5`, `gbk` …). */
  charset: string | null;
  origin: CharsetOrigin;
  /** `charset-unsupported`, or `charset-invalid-bytes` (then `text` is a lossy decode). */
  error: FetchError | null;
  warnings: FetchWarning[];
}

/** How far into the body the XML declaration and HTML meta are looked for (as HTML does). */
const prescanLength = 1024;

const decoders = new Map<string, TextDecoder>();

/** A cached strict decoder for a WHATWG label, or null when the label is not supported. */
function strictDecoder(label: string): TextDecoder | null {
  const key = label.toLowerCase();
  const cached = decoders.get(key);
  if (cached !== undefined) return cached;
  try {
    const decoder = new TextDecoder(key, { fatal: true, ignoreBOM: false });
    decoders.set(key, decoder);
    return decoder;
  } catch {
    return null;
  }
}

/** The WHATWG name behind a label (`gb2312` → `gbk`), or null when unknown. */
export function canonicalCharset(label: string): string | null {
  return strictDecoder(label.trim())?.encoding ?? null;
}

/** The charset a byte order mark announces, and its length. */
function sniffBom(body: Uint8Array): { charset: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf)
    return { charset: 'utf-8', length: 3 };
  if (body[0] === 0xff && body[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM, recognised by `<?` or `<` followed by NULs (XML 1.0 appendix F). */
function sniffUtf16WithoutBom(body: Uint8Array): string | null {
  if (body[0] === 0x3c && body[1] === 0x00 && body[3] === 0x00 && body[2] !== 0x00)
    return 'utf-16le';
  if (body[0] === 0x00 && body[1] === 0x3c && body[2] === 0x00 && body[3] !== 0x00)
    return 'utf-16be';
  return null;
}

/** The `charset` parameter of a Content-Type header, or null. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (contentType === null) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/iu.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? '').trim();
  return value === '' ? null : value;
}

/** The first bytes as Latin-1 text: enough to read ASCII declarations in any ASCII-compatible charset. */
function asciiPrefix(body: Uint8Array): string {
  return Buffer.from(body.buffer, body.byteOffset, Math.min(body.length, prescanLength)).toString(
    'latin1',
  );
}

/** `encoding="…"` of an XML declaration at the very start, or null. */
export function charsetFromXmlDeclaration(prefix: string): string | null {
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/u.exec(prefix);
  return match?.[1] ?? null;
}

/** `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">`, or null. */
export function charsetFromHtmlMeta(prefix: string): string | null {
  const direct = /<meta\s[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)/iu.exec(prefix);
  if (direct?.[1] !== undefined) return direct[1];
  return null;
}

/** A declaration of UTF-16 read from ASCII-compatible bytes is wrong by construction: use UTF-8. */
function withoutAsciiUtf16(label: string | null): string | null {
  if (label === null) return null;
  return /^utf-?16/iu.test(label) ? 'utf-8' : label;
}

/**
 * Decodes a fetched body. `override` is the source's forced charset; when it contradicts what the
 * feed declared, a `charset-overridden` warning says so (the override still wins: it exists for
 * servers that declare the wrong charset).
 */
export function decodeBody(
  body: Uint8Array,
  contentType: string | null,
  override: CharsetOverride | null,
): DecodeResult {
  const warnings: FetchWarning[] = [];
  const bom = sniffBom(body);
  let label: string;
  let origin: CharsetOrigin;
  let start = 0;
  if (bom !== null) {
    label = bom.charset;
    origin = 'bom';
    start = bom.length;
  } else {
    const utf16 = sniffUtf16WithoutBom(body);
    const prefix = utf16 === null ? asciiPrefix(body) : '';
    const header = charsetFromContentType(contentType);
    const declared =
      header ??
      utf16 ??
      withoutAsciiUtf16(charsetFromXmlDeclaration(prefix)) ??
      withoutAsciiUtf16(charsetFromHtmlMeta(prefix));
    if (override !== null) {
      label = override;
      origin = 'override';
      if (declared !== null && canonicalCharset(declared) !== canonicalCharset(override)) {
        warnings.push({
          code: 'charset-overridden',
          params: { declared: declared.slice(0, 40), charset: override },
        });
      }
    } else if (header !== null) {
      label = header;
      origin = 'header';
    } else if (utf16 !== null) {
      label = utf16;
      origin = 'xml-declaration';
    } else {
      const fromXml = withoutAsciiUtf16(charsetFromXmlDeclaration(prefix));
      const fromMeta = fromXml === null ? withoutAsciiUtf16(charsetFromHtmlMeta(prefix)) : null;
      label = fromXml ?? fromMeta ?? 'utf-8';
      origin = fromXml !== null ? 'xml-declaration' : fromMeta !== null ? 'html-meta' : 'default';
    }
  }
  const decoder = strictDecoder(label);
  if (decoder === null) {
    return {
      text: null,
      charset: null,
      origin,
      error: {
        code: 'charset-unsupported',
        params: { charset: label.slice(0, 40) },
        detail: `character set "${label.slice(0, 40)}" is not supported`,
      },
      warnings,
    };
  }
  const content = start === 0 ? body : body.subarray(start);
  const chineseCodec = chineseCodecs.get(decoder.encoding);
  if (chineseCodec !== undefined) {
    const text = iconv.decode(
      Buffer.from(content.buffer, content.byteOffset, content.length),
      chineseCodec,
      {
        stripBOM: false,
      },
    );
    const error = text.includes('\ufffd') ? invalidBytes(decoder.encoding) : null;
    return { text, charset: decoder.encoding, origin, error, warnings };
  }
  if (decoder.encoding === 'utf-8') {
    // The common case: Node's SIMD validator and Buffer's decoder are several times faster than
    // TextDecoder, with the same strictness.
    const buffer = Buffer.from(content.buffer, content.byteOffset, content.length);
    if (isUtf8(buffer))
      return { text: buffer.toString('utf8'), charset: 'utf-8', origin, error: null, warnings };
  }
  try {
    return {
      text: decoder.decode(content),
      charset: decoder.encoding,
      origin,
      error: null,
      warnings,
    };
  } catch {
    // Recover what can be recovered: the lossy text still yields the items whose bytes were fine.
    const lossy = new TextDecoder(decoder.encoding, { fatal: false }).decode(content);
    return {
      text: lossy,
      charset: decoder.encoding,
      origin,
      error: invalidBytes(decoder.encoding),
      warnings,
    };
  }
}

/** WHATWG encodings decoded with iconv-lite, and the iconv-lite codec for each. */
const chineseCodecs = new Map([
  ['big5', 'big5hkscs'],
  ['gbk', 'gb18030'],
  ['gb18030', 'gb18030'],
]);

function invalidBytes(charset: string): FetchError {
  return {
    code: 'charset-invalid-bytes',
    params: { charset },
    detail: `${charset} declared but the body holds bytes that are invalid in it`,
  };
}
