import { useTranslation } from 'react-i18next';
import { isBuiltInRiskCategory } from '../../../../../shared/domain/risks/riskCategories';
import type { RiskCsvImport } from '../../../../../shared/domain/risks/riskCsv';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { resolveScores } from '../../../../../shared/domain/risks/scoring';
import type { ScoredAssessment } from '../../../../../shared/domain/risks/scoring';
import { useLocalizedText } from '../riskLabels';
import type { RiskCategoryOption } from '../useRiskData';

/** Props of {@link ImportPreviewTable}. */
export type ImportPreviewTableProps = {
  imported: RiskCsvImport;
  matrix: RiskMatrix;
  categories: readonly RiskCategoryOption[];
};

/** Rows shown in the preview: enough to see that the columns map right. */
const previewRowCount = 10;

/**
 * The first rows of an import as they will be stored: reference (or "new"), title, category
 * (marking ones the import adds), owner, status, and the inherent and current scores on the
 * current matrix.
 */
export function ImportPreviewTable({ imported, matrix, categories }: ImportPreviewTableProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const rows = imported.rows.slice(0, previewRowCount);

  function categoryLabel(categoryId: string): string {
    if (isBuiltInRiskCategory(categoryId)) return t(`risks.categories.${categoryId}`);
    const added = imported.newCategories.find(({ id }) => id === categoryId);
    if (added !== undefined) return t('risks.transfer.import.newCategory', { name: added.name });
    return categories.find(({ id }) => id === categoryId)?.customName ?? categoryId;
  }

  function score(scored: ScoredAssessment): string {
    return t('risks.transfer.import.previewScore', {
      likelihood: scored.likelihood,
      impact: scored.impact,
      score: scored.score,
      level: localized(scored.band.label),
    });
  }

  return (
    <div className="import-dialog__preview">
      <table>
        <caption>{t('risks.transfer.import.preview', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risks.transfer.import.previewColumns.row')}</th>
            <th scope="col">{t('risks.transfer.import.previewColumns.reference')}</th>
            <th scope="col">{t('risks.transfer.import.previewColumns.title')}</th>
            <th scope="col">{t('risks.transfer.import.previewColumns.category')}</th>
            <th scope="col">{t('risks.transfer.import.previewColumns.owner')}</th>
            <th scope="col">{t('risks.transfer.import.previewColumns.status')}</th>
            <th scope="col">{t('risks.transfer.import.previewColumns.inherent')}</th>
            <th scope="col">{t('risks.transfer.import.previewColumns.current')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ rowNumber, entry }) => {
            const scores = resolveScores(entry.input, matrix);
            return (
              <tr key={rowNumber}>
                <td>{rowNumber}</td>
                <td>{entry.reference ?? t('risks.transfer.import.newReference')}</td>
                <td>{entry.input.title}</td>
                <td>{categoryLabel(entry.input.categoryId)}</td>
                <td>{entry.input.owner}</td>
                <td>{t(`risks.statuses.${entry.input.status}`)}</td>
                <td>{score(scores.inherent)}</td>
                <td>{score(scores.current)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
