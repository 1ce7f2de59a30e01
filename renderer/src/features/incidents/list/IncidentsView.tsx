import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState } from '../../../components/EmptyState';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime, formatRelative } from '../../../lib/dates';
import { useNow } from '../../../lib/useNow';
import { useSeverityLevels } from '../../roster';
import { useCrisisTypeName } from '../../sops';
import { DeclareIncidentButton } from '../declare/DeclareIncidentButton';
import { useIncidents } from '../useIncidentData';
import { IncidentSeverityBadge } from './IncidentSeverityBadge';
import { incidentStatusFilters, listedIncidents } from './incidentListOrder';
import type { IncidentListFilter } from './incidentListOrder';

/**
 * The Incidents area's list (`#/incidents`): every incident with its reference, title, severity,
 * status, exercise mark, detection time, time since detection while open, and crisis type, open
 * ones first; filtered by status and whether exercises are shown. With no incidents yet it says
 * what an incident is and offers "Declare incident".
 */
export function IncidentsView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const incidents = useIncidents();
  const levels = useSeverityLevels();
  const crisisTypeName = useCrisisTypeName();
  const now = useNow(30_000);
  const [filter, setFilter] = useState<IncidentListFilter>({
    status: 'all',
    isIncludingExercises: true,
  });
  const statusId = useId();
  const exercisesId = useId();

  if (incidents === undefined || levels === undefined) {
    return <p role="status">{t('incidents.list.loading')}</p>;
  }
  if (incidents.length === 0) {
    return (
      <>
        <EmptyState
          heading={t('incidents.list.empty.heading')}
          summary={t('incidents.list.empty.summary')}
          status={t('incidents.list.empty.status')}
        />
        <div className="button-row">
          <DeclareIncidentButton variant="primary" />
        </div>
      </>
    );
  }

  const shown = listedIncidents(incidents, filter);
  return (
    <>
      <div className="toolbar incidents-list__toolbar">
        <DeclareIncidentButton variant="primary" />
        <div
          role="group"
          aria-label={t('incidents.list.filters.label')}
          className="incidents-list__filters"
        >
          <div className="field">
            <label htmlFor={statusId}>{t('incidents.list.filters.status')}</label>
            <select
              id={statusId}
              value={filter.status}
              onChange={(event) => {
                const chosen = incidentStatusFilters.find(
                  (status) => status === event.currentTarget.value,
                );
                if (chosen !== undefined) {
                  setFilter((current) => ({ ...current, status: chosen }));
                }
              }}
            >
              {incidentStatusFilters.map((status) => (
                <option key={status} value={status}>
                  {t(`incidents.list.filters.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="choice">
            <input
              id={exercisesId}
              type="checkbox"
              checked={filter.isIncludingExercises}
              onChange={(event) => {
                const isIncludingExercises = event.currentTarget.checked;
                setFilter((current) => ({ ...current, isIncludingExercises }));
              }}
            />
            <label htmlFor={exercisesId}>{t('incidents.list.filters.includeExercises')}</label>
          </div>
        </div>
      </div>
      {shown.length === 0 ? (
        <p role="status">{t('incidents.list.noMatch')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table incidents-list__table">
            <caption className="incidents-list__caption">{t('incidents.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('incidents.list.columns.reference')}</th>
                <th scope="col">{t('incidents.list.columns.title')}</th>
                <th scope="col">{t('incidents.list.columns.severity')}</th>
                <th scope="col">{t('incidents.list.columns.status')}</th>
                <th scope="col">{t('incidents.list.columns.detectedAt')}</th>
                <th scope="col">{t('incidents.list.columns.sinceDetection')}</th>
                <th scope="col">{t('incidents.list.columns.crisisType')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((incident) => {
                const isOpen = incident.status !== 'closed';
                return (
                  <tr
                    key={incident.id}
                    className={isOpen ? 'incidents-list__row--open' : 'incidents-list__row--closed'}
                  >
                    <td className="incidents-list__reference">{incident.reference}</td>
                    <td>
                      <Link href={`~/incidents/${encodeURIComponent(incident.id)}`}>
                        {incident.title}
                      </Link>
                      {incident.isExercise && (
                        <>
                          {' '}
                          <StatusBadge tone="busy">{t('incidents.exercise')}</StatusBadge>
                        </>
                      )}
                    </td>
                    <td>
                      <IncidentSeverityBadge severityId={incident.severityId} levels={levels} />
                    </td>
                    <td>{t(`incidents.statuses.${incident.status}`)}</td>
                    <td>{formatDateTime(incident.detectedAt, language)}</td>
                    <td>{isOpen ? formatRelative(incident.detectedAt, language, now) : null}</td>
                    <td>
                      {incident.crisisTypeId === null
                        ? t('incidents.list.noCrisisType')
                        : crisisTypeName(incident.crisisTypeId)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
