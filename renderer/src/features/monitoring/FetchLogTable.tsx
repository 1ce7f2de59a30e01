import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/dates';
import { FetchProblemText } from './FetchProblemText';
import { useFetchLog } from './useFetchLog';

/** Fetch attempts shown in a source's history. */
const fetchLogLimit = 50;

/** Props of {@link FetchLogTable}. */
export type FetchLogTableProps = {
  sourceId: string;
};

/**
 * A source's recent fetch attempts, newest first: when, the outcome, the HTTP status, items found
 * and new, and the error or warnings in words.
 */
export function FetchLogTable({ sourceId }: FetchLogTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const entries = useFetchLog(sourceId, fetchLogLimit);
  if (entries === undefined) {
    return <p role="status">{t('monitoring.loading')}</p>;
  }
  if (entries.length === 0) {
    return <p>{t('monitoring.detail.logEmpty')}</p>;
  }
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label={t('monitoring.detail.logLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('monitoring.detail.logColumns.startedAt')}</th>
            <th scope="col">{t('monitoring.detail.logColumns.outcome')}</th>
            <th scope="col">{t('monitoring.detail.logColumns.httpStatus')}</th>
            <th scope="col">{t('monitoring.detail.logColumns.items')}</th>
            <th scope="col">{t('monitoring.detail.logColumns.newItems')}</th>
            <th scope="col">{t('monitoring.detail.logColumns.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className={entry.outcome === 'failed' ? 'row--failed' : undefined}>
              <td>{formatDateTime(entry.startedAt, language)}</td>
              <td>{t(`monitoring.outcomes.${entry.outcome}`)}</td>
              <td>{entry.httpStatus ?? ''}</td>
              <td>{entry.itemsFound}</td>
              <td>{entry.itemsNew}</td>
              <td>
                <FetchProblemText error={entry.error} warnings={entry.warnings} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
