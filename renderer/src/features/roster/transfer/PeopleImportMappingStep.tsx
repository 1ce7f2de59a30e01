import { useTranslation } from 'react-i18next';
import {
  rosterCsvFields,
  rosterCsvMappingProblems,
} from '../../../../../shared/domain/roster/rosterCsv';
import type {
  RosterCsvField,
  RosterCsvMapping,
  RosterCsvTable,
} from '../../../../../shared/domain/roster/rosterCsv';
import { FormField } from '../../../components/FormField';

/** Props of {@link PeopleImportMappingStep}. */
export type PeopleImportMappingStepProps = {
  table: RosterCsvTable;
  mapping: RosterCsvMapping;
  onChange: (mapping: RosterCsvMapping) => void;
  onBack: () => void;
  onCancel: () => void;
  onNext: () => void;
};

/** Longest example value shown under a column, in characters. */
const maxExampleLength = 40;

/** True when `value` is a field a column can be mapped to. */
function isRosterCsvField(value: string): value is RosterCsvField {
  return (rosterCsvFields as readonly string[]).includes(value);
}

/** The first value of a column in the file, shortened, so the user sees what it holds. */
function exampleOf(table: RosterCsvTable, column: number): string | null {
  const value = table.rows
    .map((row) => (row.cells[column] ?? '').trim())
    .find((cell) => cell !== '');
  if (value === undefined) return null;
  const characters = Array.from(value.replace(/\s+/gu, ' '));
  return characters.length > maxExampleLength
    ? `${characters.slice(0, maxExampleLength).join('')}…`
    : characters.join('');
}

/**
 * Step 2 of a CSV import: for each column of the file, the field it holds (guessed from its
 * header by column id and the English and Chinese names HR systems use), with the column's
 * first value as an example. A name column is required; a field that takes one value takes one
 * column.
 */
export function PeopleImportMappingStep({
  table,
  mapping,
  onChange,
  onBack,
  onCancel,
  onNext,
}: PeopleImportMappingStepProps) {
  const { t } = useTranslation();
  const problems = rosterCsvMappingProblems(mapping);

  return (
    <>
      <p className="import-dialog__muted">{t('roster.transfer.import.mappingHint')}</p>
      <div className="import-dialog__mapping">
        {table.headers.map((header, column) => {
          const example = exampleOf(table, column);
          return (
            <FormField
              // Headers may repeat or be empty: the index identifies the column.
              key={column}
              label={t('roster.transfer.import.columnMapsTo', {
                header:
                  header === ''
                    ? t('roster.transfer.import.columnNumber', { number: column + 1 })
                    : header,
              })}
              hint={
                example === null
                  ? undefined
                  : t('roster.transfer.import.example', { value: example })
              }
            >
              {(control) => (
                <select
                  {...control}
                  value={mapping[column] ?? ''}
                  onChange={(event) => {
                    const value = event.target.value;
                    const next = [...mapping];
                    next[column] = isRosterCsvField(value) ? value : null;
                    onChange(next);
                  }}
                >
                  <option value="">{t('roster.transfer.import.notImported')}</option>
                  {rosterCsvFields.map((field) => (
                    <option key={field} value={field}>
                      {t(`roster.transfer.csvFields.${field}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          );
        })}
      </div>
      {problems.length > 0 && (
        <div role="alert">
          {problems.map((problem) => (
            <p
              key={problem.code === 'mapped-twice' ? problem.field : problem.code}
              className="field__error"
            >
              {problem.code === 'mapped-twice'
                ? t('roster.transfer.import.mappedTwice', {
                    field: t(`roster.transfer.csvFields.${problem.field}`),
                  })
                : t('roster.transfer.import.nameNotMapped')}
            </p>
          ))}
        </div>
      )}
      <div className="button-row modal__actions">
        <button type="button" onClick={onBack}>
          {t('roster.transfer.import.back')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('roster.transfer.import.cancel')}
        </button>
        <button
          type="button"
          className="button--primary"
          disabled={problems.length > 0}
          onClick={onNext}
        >
          {t('roster.transfer.import.next')}
        </button>
      </div>
    </>
  );
}
