import { z } from 'zod';
import { isoDateSchema } from '../risks/risk';

/**
 * A postmortem's action items: what will change so the crisis does not happen again or hurts less,
 * who owns it (a person of the roster), by when, of which kind, and the risk or SOP it changes.
 * Publishing the postmortem closes the loop (see loop.ts): an SOP item opens a draft of the SOP's
 * next version that points back to it, and a risk item schedules a review of the risk with the
 * lesson attached. Validation messages are codes under `postmortems.validation.<code>`. Times are
 * epoch milliseconds; due dates are calendar days (`YYYY-MM-DD`, the user's day).
 */

/** Kinds of action item. */
export const actionItemTypes = ['prevent', 'mitigate', 'process', 'sop', 'training'] as const;

/** One of {@link actionItemTypes}. */
export type ActionItemType = (typeof actionItemTypes)[number];

/** Where an action item stands; `done` and `cancelled` are finished. */
export const actionItemStatuses = ['open', 'in-progress', 'done', 'cancelled'] as const;

/** One of {@link actionItemStatuses}. */
export type ActionItemStatus = (typeof actionItemStatuses)[number];

/** Longest title. */
export const maxActionItemTitleLength = 200;
/** Longest description. */
export const maxActionItemDescriptionLength = 5_000;

/** An id made by the app. */
const idSchema = z.string().min(1).max(80);

/** The risk or SOP an action item changes. */
export const actionItemLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('risk'), riskId: idSchema }).strict(),
  z.object({ kind: z.literal('sop'), sopId: idSchema }).strict(),
]);

/** See {@link actionItemLinkSchema}. */
export type ActionItemLink = z.output<typeof actionItemLinkSchema>;

/** What the action-item form writes; the app adds ids, times and the loop state. */
export const actionItemInputSchema = z
  .object({
    title: z.string().trim().min(1, 'required').max(maxActionItemTitleLength, 'too-long'),
    description: z.string().trim().max(maxActionItemDescriptionLength, 'too-long'),
    /** A person of the roster; null while nobody owns it (shown as "no owner"). */
    ownerPersonId: idSchema.nullable(),
    dueOn: isoDateSchema,
    type: z.enum(actionItemTypes),
    status: z.enum(actionItemStatuses),
    link: actionItemLinkSchema.nullable(),
    /** The lesson of the postmortem this item acts on; null when not tied to one. */
    lessonId: idSchema.nullable(),
  })
  .strict()
  .superRefine((input, context) => {
    // An SOP item exists to change an SOP: without one there is no draft to open.
    if (input.type === 'sop' && input.link?.kind !== 'sop') {
      context.addIssue({ code: 'custom', path: ['link'], message: 'sop-link-required' });
    }
  });

/** See {@link actionItemInputSchema}. */
export type ActionItemInput = z.output<typeof actionItemInputSchema>;

/**
 * What publishing did for an item with a link (null before): for an SOP, the draft of the next
 * version it opened (`baseVersion` is the version in force then, `resolvedVersion` the version that
 * published the change); for a risk, the review it scheduled (`dueOn`) and the day it was done.
 */
export type ActionItemLoop =
  | {
      kind: 'sop-draft';
      sopId: string;
      openedAt: number;
      baseVersion: number | null;
      resolvedVersion: number | null;
    }
  | {
      kind: 'risk-review';
      riskId: string;
      openedAt: number;
      dueOn: string;
      reviewedOn: string | null;
    };

/** A stored action item. */
export type ActionItem = ActionItemInput & {
  id: string;
  postmortemId: string;
  incidentId: string;
  loop: ActionItemLoop | null;
  createdAt: number;
  updatedAt: number;
  /** When it was last marked done or cancelled; null while open. */
  completedAt: number | null;
};

/** True when the item still needs work. */
export function isActionItemOpen(item: Pick<ActionItem, 'status'>): boolean {
  return item.status === 'open' || item.status === 'in-progress';
}

/** True when the item is still open after its due day (`today` is `YYYY-MM-DD`). */
export function isActionItemOverdue(
  item: Pick<ActionItem, 'status' | 'dueOn'>,
  today: string,
): boolean {
  return isActionItemOpen(item) && item.dueOn < today;
}

/**
 * `item` changed to `input` at `now`: `completedAt` is set when it becomes done or cancelled and
 * cleared when it is reopened. The loop state is copied as stored; the repository then brings it
 * in line with the new link and due day (loop.ts `alignLoopWithLink`) in the same transaction.
 */
export function updateActionItem(
  item: ActionItem,
  input: ActionItemInput,
  now: number,
): ActionItem {
  const wasOpen = isActionItemOpen(item);
  const isOpen = isActionItemOpen(input);
  return {
    ...item,
    ...input,
    updatedAt: now,
    completedAt: isOpen ? null : wasOpen ? now : item.completedAt,
  };
}

/** Open and overdue counts, for the Dashboard. */
export type ActionItemSummary = { open: number; overdue: number };

/** How many items are open and how many of those are overdue on `today`. */
export function summarizeActionItems(
  items: readonly Pick<ActionItem, 'status' | 'dueOn'>[],
  today: string,
): ActionItemSummary {
  let open = 0;
  let overdue = 0;
  for (const item of items) {
    if (!isActionItemOpen(item)) continue;
    open += 1;
    if (item.dueOn < today) overdue += 1;
  }
  return { open, overdue };
}

/**
 * Open items in the order a lead works them: overdue first (most overdue first), then by due day,
 * then by title.
 */
export function sortActionItemsForFollowUp<
  T extends Pick<ActionItem, 'status' | 'dueOn' | 'title'>,
>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const aOpen = isActionItemOpen(a) ? 0 : 1;
    const bOpen = isActionItemOpen(b) ? 0 : 1;
    return aOpen - bOpen || a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title);
  });
}
