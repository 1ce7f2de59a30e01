import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { runProgress } from '../../../../../shared/domain/sops/sopRuns';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useIncidentSopRuns } from '../../incidents';
import { usePublishedSops } from '../../sops';

/** Props of {@link IncidentSopRunsPanel}. */
export type IncidentSopRunsPanelProps = {
  incidentId: string;
};

/** The SOP runs of the incident: which SOP and version, how many steps were done, open or closed. */
export function IncidentSopRunsPanel({ incidentId }: IncidentSopRunsPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const runs = useIncidentSopRuns(incidentId);
  const sops = usePublishedSops();
  return (
    <section aria-labelledby={headingId} className="postmortem-incident__panel">
      <h4 id={headingId}>{t('postmortems.page.sopRuns')}</h4>
      {runs === undefined && <p role="status">{t('postmortems.page.loading')}</p>}
      {runs?.length === 0 && <p>{t('postmortems.page.noSopRuns')}</p>}
      {runs !== undefined && runs.length > 0 && (
        <ul className="postmortem-compact-list">
          {runs.map((run) => {
            const progress = runProgress(run);
            const sop = sops?.find((candidate) => candidate.sop.id === run.sopId);
            return (
              <li key={run.id}>
                {t('postmortems.page.sopRunLine', {
                  title: sop?.content.title ?? t('postmortems.page.unknownSop', { id: run.sopId }),
                  version: run.version,
                  done: progress.done,
                  total: progress.total,
                })}{' '}
                (
                {run.closedAt === null
                  ? t('postmortems.page.sopRunOpen')
                  : t('postmortems.page.sopRunClosed', {
                      time: formatDateTime(run.closedAt, language),
                    })}
                )
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
