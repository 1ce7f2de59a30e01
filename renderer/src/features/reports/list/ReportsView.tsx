import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localize } from '../../../../../shared/domain/localizedText';
import { EmptyState } from '../../../components/EmptyState';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { useIncidents } from '../../incidents';
import { usePostmortems } from '../../postmortems';
import { useSeverityLevels } from '../../roster';

/**
 * The Reports area's start (`#/reports`): every incident with its severity, status and
 * postmortem status, and a link to its stakeholder report. With no incidents it says what the
 * area will hold and that there is nothing yet.
 */
export function ReportsView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const incidents = useIncidents();
  const postmortems = usePostmortems();
  const levels = useSeverityLevels();
  const postmortemByIncident = useMemo(
    () => new Map((postmortems ?? []).map((postmortem) => [postmortem.incidentId, postmortem])),
    [postmortems],
  );
  const sorted = useMemo(
    () => [...(incidents ?? [])].sort((a, b) => b.detectedAt - a.detectedAt),
    [incidents],
  );

  if (incidents === undefined || postmortems === undefined || levels === undefined) {
    return <p role="status">{t('reports.list.loading')}</p>;
  }
  if (incidents.length === 0) {
    return (
      <EmptyState
        heading={t('reports.empty.heading')}
        summary={t('reports.empty.summary')}
        status={t('reports.empty.nothingYet')}
      />
    );
  }

  return (
    <div className="table-scroll">
      <table className="data-table reports-list">
        <caption className="reports-list__caption">{t('reports.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.list.columns.incident')}</th>
            <th scope="col">{t('reports.list.columns.severity')}</th>
            <th scope="col">{t('reports.list.columns.status')}</th>
            <th scope="col">{t('reports.list.columns.postmortem')}</th>
            <th scope="col">{t('reports.list.columns.report')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((incident) => {
            const level = levels.find((candidate) => candidate.id === incident.severityId);
            const postmortem = postmortemByIncident.get(incident.id);
            return (
              <tr key={incident.id}>
                <th scope="row" className="reports-list__incident">
                  <span className="reports-list__reference">{incident.reference}</span>{' '}
                  {incident.title}
                  {incident.isExercise && (
                    <>
                      {' '}
                      <StatusBadge tone="busy">{t('reports.list.exercise')}</StatusBadge>
                    </>
                  )}
                </th>
                <td>
                  {level === undefined ? incident.severityId : localize(level.name, language)}
                </td>
                <td>{t(`incidents.statuses.${incident.status}`)}</td>
                <td>
                  {postmortem === undefined ? (
                    t('reports.list.noPostmortem')
                  ) : (
                    <Link href={`~/postmortems/${encodeURIComponent(postmortem.id)}`}>
                      {postmortem.reference} · {t(`postmortems.statuses.${postmortem.status}`)}
                    </Link>
                  )}
                </td>
                <td>
                  {/* Named with the reference: every row's visible text is the same. */}
                  <Link
                    href={`/incidents/${encodeURIComponent(incident.id)}`}
                    aria-label={t('reports.list.reportLinkLabel', {
                      reference: incident.reference,
                    })}
                  >
                    {t('reports.list.reportLink')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
