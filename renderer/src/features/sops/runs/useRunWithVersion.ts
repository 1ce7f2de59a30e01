import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';
import { useLiveQuery } from '../../../db/live';
import { readSopRun, readSopVersion } from '../../../db/repositories/sopRepository';

/** A run with the published version it follows; `version` is null when that version is missing. */
export type RunWithVersion = { run: SopRun; version: SopVersion | null };

/**
 * Live read of one run together with the exact published version it follows, in one query so the
 * page never pairs a run with another SOP's versions while they load. Undefined while loading,
 * null when the run does not exist.
 */
export function useRunWithVersion(runId: string): RunWithVersion | null | undefined {
  return useLiveQuery(async () => {
    const run = await readSopRun(runId);
    if (run === undefined) {
      return null;
    }
    const version = await readSopVersion(run.sopId, run.version);
    return { run, version: version ?? null };
  }, [runId]);
}
