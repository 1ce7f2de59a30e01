import { z } from 'zod';
import { crisisTypes } from '../crisisTypes';
import { impactDimensions, maxMatrixSize } from './riskMatrix';
import type { ImpactDimension } from './riskMatrix';
import { riskCategoryIdSchema } from './riskCategories';

/**
 * A risk register entry and its parts as zod schemas. Messages of the refinements are codes the
 * UI translates (`risks.validation.<code>`), so a bad field is reported in the user's language.
 * Calendar dates (due dates, reviews, acceptance) are ISO `YYYY-MM-DD` strings: they are days in
 * the user's calendar, not instants.
 */

/** A calendar day, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date('date-format');

/** A level on one axis of the matrix (1 … the matrix size; the size is checked separately). */
export const levelSchema = z.number().int().min(1, 'level-range').max(maxMatrixSize, 'level-range');

/** Per-dimension impact levels; a dimension left out is not rated. */
export const dimensionRatingsSchema = z
  .object(
    Object.fromEntries(
      impactDimensions.map((dimension) => [dimension, levelSchema.optional()]),
    ) as Record<ImpactDimension, z.ZodOptional<typeof levelSchema>>,
  )
  .strict();

/** Per-dimension impact levels. */
export type DimensionRatings = Partial<Record<ImpactDimension, number>>;

/**
 * One rating on the matrix. When any dimension is rated, `impact` is their roll-up (the scoring
 * rules recompute it, so a stored value cannot disagree with its dimensions).
 */
export const assessmentSchema = z
  .object({
    likelihood: levelSchema,
    impact: levelSchema,
    dimensions: dimensionRatingsSchema,
  })
  .strict();

/** One rating on the matrix. */
export type Assessment = z.output<typeof assessmentSchema>;

/**
 * Where the current or target score comes from: `derived` from the inherent score and the
 * controls' effectiveness, or `manual`, rated by the user.
 */
export const scoreSourceSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('derived') }).strict(),
  z.object({ mode: z.literal('manual'), assessment: assessmentSchema }).strict(),
]);

/** See {@link scoreSourceSchema}. */
export type ScoreSource = z.output<typeof scoreSourceSchema>;

/** The risk's lifecycle: `draft` until assessed, `open` while managed, `closed` when gone. */
export const riskStatuses = ['draft', 'open', 'closed'] as const;
/** One of {@link riskStatuses}. */
export type RiskStatus = (typeof riskStatuses)[number];

/** How the organisation responds to the risk. */
export const riskTreatments = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
/** One of {@link riskTreatments}. */
export type RiskTreatment = (typeof riskTreatments)[number];

/** How sure the team is of its estimate. */
export const confidenceLevels = ['low', 'medium', 'high'] as const;
/** One of {@link confidenceLevels}. */
export type ConfidenceLevel = (typeof confidenceLevels)[number];

/** Where a control or action stands. Only `implemented` ones lower the current score. */
export const controlStatuses = ['planned', 'in-progress', 'implemented', 'cancelled'] as const;
/** One of {@link controlStatuses}. */
export type ControlStatus = (typeof controlStatuses)[number];

/** Rough effort of a control. */
export const effortLevels = ['low', 'medium', 'high'] as const;
/** One of {@link effortLevels}. */
export type EffortLevel = (typeof effortLevels)[number];

/** Short free text (names, owners). */
const shortText = z.string().trim().max(120, 'too-long');

/** An id made by the app (`crypto.randomUUID()`), or any reasonable id from an import. */
const entityIdSchema = z.string().min(1).max(80);

/** A control or action that lowers the risk. */
export const riskControlSchema = z
  .object({
    id: entityIdSchema,
    title: z.string().trim().min(1, 'required').max(200, 'too-long'),
    owner: shortText,
    dueDate: isoDateSchema.nullable(),
    /** Estimated cost in the company's currency; null when not estimated. */
    cost: z.number().min(0, 'cost-range').max(1e12, 'cost-range').nullable(),
    effort: z.enum(effortLevels).nullable(),
    /** How much the control lowers the likelihood when in place, 0–100 %. */
    effectiveness: z
      .number()
      .int('effectiveness-range')
      .min(0, 'effectiveness-range')
      .max(100, 'effectiveness-range'),
    status: z.enum(controlStatuses),
  })
  .strict();

/** A control or action; see {@link riskControlSchema}. */
export type RiskControl = z.output<typeof riskControlSchema>;

/** A formal decision to accept the risk as it is, until `expiresOn`. */
export const riskAcceptanceSchema = z
  .object({
    approver: z.string().trim().min(1, 'required').max(120, 'too-long'),
    justification: z.string().trim().min(1, 'required').max(2000, 'too-long'),
    acceptedOn: isoDateSchema,
    expiresOn: isoDateSchema,
  })
  .strict()
  .refine((acceptance) => acceptance.expiresOn > acceptance.acceptedOn, {
    message: 'expiry-before-acceptance',
    path: ['expiresOn'],
  });

/** A formal acceptance; see {@link riskAcceptanceSchema}. */
export type RiskAcceptance = z.output<typeof riskAcceptanceSchema>;

/** Which way an indicator is bad: breached when the value goes `above` or `below` the threshold. */
export const indicatorDirections = ['above', 'below'] as const;
/** One of {@link indicatorDirections}. */
export type IndicatorDirection = (typeof indicatorDirections)[number];

/**
 * An early-warning indicator (KRI): a metric with a threshold. `monitoringRuleIds` links it to the
 * keyword rules of early warning, which feed its value once they exist; the link is kept now.
 */
export const riskIndicatorSchema = z
  .object({
    id: entityIdSchema,
    name: z.string().trim().min(1, 'required').max(120, 'too-long'),
    metric: z.string().trim().max(200, 'too-long'),
    threshold: z.number().finite('number-format'),
    direction: z.enum(indicatorDirections),
    /** The latest value recorded by hand or by monitoring; null when none yet. */
    currentValue: z.number().finite('number-format').nullable(),
    monitoringRuleIds: z.array(z.string().min(1).max(80)).max(20),
  })
  .strict();

/** An early-warning indicator; see {@link riskIndicatorSchema}. */
export type RiskIndicator = z.output<typeof riskIndicatorSchema>;

/** Longest description kept. */
export const maxDescriptionLength = 5000;

/**
 * Everything a user edits on a risk. Identity (`id`, `reference`) and times are the
 * repository's; score history and the review log are events beside the risk.
 */
export const riskInputSchema = z
  .object({
    /** "If cause, then consequence". */
    title: z.string().trim().min(1, 'required').max(200, 'too-long'),
    description: z.string().trim().max(maxDescriptionLength, 'too-long'),
    categoryId: riskCategoryIdSchema,
    /** Free text until the roster exists; then a person's name picked from it. */
    owner: shortText,
    stakeholders: z.array(z.string().trim().min(1).max(120, 'too-long')).max(30, 'too-many'),
    crisisType: z.enum(crisisTypes).nullable(),
    status: z.enum(riskStatuses),
    confidence: z.enum(confidenceLevels),
    inherent: assessmentSchema,
    current: scoreSourceSchema,
    target: scoreSourceSchema,
    treatment: z.enum(riskTreatments),
    controls: z.array(riskControlSchema).max(50, 'too-many'),
    acceptance: riskAcceptanceSchema.nullable(),
    /** Days between reviews; null follows the level band of the current score. */
    reviewIntervalDays: z
      .number()
      .int()
      .min(1, 'interval-range')
      .max(3650, 'interval-range')
      .nullable(),
    /** The last review; null when never reviewed (the creation day counts then). */
    lastReviewedOn: isoDateSchema.nullable(),
    indicators: z.array(riskIndicatorSchema).max(20, 'too-many'),
  })
  .strict();

/** What a user edits on a risk; see {@link riskInputSchema}. */
export type RiskInput = z.output<typeof riskInputSchema>;

/**
 * A stored risk: the input plus identity and times (epoch ms). `reference` is the short number
 * people quote in meetings (`R-0042`); `deletedAt` marks a risk in the recycle bin.
 */
export type Risk = RiskInput & {
  id: string;
  reference: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
};

/**
 * One risk arriving from a file (a CSV import): its input, the reference to keep (when it has the
 * `R-0042` form and is free; null or another form gets the next free one) and its original times
 * (null: the time of the import).
 */
export type RiskImportEntry = {
  reference: string | null;
  input: RiskInput;
  createdAt: number | null;
  updatedAt: number | null;
};

/** Outcomes of a review, as the review log records them. */
export const reviewDecisions = [
  'no-change',
  'rescored',
  'treatment-changed',
  'escalated',
  'closed',
] as const;
/** One of {@link reviewDecisions}. */
export type ReviewDecision = (typeof reviewDecisions)[number];

/** One entry of a risk's review log. */
export const riskReviewSchema = z
  .object({
    reviewedOn: isoDateSchema,
    reviewer: z.string().trim().min(1, 'required').max(120, 'too-long'),
    decision: z.enum(reviewDecisions),
    comment: z.string().trim().max(2000, 'too-long'),
  })
  .strict();

/** A review; see {@link riskReviewSchema}. */
export type RiskReview = z.output<typeof riskReviewSchema>;

/** Pattern of a risk reference: `R-` and at least four digits. */
export const riskReferencePattern = /^R-\d{4,}$/u;

/**
 * Highest reference number kept from an import. Anything above is given a new reference, so a
 * hostile file cannot push the numbering to where the next number can no longer be told apart.
 */
export const maxReferenceSequence = 9_999_999;

/** The reference of the `sequence`-th risk: `R-0001`, … `R-9999`, `R-10000`. */
export function riskReference(sequence: number): string {
  return `R-${String(sequence).padStart(4, '0')}`;
}

/** The sequence number of a reference, or null when it is not one the app made. */
export function referenceSequence(reference: string): number | null {
  if (!riskReferencePattern.test(reference)) {
    return null;
  }
  const sequence = Number(reference.slice(2));
  // A reference near the end of the number range would leave no room for the next ones.
  if (sequence > maxReferenceSequence) {
    return null;
  }
  // `R-00042` reads as 42 but is not how the app writes 42: refusing it keeps one spelling per
  // number, so the unique reference check and the unique sequence index agree.
  return riskReference(sequence) === reference ? sequence : null;
}

/** A new risk's fields before the user fills them in: a draft, rated 1 × 1, to be mitigated. */
export function emptyRiskInput(categoryId = 'reputation'): RiskInput {
  return {
    title: '',
    description: '',
    categoryId,
    owner: '',
    stakeholders: [],
    crisisType: null,
    status: 'draft',
    confidence: 'medium',
    inherent: { likelihood: 1, impact: 1, dimensions: {} },
    current: { mode: 'derived' },
    target: { mode: 'derived' },
    treatment: 'mitigate',
    controls: [],
    acceptance: null,
    reviewIntervalDays: null,
    lastReviewedOn: null,
    indicators: [],
  };
}
