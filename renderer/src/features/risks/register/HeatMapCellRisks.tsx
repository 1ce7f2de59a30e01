import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { useLocalizedText } from '../riskLabels';
import type { HeatMapCell } from './heatMapCells';

/** Props of {@link HeatMapCellRisks}. */
export type HeatMapCellRisksProps = {
  matrix: RiskMatrix;
  cell: HeatMapCell;
  onClose: () => void;
};

/**
 * The risks in one heat-map cell, each a link to its page. Focus moves to the panel's heading
 * when it opens, so a keyboard or screen-reader user lands on the list they asked for.
 */
export function HeatMapCellRisks({ matrix, cell, onClose }: HeatMapCellRisksProps) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const likelihoodLabel = matrix.likelihoodLabels[cell.likelihood - 1];
  const impactLabel = matrix.impactLabels[cell.impact - 1];

  useEffect(() => {
    headingRef.current?.focus();
  }, [cell.likelihood, cell.impact]);

  return (
    <section className="panel heat-map-risks" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('risks.register.heatMap.cellHeading', {
          likelihood: cell.likelihood,
          likelihoodName: likelihoodLabel === undefined ? '' : localize(likelihoodLabel),
          impact: cell.impact,
          impactName: impactLabel === undefined ? '' : localize(impactLabel),
          count: cell.views.length,
        })}
      </h3>
      {cell.views.length === 0 ? (
        <p>{t('risks.register.heatMap.cellEmpty')}</p>
      ) : (
        <ul className="heat-map-risks__list">
          {cell.views.map(({ risk }) => (
            <li key={risk.id}>
              <span className="heat-map-risks__reference">{risk.reference}</span>{' '}
              <Link href={`/${risk.id}`}>{risk.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('risks.register.heatMap.closeCell')}
        </button>
      </div>
    </section>
  );
}
