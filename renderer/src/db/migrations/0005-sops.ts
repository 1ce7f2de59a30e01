import { schemaV5 } from '../schema';
import type { Migration } from '../schema';

/**
 * Version 5: adds the SOP library's tables (SOPs, published versions, runs, statement templates,
 * filled statements, communication matrix cells). They start empty (the starter library is
 * installed only when the user asks), so no existing row is rewritten.
 */
export const migration0005Sops: Migration = {
  version: 5,
  stores: schemaV5,
  note: 'Adds SOPs, SOP versions, SOP runs, statement templates, statements and the communication matrix.',
};
