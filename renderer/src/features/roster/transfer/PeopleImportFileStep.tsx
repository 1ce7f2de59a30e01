import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  maxRosterCsvColumns,
  maxRosterCsvRows,
} from '../../../../../shared/domain/roster/rosterCsv';
import type { RosterCsvRefusal } from '../../../../../shared/domain/roster/rosterCsv';
import { maxVcardCards } from '../../../../../shared/domain/roster/rosterVcard';
import type { VcardRefusal } from '../../../../../shared/domain/roster/rosterVcard';
import type { Language } from '../../../../../shared/domain/settings';
import { ImportFilePicker } from '../../../components/ImportFilePicker';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatBytes } from '../../../lib/numbers';
import { decodingProblem } from '../../../lib/decodingProblem';
import type { TextCharset } from '../../../lib/textDecoding';
import { pickedCsvTable, pickedVcards } from './pickedPeopleFile';
import type { PickedPeopleFile } from './pickedPeopleFile';

/** Largest file imported (5 MiB: thousands of people); larger ones are refused unread. */
export const maxPeopleImportBytes = 5 * 1024 * 1024;

/** Props of {@link PeopleImportFileStep}. */
export type PeopleImportFileStepProps = {
  picked: PickedPeopleFile | null;
  onPick: (name: string, bytes: Uint8Array) => void;
  onChooseCharset: (charset: TextCharset) => void;
  onCancel: () => void;
  onNext: () => void;
};

/** Why a CSV file was refused as a whole, in the user's language. */
function csvRefusalMessage(refusal: RosterCsvRefusal, t: TFunction, language: Language): string {
  const format = (value: number) => new Intl.NumberFormat(language).format(value);
  switch (refusal.reason) {
    case 'no-header':
      return t('roster.transfer.import.csvRefusals.no-header');
    case 'too-many-rows':
      return t('roster.transfer.import.csvRefusals.too-many-rows', {
        limit: format(maxRosterCsvRows),
      });
    case 'too-many-columns':
      return t('roster.transfer.import.csvRefusals.too-many-columns', {
        row: format(refusal.rowNumber),
        limit: format(maxRosterCsvColumns),
      });
  }
}

/** Why a vCard file was refused as a whole, in the user's language, with the card and line. */
function vcardRefusalMessage(refusal: VcardRefusal, t: TFunction, language: Language): string {
  const format = (value: number | null) =>
    value === null ? '' : new Intl.NumberFormat(language).format(value);
  return t(`roster.transfer.import.vcardRefusals.${refusal.code}`, {
    card: format(refusal.cardNumber),
    line: format(refusal.line),
    version: refusal.version ?? '',
    limit: format(maxVcardCards),
  });
}

/**
 * Step 1 of an import: pick a vCard or CSV file (size-limited), see what it was read as and in
 * which charset, and force another charset when Chinese looks garbled. A file that cannot be
 * used says why (with the card or row and line) and cannot go further.
 */
export function PeopleImportFileStep({
  picked,
  onPick,
  onChooseCharset,
  onCancel,
  onNext,
}: PeopleImportFileStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  const decoded = picked?.decoded ?? null;
  const content = picked?.content ?? null;
  const table = pickedCsvTable(picked);
  const cards = pickedVcards(picked);
  const count = cards?.length ?? table?.rows.length ?? 0;
  const fileProblem =
    decodingProblem(decoded, t) ??
    (content?.format === 'vcard' && !content.parse.ok
      ? vcardRefusalMessage(content.parse.refusal, t, language)
      : content?.format === 'csv' && !content.parse.ok
        ? csvRefusalMessage(content.parse.refusal, t, language)
        : table !== null && table.rows.length === 0
          ? t('roster.transfer.import.noRows')
          : null);

  return (
    <>
      <p className="import-dialog__muted">{t('roster.transfer.import.help')}</p>
      <ImportFilePicker
        label={t('roster.transfer.import.fileLabel')}
        hint={t('roster.transfer.import.fileHint', {
          size: formatBytes(maxPeopleImportBytes, language),
          rows: new Intl.NumberFormat(language).format(maxRosterCsvRows),
        })}
        accept=".vcf,.vcard,.csv,text/vcard,text/x-vcard,text/csv"
        maxBytes={maxPeopleImportBytes}
        decoded={decoded}
        onPick={onPick}
        onChooseCharset={onChooseCharset}
      >
        {picked !== null && (cards !== null || table !== null) && (
          <p className="roster-import__summary">
            {t(
              cards !== null
                ? 'roster.transfer.import.vcardSummary'
                : 'roster.transfer.import.csvSummary',
              { fileName: picked.name, count },
            )}
          </p>
        )}
        {fileProblem !== null && (
          <p className="field__error" role="alert">
            {fileProblem}
          </p>
        )}
      </ImportFilePicker>
      <div className="button-row modal__actions">
        <button type="button" onClick={onCancel}>
          {t('roster.transfer.import.cancel')}
        </button>
        <button type="button" className="button--primary" disabled={count === 0} onClick={onNext}>
          {t('roster.transfer.import.next')}
        </button>
      </div>
    </>
  );
}
