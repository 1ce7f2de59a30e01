import type { Incident, IncidentInput } from '../../../../shared/domain/incidents/incident';
import {
  postmortemContentFromIncident,
  postmortemReference,
} from '../../../../shared/domain/postmortems/postmortem';
import type {
  Postmortem,
  PostmortemContent,
} from '../../../../shared/domain/postmortems/postmortem';

/**
 * What declaring an incident takes: a data breach at SEV 2, P2, found by monitoring, with nothing
 * else filled in, and `overrides`. Shared by the postmortem and report tests that seed incidents.
 */
export function incidentInput(
  title: string,
  detectedAt: number,
  overrides: Partial<IncidentInput> = {},
): IncidentInput {
  return {
    title,
    crisisTypeId: 'data-breach',
    severityId: 'sev-2',
    priority: 'p2',
    detectionSource: 'monitoring',
    detectionNote: '',
    summary: '',
    startedAt: null,
    detectedAt,
    affectedAudiences: [],
    tags: [],
    visibility: 'normal',
    riskIds: [],
    isExercise: false,
    ...overrides,
  };
}

/** A stored incident numbered `sequence`, closed, with `overrides`. */
export function incidentWith(sequence: number, overrides: Partial<Incident> = {}): Incident {
  const detectedAt = overrides.detectedAt ?? Date.UTC(2026, 0, sequence, 3, 0);
  return {
    id: `incident-${sequence}`,
    reference: `INC-${String(sequence).padStart(4, '0')}`,
    ...incidentInput(`Incident ${sequence}`, detectedAt),
    status: 'closed',
    statusHistory: [{ from: null, to: 'detected', at: detectedAt, by: '' }],
    pinnedEntryIds: [],
    timelineHead: { count: 0, hash: '' },
    createdAt: detectedAt,
    updatedAt: detectedAt,
    ...overrides,
  };
}

/** The postmortem numbered `sequence` of `incident`, its content pulled in and then `content` applied. */
export function postmortemOf(
  incident: Incident,
  sequence: number,
  content: Partial<PostmortemContent> = {},
): Postmortem {
  return {
    id: `pm-${sequence}`,
    reference: postmortemReference(sequence),
    incidentId: incident.id,
    content: { ...postmortemContentFromIncident(incident, 'TWD'), ...content },
    status: 'published',
    statusHistory: [],
    reviewers: [],
    createdAt: incident.detectedAt,
    updatedAt: incident.detectedAt,
    publishedAt: incident.detectedAt,
  };
}

/** Lessons with ids, from their texts. */
export function lessons(...texts: string[]): PostmortemContent['lessons'] {
  return texts.map((text, index) => ({ id: `lesson-${index + 1}`, text }));
}
