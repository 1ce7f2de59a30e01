import { z } from 'zod';
import {
  actionItemInputSchema,
  isActionItemOpen,
} from '../../../../shared/domain/postmortems/actionItems';
import type {
  ActionItem,
  ActionItemInput,
} from '../../../../shared/domain/postmortems/actionItems';
import {
  postmortemContentFromIncident,
  postmortemContentSchema,
  reviewerSchema,
} from '../../../../shared/domain/postmortems/postmortem';
import type {
  Postmortem,
  PostmortemContent,
  PostmortemStatus,
  Reviewer,
} from '../../../../shared/domain/postmortems/postmortem';
import { readIncident } from '../../db/repositories/incidentRepository';
import {
  changeActionItem,
  deleteActionItemRow,
  insertPostmortem,
  movePostmortemTo,
  postmortemRefusalOf,
  putActionItem,
  readPostmortem,
  recordReviewDecision,
  reinstateReviewer,
  restoreActionItemRow,
  updatePostmortemContent,
  updateReviewers,
} from '../../db/repositories/postmortemRepository';
import { toStorageWriteError } from '../../db/writeErrors';
import type { MessageKey } from '../../i18n/messageKeys';
import { postmortemsDomainEn } from '../../i18n/resources/postmortems/postmortemsDomainMessages';
import { announce, fieldIssueConverter, formFailure } from '../../lib/commandResult';
import type { CommandResult } from '../../lib/commandResult';

/**
 * The postmortem commands. Each validates with the shared schemas and writes through the
 * repository; invalid input writes nothing and comes back as field issues (codes under
 * `postmortems.validation`), a refused move or edit as an issue on the whole form with the rule's
 * code. Deleting an action item announces an Undo.
 */

/** True when `code` has its own message under `postmortems.validation`. */
function isValidationCode(code: string): code is keyof typeof postmortemsDomainEn.validation {
  return Object.hasOwn(postmortemsDomainEn.validation, code);
}

/** The message of an issue code: `postmortems.validation.<code>`, `errors.<code>`, or "not valid". */
export function postmortemIssueMessageKey(code: string): MessageKey {
  if (isValidationCode(code)) {
    return `postmortems.validation.${code}`;
  }
  if (code === 'storage-full' || code === 'write-failed' || code === 'invalid-value') {
    return `errors.${code}`;
  }
  return 'postmortems.validation.invalid';
}

/** Field issues of a zod error, under `prefix`. */
export const toPostmortemIssues = fieldIssueConverter(isValidationCode);

/**
 * Runs a repository write; a refusal becomes an issue with its code (on the `link` field for a
 * link to a missing SOP or risk, else on the whole form), a storage failure its code.
 */
async function attemptPostmortemWrite<T>(
  write: () => Promise<CommandResult<T>>,
): Promise<CommandResult<T>> {
  try {
    return await write();
  } catch (error: unknown) {
    const refusal = postmortemRefusalOf(error);
    if (refusal === 'link-missing') {
      return { ok: false, issues: [{ path: 'link', code: refusal }] };
    }
    if (refusal !== null) {
      return formFailure(refusal);
    }
    return formFailure(toStorageWriteError(error).code);
  }
}

/**
 * Creates the postmortem of a stable or closed incident, its content pulled in from the incident
 * (title, summary, detection note, tags), as a draft by `by`. `currency` is the impact's currency
 * (the UI offers the one of the user's language).
 */
export function createPostmortem(
  incidentId: string,
  currency: string,
  by: string,
): Promise<CommandResult<Postmortem>> {
  return attemptPostmortemWrite(async () => {
    const incident = await readIncident(incidentId);
    if (incident === undefined) {
      return formFailure('incident-not-found');
    }
    const now = Date.now();
    const content = postmortemContentFromIncident(incident, currency);
    const parsed = postmortemContentSchema.safeParse(content);
    if (!parsed.success) {
      return { ok: false, issues: toPostmortemIssues(parsed.error.issues) };
    }
    const postmortem = await insertPostmortem({
      id: crypto.randomUUID(),
      incidentId,
      content: parsed.data,
      status: 'draft',
      statusHistory: [{ from: null, to: 'draft', at: now, by: by.trim() }],
      reviewers: [],
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
    });
    return { ok: true, value: postmortem };
  });
}

/** Saves a draft's content; refused (`not-editable`) unless it is a draft. */
export function savePostmortemContent(
  id: string,
  content: PostmortemContent,
): Promise<CommandResult<Postmortem>> {
  return attemptPostmortemWrite(async () => {
    const parsed = postmortemContentSchema.safeParse(content);
    if (!parsed.success) {
      return { ok: false, issues: toPostmortemIssues(parsed.error.issues) };
    }
    return { ok: true, value: await updatePostmortemContent(id, parsed.data, Date.now()) };
  });
}

/** Replaces the reviewers (draft or in review). */
export function saveReviewers(
  id: string,
  reviewers: readonly Reviewer[],
): Promise<CommandResult<Postmortem>> {
  return attemptPostmortemWrite(async () => {
    const parsed = z.array(reviewerSchema).max(50, 'too-many').safeParse(reviewers);
    if (!parsed.success) {
      return { ok: false, issues: toPostmortemIssues(parsed.error.issues, 'reviewers') };
    }
    return { ok: true, value: await updateReviewers(id, parsed.data, Date.now()) };
  });
}

/**
 * Puts a removed reviewer back, pending, at the end of the current list (the Undo of a removal):
 * reviewers added or decisions recorded since stay as they are.
 */
export function restoreReviewer(
  id: string,
  reviewer: Reviewer,
): Promise<CommandResult<Postmortem>> {
  return attemptPostmortemWrite(async () => ({
    ok: true,
    value: await reinstateReviewer(id, reviewer, Date.now()),
  }));
}

/** Records a reviewer's decision and comment (only while in review). */
export function decideReview(
  id: string,
  reviewerId: string,
  decision: Reviewer['decision'],
  comment: string,
): Promise<CommandResult<Postmortem>> {
  return attemptPostmortemWrite(async () => {
    const parsed = reviewerSchema.shape.comment.safeParse(comment);
    if (!parsed.success) {
      return { ok: false, issues: toPostmortemIssues(parsed.error.issues, 'comment') };
    }
    return {
      ok: true,
      value: await recordReviewDecision(id, reviewerId, decision, parsed.data, Date.now()),
    };
  });
}

/**
 * Moves a postmortem through review. Publishing opens the loops of its linked action items (SOP
 * drafts, risk reviews) in the same write.
 */
export function movePostmortem(
  id: string,
  to: PostmortemStatus,
  by: string,
): Promise<CommandResult<Postmortem>> {
  return attemptPostmortemWrite(async () => ({
    ok: true,
    value: await movePostmortemTo(id, to, by.trim(), Date.now()),
  }));
}

/**
 * Creates (`itemId` null) or changes an action item of a postmortem. Saving a linked item of a
 * published postmortem opens its loop at once; changing or removing the link drops the loop of the
 * old target. A link to an SOP or risk that is gone (or a risk in the recycle bin) is refused
 * (`link-missing` on `link`). `expectedUpdatedAt` is the item's `updatedAt` when the form opened:
 * when the stored item changed since (publishing its SOP may have marked it done), the save is
 * refused with `changed-meanwhile` rather than writing the old state back.
 */
export function saveActionItem(
  postmortemId: string,
  itemId: string | null,
  input: ActionItemInput,
  expectedUpdatedAt?: number,
): Promise<CommandResult<ActionItem>> {
  return attemptPostmortemWrite(async () => {
    const parsed = actionItemInputSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, issues: toPostmortemIssues(parsed.error.issues) };
    }
    const postmortem = await readPostmortem(postmortemId);
    if (postmortem === undefined) {
      return formFailure('not-found');
    }
    const now = Date.now();
    if (itemId === null) {
      const isOpen = isActionItemOpen(parsed.data);
      const item: ActionItem = {
        ...parsed.data,
        id: crypto.randomUUID(),
        postmortemId,
        incidentId: postmortem.incidentId,
        loop: null,
        createdAt: now,
        updatedAt: now,
        completedAt: isOpen ? null : now,
      };
      return { ok: true, value: await putActionItem(item, now) };
    }
    const change = {
      postmortemId,
      itemId,
      input: parsed.data,
      expectedUpdatedAt: expectedUpdatedAt ?? null,
    };
    return { ok: true, value: await changeActionItem(change, now) };
  });
}

/** Deletes an action item, with Undo on the notice. The UI confirms first. */
export function deleteActionItem(id: string): Promise<CommandResult<null>> {
  return attemptPostmortemWrite(async () => {
    const deleted = await deleteActionItemRow(id);
    if (deleted === undefined) {
      return formFailure('not-found');
    }
    const { title } = deleted;
    announce(
      'info',
      'postmortems.notices.actionItemDeleted',
      { title },
      {
        labelKey: 'notices.undo',
        run: () => {
          restoreActionItemRow(deleted, Date.now()).then(
            () => announce('success', 'postmortems.notices.actionItemRestored', { title }),
            (error: unknown) => {
              if (postmortemRefusalOf(error) !== null) {
                announce('error', 'postmortems.notices.undoConflict', {});
                return;
              }
              announce('error', 'postmortems.notices.undoFailed', {
                reason: toStorageWriteError(error).message,
              });
            },
          );
        },
      },
    );
    return { ok: true, value: null };
  });
}
