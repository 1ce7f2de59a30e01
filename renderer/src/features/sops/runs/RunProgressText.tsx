import { useTranslation } from 'react-i18next';
import { runProgress } from '../../../../../shared/domain/sops/sopRuns';
import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';

/**
 * A run's progress in words for the run lists: "3 of 8 steps finished" with the done, skipped
 * and pending counts under it.
 */
export function RunProgressText({ run }: { run: SopRun }) {
  const { t } = useTranslation();
  const progress = runProgress(run);
  return (
    <>
      <span className="run-progress-text">
        {t('sops.runs.progressSummary', { finished: progress.finished, total: progress.total })}
      </span>
      <span className="run-progress-text__counts">
        {t('sops.runs.progressCounts', {
          done: progress.done,
          skipped: progress.skipped,
          pending: progress.pending,
        })}
      </span>
    </>
  );
}
