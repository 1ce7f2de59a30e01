import type { LocalizedText } from '../../../../shared/domain/localizedText';
import {
  impactDimensions,
  maxMatrixSize,
  riskMatrixErrorCodes,
  riskMatrixSchema,
} from '../../../../shared/domain/risks/riskMatrix';
import type {
  ImpactDimension,
  ImpactRollup,
  RiskMatrix,
  RiskMatrixErrorCode,
} from '../../../../shared/domain/risks/riskMatrix';

/**
 * The risk matrix as Settings edits it: numbers kept as the typed text, so a half-typed or
 * cleared field stays on screen and is explained instead of snapping back, and the rules that
 * turn it into a matrix (or the reasons it is not one yet, per field).
 */

/** One band as edited. */
export type BandDraft = {
  id: string;
  label: LocalizedText;
  colour: string;
  minScore: string;
  reviewIntervalDays: string;
};

/** The matrix as edited. */
export type MatrixDraft = {
  size: number;
  likelihoodLabels: LocalizedText[];
  impactLabels: LocalizedText[];
  bands: BandDraft[];
  impactRollup: ImpactRollup;
  weights: Record<ImpactDimension, string>;
};

/** Why a field is refused: a matrix error code, or a field-level one with its allowed range. */
export type MatrixFieldError =
  | { code: RiskMatrixErrorCode | 'label-required' | 'colour-format' | 'invalid' }
  | { code: 'whole-number'; min: number; max: number };

/** Refusals by field path (`bands.1.minScore`, `likelihoodLabels.0.en`, `dimensionWeights`). */
export type MatrixErrors = ReadonlyMap<string, MatrixFieldError>;

/** The draft of a saved matrix. */
export function toMatrixDraft(matrix: RiskMatrix): MatrixDraft {
  return {
    size: matrix.size,
    likelihoodLabels: matrix.likelihoodLabels.map((label) => ({ ...label })),
    impactLabels: matrix.impactLabels.map((label) => ({ ...label })),
    bands: matrix.bands.map((band) => ({
      id: band.id,
      label: { ...band.label },
      colour: band.colour,
      minScore: String(band.minScore),
      reviewIntervalDays: String(band.reviewIntervalDays),
    })),
    impactRollup: matrix.impactRollup,
    weights: Object.fromEntries(
      impactDimensions.map((dimension) => [dimension, String(matrix.dimensionWeights[dimension])]),
    ) as Record<ImpactDimension, string>,
  };
}

/** Allowed ranges of the numeric fields, as the schema has them. */
const ranges = {
  minScore: { min: 1, max: maxMatrixSize * maxMatrixSize, isWhole: true },
  reviewIntervalDays: { min: 1, max: 3650, isWhole: true },
  weight: { min: 0, max: 100, isWhole: false },
} as const;

/** The typed number, or null when it is not one in range. */
function parseNumber(text: string, range: (typeof ranges)[keyof typeof ranges]): number | null {
  const trimmed = text.trim();
  const value = Number(trimmed);
  const isNumber = trimmed !== '' && Number.isFinite(value);
  return isNumber &&
    (!range.isWhole || Number.isInteger(value)) &&
    value >= range.min &&
    value <= range.max
    ? value
    : null;
}

/** True when `message` is one of the matrix's own codes. */
function isMatrixErrorCode(message: string): message is RiskMatrixErrorCode {
  return (riskMatrixErrorCodes as readonly string[]).includes(message);
}

/** The refusal of a schema issue at `path`. */
function schemaError(path: readonly PropertyKey[], message: string): MatrixFieldError {
  if (isMatrixErrorCode(message)) return { code: message };
  const last = String(path.at(-1));
  if (last === 'en' || last === 'zh-TW' || last === 'zh-CN') return { code: 'label-required' };
  if (last === 'colour') return { code: 'colour-format' };
  return { code: 'invalid' };
}

/**
 * The matrix a draft describes, checked with the shared schema; or the refusals by field. A
 * number that is not one in range is refused at its field before the schema's rules run, so
 * each field shows the most direct reason.
 */
export function fromMatrixDraft(
  draft: MatrixDraft,
): { ok: true; matrix: RiskMatrix } | { ok: false; errors: MatrixErrors } {
  const errors = new Map<string, MatrixFieldError>();
  const number = (path: string, text: string, range: (typeof ranges)[keyof typeof ranges]) => {
    const value = parseNumber(text, range);
    if (value === null) errors.set(path, { code: 'whole-number', min: range.min, max: range.max });
    return value ?? range.min;
  };
  const candidate: RiskMatrix = {
    size: draft.size,
    likelihoodLabels: draft.likelihoodLabels,
    impactLabels: draft.impactLabels,
    bands: draft.bands.map((band, index) => ({
      id: band.id,
      label: band.label,
      colour: band.colour,
      minScore: number(`bands.${index}.minScore`, band.minScore, ranges.minScore),
      reviewIntervalDays: number(
        `bands.${index}.reviewIntervalDays`,
        band.reviewIntervalDays,
        ranges.reviewIntervalDays,
      ),
    })),
    impactRollup: draft.impactRollup,
    dimensionWeights: Object.fromEntries(
      impactDimensions.map((dimension) => [
        dimension,
        number(`dimensionWeights.${dimension}`, draft.weights[dimension], ranges.weight),
      ]),
    ) as Record<ImpactDimension, number>,
  };
  const parsed = riskMatrixSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      if (!errors.has(path)) errors.set(path, schemaError(issue.path, issue.message));
    }
  }
  return errors.size === 0 && parsed.success
    ? { ok: true, matrix: parsed.data }
    : { ok: false, errors };
}

/** The refusals of issues the save command returned (paths and codes, as `saveRiskMatrix` has them). */
export function errorsOfIssues(issues: readonly { path: string; code: string }[]): MatrixErrors {
  const errors = new Map<string, MatrixFieldError>();
  for (const issue of issues) {
    if (!errors.has(issue.path)) {
      errors.set(issue.path, schemaError(issue.path.split('.'), issue.code));
    }
  }
  return errors;
}
