import { describe, expect, it } from 'vitest';
import { defaultRiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import type { DimensionWeights, RiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import type {
  Assessment,
  ControlStatus,
  DimensionRatings,
  RiskControl,
  RiskInput,
} from '../../../../shared/domain/risks/risk';
import { emptyRiskInput } from '../../../../shared/domain/risks/risk';
import {
  assessmentFits,
  bandForScore,
  controlsEffectiveness,
  deriveAssessment,
  effectiveImpact,
  matrixFitIssues,
  normalizeAssessment,
  rescaleRiskRatings,
  resolveScores,
  scoreChanges,
} from '../../../../shared/domain/risks/scoring';

const matrix = defaultRiskMatrix();

/** A rating of `likelihood` × `impact` with the given dimension ratings. */
function rating(likelihood: number, impact: number, dimensions: DimensionRatings = {}): Assessment {
  return { likelihood, impact, dimensions };
}

/** The default matrix rolling impacts up by weighted average with these weights. */
function weighted(weights: Partial<DimensionWeights>): RiskMatrix {
  return {
    ...matrix,
    impactRollup: 'weighted',
    dimensionWeights: {
      financial: 0,
      reputation: 0,
      legal: 0,
      operations: 0,
      people: 0,
      ...weights,
    },
  };
}

let controlCount = 0;

/** A control of `effectiveness` % in `status`. */
function control(effectiveness: number, status: ControlStatus = 'implemented'): RiskControl {
  controlCount += 1;
  return {
    id: `control-${controlCount}`,
    title: `Control ${controlCount}`,
    owner: '',
    dueDate: null,
    cost: null,
    effort: null,
    effectiveness,
    status,
  };
}

/** A titled risk input rated `inherent`, with `overrides`. */
function riskInput(inherent: Assessment, overrides: Partial<RiskInput> = {}): RiskInput {
  return {
    ...emptyRiskInput(),
    title: 'If a rumour spreads, then sales fall',
    inherent,
    ...overrides,
  };
}

describe('score and band', () => {
  it('scores likelihood × impact', () => {
    const scores = resolveScores(riskInput(rating(4, 5)), matrix);
    expect(scores.inherent).toMatchObject({ likelihood: 4, impact: 5, score: 20 });
    expect(resolveScores(riskInput(rating(2, 3)), matrix).inherent.score).toBe(6);
    expect(resolveScores(riskInput(rating(5, 1)), matrix).inherent.score).toBe(5);
  });

  it('puts each score in the last band it reaches', () => {
    const expected: [number, string][] = [
      [1, 'low'],
      [4, 'low'],
      [5, 'medium'],
      [9, 'medium'],
      [10, 'high'],
      [14, 'high'],
      [15, 'critical'],
      [25, 'critical'],
    ];
    for (const [score, bandId] of expected) {
      expect(bandForScore(score, matrix).id, `score ${score}`).toBe(bandId);
    }
  });

  it('bands on the matrix it is given', () => {
    const small = defaultRiskMatrix(3);
    expect([1, 2, 3, 4, 5, 6, 9].map((score) => bandForScore(score, small).id)).toEqual([
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});

describe('effectiveImpact', () => {
  it('is the overall impact when no dimension is rated', () => {
    expect(effectiveImpact(rating(3, 4), matrix)).toBe(4);
    expect(effectiveImpact(rating(3, 4), weighted({ financial: 1 }))).toBe(4);
  });

  it('is the worst rated dimension under the max roll-up, whatever the overall impact says', () => {
    expect(effectiveImpact(rating(3, 5, { financial: 2, legal: 4 }), matrix)).toBe(4);
    expect(effectiveImpact(rating(3, 1, { people: 3 }), matrix)).toBe(3);
  });

  it('is the weighted average rounded half up under the weighted roll-up', () => {
    const even = weighted({ financial: 1, reputation: 1, legal: 1, operations: 1, people: 1 });
    // (2 + 3) / 2 = 2.5 → 3
    expect(effectiveImpact(rating(1, 1, { financial: 2, reputation: 3 }), even)).toBe(3);
    // (1 + 2) / 2 = 1.5 → 2
    expect(effectiveImpact(rating(1, 1, { financial: 1, reputation: 2 }), even)).toBe(2);
    // (1 + 1 + 2) / 3 = 1.33 → 1
    expect(effectiveImpact(rating(1, 5, { financial: 1, legal: 1, people: 2 }), even)).toBe(1);
    // (5 × 3 + 1 × 1) / 4 = 4
    expect(
      effectiveImpact(
        rating(1, 1, { financial: 5, reputation: 1 }),
        weighted({ financial: 3, reputation: 1 }),
      ),
    ).toBe(4);
    // (5 × 1 + 1 × 3) / 4 = 2
    expect(
      effectiveImpact(
        rating(1, 1, { financial: 5, reputation: 1 }),
        weighted({ financial: 1, reputation: 3 }),
      ),
    ).toBe(2);
  });

  it('rounds a half up even when decimal weights make the average inexact', () => {
    // (2 × 0.1 + 5 × 0.1) / 0.2 is 3.5, but in floating point 3.4999999999999996.
    expect(
      effectiveImpact(
        rating(1, 1, { financial: 2, reputation: 5 }),
        weighted({ financial: 0.1, reputation: 0.1 }),
      ),
    ).toBe(4);
  });

  it('leaves dimensions weighted 0 out of the average', () => {
    expect(
      effectiveImpact(
        rating(1, 1, { financial: 5, reputation: 1, legal: 1 }),
        weighted({ financial: 1, reputation: 1 }),
      ),
    ).toBe(3);
  });

  it('takes the worst rated dimension when every rated one weighs 0', () => {
    expect(effectiveImpact(rating(1, 1, { legal: 2, people: 4 }), weighted({ financial: 1 }))).toBe(
      4,
    );
  });
});

describe('normalizeAssessment', () => {
  it('stores the roll-up as the impact and keeps the rest', () => {
    const assessment = rating(3, 1, { financial: 4, legal: 2 });
    expect(normalizeAssessment(assessment, matrix)).toEqual(
      rating(3, 4, { financial: 4, legal: 2 }),
    );
    expect(assessment.impact).toBe(1);
    expect(normalizeAssessment(rating(2, 5), matrix)).toEqual(rating(2, 5));
  });
});

describe('controlsEffectiveness', () => {
  it('is 0 without controls', () => {
    expect(controlsEffectiveness([], 'current')).toBe(0);
    expect(controlsEffectiveness([], 'target')).toBe(0);
  });

  it('counts only implemented controls for the current score', () => {
    const controls = [
      control(40, 'implemented'),
      control(50, 'planned'),
      control(50, 'in-progress'),
      control(90, 'cancelled'),
    ];
    expect(controlsEffectiveness(controls, 'current')).toBe(40);
  });

  it('counts every control not cancelled for the target score', () => {
    const controls = [control(50, 'implemented'), control(50, 'planned'), control(90, 'cancelled')];
    expect(controlsEffectiveness(controls, 'target')).toBe(75);
    expect(controlsEffectiveness([control(20, 'in-progress')], 'target')).toBe(20);
    expect(controlsEffectiveness([control(90, 'cancelled')], 'target')).toBe(0);
  });

  it('combines independent controls as 1 − Π(1 − e)', () => {
    expect(controlsEffectiveness([control(50), control(50)], 'current')).toBe(75);
    expect(controlsEffectiveness([control(30), control(20), control(10)], 'current')).toBe(49.6);
    // 1 − 0.9 × 0.9 × 0.9 = 27.1 %, rounded to a tenth.
    expect(controlsEffectiveness([control(10), control(10), control(10)], 'current')).toBe(27.1);
  });

  it('is 100 % with one fully effective control, whatever the others', () => {
    expect(controlsEffectiveness([control(100)], 'current')).toBe(100);
    expect(controlsEffectiveness([control(20), control(100), control(0)], 'current')).toBe(100);
  });
});

describe('deriveAssessment', () => {
  it('applies the remaining share to the likelihood, like SimpleRisk', () => {
    expect(deriveAssessment(rating(4, 5), 50)).toEqual(rating(2, 5));
    expect(deriveAssessment(rating(4, 5), 0)).toEqual(rating(4, 5));
  });

  it('rounds the likelihood up', () => {
    // 4 × 0.7 = 2.8 → 3
    expect(deriveAssessment(rating(4, 5), 30).likelihood).toBe(3);
    // 5 × 0.4 = 2 exactly: no rounding up from floating-point noise.
    expect(deriveAssessment(rating(5, 5), 60).likelihood).toBe(2);
    expect(deriveAssessment(rating(3, 2), 75).likelihood).toBe(1);
  });

  it('never goes below likelihood 1', () => {
    expect(deriveAssessment(rating(4, 5), 100).likelihood).toBe(1);
    expect(deriveAssessment(rating(1, 5), 99).likelihood).toBe(1);
  });

  it('keeps the impact and its dimensions', () => {
    expect(deriveAssessment(rating(5, 4, { legal: 4, people: 2 }), 60)).toEqual(
      rating(2, 4, { legal: 4, people: 2 }),
    );
  });
});

describe('resolveScores', () => {
  it('derives current and target from the inherent score and the controls', () => {
    const risk = riskInput(rating(4, 5), {
      controls: [control(50, 'implemented'), control(50, 'planned')],
    });
    const scores = resolveScores(risk, matrix);
    expect(scores.inherent).toMatchObject({
      likelihood: 4,
      impact: 5,
      score: 20,
      isDerived: false,
      effectiveness: 0,
    });
    expect(scores.inherent.band.id).toBe('critical');
    // current: 50 % → likelihood 2, score 10, high
    expect(scores.current).toMatchObject({
      likelihood: 2,
      impact: 5,
      score: 10,
      isDerived: true,
      effectiveness: 50,
    });
    expect(scores.current.band.id).toBe('high');
    // target: 75 % → likelihood 1, score 5, medium
    expect(scores.target).toMatchObject({
      likelihood: 1,
      impact: 5,
      score: 5,
      isDerived: true,
      effectiveness: 75,
    });
    expect(scores.target.band.id).toBe('medium');
  });

  it('takes a manual rating as it is, ignoring the controls', () => {
    const risk = riskInput(rating(4, 5), {
      controls: [control(90)],
      current: { mode: 'manual', assessment: rating(3, 3) },
      target: { mode: 'manual', assessment: rating(1, 2, { financial: 3 }) },
    });
    const scores = resolveScores(risk, matrix);
    expect(scores.current).toMatchObject({
      likelihood: 3,
      impact: 3,
      score: 9,
      isDerived: false,
      effectiveness: 0,
    });
    expect(scores.current.band.id).toBe('medium');
    // The target's impact is the roll-up of its dimensions.
    expect(scores.target).toMatchObject({ likelihood: 1, impact: 3, score: 3, isDerived: false });
    expect(scores.target.band.id).toBe('low');
  });

  it('scores the inherent impact from its dimensions', () => {
    const scores = resolveScores(riskInput(rating(3, 1, { reputation: 5 })), matrix);
    expect(scores.inherent).toMatchObject({ impact: 5, score: 15 });
    expect(scores.current).toMatchObject({ impact: 5, score: 15 });
  });
});

describe('scoreChanges', () => {
  it('lists all three scores for a new risk', () => {
    const after = resolveScores(riskInput(rating(4, 5), { controls: [control(50)] }), matrix);
    expect(scoreChanges(null, after)).toEqual([
      {
        kind: 'inherent',
        from: null,
        to: { likelihood: 4, impact: 5, score: 20, bandId: 'critical' },
      },
      { kind: 'current', from: null, to: { likelihood: 2, impact: 5, score: 10, bandId: 'high' } },
      { kind: 'target', from: null, to: { likelihood: 2, impact: 5, score: 10, bandId: 'high' } },
    ]);
  });

  it('lists nothing when no score moved', () => {
    const risk = riskInput(rating(3, 3));
    expect(scoreChanges(resolveScores(risk, matrix), resolveScores(risk, matrix))).toEqual([]);
  });

  it('lists only the scores that moved', () => {
    const before = resolveScores(riskInput(rating(4, 5)), matrix);
    const after = resolveScores(
      riskInput(rating(4, 5), { controls: [control(50, 'planned')] }),
      matrix,
    );
    expect(scoreChanges(before, after)).toEqual([
      {
        kind: 'target',
        from: { likelihood: 4, impact: 5, score: 20, bandId: 'critical' },
        to: { likelihood: 2, impact: 5, score: 10, bandId: 'high' },
      },
    ]);
  });

  it('lists a move to another cell of the same score', () => {
    const before = resolveScores(riskInput(rating(2, 3)), matrix);
    const after = resolveScores(riskInput(rating(3, 2)), matrix);
    expect(scoreChanges(before, after).map(({ kind }) => kind)).toEqual([
      'inherent',
      'current',
      'target',
    ]);
  });

  it('lists a band change of the same cell when the matrix bands moved', () => {
    const risk = riskInput(rating(3, 3));
    const stricter: RiskMatrix = {
      ...matrix,
      bands: matrix.bands.map((band) => (band.id === 'high' ? { ...band, minScore: 9 } : band)),
    };
    const changes = scoreChanges(resolveScores(risk, matrix), resolveScores(risk, stricter));
    expect(changes).toHaveLength(3);
    expect(changes[0]).toEqual({
      kind: 'inherent',
      from: { likelihood: 3, impact: 3, score: 9, bandId: 'medium' },
      to: { likelihood: 3, impact: 3, score: 9, bandId: 'high' },
    });
  });
});

describe('matrix fit', () => {
  it('finds levels beyond a smaller matrix in inherent and manual ratings only', () => {
    const risk = riskInput(rating(5, 2), {
      current: { mode: 'manual', assessment: rating(2, 2, { legal: 4 }) },
      target: { mode: 'derived' },
    });
    expect(matrixFitIssues(risk, defaultRiskMatrix(3))).toEqual([
      { path: ['inherent'], code: 'level-beyond-matrix' },
      { path: ['current', 'assessment'], code: 'level-beyond-matrix' },
    ]);
    expect(matrixFitIssues(risk, defaultRiskMatrix(5))).toEqual([]);
    expect(matrixFitIssues(risk, defaultRiskMatrix(4))).toEqual([
      { path: ['inherent'], code: 'level-beyond-matrix' },
    ]);
  });

  it('checks every level of an assessment, dimensions included', () => {
    expect(assessmentFits(rating(3, 3, { people: 3 }), 3)).toBe(true);
    expect(assessmentFits(rating(3, 3, { people: 4 }), 3)).toBe(false);
    expect(assessmentFits(rating(3, 4), 3)).toBe(false);
    expect(assessmentFits(rating(4, 3), 3)).toBe(false);
    expect(assessmentFits(rating(0, 3), 3)).toBe(false);
  });

  it('rescales every rating so it fits the new matrix, keeping other fields', () => {
    const risk = riskInput(rating(5, 4, { financial: 5, legal: 1 }), {
      current: { mode: 'manual', assessment: rating(3, 2) },
      target: { mode: 'derived' },
      owner: 'Mei',
    });
    const rescaled = rescaleRiskRatings(risk, 5, 3);
    expect(rescaled.inherent).toEqual(rating(3, 3, { financial: 3, legal: 1 }));
    expect(rescaled.current).toEqual({ mode: 'manual', assessment: rating(2, 2) });
    expect(rescaled.target).toEqual({ mode: 'derived' });
    expect(rescaled.owner).toBe('Mei');
    expect(matrixFitIssues(rescaled, defaultRiskMatrix(3))).toEqual([]);
    expect(risk.inherent).toEqual(rating(5, 4, { financial: 5, legal: 1 }));
  });

  it('rescales up to a larger matrix without losing a rated dimension', () => {
    const rescaled = rescaleRiskRatings(riskInput(rating(1, 3, { people: 2 })), 3, 6);
    expect(rescaled.inherent).toEqual(rating(1, 6, { people: 4 }));
  });
});
