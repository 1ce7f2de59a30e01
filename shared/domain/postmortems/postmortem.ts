import { z } from 'zod';
import type { Incident } from '../incidents/incident';

/**
 * A postmortem: the crisis-event database's entry for one incident. It is created from the
 * incident (whose timeline, metrics, roles, communications and SOP runs it shows beside what people
 * write), holds the analysis (impact, detection, trigger, causes found with the 5-whys helper, what
 * went well or badly, the NIST lessons-learned questions, result and lessons), and goes through a
 * review (draft → in review → published) with named reviewers. Validation messages are codes the UI
 * translates under `postmortems.validation.<code>`. Times are epoch milliseconds.
 */

/** Review workflow statuses in order. */
export const postmortemStatuses = ['draft', 'in-review', 'published'] as const;

/** One of {@link postmortemStatuses}. */
export type PostmortemStatus = (typeof postmortemStatuses)[number];

/**
 * Categories a cause is filed under, so recurring causes can be counted across incidents even when
 * each postmortem words them differently.
 */
export const causeCategories = [
  'people',
  'process',
  'technology',
  'supplier',
  'communication',
  'monitoring',
  'governance',
  'external',
] as const;

/** One of {@link causeCategories}. */
export type CauseCategory = (typeof causeCategories)[number];

/** Whether a cause is a root cause or a contributing factor. */
export const causeKinds = ['root', 'contributing'] as const;

/** One of {@link causeKinds}. */
export type CauseKind = (typeof causeKinds)[number];

/** The NIST SP 800-61 lessons-learned questions, asked in every postmortem. */
export const nistQuestions = [
  'whatHappened',
  'staffPerformance',
  'informationNeededSooner',
  'hinderedRecovery',
  'doDifferently',
] as const;

/** One of {@link nistQuestions}. */
export type NistQuestion = (typeof nistQuestions)[number];

/** A reviewer's decision. */
export const reviewerDecisions = ['pending', 'approved', 'changes-requested'] as const;

/** One of {@link reviewerDecisions}. */
export type ReviewerDecision = (typeof reviewerDecisions)[number];

/** Longest title. */
export const maxPostmortemTitleLength = 200;
/** Longest free-text section (Markdown). */
export const maxPostmortemTextLength = 20_000;
/** Longest cause, why, lesson or comment. */
export const maxPostmortemItemLength = 2_000;
/** Most causes, lessons, reviewers or tags. */
export const maxPostmortemListLength = 50;
/** The 5-whys helper asks "why?" at most this many times per chain. */
export const maxWhys = 5;

/** An id made by the app. */
const idSchema = z.string().min(1).max(80);

/** A free-text section: Markdown, may be empty while drafting. */
const sectionSchema = z.string().trim().max(maxPostmortemTextLength, 'too-long');

/** A short item of a list: required, bounded. */
const itemSchema = z.string().trim().min(1, 'required').max(maxPostmortemItemLength, 'too-long');

/** A non-negative count that may be unknown. */
const countSchema = z
  .number()
  .int('whole-number')
  .min(0, 'not-negative')
  .max(1e12, 'too-large')
  .nullable();

/**
 * The impact: customers affected, revenue lost (amount and ISO 4217 currency), records exposed,
 * media reach (people who saw coverage), the negative-sentiment peak (share of negative mentions
 * at the worst hour, 0–100 %), and a note. Unknown numbers are null, never 0.
 */
export const impactSchema = z
  .object({
    customersAffected: countSchema,
    revenueLoss: z.number().min(0, 'not-negative').max(1e15, 'too-large').nullable(),
    currency: z.string().regex(/^[A-Z]{3}$/u, 'currency-format'),
    recordsAffected: countSchema,
    mediaReach: countSchema,
    negativeSentimentPeakPercent: z
      .number()
      .min(0, 'percent-range')
      .max(100, 'percent-range')
      .nullable(),
    note: sectionSchema,
  })
  .strict();

/** See {@link impactSchema}. */
export type Impact = z.output<typeof impactSchema>;

/** A root cause or contributing factor, filed under a category. */
export const causeSchema = z
  .object({
    id: idSchema,
    kind: z.enum(causeKinds),
    category: z.enum(causeCategories),
    text: itemSchema,
  })
  .strict();

/** See {@link causeSchema}. */
export type Cause = z.output<typeof causeSchema>;

/**
 * One 5-whys chain: the problem, then each answer to "why?" (1–5). The last answer is the cause it
 * found; "Add as root cause" turns it into a {@link Cause}.
 */
export const whyChainSchema = z
  .object({
    id: idSchema,
    problem: itemSchema,
    whys: z.array(itemSchema).max(maxWhys, 'too-many'),
  })
  .strict();

/** See {@link whyChainSchema}. */
export type WhyChain = z.output<typeof whyChainSchema>;

/** A lesson learned; action items may point at the lesson they act on. */
export const lessonSchema = z.object({ id: idSchema, text: itemSchema }).strict();

/** See {@link lessonSchema}. */
export type Lesson = z.output<typeof lessonSchema>;

/** Answers to {@link nistQuestions}, each Markdown, empty while unanswered. */
export const nistAnswersSchema = z
  .object({
    whatHappened: sectionSchema,
    staffPerformance: sectionSchema,
    informationNeededSooner: sectionSchema,
    hinderedRecovery: sectionSchema,
    doDifferently: sectionSchema,
  })
  .strict();

/** See {@link nistAnswersSchema}. */
export type NistAnswers = z.output<typeof nistAnswersSchema>;

/** Everything people write in a postmortem (the editor's form). */
export const postmortemContentSchema = z
  .object({
    title: z.string().trim().min(1, 'required').max(maxPostmortemTitleLength, 'too-long'),
    summary: sectionSchema,
    impact: impactSchema,
    /** How the crisis was detected, and how it could have been detected sooner. */
    detection: sectionSchema,
    /** What set it off. */
    trigger: sectionSchema,
    causes: z.array(causeSchema).max(maxPostmortemListLength, 'too-many'),
    whyChains: z.array(whyChainSchema).max(10, 'too-many'),
    wentWell: sectionSchema,
    wentBadly: sectionSchema,
    gotLucky: sectionSchema,
    nist: nistAnswersSchema,
    /** How it ended (contained, resolved, still open at the company's side). */
    result: sectionSchema,
    lessons: z.array(lessonSchema).max(maxPostmortemListLength, 'too-many'),
    tags: z
      .array(z.string().trim().min(1, 'required').max(60, 'too-long'))
      .max(maxPostmortemListLength, 'too-many'),
  })
  .strict();

/** See {@link postmortemContentSchema}. */
export type PostmortemContent = z.output<typeof postmortemContentSchema>;

/** A named reviewer (from the roster, or typed) and where their review stands. */
export const reviewerSchema = z
  .object({
    id: idSchema,
    /** A person of the roster; null for a typed name. */
    personId: idSchema.nullable(),
    name: z.string().trim().min(1, 'required').max(120, 'too-long'),
    decision: z.enum(reviewerDecisions),
    comment: z.string().trim().max(maxPostmortemItemLength, 'too-long'),
    /** When the decision was recorded; null while pending. */
    decidedAt: z.number().int().min(0).nullable(),
  })
  .strict();

/** See {@link reviewerSchema}. */
export type Reviewer = z.output<typeof reviewerSchema>;

/** One move of the review workflow. */
export type PostmortemStatusChange = {
  from: PostmortemStatus | null;
  to: PostmortemStatus;
  at: number;
  by: string;
};

/**
 * A stored postmortem: its content, its incident (one postmortem per incident), reference
 * (`PM-0003`), review status with history and reviewers, and times. `publishedAt` is the latest
 * publication (a postmortem sent back for changes and published again keeps the newer one).
 */
export type Postmortem = {
  id: string;
  reference: string;
  incidentId: string;
  content: PostmortemContent;
  status: PostmortemStatus;
  statusHistory: PostmortemStatusChange[];
  reviewers: Reviewer[];
  createdAt: number;
  updatedAt: number;
  publishedAt: number | null;
};

/** The reference of the postmortem numbered `sequence`: `PM-0001`, … `PM-10000`. */
export function postmortemReference(sequence: number): string {
  return `PM-${String(sequence).padStart(4, '0')}`;
}

/** Where a workflow move is allowed from, per target status. */
const allowedMoves: Readonly<Record<PostmortemStatus, readonly PostmortemStatus[]>> = {
  draft: ['in-review'],
  'in-review': ['draft', 'published'],
  // A published postmortem may be reopened for a correction; it then goes through review again.
  published: ['draft'],
};

/** The statuses a postmortem in `from` may move to. */
export function allowedPostmortemMoves(from: PostmortemStatus): readonly PostmortemStatus[] {
  return allowedMoves[from];
}

/** Why a workflow move was refused. */
export type PostmortemMoveRefusal =
  | 'not-allowed'
  | 'no-reviewers'
  | 'reviews-pending'
  | 'changes-requested'
  | 'summary-required'
  | 'lessons-required';

/**
 * Whether `postmortem` may move to `to`, and if not why. Sending to review needs a summary, at
 * least one lesson and at least one reviewer; publishing needs every reviewer to have approved
 * (one "changes requested" sends it back to the author first).
 */
export function postmortemMoveRefusal(
  postmortem: Pick<Postmortem, 'status' | 'reviewers' | 'content'>,
  to: PostmortemStatus,
): PostmortemMoveRefusal | null {
  if (!allowedMoves[postmortem.status].includes(to)) {
    return 'not-allowed';
  }
  if (to === 'in-review') {
    if (postmortem.content.summary.trim() === '') return 'summary-required';
    if (postmortem.content.lessons.length === 0) return 'lessons-required';
    if (postmortem.reviewers.length === 0) return 'no-reviewers';
  }
  if (to === 'published') {
    if (postmortem.reviewers.length === 0) return 'no-reviewers';
    if (postmortem.reviewers.some(({ decision }) => decision === 'changes-requested')) {
      return 'changes-requested';
    }
    if (postmortem.reviewers.some(({ decision }) => decision === 'pending')) {
      return 'reviews-pending';
    }
  }
  return null;
}

/**
 * `postmortem` moved to `to` at `at` by `by`, or the refusal. Moving back to draft resets every
 * reviewer to pending, because their approvals were of the text they read.
 */
export function movePostmortem(
  postmortem: Postmortem,
  to: PostmortemStatus,
  at: number,
  by: string,
): { ok: true; postmortem: Postmortem } | { ok: false; refusal: PostmortemMoveRefusal } {
  const refusal = postmortemMoveRefusal(postmortem, to);
  if (refusal !== null) {
    return { ok: false, refusal };
  }
  const reviewers =
    to === 'draft'
      ? postmortem.reviewers.map((reviewer) => ({
          ...reviewer,
          decision: 'pending' as const,
          decidedAt: null,
        }))
      : postmortem.reviewers;
  return {
    ok: true,
    postmortem: {
      ...postmortem,
      status: to,
      reviewers,
      statusHistory: [...postmortem.statusHistory, { from: postmortem.status, to, at, by }],
      publishedAt: to === 'published' ? at : postmortem.publishedAt,
      updatedAt: at,
    },
  };
}

/** True when the content can be edited: only drafts are; review and publication read a fixed text. */
export function isPostmortemEditable(postmortem: Pick<Postmortem, 'status'>): boolean {
  return postmortem.status === 'draft';
}

/** An empty impact in `currency`. */
export function emptyImpact(currency: string): Impact {
  return {
    customersAffected: null,
    revenueLoss: null,
    currency,
    recordsAffected: null,
    mediaReach: null,
    negativeSentimentPeakPercent: null,
    note: '',
  };
}

/**
 * A new postmortem's content, pulled in from its incident: the title, summary, detection note and
 * tags as the incident left them. Everything else is for people to write; the incident's timeline,
 * metrics, roles, communications and SOP runs are shown beside it from the incident itself.
 */
export function postmortemContentFromIncident(
  incident: Pick<Incident, 'title' | 'summary' | 'detectionNote' | 'tags'>,
  currency: string,
): PostmortemContent {
  return {
    title: incident.title,
    summary: incident.summary,
    impact: emptyImpact(currency),
    detection: incident.detectionNote,
    trigger: '',
    causes: [],
    whyChains: [],
    wentWell: '',
    wentBadly: '',
    gotLucky: '',
    nist: {
      whatHappened: '',
      staffPerformance: '',
      informationNeededSooner: '',
      hinderedRecovery: '',
      doDifferently: '',
    },
    result: '',
    lessons: [],
    tags: [...incident.tags],
  };
}
