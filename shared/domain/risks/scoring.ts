import { impactDimensions } from './riskMatrix';
import type { RiskBand, RiskMatrix } from './riskMatrix';
import type { Assessment, RiskControl, RiskInput, ScoreSource } from './risk';
import { rescaleLevel } from './riskMatrix';

/**
 * Scoring rules of the risk register: score = likelihood × impact on the company's matrix, the
 * level band a score falls in, impact roll-up over dimensions, and current/target scores derived
 * from control effectiveness. Pure functions: the UI, exports and tests use the same rules.
 */

/** The three scores a risk carries. */
export const scoreKinds = ['inherent', 'current', 'target'] as const;

/** One of {@link scoreKinds}. */
export type ScoreKind = (typeof scoreKinds)[number];

/** A rating resolved against the matrix: its cell, score and band. */
export type ScoredAssessment = {
  likelihood: number;
  impact: number;
  /** likelihood × impact. */
  score: number;
  band: RiskBand;
  /** True when computed from the inherent score and the controls rather than rated by hand. */
  isDerived: boolean;
  /** Combined effectiveness (0–100 %) of the controls a derived score counts; 0 for manual ones. */
  effectiveness: number;
};

/** The inherent, current and target scores of one risk. */
export type ResolvedScores = Record<ScoreKind, ScoredAssessment>;

/**
 * The impact level of an assessment: its own `impact` when no dimension is rated, otherwise the
 * roll-up of the rated dimensions — the worst one (`max`), or the weighted average rounded half
 * up (`weighted`; dimensions with weight 0 are left out, and if all rated ones weigh 0 the worst
 * one counts, so a rating never vanishes).
 */
export function effectiveImpact(assessment: Assessment, matrix: RiskMatrix): number {
  const rated = impactDimensions.flatMap((dimension) => {
    const level = assessment.dimensions[dimension];
    return level === undefined ? [] : [{ level, weight: matrix.dimensionWeights[dimension] }];
  });
  if (rated.length === 0) {
    return assessment.impact;
  }
  const worst = Math.max(...rated.map(({ level }) => level));
  if (matrix.impactRollup === 'max') {
    return worst;
  }
  const totalWeight = rated.reduce((sum, { weight }) => sum + weight, 0);
  if (totalWeight === 0) {
    return worst;
  }
  const average = rated.reduce((sum, { level, weight }) => sum + level * weight, 0) / totalWeight;
  // The tolerance keeps an exact half a half when floating point lands just below it.
  return Math.min(matrix.size, Math.max(1, Math.floor(average + 0.5 + 1e-9)));
}

/** The assessment with `impact` set to its roll-up, as it is stored. */
export function normalizeAssessment(assessment: Assessment, matrix: RiskMatrix): Assessment {
  return { ...assessment, impact: effectiveImpact(assessment, matrix) };
}

/** True when every level of the assessment exists on a matrix of `size` levels. */
export function assessmentFits(assessment: Assessment, size: number): boolean {
  const levels = [
    assessment.likelihood,
    assessment.impact,
    ...impactDimensions.flatMap((dimension) => assessment.dimensions[dimension] ?? []),
  ];
  return levels.every((level) => level >= 1 && level <= size);
}

/** The band a score falls in: the last band whose `minScore` it reaches. */
export function bandForScore(score: number, matrix: RiskMatrix): RiskBand {
  let found = matrix.bands[0];
  for (const band of matrix.bands) {
    if (score >= band.minScore) {
      found = band;
    }
  }
  if (found === undefined) {
    throw new RangeError('A risk matrix has at least two bands.');
  }
  return found;
}

/**
 * Combined effectiveness, 0–100, of the controls a score counts: for the current score only
 * `implemented` controls, for the target every control not `cancelled`. Controls act
 * independently, so each one removes its share of what the others left: 1 − Π(1 − e/100).
 */
export function controlsEffectiveness(
  controls: readonly RiskControl[],
  kind: Exclude<ScoreKind, 'inherent'>,
): number {
  const counted = controls.filter((control) =>
    kind === 'current' ? control.status === 'implemented' : control.status !== 'cancelled',
  );
  const remaining = counted.reduce((left, control) => left * (1 - control.effectiveness / 100), 1);
  return Math.round((1 - remaining) * 1000) / 10;
}

/**
 * The assessment left after controls of combined `effectiveness` %: SimpleRisk's residual
 * `score × (100 − mitigation %) / 100`, applied to the likelihood (controls mostly make a risk
 * less likely) and rounded up so the result is a cell of the matrix and never looks better than
 * the arithmetic says. Impact and its dimensions stay as they were.
 */
export function deriveAssessment(inherent: Assessment, effectiveness: number): Assessment {
  const likelihood = Math.max(
    1,
    Math.ceil((inherent.likelihood * (100 - effectiveness)) / 100 - 1e-9),
  );
  return { ...inherent, likelihood };
}

/** Scores one assessment on the matrix. */
function scoreAssessment(
  assessment: Assessment,
  matrix: RiskMatrix,
  isDerived: boolean,
  effectiveness: number,
): ScoredAssessment {
  const impact = effectiveImpact(assessment, matrix);
  const score = assessment.likelihood * impact;
  return {
    likelihood: assessment.likelihood,
    impact,
    score,
    band: bandForScore(score, matrix),
    isDerived,
    effectiveness,
  };
}

/** Resolves a current or target score from its source. */
function resolveSource(
  source: ScoreSource,
  kind: Exclude<ScoreKind, 'inherent'>,
  risk: Pick<RiskInput, 'inherent' | 'controls'>,
  matrix: RiskMatrix,
): ScoredAssessment {
  if (source.mode === 'manual') {
    return scoreAssessment(source.assessment, matrix, false, 0);
  }
  const effectiveness = controlsEffectiveness(risk.controls, kind);
  return scoreAssessment(
    deriveAssessment(risk.inherent, effectiveness),
    matrix,
    true,
    effectiveness,
  );
}

/** The inherent, current and target scores of a risk on the matrix. */
export function resolveScores(
  risk: Pick<RiskInput, 'inherent' | 'current' | 'target' | 'controls'>,
  matrix: RiskMatrix,
): ResolvedScores {
  return {
    inherent: scoreAssessment(risk.inherent, matrix, false, 0),
    current: resolveSource(risk.current, 'current', risk, matrix),
    target: resolveSource(risk.target, 'target', risk, matrix),
  };
}

/** A score as the history keeps it. */
export type ScorePoint = { likelihood: number; impact: number; score: number; bandId: string };

/** One score that moved, from (null for a new risk) and to. */
export type ScoreChange = { kind: ScoreKind; from: ScorePoint | null; to: ScorePoint };

/** The history form of a scored assessment. */
export function scorePoint(scored: ScoredAssessment): ScorePoint {
  return {
    likelihood: scored.likelihood,
    impact: scored.impact,
    score: scored.score,
    bandId: scored.band.id,
  };
}

/**
 * The scores that differ between two resolutions (cell or band), for the score history. With
 * `before` null every score is new.
 */
export function scoreChanges(before: ResolvedScores | null, after: ResolvedScores): ScoreChange[] {
  return scoreKinds.flatMap((kind): ScoreChange[] => {
    const to = scorePoint(after[kind]);
    const from = before === null ? null : scorePoint(before[kind]);
    const isSame =
      from !== null &&
      from.likelihood === to.likelihood &&
      from.impact === to.impact &&
      from.bandId === to.bandId;
    return isSame ? [] : [{ kind, from, to }];
  });
}

/** A level that does not exist on the matrix, with where it is. */
export type MatrixFitIssue = { path: (string | number)[]; code: 'level-beyond-matrix' };

/**
 * Levels of the risk's ratings that lie beyond the matrix (after the matrix shrank, or in an
 * imported row); empty when every rating fits. Impacts are normalised first.
 */
export function matrixFitIssues(
  risk: Pick<RiskInput, 'inherent' | 'current' | 'target'>,
  matrix: RiskMatrix,
): MatrixFitIssue[] {
  const issues: MatrixFitIssue[] = [];
  if (!assessmentFits(risk.inherent, matrix.size)) {
    issues.push({ path: ['inherent'], code: 'level-beyond-matrix' });
  }
  for (const kind of ['current', 'target'] as const) {
    const source = risk[kind];
    if (source.mode === 'manual' && !assessmentFits(source.assessment, matrix.size)) {
      issues.push({ path: [kind, 'assessment'], code: 'level-beyond-matrix' });
    }
  }
  return issues;
}

/** Rescales every level of one assessment to another matrix size. */
function rescaleAssessment(assessment: Assessment, fromSize: number, toSize: number): Assessment {
  const dimensions = Object.fromEntries(
    impactDimensions.flatMap((dimension) => {
      const level = assessment.dimensions[dimension];
      return level === undefined ? [] : [[dimension, rescaleLevel(level, fromSize, toSize)]];
    }),
  );
  return {
    likelihood: rescaleLevel(assessment.likelihood, fromSize, toSize),
    impact: rescaleLevel(assessment.impact, fromSize, toSize),
    dimensions,
  };
}

/**
 * The risk's ratings moved to a matrix of another size (rounded up, see `rescaleLevel`), for
 * when the company resizes its matrix: every risk is rescaled in the same transaction.
 */
export function rescaleRiskRatings<T extends Pick<RiskInput, 'inherent' | 'current' | 'target'>>(
  risk: T,
  fromSize: number,
  toSize: number,
): T {
  const rescaleSource = (source: ScoreSource): ScoreSource =>
    source.mode === 'manual'
      ? { mode: 'manual', assessment: rescaleAssessment(source.assessment, fromSize, toSize) }
      : source;
  return {
    ...risk,
    inherent: rescaleAssessment(risk.inherent, fromSize, toSize),
    current: rescaleSource(risk.current),
    target: rescaleSource(risk.target),
  };
}
