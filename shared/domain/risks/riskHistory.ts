import type { RiskReview } from './risk';
import type { ScoreChange } from './scoring';

/**
 * What happened to a risk, as its timeline shows it. Every score change is kept (the history the
 * issue asks for), as are reviews, edits, deletion and restoration.
 */
export const riskEventKinds = [
  'created',
  'imported',
  'edited',
  'scored',
  'reviewed',
  'deleted',
  'restored',
  'rescaled',
] as const;

/** One of {@link riskEventKinds}. */
export type RiskEventKind = (typeof riskEventKinds)[number];

/** One entry of a risk's timeline. `at` is epoch ms. */
export type RiskEvent = {
  id: string;
  riskId: string;
  at: number;
  kind: RiskEventKind;
  /** Scores that moved (`created`, `imported`, `scored`, `rescaled`). */
  changes: ScoreChange[];
  /** Names of the fields an edit changed (`edited`). */
  fields: string[];
  /** The review (`reviewed`). */
  review: RiskReview | null;
};

/** Fields of a risk input compared for the `edited` event, in form order. */
export const trackedRiskFields = [
  'title',
  'description',
  'categoryId',
  'owner',
  'stakeholders',
  'crisisType',
  'status',
  'confidence',
  'treatment',
  'controls',
  'acceptance',
  'reviewIntervalDays',
  'lastReviewedOn',
  'indicators',
] as const;

/** One of {@link trackedRiskFields}. */
export type TrackedRiskField = (typeof trackedRiskFields)[number];

/** The tracked fields whose values differ between two versions of a risk. */
export function changedRiskFields<T extends Record<TrackedRiskField, unknown>>(
  before: T,
  after: T,
): TrackedRiskField[] {
  return trackedRiskFields.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}
