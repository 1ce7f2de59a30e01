import { useMemo } from 'react';
import type { Deadline } from '../../../../shared/domain/incidents/clocks';
import type { CommunicationRecord } from '../../../../shared/domain/incidents/communications';
import { firstExternalStatementAt } from '../../../../shared/domain/incidents/communications';
import type { Incident } from '../../../../shared/domain/incidents/incident';
import { incidentMetrics } from '../../../../shared/domain/incidents/metrics';
import type { IncidentMetrics } from '../../../../shared/domain/incidents/metrics';
import type { SituationReport } from '../../../../shared/domain/incidents/sitreps';
import type { IncidentTask } from '../../../../shared/domain/incidents/tasks';
import { verifyTimeline } from '../../../../shared/domain/incidents/timeline';
import type {
  ChainVerification,
  TimelineEntry,
} from '../../../../shared/domain/incidents/timeline';
import type { IncidentCadence } from '../../../../shared/domain/incidents/cadence';
import type { RoleTenure } from '../../../../shared/domain/roster/crisisRoles';
import type { SopRun } from '../../../../shared/domain/sops/sopRuns';
import { useLiveQuery } from '../../db/live';
import {
  readIncident,
  readIncidentCommunications,
  readIncidentDeadlines,
  readIncidentSopRuns,
  readIncidentTasks,
  readIncidentTenures,
  readIncidents,
  readOpenIncidents,
  readSituationReports,
  readTimeline,
} from '../../db/repositories/incidentRepository';
import { readSetting } from '../../db/repositories/settingsRepository';

/**
 * Live reads of incident command for its screens. Each hook is undefined while loading; a single
 * incident is null when it does not exist.
 */

/** Every incident, newest detection first. */
export function useIncidents(): Incident[] | undefined {
  return useLiveQuery(() => readIncidents(), []);
}

/** Incidents not closed (detected, active, stable), newest detection first. */
export function useOpenIncidents(): Incident[] | undefined {
  return useLiveQuery(() => readOpenIncidents(), []);
}

/** One incident; null when there is none. */
export function useIncident(id: string): Incident | null | undefined {
  return useLiveQuery(async () => (await readIncident(id)) ?? null, [id]);
}

/** An incident's timeline in chain order. */
export function useTimeline(incidentId: string): TimelineEntry[] | undefined {
  return useLiveQuery(() => readTimeline(incidentId), [incidentId]);
}

/**
 * Whether an incident's timeline is intact (chain and recorded head); undefined while loading.
 * The entries and the head are read in one live query, so a new entry never shows for a moment
 * as "the newest entries were removed" between two separately arriving results.
 */
export function useTimelineCheck(incidentId: string): ChainVerification | undefined {
  return useLiveQuery(async () => {
    const [incident, entries] = await Promise.all([
      readIncident(incidentId),
      readTimeline(incidentId),
    ]);
    return incident === undefined
      ? undefined
      : verifyTimeline(entries, incidentId, incident.timelineHead);
  }, [incidentId]);
}

/** Who held which role in an incident from when to when, oldest first. */
export function useIncidentTenures(incidentId: string): RoleTenure[] | undefined {
  return useLiveQuery(() => readIncidentTenures(incidentId), [incidentId]);
}

/** An incident's tasks, in creation order (sort for display with sortTasksForWarRoom). */
export function useIncidentTasks(incidentId: string): IncidentTask[] | undefined {
  return useLiveQuery(() => readIncidentTasks(incidentId), [incidentId]);
}

/** An incident's communications log, by release time. */
export function useIncidentCommunications(incidentId: string): CommunicationRecord[] | undefined {
  return useLiveQuery(() => readIncidentCommunications(incidentId), [incidentId]);
}

/** An incident's deadlines, by due time. */
export function useIncidentDeadlines(incidentId: string): Deadline[] | undefined {
  return useLiveQuery(() => readIncidentDeadlines(incidentId), [incidentId]);
}

/** An incident's situation reports, newest first. */
export function useSituationReports(incidentId: string): SituationReport[] | undefined {
  return useLiveQuery(() => readSituationReports(incidentId), [incidentId]);
}

/** The SOP runs attached to an incident, newest first. */
export function useIncidentSopRuns(incidentId: string): SopRun[] | undefined {
  return useLiveQuery(() => readIncidentSopRuns(incidentId), [incidentId]);
}

/** The cadence setting (first-statement target, update and report cadence per severity). */
export function useIncidentCadence(): IncidentCadence | undefined {
  return useLiveQuery(() => readSetting('incidentCadence'), []);
}

/** The metrics of an incident (time to detect, declare, first statement, stable, close). */
export function useIncidentMetrics(incident: Incident): IncidentMetrics | undefined {
  const communications = useIncidentCommunications(incident.id);
  return useMemo(
    () =>
      communications === undefined
        ? undefined
        : incidentMetrics({
            incident,
            firstExternalStatementAt: firstExternalStatementAt(communications),
          }),
    [communications, incident],
  );
}
