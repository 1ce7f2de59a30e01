import type { TFunction } from 'i18next';
import { rosterTransferEn } from '../../../i18n/resources/roster/rosterTransferMessages';
import { rosterIssueMessageKey } from '../rosterCommands';
import type { ImportField, ImportIssue, PeopleImport } from './peopleImport';

/**
 * The words of an import issue in the user's language: where (row or card, field and file
 * column) and what is wrong (the import's own codes first, then the roster's validation codes).
 */

/** True when `code` has its own message under `roster.transfer.import.issues`. */
function isImportCode(code: string): code is keyof typeof rosterTransferEn.import.issues {
  return Object.hasOwn(rosterTransferEn.import.issues, code);
}

/** What an issue code means. */
export function importIssueMessage(code: string, t: TFunction): string {
  return isImportCode(code)
    ? t(`roster.transfer.import.issues.${code}`)
    : t(rosterIssueMessageKey(code));
}

/** "Row 3" for a CSV file, "Card 3" for a vCard file. */
export function importRowLabel(
  format: PeopleImport['format'],
  number: number,
  t: TFunction,
): string {
  return format === 'vcard'
    ? t('roster.transfer.import.cardLabel', { number })
    : t('roster.transfer.import.rowLabel', { number });
}

/** The name of a field, with the file column it was read from when there is one. */
export function importFieldLabel(field: ImportField, t: TFunction): string {
  if (field.kind === 'person') return t(`roster.transfer.personFields.${field.field}`);
  const name = t(`roster.transfer.csvFields.${field.field}`);
  return field.column === null
    ? name
    : t('roster.transfer.import.columnOf', { field: name, column: field.column });
}

/** An issue on its own line of a list: "Row 3 · Mobile phone (column “手機”): …". */
export function importIssueLine(
  issue: ImportIssue,
  format: PeopleImport['format'],
  t: TFunction,
): string {
  const message = importIssueMessage(issue.code, t);
  if (issue.number === null) return t('roster.transfer.import.wholeFileIssue', { message });
  const row = importRowLabel(format, issue.number, t);
  if (issue.field === null) return t('roster.transfer.import.rowWholeIssue', { row, message });
  return t('roster.transfer.import.rowIssue', {
    row,
    field: importFieldLabel(issue.field, t),
    message,
  });
}

/** An issue inside its row of the preview: "Mobile phone (column “手機”): …". */
export function importIssueInRow(issue: ImportIssue, t: TFunction): string {
  const message = importIssueMessage(issue.code, t);
  const text =
    issue.field === null
      ? message
      : t('roster.transfer.import.issue', { field: importFieldLabel(issue.field, t), message });
  return issue.isWarning ? t('roster.transfer.import.warning', { message: text }) : text;
}
