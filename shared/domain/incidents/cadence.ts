import { z } from 'zod';

/**
 * How often an incident owes people news, per severity level: the target for the first external
 * statement (counted from detection), how often an update goes out, and how often a situation
 * report is written. Stored as the `incidentCadence` setting and edited beside the severity
 * levels. Validation messages are codes the UI translates under `incidents.validation.<code>`.
 */

/** Longest interval a cadence may name: 30 days, in minutes. */
export const maxCadenceMinutes = 43_200;

/** Whole minutes from 1 to {@link maxCadenceMinutes}. */
const cadenceMinutesSchema = z
  .number()
  .int('whole-minutes')
  .min(1, 'too-small')
  .max(maxCadenceMinutes, 'too-large');

/** The cadence of one severity level. */
export const incidentCadenceEntrySchema = z
  .object({
    /** A severity level id (`sev-1` …, from the `severityLevels` setting). */
    severityId: z.string().regex(/^[a-z0-9-]{1,40}$/u, 'severity-format'),
    /** Minutes from detection by which the first external statement is due. */
    firstStatementMinutes: cadenceMinutesSchema,
    /** Minutes between external updates. */
    updateEveryMinutes: cadenceMinutesSchema,
    /** Minutes between situation reports (the reminder cadence). */
    sitrepEveryMinutes: cadenceMinutesSchema,
  })
  .strict();

/** See {@link incidentCadenceEntrySchema}. */
export type IncidentCadenceEntry = z.output<typeof incidentCadenceEntrySchema>;

/**
 * The cadence of every severity level: at least one entry (so {@link cadenceFor} always has an
 * answer) and at most one per severity.
 */
export const incidentCadenceSchema = z
  .array(incidentCadenceEntrySchema)
  .min(1, 'required')
  .max(20, 'too-many')
  .refine(
    (entries) => new Set(entries.map((entry) => entry.severityId)).size === entries.length,
    'duplicate-severity',
  );

/** See {@link incidentCadenceSchema}. */
export type IncidentCadence = z.output<typeof incidentCadenceSchema>;

/**
 * The cadence a new installation starts with, for the four default severity levels. The first
 * statement of a critical incident is due within the "golden hour" crisis communication speaks
 * of, and each level below doubles or more the time allowed; updates go out as often as the first
 * statement is due. Situation reports follow the rhythm of a response team: every four hours at
 * SEV 1, once per eight-hour shift at SEV 2, twice a day at SEV 3, and daily at SEV 4, which is
 * Dispatch's default report reminder (24 h).
 */
export const defaultIncidentCadence: IncidentCadenceEntry[] = [
  {
    severityId: 'sev-1',
    firstStatementMinutes: 60,
    updateEveryMinutes: 60,
    sitrepEveryMinutes: 240,
  },
  {
    severityId: 'sev-2',
    firstStatementMinutes: 120,
    updateEveryMinutes: 120,
    sitrepEveryMinutes: 480,
  },
  {
    severityId: 'sev-3',
    firstStatementMinutes: 240,
    updateEveryMinutes: 240,
    sitrepEveryMinutes: 720,
  },
  {
    severityId: 'sev-4',
    firstStatementMinutes: 1440,
    updateEveryMinutes: 1440,
    sitrepEveryMinutes: 1440,
  },
];

/**
 * True when `a` is less strict than `b`: a longer update interval, then (on a tie) a longer
 * first-statement target, then a longer report interval.
 */
function isLessStrict(a: IncidentCadenceEntry, b: IncidentCadenceEntry): boolean {
  if (a.updateEveryMinutes !== b.updateEveryMinutes) {
    return a.updateEveryMinutes > b.updateEveryMinutes;
  }
  if (a.firstStatementMinutes !== b.firstStatementMinutes) {
    return a.firstStatementMinutes > b.firstStatementMinutes;
  }
  return a.sitrepEveryMinutes > b.sitrepEveryMinutes;
}

/**
 * The cadence of `severityId`. A severity with no entry (a level added or renamed after the
 * cadence was set) gets the least strict entry — the longest update interval, ties broken by the
 * first-statement target and then the report interval, the earliest listed on a full tie — so an
 * unknown level never raises alarms faster than the mildest known one; the entry returned names
 * the severity it belongs to, so the UI can say whose cadence is used. Throws a RangeError for an
 * empty cadence, which {@link incidentCadenceSchema} refuses.
 */
export function cadenceFor(
  cadence: readonly IncidentCadenceEntry[],
  severityId: string,
): IncidentCadenceEntry {
  const own = cadence.find((entry) => entry.severityId === severityId);
  if (own !== undefined) {
    return own;
  }
  let leastStrict: IncidentCadenceEntry | undefined;
  for (const entry of cadence) {
    if (leastStrict === undefined || isLessStrict(entry, leastStrict)) {
      leastStrict = entry;
    }
  }
  if (leastStrict === undefined) {
    throw new RangeError('An incident cadence has at least one entry.');
  }
  return leastStrict;
}
