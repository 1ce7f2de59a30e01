import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';
import { useLiveQuery } from '../../../db/live';
import { readSopRuns, readSopVersions, readSops } from '../../../db/repositories/sopRepository';

/** One run in the overview, with the published version it follows (undefined when missing). */
export type RunOverviewEntry = { run: SopRun; version: SopVersion | undefined };

/** Every run for the runs screen: open ones newest first, then the most recently closed ones. */
export type RunOverview = {
  open: RunOverviewEntry[];
  /** At most the requested number, most recently closed first. */
  closed: RunOverviewEntry[];
  /** How many closed runs there are in all, so the screen can say when it lists only some. */
  closedTotal: number;
};

/**
 * Live overview of the runs of every SOP with the exact versions they follow, so the runs screen
 * can show each run's title and count its overdue steps against that version's targets. Runs are
 * read per SOP (deleting an SOP deletes its runs, so none is left out); undefined while loading.
 */
export function useRunOverview(closedLimit: number): RunOverview | undefined {
  return useLiveQuery(async () => {
    const sops = await readSops();
    const perSop = await Promise.all(
      sops.map(async (sop) => {
        const [runs, versions] = await Promise.all([readSopRuns(sop.id), readSopVersions(sop.id)]);
        return runs.map((run): RunOverviewEntry => ({
          run,
          version: versions.find((candidate) => candidate.version === run.version),
        }));
      }),
    );
    const entries = perSop.flat();
    const open = entries
      .filter(({ run }) => run.closedAt === null)
      .sort((a, b) => b.run.activatedAt - a.run.activatedAt);
    const closed = entries
      .filter(({ run }) => run.closedAt !== null)
      .sort((a, b) => (b.run.closedAt ?? 0) - (a.run.closedAt ?? 0));
    return { open, closed: closed.slice(0, closedLimit), closedTotal: closed.length };
  }, [closedLimit]);
}
