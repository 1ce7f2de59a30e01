import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { readableTextColour, useLocalizedText } from '../riskLabels';
import { bandRanges } from './heatMapCells';

/** Props of {@link HeatMapLegend}. */
export type HeatMapLegendProps = {
  matrix: RiskMatrix;
};

/** The bands of the matrix: each band's colour, name and score range, in words as well. */
export function HeatMapLegend({ matrix }: HeatMapLegendProps) {
  const { t } = useTranslation();
  const localize = useLocalizedText();
  return (
    <section className="heat-map-legend" aria-label={t('risks.register.heatMap.legend')}>
      <ul className="heat-map-legend__list plain-list">
        {bandRanges(matrix).map(({ band, from, to }) => (
          <li key={band.id} className="heat-map-legend__item">
            <span
              className="heat-map-legend__swatch"
              style={{ backgroundColor: band.colour, color: readableTextColour(band.colour) }}
            >
              {localize(band.label)}
            </span>{' '}
            {t('risks.register.heatMap.legendRange', { from, to })}
          </li>
        ))}
      </ul>
    </section>
  );
}
