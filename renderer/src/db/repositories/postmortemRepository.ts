import {
  isActionItemOpen,
  updateActionItem,
} from '../../../../shared/domain/postmortems/actionItems';
import type {
  ActionItem,
  ActionItemInput,
  ActionItemLink,
} from '../../../../shared/domain/postmortems/actionItems';
import {
  alignLoopWithLink,
  loopStepsFor,
  openLoop,
  openSopRequests,
  resolveSopLoops,
} from '../../../../shared/domain/postmortems/loop';
import {
  isPostmortemEditable,
  movePostmortem,
  postmortemReference,
} from '../../../../shared/domain/postmortems/postmortem';
import type {
  Postmortem,
  PostmortemContent,
  PostmortemMoveRefusal,
  PostmortemStatus,
  Reviewer,
} from '../../../../shared/domain/postmortems/postmortem';
import { getDatabase } from '../database';
import type { CrisisRoomDatabase, PostmortemRow } from '../database';
import { runWrite } from '../writeErrors';

/**
 * Postmortems and their action items. A postmortem is created from a stable or closed incident
 * (one per incident, enforced by a unique index), edited only as a draft, and moved through review
 * by the shared workflow rules. Publishing opens the loops of its linked action items (SOP drafts,
 * risk reviews) in the same transaction, and so does saving a linked item of a published
 * postmortem; SOP publication and risk reviews close them (sopRepository, riskRepository). Saving
 * an item brings its loop in line with its link and due day in the same transaction (a relinked or
 * unlinked item drops the loop of its old target), and refuses a link to an SOP or risk that is not
 * there.
 */

/** Name of the counter holding the highest postmortem reference number ever given. */
const sequenceCounter = 'postmortemSequence';

/** Why a postmortem write was refused before anything was stored. */
export type PostmortemRefusalCode =
  | PostmortemMoveRefusal
  | 'not-found'
  | 'incident-not-found'
  | 'incident-not-finished'
  | 'already-exists'
  | 'not-editable'
  | 'not-in-review'
  | 'link-missing'
  | 'changed-meanwhile';

/**
 * A write refused by a rule. Thrown inside the transaction, so it aborts it; `runWrite` rethrows
 * it as the `cause` of a StorageWriteError, and {@link postmortemRefusalOf} finds it.
 */
export class PostmortemWriteRefusal extends Error {
  /** The refusal code. */
  readonly code: PostmortemRefusalCode;

  constructor(code: PostmortemRefusalCode) {
    super(`The postmortem change was refused: ${code}.`);
    this.name = 'PostmortemWriteRefusal';
    this.code = code;
  }
}

/** The refusal code behind a failed postmortem write, or null for a storage failure. */
export function postmortemRefusalOf(error: unknown): PostmortemRefusalCode | null {
  if (error instanceof PostmortemWriteRefusal) {
    return error.code;
  }
  if (error instanceof Error && error.cause instanceof PostmortemWriteRefusal) {
    return error.cause.code;
  }
  return null;
}

/** The domain postmortem of a stored row (the row only adds `sequence`). */
function toPostmortem(row: PostmortemRow): Postmortem {
  const { sequence: _sequence, ...postmortem } = row;
  return postmortem;
}

/** The domain postmortem of a row that may be missing. */
function toPostmortemOrUndefined(row: PostmortemRow | undefined): Postmortem | undefined {
  return row === undefined ? undefined : toPostmortem(row);
}

/** Action items oldest first, ties by id so the order is stable. */
function oldestFirst(items: ActionItem[]): ActionItem[] {
  return items.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Every postmortem, newest first. */
export async function readPostmortems(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Postmortem[]> {
  const rows = await db.postmortems.toArray();
  return rows.map(toPostmortem).sort((a, b) => b.createdAt - a.createdAt);
}

/** One postmortem, or undefined. */
export async function readPostmortem(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Postmortem | undefined> {
  return toPostmortemOrUndefined(await db.postmortems.get(id));
}

/** The postmortem of an incident, or undefined when none was created. */
export async function readPostmortemOfIncident(
  incidentId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Postmortem | undefined> {
  return toPostmortemOrUndefined(
    await db.postmortems.where('incidentId').equals(incidentId).first(),
  );
}

/** Every action item, oldest first. */
export async function readActionItems(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<ActionItem[]> {
  return oldestFirst(await db.postmortemActionItems.toArray());
}

/** The action items of one postmortem, oldest first. */
export async function readActionItemsOf(
  postmortemId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<ActionItem[]> {
  return oldestFirst(
    await db.postmortemActionItems.where('postmortemId').equals(postmortemId).toArray(),
  );
}

/** What creating a postmortem stores; the repository adds the reference. */
export type NewPostmortem = Omit<Postmortem, 'reference'>;

/**
 * Creates the postmortem of an incident in one transaction: refused when the incident is missing,
 * still detected or active (a postmortem looks back at a crisis that is under control), or already
 * has one.
 */
export function insertPostmortem(
  postmortem: NewPostmortem,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Postmortem> {
  return runWrite(db, [db.postmortems, db.incidents, db.counters], async () => {
    const incident = await db.incidents.get(postmortem.incidentId);
    if (incident === undefined) throw new PostmortemWriteRefusal('incident-not-found');
    if (incident.status !== 'stable' && incident.status !== 'closed') {
      throw new PostmortemWriteRefusal('incident-not-finished');
    }
    const existing = await db.postmortems.where('incidentId').equals(postmortem.incidentId).count();
    if (existing > 0) throw new PostmortemWriteRefusal('already-exists');
    const [counter, last] = await Promise.all([
      db.counters.get(sequenceCounter),
      db.postmortems.orderBy('sequence').last(),
    ]);
    const sequence = Math.max(counter?.value ?? 0, last?.sequence ?? 0) + 1;
    await db.counters.put({ name: sequenceCounter, value: sequence });
    const row: PostmortemRow = {
      ...postmortem,
      reference: postmortemReference(sequence),
      sequence,
    };
    await db.postmortems.add(row);
    return toPostmortem(row);
  });
}

/** Reads a postmortem row inside a transaction or fails with `not-found`. */
async function postmortemRowOrFail(db: CrisisRoomDatabase, id: string): Promise<PostmortemRow> {
  const row = await db.postmortems.get(id);
  if (row === undefined) throw new PostmortemWriteRefusal('not-found');
  return row;
}

/**
 * Rewrites one stored postmortem in a transaction of its own: `change` gets the stored row and
 * returns the row to store (the same row to store nothing) or throws a refusal.
 */
function rewritePostmortem(
  db: CrisisRoomDatabase,
  id: string,
  change: (row: PostmortemRow) => PostmortemRow,
): Promise<Postmortem> {
  return runWrite(db, [db.postmortems], async () => {
    const row = await postmortemRowOrFail(db, id);
    const stored = change(row);
    if (stored !== row) await db.postmortems.put(stored);
    return toPostmortem(stored);
  });
}

/** Replaces a draft's content; refused unless the postmortem is a draft. */
export function updatePostmortemContent(
  id: string,
  content: PostmortemContent,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Postmortem> {
  return rewritePostmortem(db, id, (row) => {
    if (!isPostmortemEditable(row)) throw new PostmortemWriteRefusal('not-editable');
    return { ...row, content, updatedAt: now };
  });
}

/**
 * Replaces the reviewers (add, remove, rename) while the postmortem is a draft or in review; a
 * published postmortem is reopened as a draft first. Decisions are not part of the list: a reviewer
 * already stored keeps the stored decision, comment and time, and a new one starts pending, so a
 * stale list (an Undo, another window) can neither bring back an approval that moving back to draft
 * reset nor make one up. Decisions are recorded by {@link recordReviewDecision}.
 */
export function updateReviewers(
  id: string,
  reviewers: readonly Reviewer[],
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Postmortem> {
  return rewritePostmortem(db, id, (row) => {
    if (row.status === 'published') throw new PostmortemWriteRefusal('not-editable');
    const storedById = new Map(row.reviewers.map((reviewer) => [reviewer.id, reviewer]));
    const merged = reviewers.map((reviewer): Reviewer => {
      const stored = storedById.get(reviewer.id);
      return stored === undefined
        ? { ...reviewer, decision: 'pending', comment: '', decidedAt: null }
        : {
            ...reviewer,
            decision: stored.decision,
            comment: stored.comment,
            decidedAt: stored.decidedAt,
          };
    });
    return { ...row, reviewers: merged, updatedAt: now };
  });
}

/**
 * Puts a removed reviewer back (Undo of a removal) at the end of the current list, pending: the
 * decision it had is not restored (the review may have moved on since). Nothing changes when a
 * reviewer with that id or name is listed again meanwhile; refused once published.
 */
export function reinstateReviewer(
  id: string,
  reviewer: Reviewer,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Postmortem> {
  return rewritePostmortem(db, id, (row) => {
    if (row.status === 'published') throw new PostmortemWriteRefusal('not-editable');
    const name = reviewer.name.toLocaleLowerCase();
    const isListed = row.reviewers.some(
      (listed) => listed.id === reviewer.id || listed.name.toLocaleLowerCase() === name,
    );
    if (isListed) return row;
    return {
      ...row,
      reviewers: [
        ...row.reviewers,
        { ...reviewer, decision: 'pending', comment: '', decidedAt: null },
      ],
      updatedAt: now,
    };
  });
}

/** Records one reviewer's decision; only while in review. */
export function recordReviewDecision(
  id: string,
  reviewerId: string,
  decision: Reviewer['decision'],
  comment: string,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Postmortem> {
  return rewritePostmortem(db, id, (row) => {
    if (row.status !== 'in-review') throw new PostmortemWriteRefusal('not-in-review');
    if (!row.reviewers.some((reviewer) => reviewer.id === reviewerId)) {
      throw new PostmortemWriteRefusal('not-found');
    }
    return {
      ...row,
      reviewers: row.reviewers.map((reviewer) =>
        reviewer.id === reviewerId
          ? { ...reviewer, decision, comment, decidedAt: decision === 'pending' ? null : now }
          : reviewer,
      ),
      updatedAt: now,
    };
  });
}

/** The tables an action-item write reads or writes. */
function actionItemTables(db: CrisisRoomDatabase) {
  return [db.postmortems, db.postmortemActionItems, db.sops, db.risks];
}

/** True when the SOP or risk `link` names is stored (a risk in the recycle bin is not). */
async function isLinkTargetPresent(db: CrisisRoomDatabase, link: ActionItemLink): Promise<boolean> {
  if (link.kind === 'sop') return (await db.sops.get(link.sopId)) !== undefined;
  const risk = await db.risks.get(link.riskId);
  return risk !== undefined && risk.deletedAt === null;
}

/** True when both links name the same target (or both are absent). */
function isSameLink(a: ActionItemLink | null, b: ActionItemLink | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'sop') return b.kind === 'sop' && a.sopId === b.sopId;
  return b.kind === 'risk' && a.riskId === b.riskId;
}

/**
 * Opens the loops `items` need (when `isPublished`), storing the changed items. An item linked to
 * an SOP that is gone or a risk that is gone or in the recycle bin opens no loop: nothing could
 * ever answer it. Saving refuses such links; this covers targets deleted after the item was saved.
 */
async function openLoopsWithin(
  db: CrisisRoomDatabase,
  isPublished: boolean,
  items: readonly ActionItem[],
  now: number,
): Promise<ActionItem[]> {
  const steps = loopStepsFor(isPublished, items);
  const opened: ActionItem[] = [];
  for (const step of steps) {
    const item = items.find(({ id }) => id === step.itemId);
    if (item === undefined) continue;
    if (step.kind === 'open-sop-draft') {
      const sop = await db.sops.get(step.sopId);
      if (sop === undefined) continue;
      opened.push(openLoop(item, step, now, sop.publishedVersion));
    } else {
      if (!(await isLinkTargetPresent(db, { kind: 'risk', riskId: step.riskId }))) continue;
      opened.push(openLoop(item, step, now, null));
    }
  }
  await db.postmortemActionItems.bulkPut(opened);
  return opened;
}

/** `item` (just stored) with its loop opened when its postmortem `row` is published. */
async function openLoopOf(
  db: CrisisRoomDatabase,
  row: PostmortemRow,
  item: ActionItem,
  now: number,
): Promise<ActionItem> {
  const [opened] = await openLoopsWithin(db, row.status === 'published', [item], now);
  return opened ?? item;
}

/**
 * Moves a postmortem through review (shared rules decide). Publishing opens the loops of its linked
 * action items in the same transaction: all or nothing. Items linked to an SOP or risk that is gone
 * (or a risk in the recycle bin) are skipped: they open no loop, since nothing could close it.
 */
export function movePostmortemTo(
  id: string,
  to: PostmortemStatus,
  by: string,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Postmortem> {
  return runWrite(db, actionItemTables(db), async () => {
    const row = await postmortemRowOrFail(db, id);
    const moved = movePostmortem(toPostmortem(row), to, now, by);
    if (!moved.ok) throw new PostmortemWriteRefusal(moved.refusal);
    const stored: PostmortemRow = { ...moved.postmortem, sequence: row.sequence };
    await db.postmortems.put(stored);
    if (to === 'published') {
      await openLoopsWithin(db, true, await readActionItemsOf(id, db), now);
    }
    return toPostmortem(stored);
  });
}

/**
 * Stores `item` over `previous` (undefined for a new item) inside a transaction: refuses
 * (`link-missing`) a link to an SOP that is gone or a risk that is gone or in the recycle bin when
 * the link is new or changed, or the item is still to do (a finished item keeps the link it had as
 * history); drops a loop whose target the link no longer names and lets a risk review still to do
 * follow the due day; then opens the loop when the postmortem is published.
 */
async function storeActionItemWithin(
  db: CrisisRoomDatabase,
  previous: ActionItem | undefined,
  item: ActionItem,
  now: number,
): Promise<ActionItem> {
  const row = await postmortemRowOrFail(db, item.postmortemId);
  if (item.link !== null) {
    const isLinkNew = previous === undefined || !isSameLink(previous.link, item.link);
    if ((isLinkNew || isActionItemOpen(item)) && !(await isLinkTargetPresent(db, item.link))) {
      throw new PostmortemWriteRefusal('link-missing');
    }
  }
  const aligned = alignLoopWithLink(item);
  await db.postmortemActionItems.put(aligned);
  return openLoopOf(db, row, aligned, now);
}

/**
 * Stores an action item (new, or a whole replacement of the stored one) of an existing postmortem,
 * with the rules of {@link storeActionItemWithin}: the stored item is read in the same transaction
 * to compare links. Returns the stored item.
 */
export function putActionItem(
  item: ActionItem,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<ActionItem> {
  return runWrite(db, actionItemTables(db), async () => {
    const previous = await db.postmortemActionItems.get(item.id);
    return storeActionItemWithin(db, previous, item, now);
  });
}

/** An edit of a stored action item, as the dialog sends it. */
export type ActionItemChange = {
  postmortemId: string;
  itemId: string;
  input: ActionItemInput;
  /** The item's `updatedAt` when the dialog opened; null to skip the check. */
  expectedUpdatedAt: number | null;
};

/**
 * Applies an edit to a stored action item in one transaction: refused with `not-found` when the
 * item is gone, and with `changed-meanwhile` when it changed since the dialog opened (publishing
 * its SOP may have marked it done; writing the old status back would undo that). Otherwise as
 * {@link putActionItem}.
 */
export function changeActionItem(
  change: ActionItemChange,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<ActionItem> {
  return runWrite(db, actionItemTables(db), async () => {
    const existing = await db.postmortemActionItems.get(change.itemId);
    if (existing === undefined || existing.postmortemId !== change.postmortemId) {
      throw new PostmortemWriteRefusal('not-found');
    }
    if (change.expectedUpdatedAt !== null && existing.updatedAt !== change.expectedUpdatedAt) {
      throw new PostmortemWriteRefusal('changed-meanwhile');
    }
    return storeActionItemWithin(db, existing, updateActionItem(existing, change.input, now), now);
  });
}

/** Deletes an action item; returns it for Undo, or undefined when it was not there. */
export function deleteActionItemRow(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<ActionItem | undefined> {
  return runWrite(db, [db.postmortemActionItems], async () => {
    const item = await db.postmortemActionItems.get(id);
    if (item !== undefined) await db.postmortemActionItems.delete(id);
    return item;
  });
}

/**
 * `item` with its SOP draft answered when the SOP published a version newer than the draft's base
 * while the item was deleted (the publication could not see it); otherwise `item`.
 */
async function answerMissedSopVersion(
  db: CrisisRoomDatabase,
  item: ActionItem,
  now: number,
): Promise<ActionItem> {
  const { loop } = item;
  if (loop?.kind !== 'sop-draft' || openSopRequests([item], loop.sopId).length === 0) return item;
  const published = (await db.sops.get(loop.sopId))?.publishedVersion ?? null;
  if (published === null || published <= (loop.baseVersion ?? 0)) return item;
  return resolveSopLoops([item], loop.sopId, published, now)[0] ?? item;
}

/**
 * Puts a deleted action item back (Undo) at `now`; refused with `already-exists` when something
 * took its id, and `not-found` when its postmortem is gone. The loop rules run as for a save: an
 * SOP draft the SOP answered meanwhile (a newer version was published) is answered at once, and a
 * linked item of a published postmortem without a loop opens one.
 */
export function restoreActionItemRow(
  item: ActionItem,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<ActionItem> {
  return runWrite(db, actionItemTables(db), async () => {
    const row = await postmortemRowOrFail(db, item.postmortemId);
    if ((await db.postmortemActionItems.get(item.id)) !== undefined) {
      throw new PostmortemWriteRefusal('already-exists');
    }
    const settled = await answerMissedSopVersion(db, item, now);
    await db.postmortemActionItems.add(settled);
    return openLoopOf(db, row, settled, now);
  });
}
