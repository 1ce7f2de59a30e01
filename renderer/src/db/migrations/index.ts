import type { Migration } from '../schema';
import { migration0001Settings } from './0001-settings';
import { migration0002Monitoring } from './0002-monitoring';
import { migration0003Risks } from './0003-risks';
import { migration0004Roster } from './0004-roster';
import { migration0005Sops } from './0005-sops';
import { migration0006Incidents } from './0006-incidents';
import { migration0007Postmortems } from './0007-postmortems';
import { migration0008EarlyWarning } from './0008-early-warning';

/**
 * Every migration in version order. Append a new file `NNNN-slug.ts` here; never edit or reorder a
 * released one, because users' databases already ran it.
 */
export const migrations: readonly Migration[] = [
  migration0001Settings,
  migration0002Monitoring,
  migration0003Risks,
  migration0004Roster,
  migration0005Sops,
  migration0006Incidents,
  migration0007Postmortems,
  migration0008EarlyWarning,
];
