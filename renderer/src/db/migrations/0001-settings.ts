import { schemaV1 } from '../schema';
import type { Migration } from '../schema';

/** Version 1: creates the `settings` table. There is no older data, so nothing to upgrade. */
export const migration0001Settings: Migration = {
  version: 1,
  stores: schemaV1,
  note: 'Creates the settings table, one row per setting keyed by its name.',
};
