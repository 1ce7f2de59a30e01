import { schemaV3 } from '../schema';
import type { Migration } from '../schema';

/** Version 3: adds the risk register's tables. They start empty, so no existing row is rewritten. */
export const migration0003Risks: Migration = {
  version: 3,
  stores: schemaV3,
  note: 'Adds risks, their timeline events, custom risk categories, saved table views and counters.',
};
