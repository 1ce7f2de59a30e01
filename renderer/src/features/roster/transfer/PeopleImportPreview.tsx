import { useTranslation } from 'react-i18next';
import { personDisplayName } from '../rosterLabels';
import { importIssueInRow, importRowLabel } from './importIssueText';
import type { DuplicateOf, ImportIssue, PeopleImport } from './peopleImport';

/** Props of {@link PeopleImportPreview}. */
export type PeopleImportPreviewProps = {
  imported: PeopleImport;
  /** Issues (problems and warnings) by row number. */
  issuesByRow: ReadonlyMap<number, readonly ImportIssue[]>;
  duplicates: ReadonlyMap<number, DuplicateOf>;
  /** True when possible duplicates are left out. */
  isSkippingDuplicates: boolean;
};

/** Rows without problems shown at most; rows with problems or duplicates are always shown. */
const maxPlainRows = 100;

/**
 * The people an import adds, as they will be stored: row or card number, name, title,
 * department, phones and emails, and a status that is "Ready", the row's problems and notes, or
 * whether it duplicates someone (and is skipped).
 */
export function PeopleImportPreview({
  imported,
  issuesByRow,
  duplicates,
  isSkippingDuplicates,
}: PeopleImportPreviewProps) {
  const { t } = useTranslation();
  const isFlagged = (number: number) =>
    (issuesByRow.get(number)?.length ?? 0) > 0 || duplicates.has(number);
  const plainShown = new Set(
    imported.rows
      .filter((row) => !isFlagged(row.number))
      .slice(0, maxPlainRows)
      .map((row) => row.number),
  );
  const shown = imported.rows.filter((row) => isFlagged(row.number) || plainShown.has(row.number));
  const hidden = imported.rows.length - shown.length;

  function duplicateText(duplicate: DuplicateOf): string {
    return duplicate.kind === 'person'
      ? t('roster.transfer.import.duplicateOfPerson', { name: personDisplayName(duplicate.person) })
      : t('roster.transfer.import.duplicateOfRow', {
          row: importRowLabel(imported.format, duplicate.number, t),
        });
  }

  return (
    <div className="import-dialog__preview">
      <table>
        <caption>{t('roster.transfer.import.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              {imported.format === 'vcard'
                ? t('roster.transfer.import.previewColumns.cardNumber')
                : t('roster.transfer.import.previewColumns.number')}
            </th>
            <th scope="col">{t('roster.transfer.import.previewColumns.name')}</th>
            <th scope="col">{t('roster.transfer.import.previewColumns.title')}</th>
            <th scope="col">{t('roster.transfer.import.previewColumns.department')}</th>
            <th scope="col">{t('roster.transfer.import.previewColumns.contact')}</th>
            <th scope="col">{t('roster.transfer.import.previewColumns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const duplicate = duplicates.get(row.number);
            const isSkipped = duplicate !== undefined && isSkippingDuplicates;
            const issues = isSkipped ? [] : (issuesByRow.get(row.number) ?? []);
            const hasProblem = issues.some((issue) => !issue.isWarning);
            const notes = [
              ...(duplicate === undefined ? [] : [duplicateText(duplicate)]),
              ...issues.map((issue) => importIssueInRow(issue, t)),
            ];
            const contact = [
              ...row.input.phones.map((phone) => phone.number),
              ...row.input.emails.map((email) => email.address),
            ];
            return (
              <tr
                key={row.number}
                className={
                  hasProblem
                    ? 'roster-import__row--problem'
                    : isSkipped
                      ? 'roster-import__row--skipped'
                      : undefined
                }
              >
                <th scope="row">{row.number}</th>
                <td>
                  {row.input.name}
                  {row.input.otherName !== '' && (
                    <span className="roster-import__other-name"> ({row.input.otherName})</span>
                  )}
                </td>
                <td>{row.input.title}</td>
                <td>{row.input.department}</td>
                <td>
                  {contact.map((value, index) => (
                    // Contact values may repeat; their position identifies them.
                    <span key={index} className="roster-import__contact">
                      {value}
                    </span>
                  ))}
                </td>
                <td>
                  {isSkipped && <strong>{t('roster.transfer.import.skipped')} </strong>}
                  {notes.length === 0 ? (
                    t('roster.transfer.import.ready')
                  ) : (
                    <ul className="roster-import__notes">
                      {notes.map((note, index) => (
                        <li key={index}>{note}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {hidden > 0 && <p>{t('roster.transfer.import.previewMore', { count: hidden })}</p>}
    </div>
  );
}
