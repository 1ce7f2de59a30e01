import { schemaV2 } from '../schema';
import type { Migration } from '../schema';

/** Version 2: adds the monitoring tables. They start empty, so no existing row is rewritten. */
export const migration0002Monitoring: Migration = {
  version: 2,
  stores: schemaV2,
  note: 'Adds monitoring sources, items, fetch log, coverage windows and host events.',
};
