import { z } from 'zod';

/**
 * An incident's communications log: what was released to whom, through which channel, from which
 * template or statement, who approved it (legal, spokesperson) and when it went out. The first
 * external release stops the "time to first statement" clock and feeds the metrics. Validation
 * messages are codes the UI translates under `incidents.validation.<code>`. Times are epoch ms.
 */

/** Longest released text, as for statements. */
export const maxCommunicationTextLength = 200_000;

/** Longest approver name. */
export const maxCommunicationApproverLength = 120;

/** An id made by the app or a known list's id. */
const idSchema = z.string().min(1).max(80);

/** An approver's name, trimmed; blank means nobody approved, stored as null. */
const approverSchema = z
  .string()
  .trim()
  .max(maxCommunicationApproverLength, 'too-long')
  .nullable()
  .transform((name) => (name === '' ? null : name));

/** What the log form writes; the app adds ids and times. */
export const communicationRecordInputSchema = z
  .object({
    /** A stakeholder group of the communication matrix (`customers`, `custom-…`). */
    audienceId: idSchema,
    /** A channel of the communication matrix (`website`, `custom-…`). */
    channelId: idSchema,
    /** The statement template used, if any. */
    templateId: idSchema.nullable(),
    /** The filled statement released, if it was written in the app. */
    statementId: idSchema.nullable(),
    /** The text exactly as released: kept verbatim (not trimmed), but it may not be blank. */
    text: z
      .string()
      .max(maxCommunicationTextLength, 'too-long')
      .refine((text) => text.trim() !== '', 'required'),
    /** Whether it went outside the company; only external releases count as statements. */
    isExternal: z.boolean(),
    legalApprovedBy: approverSchema,
    spokespersonApprovedBy: approverSchema,
    /** When it was released (epoch ms). */
    releasedAt: z.number().int().min(0),
  })
  .strict();

/** See {@link communicationRecordInputSchema}. */
export type CommunicationRecordInput = z.output<typeof communicationRecordInputSchema>;

/**
 * A stored record: the input plus ids, when each approval was recorded (null without that
 * approval) and when the record was created.
 */
export type CommunicationRecord = CommunicationRecordInput & {
  id: string;
  incidentId: string;
  legalApprovedAt: number | null;
  spokespersonApprovedAt: number | null;
  createdAt: number;
};

/**
 * When the first external communication was released: the earliest `releasedAt` of the external
 * records (internal ones, however early, do not count), or null when none has gone out yet.
 */
export function firstExternalStatementAt(
  records: readonly Pick<CommunicationRecord, 'isExternal' | 'releasedAt'>[],
): number | null {
  let first: number | null = null;
  for (const record of records) {
    if (record.isExternal && (first === null || record.releasedAt < first)) {
      first = record.releasedAt;
    }
  }
  return first;
}
