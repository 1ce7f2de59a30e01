import { z } from 'zod';
import {
  actionItemStatuses,
  actionItemTypes,
} from '../../../../../shared/domain/postmortems/actionItems';
import type {
  ActionItem,
  ActionItemInput,
  ActionItemStatus,
  ActionItemType,
} from '../../../../../shared/domain/postmortems/actionItems';

/**
 * The action-item dialog's state: every field as chosen (no owner, lesson or linked record is '',
 * the kind of link and both linked records kept apart), so switching the link kind back and forth
 * loses nothing and a refused save keeps everything as typed.
 */

/** What an action item is linked to, as the dialog offers it. */
export const linkKinds = ['none', 'risk', 'sop'] as const;

/** One of {@link linkKinds}. */
export type LinkKind = (typeof linkKinds)[number];

/** See the module comment. */
export type ActionItemDraft = {
  title: string;
  description: string;
  ownerPersonId: string;
  dueOn: string;
  type: ActionItemType;
  status: ActionItemStatus;
  linkKind: LinkKind;
  riskId: string;
  sopId: string;
  lessonId: string;
};

/**
 * The shape of a stored draft, checked when it is read back: a damaged draft, or one written by
 * another app version, is dropped rather than half applied.
 */
export const storedActionItemDraftSchema = z
  .object({
    basedOn: z.number().nullable(),
    draft: z
      .object({
        title: z.string(),
        description: z.string(),
        ownerPersonId: z.string(),
        dueOn: z.string(),
        type: z.enum(actionItemTypes),
        status: z.enum(actionItemStatuses),
        linkKind: z.enum(linkKinds),
        riskId: z.string(),
        sopId: z.string(),
        lessonId: z.string(),
      })
      .strict() satisfies z.ZodType<ActionItemDraft>,
  })
  .strict();

/** The draft of a new item: open, no owner, no due date yet, nothing linked. */
export function newActionItemDraft(): ActionItemDraft {
  return {
    title: '',
    description: '',
    ownerPersonId: '',
    dueOn: '',
    type: 'prevent',
    status: 'open',
    linkKind: 'none',
    riskId: '',
    sopId: '',
    lessonId: '',
  };
}

/** The draft of a stored item, as the edit dialog opens with it. */
export function toActionItemDraft(item: ActionItem): ActionItemDraft {
  return {
    title: item.title,
    description: item.description,
    ownerPersonId: item.ownerPersonId ?? '',
    dueOn: item.dueOn,
    type: item.type,
    status: item.status,
    linkKind: item.link?.kind ?? 'none',
    riskId: item.link?.kind === 'risk' ? item.link.riskId : '',
    sopId: item.link?.kind === 'sop' ? item.link.sopId : '',
    lessonId: item.lessonId ?? '',
  };
}

/**
 * The input the draft describes. A link kind chosen without its record keeps the empty id, so the
 * command refuses it beside the risk or SOP field rather than silently saving no link.
 */
export function toActionItemInput(draft: ActionItemDraft): ActionItemInput {
  const link =
    draft.linkKind === 'risk'
      ? { kind: 'risk' as const, riskId: draft.riskId }
      : draft.linkKind === 'sop'
        ? { kind: 'sop' as const, sopId: draft.sopId }
        : null;
  return {
    title: draft.title,
    description: draft.description,
    ownerPersonId: draft.ownerPersonId === '' ? null : draft.ownerPersonId,
    dueOn: draft.dueOn,
    type: draft.type,
    status: draft.status,
    link,
    lessonId: draft.lessonId === '' ? null : draft.lessonId,
  };
}
