import Papa from 'papaparse';
import { restoreFormula, utf8Bom } from './csvCells';

/**
 * Reading a CSV file into a header and data rows, the same for every import of the app (the risk
 * register's, the crisis team's): blank lines, row numbers as a spreadsheet shows them, limits on
 * rows and columns, and the comparisons headers and values are matched with. Pure: no DOM.
 */

/** One data row of a parsed file: its row number as a spreadsheet shows it (header = 1). */
export type CsvRow = { rowNumber: number; cells: string[] };

/** Why a whole file is refused before its columns are mapped. */
export type CsvTableRefusal =
  | { reason: 'no-header' }
  | { reason: 'too-many-rows' }
  /** `rowNumber` is the first row with more cells than the column limit. */
  | { reason: 'too-many-columns'; rowNumber: number };

/** The limits one import puts on a file. */
export type CsvTableLimits = {
  /** Most cells a row may have: the mapping step offers every column. */
  maxColumns: number;
  /** Most non-blank data rows: every row is checked and written in one transaction. */
  maxRows: number;
};

/** What {@link parseCsvTable} made of a file: its rows, or why there are none. */
export type CsvTableParse =
  | {
      ok: true;
      /** The header cells, trimmed. */
      headers: string[];
      /** The non-blank data rows. */
      rows: CsvRow[];
      /** Rows (as a spreadsheet numbers them) with a quote that is never closed. */
      unclosedQuoteRows: number[];
    }
  | { ok: false; refusal: CsvTableRefusal };

/** True when a record has no content (a blank line, or only delimiters and spaces). */
function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Delimiters a file may use, in the order a tie is settled. */
const candidateDelimiters = [',', '\t', ';', '|'] as const;

/**
 * The delimiter of a file, chosen from its header line alone: the candidate that occurs most
 * often outside double quotes (a comma on a tie or when none occurs). Data rows are not looked
 * at: their list cells hold `;` and `,` freely, so papaparse's guess over the first rows could
 * pick `;` for a small export and leave the file one column wide.
 */
export function detectCsvDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let isQuoted = false;
  for (const character of text) {
    if (character === '"') {
      isQuoted = !isQuoted;
    } else if (!isQuoted && (character === '\n' || character === '\r')) {
      break;
    } else if (!isQuoted && (candidateDelimiters as readonly string[]).includes(character)) {
      counts.set(character, (counts.get(character) ?? 0) + 1);
    }
  }
  let chosen: string = ',';
  let chosenCount = 0;
  for (const delimiter of candidateDelimiters) {
    const count = counts.get(delimiter) ?? 0;
    if (count > chosenCount) {
      chosen = delimiter;
      chosenCount = count;
    }
  }
  return chosen;
}

/**
 * Parses CSV text into a header and data rows, with the delimiter {@link detectCsvDelimiter}
 * finds in the header line (comma, tab, semicolon or bar). Blank lines
 * are dropped but still counted, so row numbers match the file; a leading BOM is ignored; every
 * cell has its neutralising apostrophe removed. Refuses a file without a header, with a row of
 * more than `maxColumns` cells or with more than `maxRows` data rows: parsing stops at the first
 * row over a limit, so a huge file costs no more than that row.
 */
export function parseCsvTable(text: string, limits: CsvTableLimits): CsvTableParse {
  const source = text.startsWith(utf8Bom) ? text.slice(utf8Bom.length) : text;
  const records: string[][] = [];
  const unclosedQuoteRows: number[] = [];
  // At most one: parsing stops at the first refusal.
  const refusals: CsvTableRefusal[] = [];
  let dataRowCount = 0;
  // Row by row rather than with `preview`: blank lines count towards `preview` but not towards
  // the row limit, so only counting the rows as they come finds the limit exactly.
  Papa.parse<string[]>(source, {
    header: false,
    delimiter: detectCsvDelimiter(source),
    skipEmptyLines: false,
    step: (result, parser) => {
      const cells = result.data;
      const rowNumber = records.length + 1;
      if (cells.length > limits.maxColumns) {
        refusals.push({ reason: 'too-many-columns', rowNumber });
        parser.abort();
        return;
      }
      if (rowNumber > 1 && !isBlankRecord(cells)) {
        dataRowCount += 1;
        if (dataRowCount > limits.maxRows) {
          refusals.push({ reason: 'too-many-rows' });
          parser.abort();
          return;
        }
      }
      if (result.errors.some((error) => error.type === 'Quotes')) {
        unclosedQuoteRows.push(rowNumber);
      }
      records.push(cells.map(restoreFormula));
    },
  });
  const [refusal] = refusals;
  if (refusal !== undefined) return { ok: false, refusal };
  const [header, ...data] = records;
  if (header === undefined || isBlankRecord(header)) {
    return { ok: false, refusal: { reason: 'no-header' } };
  }
  const rows = data.flatMap((cells, index) =>
    isBlankRecord(cells) ? [] : [{ rowNumber: index + 2, cells }],
  );
  return { ok: true, headers: header.map((cell) => cell.trim()), rows, unclosedQuoteRows };
}

/**
 * True when two header rows name the same columns in the same order: a file read again in
 * another charset keeps the mapping the user made.
 */
export function isSameHeader(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((header, index) => header === right[index]);
}

/** A value compared case- and width-insensitively (names of custom types, choice labels). */
export function comparableText(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** A cell that looks like a calendar day reformatted by a spreadsheet (`2024/3/1`, `2024.3.1`). */
const looseDatePattern = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u;

/**
 * A calendar day as `YYYY-MM-DD` when the cell looks like one (spreadsheets drop the zeros and
 * change the separators); anything else comes back as it was.
 */
export function normalizeCalendarDate(value: string): string {
  const match = looseDatePattern.exec(value.normalize('NFKC'));
  if (match === null) return value;
  const [, year = '', month = '', day = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
