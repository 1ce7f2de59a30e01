import { useMemo } from 'react';
import { verifyTimeline } from '../../../../../shared/domain/incidents/timeline';
import type {
  ChainVerification,
  TimelineEntry,
  TimelineHead,
} from '../../../../../shared/domain/incidents/timeline';
import { getDatabase } from '../../../db/database';
import { useLiveQuery } from '../../../db/live';
import { readIncident, readTimeline } from '../../../db/repositories/incidentRepository';

/** An incident's entries and its chain check, read together. */
export type CheckedTimeline = {
  entries: TimelineEntry[];
  check: ChainVerification;
};

/**
 * An incident's timeline (chain order) and whether it is intact, from one live read of the
 * entries and the head the incident recorded, in one read transaction. Reading them apart (two
 * live queries) lets one answer arrive before the other after each new entry, and a head one
 * entry ahead of the entries reads as "the newest entries were removed": a false alarm for a
 * moment on every append. Undefined while loading; with no incident the head is empty.
 */
export function useCheckedTimeline(incidentId: string): CheckedTimeline | undefined {
  const read = useLiveQuery(() => {
    const db = getDatabase();
    return db.transaction('r', [db.incidents, db.incidentTimeline], async () => {
      const [entries, incident] = await Promise.all([
        readTimeline(incidentId, db),
        readIncident(incidentId, db),
      ]);
      const head: TimelineHead = incident?.timelineHead ?? { count: 0, hash: '' };
      return { entries, head };
    });
  }, [incidentId]);
  return useMemo(
    () =>
      read === undefined
        ? undefined
        : { entries: read.entries, check: verifyTimeline(read.entries, incidentId, read.head) },
    [read, incidentId],
  );
}
