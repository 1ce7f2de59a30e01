import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';
import { useLiveQuery } from '../../../db/live';
import { readIncidentSopRuns } from '../../../db/repositories/incidentRepository';
import { readSopVersion } from '../../../db/repositories/sopRepository';

/** One step of an attached run, as its version names it. */
export type AttachedRunStep = { id: string; title: string };

/** An SOP run attached to an incident with the title and steps of the version it follows. */
export type AttachedRun = {
  run: SopRun;
  /** The SOP's title as the run's version has it; null when that version is missing. */
  title: string | null;
  /** The run's steps in the version's order (empty when the version is missing). */
  steps: AttachedRunStep[];
};

/**
 * The SOP runs attached to an incident (newest first) with their versions' titles and step
 * names, in one live query: the task list names the step a task carries out, the task form
 * offers the steps to link, and the runs section lists the runs, all without one query per run.
 */
export function useAttachedRuns(incidentId: string): AttachedRun[] | undefined {
  return useLiveQuery(async () => {
    const runs = await readIncidentSopRuns(incidentId);
    const versions = await Promise.all(runs.map((run) => readSopVersion(run.sopId, run.version)));
    return runs.map((run, index) => {
      const version = versions[index];
      return {
        run,
        title: version?.content.title ?? null,
        steps: (version?.content.steps ?? []).map((step) => ({ id: step.id, title: step.title })),
      };
    });
  }, [incidentId]);
}
