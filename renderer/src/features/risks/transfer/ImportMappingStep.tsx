import { useTranslation } from 'react-i18next';
import { requiredRiskCsvFields, riskCsvFields } from '../../../../../shared/domain/risks/riskCsv';
import type { RiskCsvField, RiskCsvMapping } from '../../../../../shared/domain/risks/riskCsv';
import { FormField } from '../../../components/FormField';
import { useLanguage } from '../../../i18n/useLanguage';

/** Props of {@link ImportMappingStep}. */
export type ImportMappingStepProps = {
  /** The file's header cells. */
  headers: readonly string[];
  mapping: RiskCsvMapping;
  onChange: (mapping: RiskCsvMapping) => void;
  onBack: () => void;
  onCancel: () => void;
  onNext: () => void;
};

/** True when a row cannot be imported without the field. */
function isRequired(field: RiskCsvField): boolean {
  return (requiredRiskCsvFields as readonly RiskCsvField[]).includes(field);
}

/**
 * Step 2 of an import: for each field of a risk, the file column it is read from (guessed from
 * the header by column id and common English and Chinese names). Required fields must be mapped
 * before the rows are checked.
 */
export function ImportMappingStep({
  headers,
  mapping,
  onChange,
  onBack,
  onCancel,
  onNext,
}: ImportMappingStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const missing = requiredRiskCsvFields.filter((field) => mapping[field] === null);

  return (
    <>
      <p className="import-dialog__muted">{t('risks.transfer.import.mappingHint')}</p>
      <div className="import-dialog__mapping">
        {riskCsvFields.map((field) => (
          <FormField
            key={field}
            label={
              isRequired(field)
                ? `${t(`risks.transfer.fields.${field}`)} ${t('risks.transfer.import.required')}`
                : t(`risks.transfer.fields.${field}`)
            }
          >
            {(control) => (
              <select
                {...control}
                value={mapping[field] ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  onChange({ ...mapping, [field]: value === '' ? null : Number(value) });
                }}
              >
                <option value="">{t('risks.transfer.import.notInFile')}</option>
                {headers.map((header, index) => (
                  // Headers may repeat or be empty: the index identifies the column.
                  <option key={index} value={index}>
                    {header === '' ? `#${index + 1}` : header}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ))}
      </div>
      {missing.length > 0 && (
        <p className="field__error" role="alert">
          {t('risks.transfer.import.missingRequired', {
            fields: new Intl.ListFormat(language, { type: 'conjunction' }).format(
              missing.map((field) => t(`risks.transfer.fields.${field}`)),
            ),
          })}
        </p>
      )}
      <div className="button-row modal__actions">
        <button type="button" onClick={onBack}>
          {t('risks.transfer.import.back')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('risks.transfer.import.cancel')}
        </button>
        <button
          type="button"
          className="button--primary"
          disabled={missing.length > 0}
          onClick={onNext}
        >
          {t('risks.transfer.import.next')}
        </button>
      </div>
    </>
  );
}
