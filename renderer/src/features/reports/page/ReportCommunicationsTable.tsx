import type { TFunction } from 'i18next';
import type { IncidentReport } from '../../../../../shared/domain/reports/incidentReport';
import { ReportText } from './ReportText';

/** Props of {@link ReportCommunicationsTable}. */
export type ReportCommunicationsTableProps = {
  report: IncidentReport;
  /** Translations in the document's language. */
  t: TFunction;
};

/** The communications released during the incident: when, to whom, through which channel, what. */
export function ReportCommunicationsTable({ report, t }: ReportCommunicationsTableProps) {
  if (report.communications.length === 0) {
    return <p>{t('reports.document.communications.empty')}</p>;
  }
  return (
    <table className="incident-report__table">
      <caption>{t('reports.document.communications.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="incident-report__time-column">
            {t('reports.document.communications.time')}
          </th>
          <th scope="col">{t('reports.document.communications.audience')}</th>
          <th scope="col">{t('reports.document.communications.channel')}</th>
          <th scope="col">{t('reports.document.communications.text')}</th>
        </tr>
      </thead>
      <tbody>
        {report.communications.map((row, index) => (
          // Records have no id in the report; their order is fixed by the model.
          <tr key={index}>
            <td className="incident-report__time">{row.time.text}</td>
            <td>
              {row.audienceName}
              {!row.isExternal && ` ${t('reports.document.communications.internalAudience')}`}
            </td>
            <td>{row.channelName}</td>
            <td className="incident-report__text">
              <ReportText text={row.text} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
