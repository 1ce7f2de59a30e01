import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { usePublishedSops } from '../../sops';
import { EmbeddedRun } from './EmbeddedRun';
import { RunSummaryItem } from './RunSummaryItem';
import { StartIncidentRunDialog } from './StartIncidentRunDialog';
import { useAttachedRuns } from './useAttachedRuns';
import type { AttachedRun } from './useAttachedRuns';

/**
 * The run shown in full: the one the user chose (or just started) while it is attached, else the
 * earliest open run (usually the SOP proposed when the incident was declared), else the newest.
 */
function shownRunId(runs: readonly AttachedRun[], chosenId: string | null): string | null {
  if (chosenId !== null && runs.some((attached) => attached.run.id === chosenId)) {
    return chosenId;
  }
  // `runs` is newest first.
  const open = runs.filter((attached) => attached.run.closedAt === null);
  return (open.at(-1) ?? runs[0])?.run.id ?? null;
}

/**
 * The SOP runs attached to an incident: one shown in full as its live checklist, the others as
 * summaries that can be shown in its place or opened on their own page, and "Start an SOP run".
 */
export function SopRunsSection({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const headingId = useId();
  const runs = useAttachedRuns(incident.id);
  const sops = usePublishedSops();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [isStarting, setIsStarting] = useState(false);
  const shownId = runs === undefined ? null : shownRunId(runs, chosenId);
  const others = (runs ?? []).filter((attached) => attached.run.id !== shownId);

  return (
    <section aria-labelledby={headingId} className="incident-work incident-runs">
      <div className="incident-work__header">
        <h2 id={headingId}>{t('incidents.work.runs.heading')}</h2>
        <button
          type="button"
          className="button--primary"
          // The dialog offers the library's SOPs: it waits for them.
          disabled={sops === undefined}
          onClick={() => setIsStarting(true)}
        >
          {t('incidents.work.runs.start')}
        </button>
      </div>
      {runs === undefined ? (
        <p role="status">{t('incidents.work.runs.loading')}</p>
      ) : runs.length === 0 ? (
        <p>{t('incidents.work.runs.empty')}</p>
      ) : (
        <>
          {shownId !== null && <EmbeddedRun key={shownId} runId={shownId} />}
          {others.length > 0 && (
            <ul className="incident-runs__others" aria-label={t('incidents.work.runs.othersLabel')}>
              {others.map((attached) => (
                <RunSummaryItem
                  key={attached.run.id}
                  attached={attached}
                  onShow={() => setChosenId(attached.run.id)}
                />
              ))}
            </ul>
          )}
        </>
      )}
      {isStarting && sops !== undefined && (
        <StartIncidentRunDialog
          incident={incident}
          sops={sops}
          onStarted={(run) => {
            setChosenId(run.id);
            setIsStarting(false);
          }}
          onClose={() => setIsStarting(false)}
        />
      )}
    </section>
  );
}
