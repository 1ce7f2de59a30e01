import { z } from 'zod';

/**
 * Situation reports written during an incident: a tactical one for the people working it
 * (conditions, actions, needs) and an executive one for leadership (status, overview, next steps).
 * Each report is kept in the incident's history; the `next-sitrep` clock (clocks.ts) reminds at
 * the severity's cadence. Validation messages are codes the UI translates under
 * `incidents.validation.<code>`.
 */

/** The kinds of situation report. */
export const sitrepKinds = ['tactical', 'executive'] as const;

/** One of {@link sitrepKinds}. */
export type SitrepKind = (typeof sitrepKinds)[number];

/** Longest text of one report field. */
export const maxSitrepFieldLength = 10_000;

/** One free-text field of a report; may be blank as long as another field is not. */
const fieldSchema = z.string().trim().max(maxSitrepFieldLength, 'too-long');

/** A tactical report: the conditions on the ground, the actions under way, what is needed. */
const tacticalReportSchema = z
  .object({
    kind: z.literal('tactical'),
    conditions: fieldSchema,
    actions: fieldSchema,
    needs: fieldSchema,
  })
  .strict();

/** An executive report: where things stand, an overview, and the next steps. */
const executiveReportSchema = z
  .object({
    kind: z.literal('executive'),
    status: fieldSchema,
    overview: fieldSchema,
    nextSteps: fieldSchema,
  })
  .strict();

/**
 * What the report form writes, by kind. A report with every field blank (after trimming) is
 * refused with `empty-report` on its first field, where the form shows it.
 */
export const situationReportInputSchema = z
  .discriminatedUnion('kind', [tacticalReportSchema, executiveReportSchema])
  .superRefine((report, context) => {
    const fields =
      report.kind === 'tactical'
        ? [report.conditions, report.actions, report.needs]
        : [report.status, report.overview, report.nextSteps];
    if (fields.every((field) => field === '')) {
      context.addIssue({
        code: 'custom',
        path: [report.kind === 'tactical' ? 'conditions' : 'status'],
        message: 'empty-report',
      });
    }
  });

/** See {@link situationReportInputSchema}. */
export type SituationReportInput = z.output<typeof situationReportInputSchema>;

/** A stored report: the input plus its id, its incident, who wrote it (a typed name) and when. */
export type SituationReport = SituationReportInput & {
  id: string;
  incidentId: string;
  author: string;
  createdAt: number;
};
