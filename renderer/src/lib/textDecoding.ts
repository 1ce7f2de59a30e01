import { analyse } from 'chardet';

/**
 * Turns the bytes of a text file a user picked into text. Spreadsheets in Taiwan and mainland
 * China still save CSV as Big5 or GBK, so the charset is detected (byte order mark, then UTF-16
 * by its zero bytes, then strict UTF-8, then chardet's guess among the Chinese legacy charsets)
 * and the user can force another.
 * Decoding is strict (`fatal: true`): a wrong charset is reported with the line of the first
 * unreadable bytes instead of turning the file into replacement characters without a word.
 */

/** The charsets a user can pick, by WHATWG encoding label. */
export const textCharsets = ['utf-8', 'big5', 'gbk', 'gb18030', 'utf-16le', 'utf-16be'] as const;

/** One of {@link textCharsets}. */
export type TextCharset = (typeof textCharsets)[number];

/** How the charset was chosen: a byte order mark, detection, or the user. */
export type CharsetSource = 'bom' | 'detected' | 'chosen';

/** What decoding made of the bytes. */
export type DecodedText =
  | { ok: true; text: string; charset: TextCharset; source: CharsetSource }
  | {
      ok: false;
      charset: TextCharset;
      source: CharsetSource;
      /** Line (from 1) of the first bytes that are not valid in `charset`. */
      invalidLine: number;
    };

/** The charset a byte order mark announces, and its length; null without one. */
function byteOrderMark(bytes: Uint8Array): TextCharset | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The text in `charset`, or null when the bytes are not valid in it. BOMs are dropped. */
function tryDecode(bytes: Uint8Array, charset: TextCharset): string | null {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: text that is mostly ASCII has a zero byte in every other position. Only
 * the first 4 KiB are sampled, which is plenty for a CSV header.
 */
function utf16WithoutBom(bytes: Uint8Array): TextCharset | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const pairs = sample.length / 2;
  if (pairs >= 2 && oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (pairs >= 2 && evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * GBK for text that only uses GBK's two-byte codes, GB18030 when four-byte codes (a second byte
 * `0x30`–`0x39`) appear: the name tells the user which Windows setting wrote the file.
 */
function gbFamily(bytes: Uint8Array): TextCharset {
  return tryDecode(bytes, 'gbk') === null ? 'gb18030' : 'gbk';
}

/** chardet's name of a charset, mapped to ours; null for charsets the app does not offer. */
function fromChardetName(name: string, bytes: Uint8Array): TextCharset | null {
  switch (name) {
    case 'Big5':
      return 'big5';
    case 'GB18030':
      return gbFamily(bytes);
    case 'UTF-16LE':
      return 'utf-16le';
    case 'UTF-16BE':
      return 'utf-16be';
    default:
      return null;
  }
}

/**
 * The charset the bytes are most likely in: the BOM's; UTF-16 by its zero bytes; UTF-8 when
 * they are valid UTF-8 (also plain ASCII); otherwise chardet's most confident Chinese candidate
 * that decodes without error, then Big5 or GB18030, whichever decodes. UTF-8 when nothing fits,
 * so the failure names the charset users expect.
 */
export function detectCharset(bytes: Uint8Array): { charset: TextCharset; source: CharsetSource } {
  const bom = byteOrderMark(bytes);
  if (bom !== null) return { charset: bom, source: 'bom' };
  // Before UTF-8: ASCII in UTF-16 is valid UTF-8 (every other byte a NUL), and so is some
  // Chinese, so a mostly-English UTF-16 file would otherwise be read as UTF-8 full of NULs.
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return { charset: utf16, source: 'detected' };
  if (tryDecode(bytes, 'utf-8') !== null) return { charset: 'utf-8', source: 'detected' };
  const candidates = analyse(bytes)
    .map((match) => fromChardetName(match.name, bytes))
    .filter((charset) => charset !== null);
  const decodable = [...candidates, 'big5' as const, 'gb18030' as const].find(
    (charset) => tryDecode(bytes, charset) !== null,
  );
  return { charset: decodable ?? 'utf-8', source: 'detected' };
}

/** Line number (from 1) of the first character the decoder could not read. */
function firstInvalidLine(bytes: Uint8Array, charset: TextCharset): number {
  const lenient = new TextDecoder(charset).decode(bytes);
  const index = lenient.indexOf('\uFFFD');
  const before = lenient.slice(0, Math.max(0, index));
  return before.split('\n').length;
}

/**
 * Decodes the bytes in `charset` when given (the user's choice), otherwise in the detected one.
 * Never throws: bytes invalid in the charset come back as a failure with their line.
 */
export function decodeText(bytes: Uint8Array, charset?: TextCharset): DecodedText {
  const chosen =
    charset === undefined ? detectCharset(bytes) : { charset, source: 'chosen' as const };
  const text = tryDecode(bytes, chosen.charset);
  if (text === null) {
    return { ok: false, ...chosen, invalidLine: firstInvalidLine(bytes, chosen.charset) };
  }
  return { ok: true, text, ...chosen };
}
