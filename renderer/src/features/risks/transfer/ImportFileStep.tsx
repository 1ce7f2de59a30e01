import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { maxRiskCsvColumns, maxRiskCsvRows } from '../../../../../shared/domain/risks/riskCsv';
import type { RiskCsvRefusal } from '../../../../../shared/domain/risks/riskCsv';
import type { Language } from '../../../../../shared/domain/settings';
import { ImportFilePicker } from '../../../components/ImportFilePicker';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatBytes } from '../../../lib/numbers';
import { decodingProblem } from '../../../lib/decodingProblem';
import type { TextCharset } from '../../../lib/textDecoding';
import { pickedTable } from './pickedFile';
import type { PickedFile } from './pickedFile';

/** Largest CSV file imported (5 MiB: tens of thousands of risks); larger ones are refused. */
export const maxImportFileBytes = 5 * 1024 * 1024;

/** Props of {@link ImportFileStep}. */
export type ImportFileStepProps = {
  picked: PickedFile | null;
  onPick: (name: string, bytes: Uint8Array) => void;
  onChooseCharset: (charset: TextCharset) => void;
  onCancel: () => void;
  onNext: () => void;
};

/** Why a file was refused as a whole, in the user's language. */
function refusalMessage(refusal: RiskCsvRefusal, t: TFunction, language: Language): string {
  const format = (value: number) => new Intl.NumberFormat(language).format(value);
  switch (refusal.reason) {
    case 'no-header':
      return t('risks.transfer.import.noHeader');
    case 'too-many-rows':
      return t('risks.transfer.import.tooManyRows', { limit: format(maxRiskCsvRows) });
    case 'too-many-columns':
      return t('risks.transfer.import.tooManyColumns', {
        row: format(refusal.rowNumber),
        limit: format(maxRiskCsvColumns),
      });
  }
}

/**
 * Step 1 of an import: pick a CSV file (size-limited), see the charset it was read in and force
 * another when Chinese looks garbled. A file that cannot be used says why and keeps the previous
 * pick, if any.
 */
export function ImportFileStep({
  picked,
  onPick,
  onChooseCharset,
  onCancel,
  onNext,
}: ImportFileStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  const decoded = picked?.decoded ?? null;
  const table = pickedTable(picked);
  const parsed = picked?.parsed ?? null;
  const fileProblem =
    decodingProblem(decoded, t) ??
    (parsed !== null && !parsed.ok
      ? refusalMessage(parsed.refusal, t, language)
      : table?.rows.length === 0
        ? t('risks.transfer.import.noRows')
        : null);
  const canContinue = (table?.rows.length ?? 0) > 0;

  return (
    <>
      <p className="import-dialog__muted">{t('risks.transfer.import.help')}</p>
      <ImportFilePicker
        label={t('risks.transfer.import.fileLabel')}
        hint={t('risks.transfer.import.fileHint', {
          size: formatBytes(maxImportFileBytes, language),
          rows: new Intl.NumberFormat(language).format(maxRiskCsvRows),
        })}
        accept=".csv,text/csv,text/plain"
        maxBytes={maxImportFileBytes}
        decoded={decoded}
        onPick={onPick}
        onChooseCharset={onChooseCharset}
      >
        {picked !== null && table !== null && (
          <p className="risk-import__summary">
            {t('risks.transfer.import.fileSummary', {
              fileName: picked.name,
              count: table.rows.length,
            })}
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
          {t('risks.transfer.import.cancel')}
        </button>
        <button type="button" className="button--primary" disabled={!canContinue} onClick={onNext}>
          {t('risks.transfer.import.next')}
        </button>
      </div>
    </>
  );
}
