import type { ActionItem } from '../../../../shared/domain/postmortems/actionItems';
import type { Postmortem } from '../../../../shared/domain/postmortems/postmortem';
import { useLiveQuery } from '../../db/live';
import {
  readActionItems,
  readActionItemsOf,
  readPostmortem,
  readPostmortemOfIncident,
  readPostmortems,
} from '../../db/repositories/postmortemRepository';

/**
 * Live reads of postmortems and action items for their screens. Each hook is undefined while
 * loading; a single postmortem is null when it does not exist.
 */

/** Every postmortem, newest first. */
export function usePostmortems(): Postmortem[] | undefined {
  return useLiveQuery(() => readPostmortems(), []);
}

/** One postmortem; null when there is none. */
export function usePostmortem(id: string): Postmortem | null | undefined {
  return useLiveQuery(async () => (await readPostmortem(id)) ?? null, [id]);
}

/** The postmortem of an incident; null when none was written. */
export function usePostmortemOfIncident(incidentId: string): Postmortem | null | undefined {
  return useLiveQuery(
    async () => (await readPostmortemOfIncident(incidentId)) ?? null,
    [incidentId],
  );
}

/** Every action item, oldest first. */
export function useActionItems(): ActionItem[] | undefined {
  return useLiveQuery(() => readActionItems(), []);
}

/** The action items of one postmortem, oldest first. */
export function useActionItemsOf(postmortemId: string): ActionItem[] | undefined {
  return useLiveQuery(() => readActionItemsOf(postmortemId), [postmortemId]);
}
