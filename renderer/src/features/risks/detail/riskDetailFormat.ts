import type { Risk, RiskInput } from '../../../../../shared/domain/risks/risk';

/** Shaping helpers of the risk detail screens: a stored risk's input and number field text. */

/**
 * The editable part of a stored risk, so a section of the detail page can change one field and
 * save the whole input through `updateRisk` (which validates and records the edit).
 */
export function riskInputOf(risk: Risk): RiskInput {
  return {
    title: risk.title,
    description: risk.description,
    categoryId: risk.categoryId,
    owner: risk.owner,
    stakeholders: risk.stakeholders,
    crisisType: risk.crisisType,
    status: risk.status,
    confidence: risk.confidence,
    inherent: risk.inherent,
    current: risk.current,
    target: risk.target,
    treatment: risk.treatment,
    controls: risk.controls,
    acceptance: risk.acceptance,
    reviewIntervalDays: risk.reviewIntervalDays,
    lastReviewedOn: risk.lastReviewedOn,
    indicators: risk.indicators,
  };
}

/** Text typed into a number field as a number: blank is null, anything unreadable is NaN (refused by the schema). */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim().replace(/,/gu, '');
  return trimmed === '' ? null : Number(trimmed);
}
