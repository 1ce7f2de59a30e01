import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunProgress } from '../../../../../shared/domain/sops/sopRuns';

/** Props of {@link RunProgressBar}. */
export type RunProgressBarProps = {
  progress: RunProgress;
};

/** A percentage of the bar's width (0 when the run has no steps). */
function share(count: number, total: number): string {
  return `${String(total === 0 ? 0 : (count / total) * 100)}%`;
}

/**
 * How far a run has got: a progress bar (finished steps of all steps, done and skipped drawn
 * differently) that assistive technology reads as "3 of 8 steps finished …", with the same
 * sentence printed under it so the colours never carry the meaning alone.
 */
export function RunProgressBar({ progress }: RunProgressBarProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const text = t('sops.runs.page.progressText', {
    finished: progress.finished,
    total: progress.total,
    done: progress.done,
    skipped: progress.skipped,
    pending: progress.pending,
  });
  return (
    <div className="run-progress">
      <span id={labelId} className="run-progress__label">
        {t('sops.runs.page.progressLabel')}
      </span>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.finished}
        aria-valuetext={text}
        className="run-progress__track"
      >
        <div
          className="run-progress__part run-progress__part--done"
          style={{ width: share(progress.done, progress.total) }}
        />
        <div
          className="run-progress__part run-progress__part--skipped"
          style={{ width: share(progress.skipped, progress.total) }}
        />
      </div>
      <p className="run-progress__text">{text}</p>
    </div>
  );
}
