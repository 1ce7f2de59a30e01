import { z } from 'zod';

/**
 * An incident as stored: what happened, how bad, where it is in its lifecycle (with a timestamp
 * for every status change, reopenings included), who it affects and how it is filed. Timeline
 * entries, tasks, communications and situation reports are stored beside it (their own modules);
 * this document holds what the war-room header shows. Validation messages are codes the UI
 * translates under `incidents.validation.<code>`. Times are epoch milliseconds.
 */

/** Lifecycle statuses in their usual order (see lifecycle.ts for the allowed moves). */
export const incidentStatuses = ['detected', 'active', 'stable', 'closed'] as const;

/** One of {@link incidentStatuses}. */
export type IncidentStatus = (typeof incidentStatuses)[number];

/** Priorities, separate from severity: how urgent the work is, P1 first. */
export const incidentPriorities = ['p1', 'p2', 'p3', 'p4'] as const;

/** One of {@link incidentPriorities}. */
export type IncidentPriority = (typeof incidentPriorities)[number];

/** Who may see an incident: everyone with the app, or a restricted group (named in the UI). */
export const incidentVisibilities = ['normal', 'restricted'] as const;

/** One of {@link incidentVisibilities}. */
export type IncidentVisibility = (typeof incidentVisibilities)[number];

/** Where a crisis was first noticed. */
export const detectionSources = [
  'monitoring',
  'customer',
  'employee',
  'media',
  'regulator',
  'partner',
  'social-media',
  'other',
] as const;

/** One of {@link detectionSources}. */
export type DetectionSource = (typeof detectionSources)[number];

/** Longest title. */
export const maxIncidentTitleLength = 200;
/** Longest summary or detection note. */
export const maxIncidentTextLength = 10_000;
/** Most tags, audiences or linked risks. */
export const maxIncidentListLength = 50;

/** An id made by the app or a known list's id. */
const idSchema = z.string().min(1).max(80);

/** One status change: from → to at `at`, by whom (a typed name; blank when not recorded). */
export const statusChangeSchema = z
  .object({
    from: z.enum(incidentStatuses).nullable(),
    to: z.enum(incidentStatuses),
    at: z.number().int().min(0),
    by: z.string().trim().max(120, 'too-long'),
  })
  .strict();

/** See {@link statusChangeSchema}. */
export type StatusChange = z.output<typeof statusChangeSchema>;

/** What the declare form and the edit form write (the app adds id, times and history). */
export const incidentInputSchema = z
  .object({
    title: z.string().trim().min(1, 'required').max(maxIncidentTitleLength, 'too-long'),
    /** A crisis type id (crisisTypes.ts); null when not yet known. */
    crisisTypeId: idSchema.nullable(),
    /** A severity level id (`sev-1` …, from the `severityLevels` setting). */
    severityId: z.string().regex(/^[a-z0-9-]{1,40}$/u, 'severity-format'),
    priority: z.enum(incidentPriorities),
    detectionSource: z.enum(detectionSources),
    /** How it was noticed, in the reporter's words. */
    detectionNote: z.string().trim().max(maxIncidentTextLength, 'too-long'),
    summary: z.string().trim().max(maxIncidentTextLength, 'too-long'),
    /** When the problem began, if known (before detection); null when unknown. */
    startedAt: z.number().int().min(0).nullable(),
    /** When the company first learned of it. */
    detectedAt: z.number().int().min(0),
    /** Stakeholder group ids of the communication matrix (`customers`, `custom-…`). */
    affectedAudiences: z.array(idSchema).max(maxIncidentListLength, 'too-many'),
    tags: z
      .array(z.string().trim().min(1, 'required').max(60, 'too-long'))
      .max(maxIncidentListLength, 'too-many'),
    visibility: z.enum(incidentVisibilities),
    /** Ids of linked risks in the register. */
    riskIds: z.array(idSchema).max(maxIncidentListLength, 'too-many'),
    /** An exercise (drill) never counts in real figures. */
    isExercise: z.boolean(),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.startedAt !== null && input.startedAt > input.detectedAt) {
      context.addIssue({ code: 'custom', path: ['startedAt'], message: 'start-after-detection' });
    }
  });

/** See {@link incidentInputSchema}. */
export type IncidentInput = z.output<typeof incidentInputSchema>;

/**
 * A stored incident: the input plus its id, reference (`INC-0007`), current status, every status
 * change in order (the first is `null → detected` at detection; see declarationHistory), the ids
 * of pinned timeline entries, the timeline's head, and when it was created and last changed.
 */
export type Incident = IncidentInput & {
  id: string;
  reference: string;
  status: IncidentStatus;
  statusHistory: StatusChange[];
  pinnedEntryIds: string[];
  /** The timeline's entry count and last hash, moved with every append (see verifyTimeline). */
  timelineHead: { count: number; hash: string };
  createdAt: number;
  updatedAt: number;
};

/** The reference of the incident numbered `sequence`: `INC-0001`, … `INC-10000`. */
export function incidentReference(sequence: number): string {
  return `INC-${String(sequence).padStart(4, '0')}`;
}
