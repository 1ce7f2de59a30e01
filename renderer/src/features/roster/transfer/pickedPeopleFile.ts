import { parseRosterCsv } from '../../../../../shared/domain/roster/rosterCsv';
import type { RosterCsvParse, RosterCsvTable } from '../../../../../shared/domain/roster/rosterCsv';
import { looksLikeVcard, parseVcards } from '../../../../../shared/domain/roster/rosterVcard';
import type { VcardCandidate, VcardParse } from '../../../../../shared/domain/roster/rosterVcard';
import { decodeText } from '../../../lib/textDecoding';
import type { DecodedText, TextCharset } from '../../../lib/textDecoding';

/**
 * A file picked for a people import, kept with its bytes so a change of charset re-reads the same
 * file without asking for it again. Whether it is vCard or CSV is told by its first line (a card
 * starts with `BEGIN:VCARD`), then by its extension, so a `.vcf` that is not vCard is refused as
 * vCard with the reason instead of being read as a strange CSV.
 */

/** What a decoded file was read as. */
export type PeopleFileContent =
  { format: 'vcard'; parse: VcardParse } | { format: 'csv'; parse: RosterCsvParse };

/** A picked file as read so far: its bytes, their decoding and, when decoded, its content. */
export type PickedPeopleFile = {
  name: string;
  bytes: Uint8Array;
  decoded: DecodedText;
  /** Null when the bytes did not decode. */
  content: PeopleFileContent | null;
};

/** True for a file name that says vCard. */
function hasVcardExtension(name: string): boolean {
  return /\.(?:vcf|vcard)$/iu.test(name);
}

/**
 * Decodes a file's bytes (in `charset` when given, else the detected one) and reads it as vCard
 * or CSV; people whose card names no time zone get `defaultTimeZone`.
 */
export function readPickedPeopleFile(
  name: string,
  bytes: Uint8Array,
  defaultTimeZone: string,
  charset?: TextCharset,
): PickedPeopleFile {
  const decoded = decodeText(bytes, charset);
  if (!decoded.ok) return { name, bytes, decoded, content: null };
  const content: PeopleFileContent =
    looksLikeVcard(decoded.text) || hasVcardExtension(name)
      ? { format: 'vcard', parse: parseVcards(decoded.text, { defaultTimeZone }) }
      : { format: 'csv', parse: parseRosterCsv(decoded.text) };
  return { name, bytes, decoded, content };
}

/** The CSV table of a picked file, or null when it is not a readable CSV file. */
export function pickedCsvTable(picked: PickedPeopleFile | null): RosterCsvTable | null {
  const content = picked?.content ?? null;
  return content?.format === 'csv' && content.parse.ok ? content.parse.table : null;
}

/** The cards of a picked file, or null when it is not a readable vCard file. */
export function pickedVcards(picked: PickedPeopleFile | null): VcardCandidate[] | null {
  const content = picked?.content ?? null;
  return content?.format === 'vcard' && content.parse.ok ? content.parse.candidates : null;
}
