import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { overdueStepIds } from './overdueSteps';
import { RunProgressText } from './RunProgressText';
import type { RunOverviewEntry } from './useRunOverview';

/** Props of {@link RunOverviewTable}. */
export type RunOverviewTableProps = {
  entries: readonly RunOverviewEntry[];
  /** Open runs show their overdue steps; closed runs when they closed. */
  kind: 'open' | 'closed';
  /** The table's accessible name (the heading of its section). */
  labelledBy: string;
  now: number;
};

/**
 * Runs of any SOP as a table: the SOP's title in the version the run follows (a link to the run),
 * the version, when it started, its progress, and either its overdue steps (open runs; a count
 * in words, never colour alone) or when it closed.
 */
export function RunOverviewTable({ entries, kind, labelledBy, now }: RunOverviewTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table run-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('sops.runs.table.sop')}</th>
            <th scope="col">{t('sops.runs.table.version')}</th>
            <th scope="col">{t('sops.runs.table.startedAt')}</th>
            <th scope="col">{t('sops.runs.table.progress')}</th>
            <th scope="col">
              {kind === 'open' ? t('sops.runs.table.overdue') : t('sops.runs.table.closedAt')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ run, version }) => {
            const overdue = version === undefined ? 0 : overdueStepIds(run, version, now).length;
            return (
              <tr key={run.id} className={overdue > 0 ? 'run-table__row--overdue' : undefined}>
                <th scope="row">
                  <Link href={`~/sops/runs/${run.id}`}>
                    {version === undefined
                      ? t('sops.runs.missingVersion', { id: run.sopId })
                      : version.content.title}
                  </Link>
                  {run.incidentId === null && (
                    <span className="run-table__tag">{t('sops.runs.tabletop')}</span>
                  )}
                </th>
                <td>{t('sops.runs.versionNumber', { version: run.version })}</td>
                <td>{formatDateTime(run.activatedAt, language)}</td>
                <td>
                  <RunProgressText run={run} />
                </td>
                <td>
                  {kind === 'closed' && run.closedAt !== null ? (
                    formatDateTime(run.closedAt, language)
                  ) : overdue > 0 ? (
                    <StatusBadge tone="danger">
                      {t('sops.runs.overdueCount', { count: overdue })}
                    </StatusBadge>
                  ) : (
                    t('sops.runs.noneOverdue')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
