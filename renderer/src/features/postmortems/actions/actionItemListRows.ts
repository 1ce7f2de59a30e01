import {
  isActionItemOpen,
  isActionItemOverdue,
  sortActionItemsForFollowUp,
} from '../../../../../shared/domain/postmortems/actionItems';
import type { ActionItem } from '../../../../../shared/domain/postmortems/actionItems';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import type { Postmortem } from '../../../../../shared/domain/postmortems/postmortem';

/**
 * The rows of the list of action items across postmortems and the "open by owner" counts above
 * it. Pure, so the grouping and the filters are tested without rendering.
 */

/** One row: the item with its postmortem and incident (null when gone). */
export type ActionItemListRow = {
  item: ActionItem;
  postmortem: Postmortem | null;
  incident: Incident | null;
};

/** Which items the status filter shows. */
export const actionItemStatusFilters = ['open', 'overdue', 'all'] as const;

/** One of {@link actionItemStatusFilters}. */
export type ActionItemStatusFilter = (typeof actionItemStatusFilters)[number];

/** The owner filter's value for items nobody owns (no person id is empty). */
export const noOwnerFilter = '';

/** Every item with its postmortem and incident, in the order a lead follows them up. */
export function actionItemListRows(
  items: readonly ActionItem[],
  postmortems: readonly Postmortem[],
  incidentsById: ReadonlyMap<string, Incident>,
): ActionItemListRow[] {
  const postmortemsById = new Map(postmortems.map((postmortem) => [postmortem.id, postmortem]));
  return sortActionItemsForFollowUp(items).map((item) => ({
    item,
    postmortem: postmortemsById.get(item.postmortemId) ?? null,
    incident: incidentsById.get(item.incidentId) ?? null,
  }));
}

/** True when `item` passes the status filter on `today`. */
export function matchesStatusFilter(
  item: Pick<ActionItem, 'status' | 'dueOn'>,
  filter: ActionItemStatusFilter,
  today: string,
): boolean {
  switch (filter) {
    case 'open':
      return isActionItemOpen(item);
    case 'overdue':
      return isActionItemOverdue(item, today);
    case 'all':
      return true;
  }
}

/** Open and overdue items of one owner (null: nobody). */
export type OwnerCount = { ownerPersonId: string | null; open: number; overdue: number };

/**
 * Open items counted per owner, most open first (then most overdue), nobody's last among equals:
 * who carries the follow-up, at a glance.
 */
export function openItemsByOwner(
  items: readonly Pick<ActionItem, 'status' | 'dueOn' | 'ownerPersonId'>[],
  today: string,
): OwnerCount[] {
  const counts = new Map<string | null, OwnerCount>();
  for (const item of items) {
    if (!isActionItemOpen(item)) continue;
    const count = counts.get(item.ownerPersonId) ?? {
      ownerPersonId: item.ownerPersonId,
      open: 0,
      overdue: 0,
    };
    count.open += 1;
    if (isActionItemOverdue(item, today)) count.overdue += 1;
    counts.set(item.ownerPersonId, count);
  }
  return [...counts.values()].sort(
    (a, b) =>
      b.open - a.open ||
      b.overdue - a.overdue ||
      Number(a.ownerPersonId === null) - Number(b.ownerPersonId === null),
  );
}
