import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { readableTextColour, useLocalizedText } from '../riskLabels';
import type { HeatMapCell } from './heatMapCells';
import type { HeatMapMode } from './registerViewState';

/** Props of {@link HeatMapGrid}. */
export type HeatMapGridProps = {
  matrix: RiskMatrix;
  rows: HeatMapCell[][];
  mode: HeatMapMode;
  selected: { likelihood: number; impact: number } | null;
  onSelect: (cell: HeatMapCell) => void;
};

/**
 * The likelihood × impact grid as a table: likelihood levels are row headers (highest at the
 * top), impact levels column headers. Each cell is a button showing how many risks it holds and
 * the band's name on the band's colour, named in full for screen readers ("Likelihood 4 Likely,
 * impact 5 Severe: 3 risks, Critical"); an empty cell is disabled.
 */
export function HeatMapGrid({ matrix, rows, mode, selected, onSelect }: HeatMapGridProps) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  const levelName = (labels: RiskMatrix['likelihoodLabels'], level: number) => {
    const label = labels[level - 1];
    return label === undefined ? String(level) : localize(label);
  };

  return (
    <div className="table-scroll">
      <table
        className="heat-map"
        aria-label={t(
          mode === 'inherent'
            ? 'risks.register.heatMap.tableLabelInherent'
            : 'risks.register.heatMap.tableLabelCurrent',
        )}
      >
        <thead>
          <tr>
            <td className="heat-map__corner">
              <span className="heat-map__axis">{t('risks.register.heatMap.likelihoodAxis')}</span>
              {' / '}
              <span className="heat-map__axis">{t('risks.register.heatMap.impactAxis')}</span>
            </td>
            {rows[0]?.map((cell) => (
              <th key={cell.impact} scope="col" className="heat-map__level">
                <span className="heat-map__level-number">{cell.impact}</span>{' '}
                {levelName(matrix.impactLabels, cell.impact)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const likelihood = row[0]?.likelihood ?? 0;
            return (
              <tr key={likelihood}>
                <th scope="row" className="heat-map__level">
                  <span className="heat-map__level-number">{likelihood}</span>{' '}
                  {levelName(matrix.likelihoodLabels, likelihood)}
                </th>
                {row.map((cell) => {
                  const count = cell.views.length;
                  const bandName = localize(cell.band.label);
                  const isSelected =
                    selected?.likelihood === cell.likelihood && selected.impact === cell.impact;
                  return (
                    <td key={cell.impact} className="heat-map__cell">
                      <button
                        type="button"
                        className="heat-map__button"
                        style={{
                          backgroundColor: cell.band.colour,
                          color: readableTextColour(cell.band.colour),
                        }}
                        disabled={count === 0}
                        aria-pressed={isSelected}
                        aria-label={t('risks.register.heatMap.cellLabel', {
                          likelihood: cell.likelihood,
                          likelihoodName: levelName(matrix.likelihoodLabels, cell.likelihood),
                          impact: cell.impact,
                          impactName: levelName(matrix.impactLabels, cell.impact),
                          band: bandName,
                          count,
                        })}
                        onClick={() => onSelect(cell)}
                      >
                        <span className="heat-map__count">{count}</span>
                        <span className="heat-map__band">{bandName}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
