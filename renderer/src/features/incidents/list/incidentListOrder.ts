import type { Incident } from '../../../../../shared/domain/incidents/incident';

/** Which incidents the list shows by status. */
export const incidentStatusFilters = ['all', 'open', 'closed'] as const;

/** One of {@link incidentStatusFilters}. */
export type IncidentStatusFilter = (typeof incidentStatusFilters)[number];

/** What the incident list filters by. */
export type IncidentListFilter = { status: IncidentStatusFilter; isIncludingExercises: boolean };

/**
 * The incidents the list shows: those passing the filter, open ones (detected, active, stable)
 * before closed ones, each group newest detection first, so whatever is still being handled is
 * never pushed down by history.
 */
export function listedIncidents(
  incidents: readonly Incident[],
  filter: IncidentListFilter,
): Incident[] {
  return incidents
    .filter((incident) => {
      if (!filter.isIncludingExercises && incident.isExercise) {
        return false;
      }
      const isOpen = incident.status !== 'closed';
      return filter.status === 'all' || (filter.status === 'open') === isOpen;
    })
    .sort(
      (left, right) =>
        Number(left.status === 'closed') - Number(right.status === 'closed') ||
        right.detectedAt - left.detectedAt ||
        left.reference.localeCompare(right.reference),
    );
}
