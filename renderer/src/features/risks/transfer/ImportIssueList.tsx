import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { RiskCsvIssue, RiskCsvMapping } from '../../../../../shared/domain/risks/riskCsv';
import { fieldIssueMessageKey } from '../riskCommands';

/** Props of {@link ImportIssueList}. */
export type ImportIssueListProps = {
  issues: readonly RiskCsvIssue[];
  headers: readonly string[];
  mapping: RiskCsvMapping;
};

/** Issues listed at most; the rest are counted, so a badly mapped file stays readable. */
const maxListedIssues = 100;

/** The message of an issue code: import's own codes first, then the shared validation codes. */
export function importIssueMessage(code: string, t: TFunction): string {
  if (code === 'csv-quotes' || code === 'reference-taken') {
    return t(`risks.transfer.import.issues.${code}`);
  }
  return t(fieldIssueMessageKey(code));
}

/**
 * The problems that block an import, in the user's language: the row number as a spreadsheet
 * shows it, the field with the file column it was read from, and what is wrong.
 */
export function ImportIssueList({ issues, headers, mapping }: ImportIssueListProps) {
  const { t } = useTranslation();
  if (issues.length === 0) {
    return <p className="import-dialog__ok">{t('risks.transfer.import.noErrors')}</p>;
  }
  const listed = issues.slice(0, maxListedIssues);
  return (
    <section className="import-dialog__issues" aria-labelledby="risk-import-issues-heading">
      <h3 id="risk-import-issues-heading">
        {t('risks.transfer.import.errorsHeading', { count: issues.length })}
      </h3>
      <ul>
        {listed.map((issue, index) => {
          const message = importIssueMessage(issue.code, t);
          if (issue.rowNumber === null) {
            return <li key={index}>{t('risks.transfer.import.wholeFileIssue', { message })}</li>;
          }
          if (issue.field === null) {
            return (
              // Issues have no identity beyond their position in the sorted list.
              <li key={index}>
                {t('risks.transfer.import.fileIssue', { row: issue.rowNumber, message })}
              </li>
            );
          }
          const fieldName = t(`risks.transfer.fields.${issue.field}`);
          const column = mapping[issue.field];
          const header = column === null ? undefined : headers[column];
          const field =
            header === undefined
              ? fieldName
              : t('risks.transfer.import.columnOf', { field: fieldName, column: header });
          return (
            <li key={index}>
              {t('risks.transfer.import.rowIssue', { row: issue.rowNumber, field, message })}
            </li>
          );
        })}
      </ul>
      {issues.length > listed.length && (
        <p>{t('risks.transfer.import.errorsMore', { count: issues.length - listed.length })}</p>
      )}
    </section>
  );
}
