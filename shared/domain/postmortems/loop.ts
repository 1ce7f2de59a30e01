import { isActionItemOpen } from './actionItems';
import type { ActionItem, ActionItemLoop } from './actionItems';

/**
 * Closing the loop: lessons become changes to the risk register and the SOP library. When a
 * postmortem is published (or an item of an already published one is saved), every linked action
 * item that is still to do opens its loop: an SOP item opens a draft of the SOP's next version that
 * points back to the item, a risk item schedules a review of the risk, due on the item's due day,
 * with the lesson attached. The loop closes from the other side: publishing the SOP's next version,
 * or recording a review of the risk, marks the item done. A loop belongs to the target the item's
 * link named when it opened: when the link is removed or changed the loop is dropped (it was never
 * answered, or it answered a target the item no longer names), and a new one opens for the new link
 * once the postmortem is published. Only items still to do whose link still names a target are
 * requests to that target; a cancelled or manually finished item asks nothing. Pure; the repository
 * applies the steps in the same transaction as the change that triggers them.
 */

/** One thing publishing must do for one item. */
export type LoopStep =
  | { kind: 'open-sop-draft'; itemId: string; sopId: string }
  | { kind: 'schedule-risk-review'; itemId: string; riskId: string; dueOn: string };

/** True when the item's loop already points at what its link names. */
function isLoopCurrent(item: Pick<ActionItem, 'link' | 'loop'>): boolean {
  const { link, loop } = item;
  if (link === null || loop === null) return false;
  if (link.kind === 'sop') return loop.kind === 'sop-draft' && loop.sopId === link.sopId;
  return loop.kind === 'risk-review' && loop.riskId === link.riskId;
}

/** True when the loop has been answered (the SOP version published, the risk reviewed). */
function isLoopAnswered(loop: ActionItemLoop): boolean {
  return loop.kind === 'sop-draft' ? loop.resolvedVersion !== null : loop.reviewedOn !== null;
}

/**
 * `item` with its loop brought in line with its link, after an edit: a loop whose target the link no
 * longer names (link removed or changed) is dropped, and a risk review still to do follows the
 * item's due day. An answered loop keeps the day it was due. Returns `item` itself when nothing
 * changes.
 */
export function alignLoopWithLink(item: ActionItem): ActionItem {
  const { loop } = item;
  if (loop === null) return item;
  if (!isLoopCurrent(item)) return { ...item, loop: null };
  if (loop.kind === 'risk-review' && loop.reviewedOn === null && loop.dueOn !== item.dueOn) {
    return { ...item, loop: { ...loop, dueOn: item.dueOn } };
  }
  return item;
}

/**
 * The steps publishing must take: nothing while the postmortem is not published; otherwise one
 * step per item that is still open, has a link and has no loop still to be answered for that link
 * (an item relinked to another risk opens a new review; an item reopened after its loop was
 * answered asks again; an item already done or cancelled needs none).
 */
export function loopStepsFor(
  isPublished: boolean,
  items: readonly Pick<ActionItem, 'id' | 'status' | 'link' | 'loop' | 'dueOn'>[],
): LoopStep[] {
  if (!isPublished) return [];
  const steps: LoopStep[] = [];
  for (const item of items) {
    if (item.link === null || !isActionItemOpen(item)) continue;
    if (item.loop !== null && isLoopCurrent(item) && !isLoopAnswered(item.loop)) continue;
    steps.push(
      item.link.kind === 'sop'
        ? { kind: 'open-sop-draft', itemId: item.id, sopId: item.link.sopId }
        : {
            kind: 'schedule-risk-review',
            itemId: item.id,
            riskId: item.link.riskId,
            dueOn: item.dueOn,
          },
    );
  }
  return steps;
}

/**
 * `item` with the loop of `step` opened at `now`. `sopPublishedVersion` is the version of the SOP
 * in force (null for a never-published SOP), recorded so the draft is known to be of the next one.
 */
export function openLoop(
  item: ActionItem,
  step: LoopStep,
  now: number,
  sopPublishedVersion: number | null,
): ActionItem {
  const loop: ActionItemLoop =
    step.kind === 'open-sop-draft'
      ? {
          kind: 'sop-draft',
          sopId: step.sopId,
          openedAt: now,
          baseVersion: sopPublishedVersion,
          resolvedVersion: null,
        }
      : {
          kind: 'risk-review',
          riskId: step.riskId,
          openedAt: now,
          dueOn: step.dueOn,
          reviewedOn: null,
        };
  return { ...item, loop, updatedAt: now };
}

/** The item fields that decide whether it is a request to a target. */
type RequestFields = Pick<ActionItem, 'loop' | 'link' | 'status' | 'createdAt'>;

/**
 * Items that still ask `sopId` for its next version: open or in progress, linked to that SOP, with
 * an SOP draft for it not yet published; oldest first. A cancelled, manually finished or relinked
 * item asks nothing, even when its old loop is still stored.
 */
export function openSopRequests<T extends RequestFields>(items: readonly T[], sopId: string): T[] {
  return items
    .filter(
      ({ loop, link, status }) =>
        isActionItemOpen({ status }) &&
        link?.kind === 'sop' &&
        link.sopId === sopId &&
        loop?.kind === 'sop-draft' &&
        loop.sopId === sopId &&
        loop.resolvedVersion === null,
    )
    .sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * Items that still ask for a review of `riskId`: open or in progress, linked to that risk, with a
 * review of it scheduled and not yet done; earliest due first.
 */
export function openRiskRequests<T extends RequestFields>(
  items: readonly T[],
  riskId: string,
): T[] {
  const dueOn = (item: T) => (item.loop?.kind === 'risk-review' ? item.loop.dueOn : '');
  return items
    .filter(
      ({ loop, link, status }) =>
        isActionItemOpen({ status }) &&
        link?.kind === 'risk' &&
        link.riskId === riskId &&
        loop?.kind === 'risk-review' &&
        loop.riskId === riskId &&
        loop.reviewedOn === null,
    )
    .sort((a, b) => dueOn(a).localeCompare(dueOn(b)) || a.createdAt - b.createdAt);
}

/** An item finished by the loop (only open items are requests): done at `now`. */
function finishedByLoop(item: ActionItem, loop: ActionItemLoop, now: number): ActionItem {
  return { ...item, loop, status: 'done', completedAt: now, updatedAt: now };
}

/**
 * Publishing `version` of `sopId` closes every open SOP draft request for it (see
 * {@link openSopRequests}): the items record the version and are done. Returns only the items that
 * changed.
 */
export function resolveSopLoops(
  items: readonly ActionItem[],
  sopId: string,
  version: number,
  now: number,
): ActionItem[] {
  return openSopRequests(items, sopId).map((item) =>
    item.loop?.kind === 'sop-draft'
      ? finishedByLoop(item, { ...item.loop, resolvedVersion: version }, now)
      : item,
  );
}

/**
 * A review of `riskId` on `reviewedOn` closes every review still requested of it (see
 * {@link openRiskRequests}): the items record the day and are done. Returns only the items that
 * changed.
 */
export function resolveRiskLoops(
  items: readonly ActionItem[],
  riskId: string,
  reviewedOn: string,
  now: number,
): ActionItem[] {
  return openRiskRequests(items, riskId).map((item) =>
    item.loop?.kind === 'risk-review'
      ? finishedByLoop(item, { ...item.loop, reviewedOn }, now)
      : item,
  );
}
