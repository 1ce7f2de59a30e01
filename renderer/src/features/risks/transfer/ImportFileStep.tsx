import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { maxRiskCsvColumns, maxRiskCsvRows } from '../../../../../shared/domain/risks/riskCsv';
import type { RiskCsvRefusal } from '../../../../../shared/domain/risks/riskCsv';
import type { Language } from '../../../../../shared/domain/settings';
import { FormField } from '../../../components/FormField';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatBytes } from '../../../lib/numbers';
import { textCharsets } from '../../../lib/textDecoding';
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

/** Why the last pick was not taken. */
type PickError = { kind: 'too-large'; size: number } | { kind: 'read-failed' };

/** True when `value` is one of the offered charsets. */
function isTextCharset(value: string): value is TextCharset {
  return (textCharsets as readonly string[]).includes(value);
}

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
  const [pickError, setPickError] = useState<PickError | null>(null);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    if (file.size > maxImportFileBytes) {
      setPickError({ kind: 'too-large', size: file.size });
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setPickError(null);
      onPick(file.name, bytes);
    } catch {
      setPickError({ kind: 'read-failed' });
    }
  }

  const pickErrorText =
    pickError === null
      ? undefined
      : pickError.kind === 'too-large'
        ? t('risks.transfer.import.tooLarge', {
            size: formatBytes(pickError.size, language),
            limit: formatBytes(maxImportFileBytes, language),
          })
        : t('risks.transfer.import.readFailed');

  const decoded = picked?.decoded ?? null;
  const charsetName =
    decoded === null ? '' : t(`risks.transfer.import.charsets.${decoded.charset}`);
  const charsetSource =
    decoded === null
      ? ''
      : decoded.source === 'bom'
        ? t('risks.transfer.import.charsetBom', { charset: charsetName })
        : decoded.source === 'chosen'
          ? t('risks.transfer.import.charsetChosen', { charset: charsetName })
          : t('risks.transfer.import.charsetDetected', { charset: charsetName });

  const table = pickedTable(picked);
  const parsed = picked?.parsed ?? null;
  let fileProblem: string | null = null;
  if (decoded !== null && !decoded.ok) {
    fileProblem = t('risks.transfer.import.invalidBytes', {
      line: decoded.invalidLine,
      charset: charsetName,
    });
  } else if (parsed !== null && !parsed.ok) {
    fileProblem = refusalMessage(parsed.refusal, t, language);
  } else if (table?.rows.length === 0) {
    fileProblem = t('risks.transfer.import.noRows');
  }
  const canContinue = (table?.rows.length ?? 0) > 0;

  return (
    <>
      <p className="risk-import__help">{t('risks.transfer.import.help')}</p>
      <FormField
        label={t('risks.transfer.import.fileLabel')}
        hint={t('risks.transfer.import.fileHint', {
          size: formatBytes(maxImportFileBytes, language),
          rows: new Intl.NumberFormat(language).format(maxRiskCsvRows),
        })}
        error={pickErrorText}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(event) => void pick(event)}
          />
        )}
      </FormField>
      {picked !== null && decoded !== null && (
        <>
          <FormField
            label={t('risks.transfer.import.charsetLabel')}
            hint={`${charsetSource} ${t('risks.transfer.import.charsetHint')}`}
          >
            {(control) => (
              <select
                {...control}
                value={decoded.charset}
                onChange={(event) => {
                  if (isTextCharset(event.target.value)) onChooseCharset(event.target.value);
                }}
              >
                {textCharsets.map((charset) => (
                  <option key={charset} value={charset}>
                    {t(`risks.transfer.import.charsets.${charset}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {table !== null && (
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
        </>
      )}
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
