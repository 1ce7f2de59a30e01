import { schemaV8 } from '../schema';
import type { Migration } from '../schema';

/**
 * Version 8: adds early-warning rules, hourly rollups and alerts, and indexes items by the rules
 * they matched. The new tables start empty; stored items carry no matches yet (they are matched
 * in the background when rules are created), so no existing row is rewritten.
 */
export const migration0008EarlyWarning: Migration = {
  version: 8,
  stores: schemaV8,
  note: 'Adds early-warning rules, hourly rollups and alerts; indexes items by matched rule.',
};
