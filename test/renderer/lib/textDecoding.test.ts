import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectCharset } from '../../../renderer/src/lib/textDecoding';

const traditional =
  'reference,title,category,owner\n' +
  'R-0001,若供應商延遲出貨則生產線停擺,supply-chain,王小明\n' +
  'R-0002,若網路謠言擴散則商譽受損,rumour,陳美玲\n';
const simplified =
  'reference,title,category,owner\n' +
  'R-0001,若供应商延迟出货则生产线停摆,supply-chain,王小明\n' +
  'R-0002,若网络谣言扩散则声誉受损,rumour,陈美玲\n';

/** Bytes of `text` in a legacy charset, made by iconv-lite (independent of TextDecoder). */
function encode(text: string, charset: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, charset));
}

describe('decodeText', () => {
  it('detects and decodes Big5', () => {
    const decoded = decodeText(encode(traditional, 'big5'));
    expect(decoded).toEqual({ ok: true, text: traditional, charset: 'big5', source: 'detected' });
  });

  it('detects and decodes GBK', () => {
    const decoded = decodeText(encode(simplified, 'gbk'));
    expect(decoded).toEqual({ ok: true, text: simplified, charset: 'gbk', source: 'detected' });
  });

  it('names GB18030 when four-byte codes appear', () => {
    const text = `${simplified}R-0003,表情😀,rumour,李\n`;
    const decoded = decodeText(encode(text, 'gb18030'));
    expect(decoded).toEqual({ ok: true, text, charset: 'gb18030', source: 'detected' });
  });

  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    const bytes = new TextEncoder().encode(traditional);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: traditional,
      charset: 'utf-8',
      source: 'detected',
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(withBom)).toEqual({
      ok: true,
      text: traditional,
      charset: 'utf-8',
      source: 'bom',
    });
  });

  it('reads UTF-16 by its BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...encode(traditional, 'utf-16le')]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: traditional, charset: 'utf-16le' });
    expect(detectCharset(encode(traditional, 'utf-16be'))).toEqual({
      charset: 'utf-16be',
      source: 'detected',
    });
  });

  it.each(['utf-16le', 'utf-16be'] as const)(
    'detects %s without a BOM in a file of English headers and Chinese rows',
    (charset) => {
      // Every byte of this text in UTF-16 is below 0x80, so it is also valid UTF-8 (with NULs).
      const text = 'title,owner,likelihood,impact\r\n生產停機,小明,4,3\r\n水災,小明,2,5\r\n';
      const bytes = encode(text, charset);
      expect(bytes.slice(0, 2)).toEqual(
        new Uint8Array(charset === 'utf-16le' ? [0x74, 0x00] : [0x00, 0x74]),
      );
      expect(decodeText(bytes)).toEqual({ ok: true, text, charset, source: 'detected' });
    },
  );

  it('decodes in the charset the user forces', () => {
    const bytes = encode(simplified, 'gbk');
    const forced = decodeText(bytes, 'gb18030');
    expect(forced).toEqual({ ok: true, text: simplified, charset: 'gb18030', source: 'chosen' });
  });

  it('reports the line of invalid bytes instead of replacing them', () => {
    const bytes = encode(traditional, 'big5');
    const decoded = decodeText(bytes, 'utf-8');
    expect(decoded).toEqual({ ok: false, charset: 'utf-8', source: 'chosen', invalidLine: 2 });
  });
});
