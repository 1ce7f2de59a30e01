import { parseRiskCsv } from '../../../../../shared/domain/risks/riskCsv';
import type { RiskCsvParse, RiskCsvTable } from '../../../../../shared/domain/risks/riskCsv';
import { decodeText } from '../../../lib/textDecoding';
import type { DecodedText, TextCharset } from '../../../lib/textDecoding';

/**
 * A file picked for import, kept with its bytes so a change of charset re-reads the same file
 * without asking for it again.
 */

/** A picked file as read so far: its bytes, their decoding and, when decoded, its parse. */
export type PickedFile = {
  name: string;
  bytes: Uint8Array;
  decoded: DecodedText;
  /** Null when the bytes did not decode. */
  parsed: RiskCsvParse | null;
};

/** Decodes (in `charset` when given, else the detected one) and parses a file's bytes. */
export function readPicked(name: string, bytes: Uint8Array, charset?: TextCharset): PickedFile {
  const decoded = decodeText(bytes, charset);
  return { name, bytes, decoded, parsed: decoded.ok ? parseRiskCsv(decoded.text) : null };
}

/** The table of a picked file, or null when it did not decode or was refused as a whole. */
export function pickedTable(picked: PickedFile | null): RiskCsvTable | null {
  const parsed = picked?.parsed ?? null;
  return parsed !== null && parsed.ok ? parsed.table : null;
}
