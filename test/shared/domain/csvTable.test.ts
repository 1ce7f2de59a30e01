import { describe, expect, it } from 'vitest';
import { detectCsvDelimiter, parseCsvTable } from '../../../shared/domain/csvTable';

const limits = { maxColumns: 50, maxRows: 100 };

describe('detectCsvDelimiter', () => {
  it('counts the delimiters of the header line only, outside quotes', () => {
    expect(detectCsvDelimiter('name,phones,emails\r\nA,"a; b; c; d; e; f",x\r\n')).toBe(',');
    expect(detectCsvDelimiter('name\tphones\nA\t1,2,3,4')).toBe('\t');
    expect(detectCsvDelimiter('name;title;"a,b,c,d"\r\nA;B;C')).toBe(';');
    expect(detectCsvDelimiter('name|title\rA|B')).toBe('|');
    expect(detectCsvDelimiter('"line one,\nline two, more";x;y,z\r\n')).toBe(';');
  });

  it('takes a comma when the header has no delimiter or on a tie', () => {
    expect(detectCsvDelimiter('name\r\nA;B;C;D\r\n')).toBe(',');
    expect(detectCsvDelimiter('')).toBe(',');
    expect(detectCsvDelimiter('a;b,c\r\n')).toBe(',');
  });
});

describe('parseCsvTable', () => {
  it('splits data rows at the header’s delimiter, however many others they hold', () => {
    const parse = parseCsvTable('\uFEFFname,phones\r\nA,"1; 2; 3; 4; 5"\r\nB,6; 7; 8\r\n', limits);
    expect(parse).toEqual({
      ok: true,
      headers: ['name', 'phones'],
      rows: [
        { rowNumber: 2, cells: ['A', '1; 2; 3; 4; 5'] },
        { rowNumber: 3, cells: ['B', '6; 7; 8'] },
      ],
      unclosedQuoteRows: [],
    });
  });

  it('reads a tab-separated file', () => {
    const parse = parseCsvTable('name\ttitle\r\nA, B\tC; D\r\n', limits);
    expect(parse).toMatchObject({ ok: true, rows: [{ rowNumber: 2, cells: ['A, B', 'C; D'] }] });
  });
});
