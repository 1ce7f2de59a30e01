import { schemaV4 } from '../schema';
import type { Migration } from '../schema';

/**
 * Version 4: adds the crisis-team roster's tables. They start empty (built-in roles are data in
 * the app until someone assigns them), so no existing row is rewritten.
 */
export const migration0004Roster: Migration = {
  version: 4,
  stores: schemaV4,
  note: 'Adds people, crisis roles, custom qualification types and role tenures.',
};
