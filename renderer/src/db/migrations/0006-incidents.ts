import { schemaV6 } from '../schema';
import type { Migration } from '../schema';

/**
 * Version 6: adds incident command's tables (incidents, their hash-chained timeline, tasks,
 * communications, deadlines and situation reports) and indexes SOP runs by incident. The new
 * tables start empty and existing runs keep their `incidentId` (null for tabletop runs), so no
 * existing row is rewritten.
 */
export const migration0006Incidents: Migration = {
  version: 6,
  stores: schemaV6,
  note: 'Adds incidents, their timeline, tasks, communications, deadlines and situation reports.',
};
