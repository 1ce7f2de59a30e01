import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { getDatabase } from '../../../db/database';
import type { CrisisRoomDatabase } from '../../../db/database';
import { useLiveQuery } from '../../../db/live';
import { readIncidents } from '../../../db/repositories/incidentRepository';

/**
 * When each incident released its first external statement (epoch ms), read from every
 * incident's communications log in one pass (the same rule as communications.ts
 * `firstExternalStatementAt`: the earliest release marked external). An incident with no external
 * statement is absent from the map. Read-only; lives beside the trends screen, its only user,
 * rather than in incidentRepository, whose reads are per incident.
 */
export async function readFirstStatementTimes(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Map<string, number>> {
  const firstByIncident = new Map<string, number>();
  await db.incidentCommunications.each((record) => {
    if (!record.isExternal) {
      return;
    }
    const known = firstByIncident.get(record.incidentId);
    if (known === undefined || record.releasedAt < known) {
      firstByIncident.set(record.incidentId, record.releasedAt);
    }
  });
  return firstByIncident;
}

/** Every incident with the release time of its first external statement, read together. */
export type TrendIncidents = {
  /** Every incident, newest detection first. */
  incidents: Incident[];
  /** First external statement per incident id; absent = none released. */
  firstStatementTimes: ReadonlyMap<string, number>;
};

/**
 * Every incident and its first external statement time, live, from one read transaction so a
 * statement never shows up before (or without) its incident; undefined while loading. The
 * incidents are read through the repository here rather than through the incidents feature's
 * hooks, which that feature does not export.
 */
export function useTrendIncidents(): TrendIncidents | undefined {
  return useLiveQuery(() => {
    const db = getDatabase();
    return db.transaction('r', [db.incidents, db.incidentCommunications], async () => {
      const [incidents, firstStatementTimes] = await Promise.all([
        readIncidents(db),
        readFirstStatementTimes(db),
      ]);
      return { incidents, firstStatementTimes };
    });
  }, []);
}
