import { useMemo } from 'react';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { useLiveQuery } from '../../../db/live';
import { readIncidents } from '../../../db/repositories/incidentRepository';

/**
 * Every incident by id, read live (undefined while loading), so the list of action items can name
 * and link each item's incident. Read here because the incidents feature's list hook is not part of
 * its public surface, which a feature may import only through `index.ts`.
 */
export function useIncidentsById(): ReadonlyMap<string, Incident> | undefined {
  const incidents = useLiveQuery(() => readIncidents(), []);
  return useMemo(
    () =>
      incidents === undefined
        ? undefined
        : new Map(incidents.map((incident) => [incident.id, incident])),
    [incidents],
  );
}
