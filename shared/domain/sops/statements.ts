import { z } from 'zod';
import { languages } from '../settings';
import { placeholderNames, type PlaceholderName } from './statementTemplates';

/**
 * A statement filled from a template: the values used, the text, the approvals recorded and when
 * it was released (copied or exported to be sent outside the app). Kept so a crisis lead can show
 * what was said, who approved it and when. The incident issue attaches statements to incidents.
 */

/** Longest value of one placeholder. */
export const maxPlaceholderValueLength = 5000;

/** Longest name of an approver. */
export const maxApproverLength = 120;

/** Placeholder values, each optional. */
export const placeholderContextSchema = z
  .object(
    Object.fromEntries(
      placeholderNames.map((name) => [
        name,
        z.string().max(maxPlaceholderValueLength, 'too-long').optional(),
      ]),
    ) as Record<PlaceholderName, z.ZodOptional<z.ZodString>>,
  )
  .strict();

/** A stored statement. Approvals are a name and a time, both set or both null. */
export const statementSchema = z
  .object({
    id: z.string().min(1).max(80),
    templateId: z.string().min(1).max(80),
    incidentId: z.string().min(1).max(80).nullable(),
    language: z.enum(languages),
    context: placeholderContextSchema,
    /** The filled text at the time of the last save; empty while placeholders are missing. */
    text: z.string().max(200_000),
    legalApprovedBy: z.string().trim().max(maxApproverLength, 'too-long').nullable(),
    legalApprovedAt: z.number().int().min(0).nullable(),
    spokespersonApprovedBy: z.string().trim().max(maxApproverLength, 'too-long').nullable(),
    spokespersonApprovedAt: z.number().int().min(0).nullable(),
    releasedAt: z.number().int().min(0).nullable(),
    createdAt: z.number().int().min(0),
    updatedAt: z.number().int().min(0),
  })
  .strict()
  .superRefine((statement, context) => {
    for (const kind of ['legal', 'spokesperson'] as const) {
      const by = statement[`${kind}ApprovedBy`];
      const at = statement[`${kind}ApprovedAt`];
      if ((by === null || by === '') !== (at === null)) {
        context.addIssue({ code: 'custom', path: [`${kind}ApprovedBy`], message: 'required' });
      }
    }
  });

/** See {@link statementSchema}. */
export type Statement = z.output<typeof statementSchema>;
