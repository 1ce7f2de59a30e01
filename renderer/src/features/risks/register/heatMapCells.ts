import type { RiskBand, RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { bandForScore } from '../../../../../shared/domain/risks/scoring';
import type { RiskView } from '../useRiskData';
import type { HeatMapMode } from './registerViewState';

/** One cell of the heat map: its place on the matrix, its band and the risks in it. */
export type HeatMapCell = {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
  views: RiskView[];
};

/** The heat map's cells and what could not be placed. */
export type HeatMapLayout = {
  /** Rows of cells, highest likelihood first; each row lowest impact first. */
  rows: HeatMapCell[][];
  /** Risks whose levels are beyond the matrix (only possible while a resize is under way). */
  unplacedCount: number;
};

/**
 * Places risks on the matrix by their inherent or current (residual) score. Each cell is coloured
 * by the band of likelihood × impact, whatever the risks in it.
 */
export function layOutHeatMap(
  views: readonly RiskView[],
  matrix: RiskMatrix,
  mode: HeatMapMode,
): HeatMapLayout {
  const { size } = matrix;
  const byCell = new Map<string, RiskView[]>();
  let unplacedCount = 0;
  for (const view of views) {
    const { likelihood, impact } = view.scores[mode];
    if (likelihood < 1 || likelihood > size || impact < 1 || impact > size) {
      unplacedCount += 1;
      continue;
    }
    const key = `${likelihood}:${impact}`;
    const cell = byCell.get(key);
    if (cell === undefined) {
      byCell.set(key, [view]);
    } else {
      cell.push(view);
    }
  }
  const rows: HeatMapCell[][] = [];
  for (let likelihood = size; likelihood >= 1; likelihood -= 1) {
    const row: HeatMapCell[] = [];
    for (let impact = 1; impact <= size; impact += 1) {
      const score = likelihood * impact;
      row.push({
        likelihood,
        impact,
        score,
        band: bandForScore(score, matrix),
        views: byCell.get(`${likelihood}:${impact}`) ?? [],
      });
    }
    rows.push(row);
  }
  return { rows, unplacedCount };
}

/** The lowest and highest score of each band on the matrix, for the legend. */
export function bandRanges(matrix: RiskMatrix): { band: RiskBand; from: number; to: number }[] {
  const maxScore = matrix.size * matrix.size;
  return matrix.bands.map((band, index) => ({
    band,
    from: band.minScore,
    to: Math.min(maxScore, (matrix.bands[index + 1]?.minScore ?? maxScore + 1) - 1),
  }));
}
