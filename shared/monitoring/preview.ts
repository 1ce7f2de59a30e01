import { z } from 'zod';
import { fetchErrorSchema, fetchOutcomes, fetchWarningSchema, fetchedItemSchema } from './records';
import { sourceKinds } from './source';

/** Items shown in the preview of "Test this source" before it is saved. */
export const maxPreviewItems = 20;

/**
 * The result of testing a source before saving it: what a real fetch would have found, nothing
 * stored and nothing scheduled.
 */
export const sourcePreviewSchema = z
  .object({
    outcome: z.enum(fetchOutcomes),
    httpStatus: z.number().int().nullable(),
    /** The address the content finally came from, after redirects. */
    finalUrl: z.string().max(2048).nullable(),
    contentType: z.string().max(200).nullable(),
    charset: z.string().max(40).nullable(),
    detectedKind: z.enum(sourceKinds).nullable(),
    itemsFound: z.number().int().nonnegative(),
    items: z.array(fetchedItemSchema).max(maxPreviewItems),
    error: fetchErrorSchema.nullable(),
    warnings: z.array(fetchWarningSchema).max(20),
    durationMs: z.number().int().nonnegative(),
  })
  .strict();

/** The result of testing a source. */
export type SourcePreview = z.output<typeof sourcePreviewSchema>;
