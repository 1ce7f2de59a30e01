import type { TFunction } from 'i18next';
import type { IncidentReport } from '../../../../../shared/domain/reports/incidentReport';

/** Props of {@link ReportRolesTable}. */
export type ReportRolesTableProps = {
  report: IncidentReport;
  /** Translations in the document's language. */
  t: TFunction;
};

/**
 * Who held which role during the incident, from when to when. The contacts column exists only in
 * the internal variant (the external one has no personal contact data at all).
 */
export function ReportRolesTable({ report, t }: ReportRolesTableProps) {
  if (report.roles.length === 0) {
    return <p>{t('reports.document.roles.empty')}</p>;
  }
  const hasContacts = report.variant === 'internal';
  return (
    <table className="incident-report__table">
      <caption>{t('reports.document.roles.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.document.roles.role')}</th>
          <th scope="col">{t('reports.document.roles.person')}</th>
          <th scope="col">{t('reports.document.roles.from')}</th>
          <th scope="col">{t('reports.document.roles.to')}</th>
          {hasContacts && <th scope="col">{t('reports.document.roles.contacts')}</th>}
        </tr>
      </thead>
      <tbody>
        {report.roles.map((row, index) => (
          // Tenures have no id in the report; their order is fixed by the model.
          <tr key={index}>
            <td>{row.roleName}</td>
            <td>{row.personName}</td>
            <td className="incident-report__time">{row.from.text}</td>
            <td className="incident-report__time">
              {row.to === null ? t('reports.document.roles.stillOnDuty') : row.to.text}
            </td>
            {hasContacts && (
              <td>
                {row.contacts.length === 0 ? (
                  t('reports.document.none')
                ) : (
                  <ul className="plain-list">
                    {row.contacts.map((contact) => (
                      <li key={contact}>{contact}</li>
                    ))}
                  </ul>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
