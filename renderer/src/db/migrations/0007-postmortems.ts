import { schemaV7 } from '../schema';
import type { Migration } from '../schema';

/**
 * Version 7: adds postmortems and their action items. The new tables start empty and no existing
 * row is rewritten.
 */
export const migration0007Postmortems: Migration = {
  version: 7,
  stores: schemaV7,
  note: 'Adds postmortems and their action items.',
};
