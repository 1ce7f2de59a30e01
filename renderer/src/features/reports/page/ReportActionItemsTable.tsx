import type { TFunction } from 'i18next';
import type {
  IncidentReport,
  ReportActionItemLink,
} from '../../../../../shared/domain/reports/incidentReport';
import { ReportText } from './ReportText';

/** Props of {@link ReportActionItemsTable}. */
export type ReportActionItemsTableProps = {
  report: IncidentReport;
  /** Translations in the document's language. */
  t: TFunction;
};

/** What an action item changes, in the document's language ("SOP: …", "Risk register"). */
function linkText(link: ReportActionItemLink | null, t: TFunction): string {
  if (link === null) {
    return t('reports.document.actionItems.noLink');
  }
  if (link.kind === 'sop') {
    return t('reports.document.actionItems.sopLink', { title: link.title });
  }
  return link.name === null
    ? t('reports.document.actionItems.riskRegister')
    : t('reports.document.actionItems.riskLink', { name: link.name });
}

/**
 * The postmortem's action items: title, type, owner (internal variant only), due date, status and
 * what each changes.
 */
export function ReportActionItemsTable({ report, t }: ReportActionItemsTableProps) {
  if (report.actionItems.length === 0) {
    return <p>{t('reports.document.actionItems.empty')}</p>;
  }
  const hasOwners = report.variant === 'internal';
  return (
    <table className="incident-report__table">
      <caption>{t('reports.document.actionItems.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="incident-report__title-column">
            {t('reports.document.actionItems.title')}
          </th>
          <th scope="col" className="incident-report__label">
            {t('reports.document.actionItems.type')}
          </th>
          {hasOwners && (
            <th scope="col" className="incident-report__label">
              {t('reports.document.actionItems.owner')}
            </th>
          )}
          <th scope="col">{t('reports.document.actionItems.due')}</th>
          <th scope="col" className="incident-report__label">
            {t('reports.document.actionItems.status')}
          </th>
          <th scope="col">{t('reports.document.actionItems.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {report.actionItems.map((row, index) => (
          // Rows have no id in the report; their order is fixed by the model.
          <tr key={index}>
            <td className="incident-report__text">
              <ReportText text={row.title} />
            </td>
            <td className="incident-report__label">
              {t(`postmortems.actionItemTypes.${row.type}`)}
            </td>
            {hasOwners && (
              <td className="incident-report__label">
                {row.ownerName ?? t('reports.document.actionItems.noOwner')}
              </td>
            )}
            <td className="incident-report__time">
              <time dateTime={row.dueOn}>{row.dueOn}</time>
            </td>
            <td className="incident-report__label">
              {t(`postmortems.actionItemStatuses.${row.status}`)}
            </td>
            <td>{linkText(row.link, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
