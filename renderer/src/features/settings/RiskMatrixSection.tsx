import { useDeletedRisks, useRiskMatrix, useRiskViews } from '../risks';
import { RiskMatrixForm } from './RiskMatrixForm';

/**
 * Settings → Risk matrix: size, level names and bands (each in every app language), impact
 * roll-up and weights. Waits for the saved matrix; see {@link RiskMatrixForm}.
 */
export function RiskMatrixSection() {
  const matrix = useRiskMatrix();
  const views = useRiskViews();
  const deleted = useDeletedRisks();
  if (matrix === undefined || views === undefined || deleted === undefined) return null;
  return <RiskMatrixForm saved={matrix} riskCount={views.length + deleted.length} />;
}
