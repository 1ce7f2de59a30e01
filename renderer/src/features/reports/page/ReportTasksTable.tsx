import type { TFunction } from 'i18next';
import type { IncidentReport } from '../../../../../shared/domain/reports/incidentReport';
import { ReportText } from './ReportText';

/** Props of {@link ReportTasksTable}. */
export type ReportTasksTableProps = {
  report: IncidentReport;
  /** Translations in the document's language. */
  t: TFunction;
};

/**
 * The actions taken during the incident (its tasks), with status, owner (internal variant only:
 * the external one names no owner) and due time.
 */
export function ReportTasksTable({ report, t }: ReportTasksTableProps) {
  if (report.tasks.length === 0) {
    return <p>{t('reports.document.tasks.empty')}</p>;
  }
  const hasOwners = report.variant === 'internal';
  return (
    <table className="incident-report__table">
      <caption>{t('reports.document.tasks.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.document.tasks.title')}</th>
          <th scope="col">{t('reports.document.tasks.status')}</th>
          {hasOwners && <th scope="col">{t('reports.document.tasks.owner')}</th>}
          <th scope="col">{t('reports.document.tasks.due')}</th>
        </tr>
      </thead>
      <tbody>
        {report.tasks.map((row, index) => (
          // Tasks have no id in the report; their order is fixed by the model.
          <tr key={index}>
            <td className="incident-report__text">
              <ReportText text={row.title} />
            </td>
            <td>{t(`incidents.taskStatuses.${row.status}`)}</td>
            {hasOwners && <td>{row.ownerName ?? t('reports.document.tasks.noOwner')}</td>}
            <td className="incident-report__time">
              {row.due === null ? t('reports.document.tasks.noDue') : row.due.text}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
