import { describe, expect, it } from 'vitest';
import {
  defaultBands,
  defaultLevelLabels,
  defaultRiskMatrix,
  maxMatrixSize,
  minMatrixSize,
  rescaleLevel,
  resizeMatrix,
  riskMatrixSchema,
} from '../../../../shared/domain/risks/riskMatrix';
import type { RiskBand, RiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { sameInEveryLanguage } from '../../../../shared/domain/localizedText';

const sizes = [3, 4, 5, 6];

/** The message codes of a matrix's validation issues, with their paths. */
function matrixIssues(value: unknown): { code: string; path: string }[] {
  const parsed = riskMatrixSchema.safeParse(value);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ code: issue.message, path: issue.path.join('.') }));
}

/** A band with the given id and threshold, named after its id. */
function band(id: string, minScore: number, colour = '#123456'): RiskBand {
  return { id, label: sameInEveryLanguage(id), colour, minScore, reviewIntervalDays: 90 };
}

/** The default matrix with other bands. */
function withBands(bands: RiskBand[], size = 5): RiskMatrix {
  return { ...defaultRiskMatrix(size), bands };
}

describe('default risk matrix', () => {
  it('is 5×5 with low, medium, high and critical from 1, 5, 10 and 15', () => {
    const matrix = defaultRiskMatrix();
    expect(matrix.size).toBe(5);
    expect(matrix.likelihoodLabels).toHaveLength(5);
    expect(matrix.impactLabels).toHaveLength(5);
    expect(matrix.bands.map(({ id, minScore }) => [id, minScore])).toEqual([
      ['low', 1],
      ['medium', 5],
      ['high', 10],
      ['critical', 15],
    ]);
    expect(matrix.bands.map(({ reviewIntervalDays }) => reviewIntervalDays)).toEqual([
      365, 180, 90, 30,
    ]);
    expect(matrix.impactRollup).toBe('max');
    expect(matrixIssues(matrix)).toEqual([]);
  });

  it('is valid at every allowed size, with one label per level in every language', () => {
    expect(sizes).toEqual(
      Array.from({ length: maxMatrixSize - minMatrixSize + 1 }, (_, i) => minMatrixSize + i),
    );
    for (const size of sizes) {
      const matrix = defaultRiskMatrix(size);
      expect(matrix.size).toBe(size);
      expect(matrixIssues(matrix), `size ${size}`).toEqual([]);
      for (const axis of ['likelihood', 'impact'] as const) {
        const labels = defaultLevelLabels(axis, size);
        expect(labels).toHaveLength(size);
        expect(new Set(labels.map(({ en }) => en)).size).toBe(size);
      }
    }
  });

  it('scales its band thresholds to the size', () => {
    expect(defaultBands(3).map(({ minScore }) => minScore)).toEqual([1, 2, 4, 6]);
    expect(defaultBands(4).map(({ minScore }) => minScore)).toEqual([1, 4, 7, 10]);
    expect(defaultBands(6).map(({ minScore }) => minScore)).toEqual([1, 8, 15, 22]);
  });

  it('clamps a size outside 3–6', () => {
    expect(defaultRiskMatrix(2).size).toBe(3);
    expect(defaultRiskMatrix(9).size).toBe(6);
  });

  it('hands out copies, so editing one matrix never changes the next default', () => {
    const first = defaultRiskMatrix();
    first.dimensionWeights.financial = 7;
    first.likelihoodLabels.pop();
    expect(defaultRiskMatrix().dimensionWeights.financial).toBe(1);
    expect(defaultRiskMatrix().likelihoodLabels).toHaveLength(5);
  });
});

describe('risk matrix schema', () => {
  it('refuses level label counts that differ from the size', () => {
    expect(matrixIssues({ ...defaultRiskMatrix(5), size: 4 })).toEqual([
      { code: 'level-label-count', path: 'likelihoodLabels' },
      { code: 'level-label-count', path: 'impactLabels' },
      // 15 is still within 4×4 = 16, so the bands stay valid.
    ]);
    expect(
      matrixIssues({ ...defaultRiskMatrix(4), impactLabels: defaultLevelLabels('impact', 5) }),
    ).toEqual([{ code: 'level-label-count', path: 'impactLabels' }]);
  });

  it('refuses a first band that does not start at 1', () => {
    expect(matrixIssues(withBands([band('low', 2), band('high', 10)]))).toEqual([
      { code: 'band-first-min', path: 'bands.0.minScore' },
    ]);
  });

  it('refuses bands that are not in strictly ascending order', () => {
    expect(matrixIssues(withBands([band('low', 1), band('high', 10), band('mid', 5)]))).toEqual([
      { code: 'band-order', path: 'bands.2.minScore' },
    ]);
    expect(matrixIssues(withBands([band('low', 1), band('mid', 5), band('high', 5)]))).toEqual([
      { code: 'band-order', path: 'bands.2.minScore' },
    ]);
  });

  it('refuses a band that starts beyond the highest score', () => {
    expect(matrixIssues(withBands([band('low', 1), band('high', 10)], 3))).toEqual([
      { code: 'band-beyond-max', path: 'bands.1.minScore' },
    ]);
    // The highest score itself is a valid start.
    expect(matrixIssues(withBands([band('low', 1), band('high', 9)], 3))).toEqual([]);
  });

  it('refuses two bands with the same id', () => {
    expect(matrixIssues(withBands([band('low', 1), band('low', 10)]))).toEqual([
      { code: 'band-duplicate-id', path: 'bands.1.id' },
    ]);
  });

  it('refuses all-zero weights only under the weighted roll-up', () => {
    const zero = { financial: 0, reputation: 0, legal: 0, operations: 0, people: 0 };
    expect(
      matrixIssues({ ...defaultRiskMatrix(), impactRollup: 'weighted', dimensionWeights: zero }),
    ).toEqual([{ code: 'weights-all-zero', path: 'dimensionWeights' }]);
    expect(matrixIssues({ ...defaultRiskMatrix(), dimensionWeights: zero })).toEqual([]);
    expect(
      matrixIssues({
        ...defaultRiskMatrix(),
        impactRollup: 'weighted',
        dimensionWeights: { ...zero, legal: 2 },
      }),
    ).toEqual([]);
  });

  it('refuses malformed colours, ids, sizes and unknown keys', () => {
    expect(matrixIssues(withBands([band('low', 1, 'red'), band('high', 10)]))).toEqual([
      { code: 'colour-format', path: 'bands.0.colour' },
    ]);
    expect(matrixIssues(withBands([band('Low', 1), band('high', 10)]))).toEqual([
      { code: 'band-id-format', path: 'bands.0.id' },
    ]);
    expect(riskMatrixSchema.safeParse({ ...defaultRiskMatrix(), size: 7 }).success).toBe(false);
    expect(riskMatrixSchema.safeParse({ ...defaultRiskMatrix(), size: 2 }).success).toBe(false);
    expect(riskMatrixSchema.safeParse({ ...defaultRiskMatrix(), colour: 'x' }).success).toBe(false);
    expect(riskMatrixSchema.safeParse(withBands([band('low', 1)])).success).toBe(false);
  });
});

describe('rescaleLevel', () => {
  it('maps 5 levels onto 3, rounding up', () => {
    expect([1, 2, 3, 4, 5].map((level) => rescaleLevel(level, 5, 3))).toEqual([1, 2, 2, 3, 3]);
  });

  it('maps 3 levels onto 6 end to end, the middle to the nearest level', () => {
    expect([1, 2, 3].map((level) => rescaleLevel(level, 3, 6))).toEqual([1, 4, 6]);
    expect([1, 2, 3, 4, 5].map((level) => rescaleLevel(level, 5, 3))).toEqual([1, 2, 2, 3, 3]);
  });

  it('gives every level back after growing and shrinking again, so trying a size never drifts', () => {
    for (const from of sizes) {
      for (const to of sizes.filter((size) => size > from)) {
        for (let level = 1; level <= from; level += 1) {
          expect(
            rescaleLevel(rescaleLevel(level, from, to), to, from),
            `${level}: ${from}→${to}→${from}`,
          ).toBe(level);
        }
      }
    }
  });

  it('keeps a level whose share falls exactly on a level of the new size', () => {
    // 2/4 and 3/6 are both exactly half the scale: no spurious rounding up.
    expect(rescaleLevel(2, 4, 6)).toBe(3);
    expect(rescaleLevel(3, 6, 4)).toBe(2);
    expect(rescaleLevel(4, 6, 3)).toBe(2);
  });

  it('keeps the ends of the scale and never leaves it', () => {
    for (const from of sizes) {
      for (const to of sizes) {
        expect(rescaleLevel(from, from, to)).toBe(to);
        expect(rescaleLevel(1, from, to)).toBeGreaterThanOrEqual(1);
        expect(rescaleLevel(1, from, to)).toBe(1);
        let previous = 0;
        for (let level = 1; level <= from; level += 1) {
          const scaled = rescaleLevel(level, from, to);
          expect(scaled).toBeGreaterThanOrEqual(1);
          expect(scaled).toBeLessThanOrEqual(to);
          // Order is kept: a higher level never lands below a lower one.
          expect(scaled).toBeGreaterThanOrEqual(previous);
          previous = scaled;
        }
      }
    }
    expect(rescaleLevel(0, 5, 3)).toBe(1);
    expect(rescaleLevel(9, 5, 3)).toBe(3);
  });
});

describe('resizeMatrix', () => {
  /** Matrices whose bands are hard to scale: many bands, thresholds crowded at either end. */
  function awkwardMatrices(size: number): RiskMatrix[] {
    const max = size * size;
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    return [
      defaultRiskMatrix(size),
      withBands([band('low', 1), band('top', max)], size),
      withBands([band('low', 1), band('two', 2)], size),
      withBands(
        six.map((id, index) => band(id, index === 0 ? 1 : max - 5 + index)),
        size,
      ),
      withBands(
        six.map((id, index) => band(id, index + 1)),
        size,
      ),
    ];
  }

  it('keeps bands valid, increasing and within range for every pair of sizes', () => {
    for (const from of sizes) {
      for (const original of awkwardMatrices(from)) {
        expect(matrixIssues(original), `source ${from}`).toEqual([]);
        for (const to of sizes) {
          const resized = resizeMatrix(original, to);
          const label = `${from}→${to} from ${original.bands.map((b) => b.minScore).join(',')}`;
          expect(resized.size, label).toBe(to);
          expect(matrixIssues(resized), label).toEqual([]);
          const thresholds = resized.bands.map(({ minScore }) => minScore);
          expect(thresholds[0], label).toBe(1);
          for (const [index, threshold] of thresholds.entries()) {
            expect(threshold, label).toBeLessThanOrEqual(to * to);
            if (index > 0) {
              expect(threshold, label).toBeGreaterThan(thresholds[index - 1] ?? 0);
            }
          }
          expect(
            resized.bands.map(({ id, label: name, colour, reviewIntervalDays }) => ({
              id,
              name,
              colour,
              reviewIntervalDays,
            })),
            label,
          ).toEqual(
            original.bands.map(({ id, label: name, colour, reviewIntervalDays }) => ({
              id,
              name,
              colour,
              reviewIntervalDays,
            })),
          );
        }
      }
    }
  });

  it('scales thresholds by the ratio of highest scores', () => {
    expect(resizeMatrix(defaultRiskMatrix(5), 3).bands.map(({ minScore }) => minScore)).toEqual([
      1, 2, 4, 5,
    ]);
    expect(resizeMatrix(defaultRiskMatrix(3), 6).bands.map(({ minScore }) => minScore)).toEqual([
      1, 8, 16, 24,
    ]);
  });

  it('spreads the bands evenly when scaled thresholds no longer fit', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    const crowded = withBands(
      six.map((id, index) => band(id, index === 0 ? 1 : 30 + index)),
      6,
    );
    expect(resizeMatrix(crowded, 3).bands.map(({ minScore }) => minScore)).toEqual([
      1, 2, 4, 5, 7, 8,
    ]);
  });

  it('takes the default level names of the new size and keeps roll-up and weights', () => {
    const matrix: RiskMatrix = {
      ...defaultRiskMatrix(),
      impactRollup: 'weighted',
      dimensionWeights: { financial: 3, reputation: 2, legal: 1, operations: 1, people: 0 },
    };
    const resized = resizeMatrix(matrix, 4);
    expect(resized.likelihoodLabels).toEqual(defaultLevelLabels('likelihood', 4));
    expect(resized.impactLabels).toEqual(defaultLevelLabels('impact', 4));
    expect(resized.impactRollup).toBe('weighted');
    expect(resized.dimensionWeights).toEqual(matrix.dimensionWeights);
  });

  it('returns the matrix unchanged at its own size', () => {
    const matrix = defaultRiskMatrix(4);
    expect(resizeMatrix(matrix, 4)).toBe(matrix);
  });
});
