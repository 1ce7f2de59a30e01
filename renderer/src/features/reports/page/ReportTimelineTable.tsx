import type { TFunction } from 'i18next';
import type { IncidentReport } from '../../../../../shared/domain/reports/incidentReport';
import { ReportText } from './ReportText';

/** Props of {@link ReportTimelineTable}. */
export type ReportTimelineTableProps = {
  report: IncidentReport;
  /** Translations in the document's language. */
  t: TFunction;
};

/**
 * The report's timeline as one plain table (every row rendered: paper needs them all, and a
 * thousand rows of text render in well under a second), oldest first, corrections and
 * external-facing entries marked in words. The external variant has no author column and says
 * how many internal entries it leaves out.
 */
export function ReportTimelineTable({ report, t }: ReportTimelineTableProps) {
  // The external variant names no author: the column is left out, not left blank.
  const hasAuthors = report.variant === 'internal';
  return (
    <>
      {report.timeline.length === 0 ? (
        <p>{t('reports.document.timeline.empty')}</p>
      ) : (
        <table className="incident-report__table incident-report__timeline">
          <caption>{t('reports.document.timeline.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="incident-report__time-column">
                {t('reports.document.timeline.time')}
              </th>
              <th scope="col">{t('reports.document.timeline.kind')}</th>
              <th scope="col">{t('reports.document.timeline.text')}</th>
              {hasAuthors && <th scope="col">{t('reports.document.timeline.author')}</th>}
            </tr>
          </thead>
          <tbody>
            {report.timeline.map((row) => (
              <tr key={row.sequence}>
                <td className="incident-report__time">
                  <time dateTime={new Date(row.time.at).toISOString()}>{row.time.text}</time>
                </td>
                <td>
                  {t(`incidents.entryKinds.${row.kind}`)}
                  {row.isExternal && (
                    <span className="incident-report__mark">
                      {t('reports.document.timeline.external')}
                    </span>
                  )}
                </td>
                <td className="incident-report__text">
                  {row.isCorrection && (
                    <span className="incident-report__mark incident-report__mark--correction">
                      {t('reports.document.timeline.correction')}
                    </span>
                  )}
                  <ReportText text={row.text} />
                </td>
                {hasAuthors && <td>{row.author}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.omittedTimelineEntries > 0 && (
        <p className="incident-report__omitted">
          {t('reports.document.timeline.omitted', { count: report.omittedTimelineEntries })}
        </p>
      )}
    </>
  );
}
