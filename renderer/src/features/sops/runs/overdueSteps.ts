import { stepTiming } from '../../../../../shared/domain/sops/sopRuns';
import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';

/**
 * The ids of a run's steps that are overdue at `now`, read against `version`, the published
 * version the run follows (a closed run counts as at its closing time). The runs list and the
 * run page both count with this, so the two never disagree.
 */
export function overdueStepIds(run: SopRun, version: SopVersion, now: number): string[] {
  return run.steps
    .filter((step) => stepTiming(run, version, step.stepId, now)?.state === 'overdue')
    .map((step) => step.stepId);
}
