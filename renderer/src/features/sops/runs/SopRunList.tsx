import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useSopRuns } from '../useSopData';
import { RunProgressText } from './RunProgressText';

/** Props of {@link SopRunList}. */
export type SopRunListProps = {
  sopId: string;
};

/**
 * The runs of one SOP, newest first, for its page: when each started (a link to the run), the
 * version it follows, its progress and whether it is still open or when it closed. Says so when
 * the SOP has never been run.
 */
export function SopRunList({ sopId }: SopRunListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const runs = useSopRuns(sopId);

  let body;
  if (runs === undefined) {
    body = <p role="status">{t('sops.runs.list.loading')}</p>;
  } else if (runs.length === 0) {
    body = <p>{t('sops.runs.list.empty')}</p>;
  } else {
    body = (
      <div className="table-scroll">
        <table className="data-table run-table">
          <caption className="run-table__caption">{t('sops.runs.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sops.runs.table.startedAt')}</th>
              <th scope="col">{t('sops.runs.table.version')}</th>
              <th scope="col">{t('sops.runs.table.progress')}</th>
              <th scope="col">{t('sops.runs.table.state')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => {
              const startedAt = formatDateTime(run.activatedAt, language);
              return (
                <tr key={run.id}>
                  <th scope="row">
                    <Link
                      href={`~/sops/runs/${run.id}`}
                      aria-label={t('sops.runs.list.link', { time: startedAt })}
                    >
                      {startedAt}
                    </Link>
                    {run.incidentId === null && (
                      <span className="run-table__tag">{t('sops.runs.tabletop')}</span>
                    )}
                  </th>
                  <td>{t('sops.runs.versionNumber', { version: run.version })}</td>
                  <td>
                    <RunProgressText run={run} />
                  </td>
                  <td>
                    {run.closedAt === null ? (
                      <StatusBadge tone="busy">{t('sops.runs.states.open')}</StatusBadge>
                    ) : (
                      <StatusBadge tone="neutral">
                        {t('sops.runs.list.closedAt', {
                          time: formatDateTime(run.closedAt, language),
                        })}
                      </StatusBadge>
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
  return (
    <section aria-labelledby={headingId} className="sop-run-list">
      <h3 id={headingId}>{t('sops.runs.list.heading')}</h3>
      {body}
    </section>
  );
}
