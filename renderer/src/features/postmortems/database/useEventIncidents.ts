import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { useLiveQuery } from '../../../db/live';
import { readIncidents } from '../../../db/repositories/incidentRepository';

/**
 * Every incident, newest detection first, read live (undefined while loading), for the
 * crisis-event database and similar past incidents. Read here because the incidents feature's
 * list hook is not part of its public surface, which a feature may import only through `index.ts`.
 */
export function useEventIncidents(): Incident[] | undefined {
  return useLiveQuery(() => readIncidents(), []);
}
