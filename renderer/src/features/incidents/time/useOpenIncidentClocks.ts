import { useMemo } from 'react';
import { incidentClocks } from '../../../../../shared/domain/incidents/clocks';
import type { Deadline, IncidentClock } from '../../../../../shared/domain/incidents/clocks';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { useLiveQuery } from '../../../db/live';
import {
  readIncidentCommunications,
  readIncidentDeadlines,
  readOpenIncidents,
  readSituationReports,
  readTimeline,
} from '../../../db/repositories/incidentRepository';
import { useIncidentCadence } from '../useIncidentData';
import { clockMoments } from './useIncidentClocks';
import type { ClockMoments } from './useIncidentClocks';

/** One open incident with its clocks at one moment and the deadlines its deadline clocks stand for. */
export type OpenIncidentClocks = {
  incident: Incident;
  clocks: IncidentClock[];
  deadlines: Deadline[];
};

/** An open incident with what its clocks are computed from, as the live query returns it. */
type OpenIncidentRecords = { incident: Incident; moments: ClockMoments; deadlines: Deadline[] };

/**
 * Every open incident (newest detection first) with its clocks at `now`, computed exactly as
 * {@link useIncidentClocks} computes one incident's; undefined while loading. The incidents and
 * their communications, timelines, reports and deadlines are read in ONE live query, so a write
 * never shows for a moment as an incident whose records belong to two different states, and the
 * records are reduced to the clock moments inside it, so a ticking `now` only recomputes clocks.
 */
export function useOpenIncidentClocks(now: number): OpenIncidentClocks[] | undefined {
  const cadence = useIncidentCadence();
  const records = useLiveQuery(async (): Promise<OpenIncidentRecords[]> => {
    const incidents = await readOpenIncidents();
    return Promise.all(
      incidents.map(async (incident) => {
        const [communications, timeline, reports, deadlines] = await Promise.all([
          readIncidentCommunications(incident.id),
          readTimeline(incident.id),
          readSituationReports(incident.id),
          readIncidentDeadlines(incident.id),
        ]);
        return {
          incident,
          moments: clockMoments(communications, timeline, reports),
          deadlines,
        };
      }),
    );
  }, []);
  return useMemo(
    () =>
      cadence === undefined || records === undefined
        ? undefined
        : records.map(({ incident, moments, deadlines }) => ({
            incident,
            clocks: incidentClocks({ incident, cadence, deadlines, now, ...moments }),
            deadlines,
          })),
    [cadence, records, now],
  );
}
