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

/** A plain decimal number: digits with an optional sign, grouping commas and decimal point. */
const plainNumberPattern = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/u;

/**
 * Text typed into a number field as a number: blank is null; full-width digits (a Chinese input
 * method's default) count as digits; anything but a plain decimal (`0x10`, `1e3`, `1,5`) is NaN,
 * which the schema refuses with a message.
 */
export function parseNumberText(text: string): number | null {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') {
    return null;
  }
  if (!plainNumberPattern.test(trimmed) || !/\d/u.test(trimmed)) {
    return Number.NaN;
  }
  return Number(trimmed.replace(/,/gu, ''));
}
