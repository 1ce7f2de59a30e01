/**
 * Cell rules every CSV export and import of the app shares: the byte order mark Excel needs to
 * read UTF-8, and the neutralisation of cells a spreadsheet would run as a formula (SECURITY.md,
 * "Untrusted input"). Pure: no DOM, no storage.
 */

/** Byte order mark: Excel reads a CSV as UTF-8 only when the file starts with it. */
export const utf8Bom = '\uFEFF';

/**
 * Leading characters a spreadsheet may run as a formula (`= + - @`, tab, CR, NUL), and the
 * apostrophe that marks a neutralised cell: a value starting with any of them is written with a
 * leading apostrophe. No `g` flag: a global RegExp would carry `lastIndex` from one `test` to
 * the next and skip cells.
 */
const formulaTriggerPattern = /^[=+\-@\t\r\0']/u;

/** The value as written to a cell: an apostrophe in front of anything a spreadsheet would run. */
export function neutralizeFormula(value: string): string {
  return formulaTriggerPattern.test(value) ? `'${value}` : value;
}

/** The value a neutralised cell held: exactly one apostrophe removed before a trigger character. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && formulaTriggerPattern.test(cell.slice(1)) ? cell.slice(1) : cell;
}
