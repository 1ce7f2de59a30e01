import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  incidentClocks,
  lastSitrepAt,
  lastUpdateAt,
} from '../../../../../shared/domain/incidents/clocks';
import type {
  Deadline,
  IncidentClock,
  IncidentClocksInput,
} from '../../../../../shared/domain/incidents/clocks';
import { firstExternalStatementAt } from '../../../../../shared/domain/incidents/communications';
import type { CommunicationRecord } from '../../../../../shared/domain/incidents/communications';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { SituationReport } from '../../../../../shared/domain/incidents/sitreps';
import type { TimelineEntry } from '../../../../../shared/domain/incidents/timeline';
import {
  useIncidentCadence,
  useIncidentCommunications,
  useIncidentDeadlines,
  useSituationReports,
  useTimeline,
} from '../useIncidentData';

/** An incident's clocks at one moment, with the deadlines the `deadline:<id>` clocks stand for. */
export type IncidentClocksView = { clocks: IncidentClock[]; deadlines: Deadline[] };

/** The moments an incident's clocks count from that are not stored on the incident. */
export type ClockMoments = Pick<
  IncidentClocksInput,
  'firstExternalStatementAt' | 'lastUpdateAt' | 'lastSitrepAt'
>;

/**
 * The clock inputs derived from an incident's records: its first external statement, the last
 * update to stakeholders and the last situation report. One function for the clocks panel, the
 * app-wide overdue watcher and the Dashboard card, so they never disagree about a clock.
 */
export function clockMoments(
  communications: readonly CommunicationRecord[],
  timeline: readonly TimelineEntry[],
  reports: readonly Pick<SituationReport, 'createdAt'>[],
): ClockMoments {
  return {
    firstExternalStatementAt: firstExternalStatementAt(communications),
    lastUpdateAt: lastUpdateAt(communications, timeline),
    lastSitrepAt: lastSitrepAt(reports),
  };
}

/**
 * An incident's clocks at `now` (time since detection, first statement, next update, next
 * situation report, then its deadlines), read live from its communications, timeline, reports,
 * deadlines and the cadence setting; undefined while any of them loads. The inputs are reduced
 * once per change of the data, so a clock ticking every second only recomputes the clocks.
 */
export function useIncidentClocks(incident: Incident, now: number): IncidentClocksView | undefined {
  const cadence = useIncidentCadence();
  const communications = useIncidentCommunications(incident.id);
  const timeline = useTimeline(incident.id);
  const reports = useSituationReports(incident.id);
  const deadlines = useIncidentDeadlines(incident.id);
  const moments = useMemo(
    () =>
      communications === undefined || timeline === undefined || reports === undefined
        ? undefined
        : clockMoments(communications, timeline, reports),
    [communications, timeline, reports],
  );
  return useMemo(
    () =>
      cadence === undefined || moments === undefined || deadlines === undefined
        ? undefined
        : {
            clocks: incidentClocks({ incident, cadence, deadlines, now, ...moments }),
            deadlines,
          },
    [incident, cadence, moments, deadlines, now],
  );
}

/**
 * The name of a clock in the UI language: `incidents.clocks.<id>`, or "Deadline: <label>" for a
 * custom deadline (its label as typed; an id no longer among `deadlines` shows the bare word).
 */
export function useClockName(): (clock: IncidentClock, deadlines: readonly Deadline[]) => string {
  const { t } = useTranslation();
  return useCallback(
    (clock, deadlines) => {
      if (clock.id.startsWith('deadline:')) {
        const deadline = deadlines.find((candidate) => `deadline:${candidate.id}` === clock.id);
        return t('incidents.clocks.deadline', { label: deadline?.label ?? '' }).trim();
      }
      switch (clock.id) {
        case 'since-detection':
        case 'first-statement':
        case 'next-update':
        case 'next-sitrep':
          return t(`incidents.clocks.${clock.id}`);
        default:
          return clock.id;
      }
    },
    [t],
  );
}
