/**
 * The crisis types Crisis Room knows out of the box (the starter set from the seed documents).
 * Risks link to one; SOPs, statement templates and incidents are filed under them. Stored as
 * these ids; the UI translates them (`crisisTypes.<id>`).
 */
export const crisisTypes = [
  'negative-reviews',
  'rumour',
  'competitor-smear',
  'data-breach',
  'product-safety',
  'staff-conduct',
  'supply-chain',
  'ai-data-poisoning',
  'impersonation',
  'internal-grievance',
] as const;

/** One of {@link crisisTypes}. */
export type CrisisType = (typeof crisisTypes)[number];

/** True when `value` is a known crisis type id. */
export function isCrisisType(value: unknown): value is CrisisType {
  return typeof value === 'string' && (crisisTypes as readonly string[]).includes(value);
}
