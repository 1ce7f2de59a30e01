import { z } from 'zod';

/**
 * The risk categories every register starts with (from the seed documents). Stored as these ids
 * and translated by the UI (`risks.categories.<id>`); users add their own beside them.
 */
export const builtInRiskCategories = [
  'reputation',
  'competitor-attack',
  'rumour',
  'data-breach',
  'product-safety',
  'supply-chain',
  'ai-data-poisoning',
  'staff-conduct',
  'legal-regulatory',
  'financial',
  'operational',
] as const;

/** One of {@link builtInRiskCategories}. */
export type BuiltInRiskCategory = (typeof builtInRiskCategories)[number];

/** True when `id` names a built-in category (a custom one has a `custom-` id). */
export function isBuiltInRiskCategory(id: unknown): id is BuiltInRiskCategory {
  return typeof id === 'string' && (builtInRiskCategories as readonly string[]).includes(id);
}

/** Prefix of the ids of categories users add, so they can never collide with a built-in one. */
export const customCategoryIdPrefix = 'custom-';

/** A category a user added: its id and the name they typed (shown as typed in every language). */
export const customRiskCategorySchema = z
  .object({
    id: z.string().startsWith(customCategoryIdPrefix).max(80),
    name: z.string().trim().min(1, 'required').max(60, 'too-long'),
  })
  .strict();

/** A category a user added. */
export type CustomRiskCategory = z.output<typeof customRiskCategorySchema>;

/** A category id as a risk stores it: a built-in id or a custom one. */
export const riskCategoryIdSchema = z
  .string()
  .refine(
    (id) => isBuiltInRiskCategory(id) || id.startsWith(customCategoryIdPrefix),
    'unknown-category',
  );
