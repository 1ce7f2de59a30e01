import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { importIssueLine } from './importIssueText';
import type { ImportIssue, PeopleImport } from './peopleImport';

/** Issues listed at most; the rest are counted, so a badly mapped file stays readable. */
const maxListedIssues = 100;

/** Props of {@link PeopleImportSummary}. */
export type PeopleImportSummaryProps = {
  imported: PeopleImport;
  problems: readonly ImportIssue[];
  /** False while a change is being checked again: "everyone can be imported" waits for it. */
  isChecked: boolean;
  duplicateCount: number;
  isSkippingDuplicates: boolean;
  onSkippingDuplicatesChange: (isSkipping: boolean) => void;
  /** The new qualification types, listed in the UI language; empty when there are none. */
  newTypeNames: string;
};

/**
 * What stands between the file and the import: the problems (each with its row or card, field
 * and message) and the rule that none of it is imported until they are fixed, the choice to
 * skip possible duplicates, and the qualification types that will be added.
 */
export function PeopleImportSummary({
  imported,
  problems,
  isChecked,
  duplicateCount,
  isSkippingDuplicates,
  onSkippingDuplicatesChange,
  newTypeNames,
}: PeopleImportSummaryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const listed = problems.slice(0, maxListedIssues);
  return (
    <>
      {problems.length === 0 ? (
        isChecked && <p className="import-dialog__ok">{t('roster.transfer.import.noErrors')}</p>
      ) : (
        <section className="import-dialog__issues" aria-labelledby={headingId}>
          <h3 id={headingId}>
            {t('roster.transfer.import.errorsHeading', { count: problems.length })}
          </h3>
          <p>{t('roster.transfer.import.blocked')}</p>
          <ul>
            {listed.map((issue, index) => (
              // Issues have no identity beyond their position in the sorted list.
              <li key={index}>{importIssueLine(issue, imported.format, t)}</li>
            ))}
          </ul>
          {problems.length > listed.length && (
            <p>
              {t('roster.transfer.import.errorsMore', { count: problems.length - listed.length })}
            </p>
          )}
        </section>
      )}
      {duplicateCount > 0 && (
        <label className="roster-import__skip">
          <input
            type="checkbox"
            checked={isSkippingDuplicates}
            onChange={(event) => onSkippingDuplicatesChange(event.target.checked)}
          />{' '}
          {t('roster.transfer.import.skipDuplicates', { count: duplicateCount })}
        </label>
      )}
      {newTypeNames !== '' && (
        <p>{t('roster.transfer.import.newTypes', { names: newTypeNames })}</p>
      )}
    </>
  );
}
