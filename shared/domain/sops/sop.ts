import { z } from 'zod';
import { isoDateSchema } from '../risks/risk';
import { addDaysToIsoDate, toIsoDate } from '../risks/reviews';

/**
 * A standard operating procedure (SOP) and its parts, as zod schemas. Messages of the refinements
 * are codes the UI translates (`sops.validation.<code>`). An SOP is a stored document whose
 * `content` is the working draft; publishing freezes a copy of the content as a numbered version
 * (see sopVersions.ts). Review days are calendar days (`YYYY-MM-DD`) in the user's time zone.
 */

/** Longest title of an SOP or a step. */
export const maxTitleLength = 200;
/** Longest Markdown body (purpose, trigger criteria, step notes). */
export const maxMarkdownLength = 10_000;
/** Longest checklist item text. */
export const maxChecklistItemLength = 500;
/** Most checklist items on one step. */
export const maxChecklistItems = 50;
/** Longest resource (a URL or the name of a document, tool or room). */
export const maxResourceLength = 500;
/** Most resources on one step. */
export const maxResources = 20;
/** Most steps in one SOP. */
export const maxSteps = 100;
/** Latest target time of a step, in minutes after activation: 30 days. */
export const maxTargetMinutes = 43_200;
/** Longest review interval: three years. */
export const maxReviewIntervalDays = 1095;

/** An id made by the app (`crypto.randomUUID()`), a starter-library id, or one from an import. */
const entityIdSchema = z.string().min(1).max(80);

/** A required, trimmed title. */
const titleSchema = z.string().trim().min(1, 'required').max(maxTitleLength, 'too-long');

/** A Markdown body; rendered safely by the UI (no raw HTML), so any text is allowed here. */
const markdownSchema = z.string().trim().max(maxMarkdownLength, 'too-long');

/** Adds a `duplicate-id` issue at `[...path, index, 'id']` for each repeated id after the first. */
function checkUniqueIds(
  items: readonly { id: string }[],
  path: readonly (string | number)[],
  context: z.core.$RefinementCtx,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      context.addIssue({ code: 'custom', message: 'duplicate-id', path: [...path, index, 'id'] });
    }
    seen.add(item.id);
  });
}

/** One item of a step's checklist; the id lets runs tick it and diffs follow it through edits. */
export const sopChecklistItemSchema = z
  .object({
    id: entityIdSchema,
    text: z.string().trim().min(1, 'required').max(maxChecklistItemLength, 'too-long'),
  })
  .strict();

/** See {@link sopChecklistItemSchema}. */
export type SopChecklistItem = z.output<typeof sopChecklistItemSchema>;

/**
 * One step of an SOP: who does it (a crisis role id, built-in or `custom-…`), by when (minutes
 * after activation, e.g. 60 for "holding statement within 60 min"; null when untimed), a
 * checklist, resources and Markdown notes. Checklist item ids are unique within the step.
 */
export const sopStepSchema = z
  .object({
    id: entityIdSchema,
    title: titleSchema,
    ownerRoleId: entityIdSchema.nullable(),
    targetMinutes: z
      .number()
      .int('target-range')
      .min(0, 'target-range')
      .max(maxTargetMinutes, 'target-range')
      .nullable(),
    checklist: z.array(sopChecklistItemSchema).max(maxChecklistItems, 'too-many'),
    resources: z
      .array(z.string().trim().min(1, 'required').max(maxResourceLength, 'too-long'))
      .max(maxResources, 'too-many'),
    notes: markdownSchema,
  })
  .strict()
  .superRefine((step, context) => {
    checkUniqueIds(step.checklist, ['checklist'], context);
  });

/** See {@link sopStepSchema}. */
export type SopStep = z.output<typeof sopStepSchema>;

/**
 * What a published version freezes: title, crisis type, purpose and trigger criteria (Markdown),
 * the severity levels it applies to (ids such as `sev-1`, a set: order carries no meaning) and
 * 1 … {@link maxSteps} ordered steps with unique ids (runs and diffs match steps by id).
 */
export const sopContentSchema = z
  .object({
    title: titleSchema,
    /** A crisis type id (crisisTypes.ts or one added later); null for a general SOP. */
    crisisTypeId: entityIdSchema.nullable(),
    purpose: markdownSchema,
    triggerCriteria: markdownSchema,
    // Same id form and count limit as severityLevelsSchema (severity.ts).
    severityIds: z
      .array(z.string().regex(/^[a-z0-9-]{1,40}$/u, 'severity-format'))
      .max(6, 'too-many'),
    steps: z.array(sopStepSchema).min(1, 'steps-required').max(maxSteps, 'too-many'),
  })
  .strict()
  .superRefine((content, context) => {
    checkUniqueIds(content.steps, ['steps'], context);
    content.severityIds.forEach((severityId, index) => {
      if (content.severityIds.indexOf(severityId) !== index) {
        context.addIssue({ code: 'custom', message: 'duplicate-id', path: ['severityIds', index] });
      }
    });
  });

/** See {@link sopContentSchema}. */
export type SopContent = z.output<typeof sopContentSchema>;

/**
 * A stored SOP: the working draft (`content`), its owner role, review schedule, the drill that last
 * validated it, the number of its latest published version (null before the first publication),
 * times (epoch ms) and whether it was installed from the starter library (shown as a starting
 * point to adapt).
 */
export const sopSchema = z
  .object({
    id: entityIdSchema,
    content: sopContentSchema,
    ownerRoleId: entityIdSchema.nullable(),
    reviewIntervalDays: z
      .number()
      .int('interval-range')
      .min(1, 'interval-range')
      .max(maxReviewIntervalDays, 'interval-range'),
    /** The last review; null when never reviewed (the creation day counts then). */
    lastReviewedOn: isoDateSchema.nullable(),
    lastValidatedByDrillId: entityIdSchema.nullable(),
    publishedVersion: z.number().int().min(1).nullable(),
    createdAt: z.number().int().min(0),
    updatedAt: z.number().int().min(0),
    isStarter: z.boolean(),
  })
  .strict();

/** See {@link sopSchema}. */
export type Sop = z.output<typeof sopSchema>;

/** When an SOP's next review is due and whether it is stale on a given day. */
export type SopReviewState = {
  /** `YYYY-MM-DD`: the review interval after the last review, or after the creation day. */
  nextReviewOn: string;
  /** True from the due day on: an SOP due today is flagged today, not tomorrow. */
  isStale: boolean;
};

/**
 * The review state of an SOP on `today` (`YYYY-MM-DD`, the caller's calendar day). A never-reviewed
 * SOP counts from the day it was created, in the device's time zone.
 */
export function sopReviewState(
  sop: Pick<Sop, 'reviewIntervalDays' | 'lastReviewedOn' | 'createdAt'>,
  today: string,
): SopReviewState {
  const base = sop.lastReviewedOn ?? toIsoDate(new Date(sop.createdAt));
  const nextReviewOn = addDaysToIsoDate(base, sop.reviewIntervalDays);
  return { nextReviewOn, isStale: nextReviewOn <= today };
}
