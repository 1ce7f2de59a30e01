import { dialableNumber } from '../../../../../shared/domain/roster/person';
import type { Person, PersonInput } from '../../../../../shared/domain/roster/person';
import { rosterCsvFieldOfIssuePath } from '../../../../../shared/domain/roster/rosterCsv';
import type {
  RosterCsvField,
  RosterCsvImport,
  RosterCsvImportRow,
  RosterCsvIssue,
  RosterCsvMapping,
} from '../../../../../shared/domain/roster/rosterCsv';
import type { VcardCandidate } from '../../../../../shared/domain/roster/rosterVcard';
import type { FieldIssue } from '../../../lib/commandResult';
import type { NewQualificationType } from '../rosterCommands';
import type { QualificationTypeOption } from '../useRosterData';

/**
 * One shape for the people a vCard or a CSV file brings, so the review step shows and commits
 * both the same way: each row (a card or a CSV row) with its number in the file, the person it
 * becomes and its issues, each naming the field (with the file column, for CSV).
 */

/** The field an issue is about: a CSV field read from a file column, or a person field (vCard). */
export type ImportField =
  | { kind: 'csv'; field: RosterCsvField; column: string | null }
  | { kind: 'person'; field: keyof PersonInput };

/** One issue of an import: where, what, and whether it stops the import. */
export type ImportIssue = {
  /** The row or card number; null for the whole file. */
  number: number | null;
  field: ImportField | null;
  code: string;
  /** True for what was left out but does not stop the import. */
  isWarning: boolean;
};

/** A row (CSV) or card (vCard) as the person it becomes. */
export type PeopleImportRow = {
  number: number;
  input: PersonInput;
  issues: ImportIssue[];
  /** The CSV row it was read from (with the sources of its values); null for a card. */
  csvRow: RosterCsvImportRow | null;
};

/** A whole file read for import. */
export type PeopleImport = {
  format: 'vcard' | 'csv';
  rows: PeopleImportRow[];
  /** Qualification types the rows introduce, stored together with the people. */
  newTypes: NewQualificationType[];
  /** Problems of the file itself. */
  problems: ImportIssue[];
};

/** The people of a vCard file. */
export function vcardImport(candidates: readonly VcardCandidate[]): PeopleImport {
  return {
    format: 'vcard',
    rows: candidates.map((candidate) => ({
      number: candidate.cardNumber,
      input: candidate.input,
      issues: candidate.issues.map((issue) => ({
        number: issue.cardNumber,
        field: issue.field === null ? null : { kind: 'person', field: issue.field },
        code: issue.code,
        isWarning: issue.isWarning,
      })),
      csvRow: null,
    })),
    newTypes: [],
    problems: [],
  };
}

/** The field of a CSV issue with the header of the first column mapped to it. */
function csvField(
  field: RosterCsvField | null,
  headers: readonly string[],
  mapping: RosterCsvMapping,
): ImportField | null {
  if (field === null) return null;
  const index = mapping.indexOf(field);
  return { kind: 'csv', field, column: index === -1 ? null : (headers[index] ?? null) };
}

/** A CSV issue as an import issue. */
function fromCsvIssue(
  issue: RosterCsvIssue,
  headers: readonly string[],
  mapping: RosterCsvMapping,
): ImportIssue {
  return {
    number: issue.rowNumber,
    field: csvField(issue.field, headers, mapping),
    code: issue.code,
    isWarning: false,
  };
}

/** The people of a CSV file read with `mapping`. */
export function csvImport(
  imported: RosterCsvImport,
  headers: readonly string[],
  mapping: RosterCsvMapping,
): PeopleImport {
  return {
    format: 'csv',
    rows: imported.rows.map((row) => ({
      number: row.rowNumber,
      input: row.input,
      issues: row.issues.map((issue) => fromCsvIssue(issue, headers, mapping)),
      csvRow: row,
    })),
    newTypes: imported.newQualificationTypes,
    problems: imported.problems.map((issue) => fromCsvIssue(issue, headers, mapping)),
  };
}

/** An issue path that starts with an entry index (`3`, `3.name`), the index captured. */
const entryPathPattern = /^(\d+)(?:\.|$)/u;

/**
 * The issues `checkPeopleImport`/`importPeople` returned for the `included` rows (paths
 * `<index>.<field>`), placed on their rows; any other path (a failed write has `''`) concerns the
 * whole file.
 */
export function storedIssues(
  included: readonly PeopleImportRow[],
  issues: readonly FieldIssue[],
  headers: readonly string[],
  mapping: RosterCsvMapping | null,
): ImportIssue[] {
  return issues.map((issue) => {
    const index = entryPathPattern.exec(issue.path)?.[1];
    const row = index === undefined ? undefined : included[Number(index)];
    if (row === undefined) {
      return { number: null, field: null, code: issue.code, isWarning: false };
    }
    const [, head] = issue.path.split('.');
    let field: ImportField | null = null;
    if (row.csvRow !== null && mapping !== null) {
      field = csvField(rosterCsvFieldOfIssuePath(row.csvRow, issue.path), headers, mapping);
    } else if (head !== undefined && Object.hasOwn(row.input, head)) {
      field = { kind: 'person', field: head as keyof PersonInput };
    }
    return { number: row.number, field, code: issue.code, isWarning: false };
  });
}

/** What a row may duplicate: a person in the roster, or an earlier row of the file. */
export type DuplicateOf = { kind: 'person'; person: Person } | { kind: 'row'; number: number };

/** A name as compared for duplicates: width, case and spaces ignored. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase().replace(/\s+/gu, '');
}

/** The ways to reach someone, as compared for duplicates (dialable digits, lower-case addresses). */
function contactKeys(input: PersonInput): Set<string> {
  return new Set([
    ...input.phones
      .map((phone) => `tel:${dialableNumber(phone.number)}`)
      .filter((key) => key !== 'tel:'),
    ...input.emails.map((email) => `mailto:${email.address.trim().toLowerCase()}`),
  ]);
}

/** True when two people share a phone number or an email address. */
function sharesContact(left: Set<string>, right: Set<string>): boolean {
  for (const key of left) if (right.has(key)) return true;
  return false;
}

/**
 * Rows that are possibly someone already there, by row number: the same name (ignoring case,
 * width and spaces) and the same phone number or email address, as a person in the roster or an
 * earlier row of the file. A name alone is not enough: two colleagues can share one.
 */
export function possibleDuplicates(
  rows: readonly PeopleImportRow[],
  people: readonly Person[],
): Map<number, DuplicateOf> {
  const known: { name: string; contacts: Set<string>; duplicateOf: DuplicateOf }[] = people.map(
    (person) => ({
      name: nameKey(person.name),
      contacts: contactKeys(person),
      duplicateOf: { kind: 'person', person },
    }),
  );
  const duplicates = new Map<number, DuplicateOf>();
  for (const row of rows) {
    const name = nameKey(row.input.name);
    const contacts = contactKeys(row.input);
    const match = known.find(
      (candidate) => candidate.name === name && sharesContact(candidate.contacts, contacts),
    );
    if (match !== undefined && name !== '') duplicates.set(row.number, match.duplicateOf);
    known.push({ name, contacts, duplicateOf: { kind: 'row', number: row.number } });
  }
  return duplicates;
}

/** A type name compared case- and width-insensitively. */
function typeKey(name: string): string {
  return name.normalize('NFKC').trim().toLocaleLowerCase();
}

/**
 * Finds the qualification type a CSV cell names: a built-in id, a custom type's name, or a
 * built-in type's name in any app language (in that order, so a custom type named like a
 * built-in one still maps back to itself); null when none has that name.
 */
export function qualificationTypeFinder(
  types: readonly QualificationTypeOption[],
): (name: string) => string | null {
  const byName = new Map<string, string>();
  const add = (name: string, id: string) => {
    if (!byName.has(typeKey(name))) byName.set(typeKey(name), id);
  };
  for (const type of types) if (type.isBuiltIn) add(type.id, type.id);
  for (const type of types) if (!type.isBuiltIn) add(type.customName, type.id);
  for (const type of types) {
    if (type.isBuiltIn) for (const name of Object.values(type.name)) add(name, type.id);
  }
  return (name) => byName.get(typeKey(name)) ?? null;
}

/** How export writes a qualification type: a built-in type's id, a custom type's name. */
export function qualificationExportName(
  types: readonly QualificationTypeOption[],
): (typeId: string) => string {
  const names = new Map(
    types.flatMap((type) => (type.isBuiltIn ? [] : [[type.id, type.customName] as const])),
  );
  return (typeId) => names.get(typeId) ?? typeId;
}
