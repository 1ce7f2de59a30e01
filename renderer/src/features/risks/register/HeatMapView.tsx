import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewRiskButton } from '../detail/NewRiskButton';
import { useRiskMatrix, useRiskViews } from '../useRiskData';
import { layOutHeatMap } from './heatMapCells';
import { HeatMapCellRisks } from './HeatMapCellRisks';
import { HeatMapGrid } from './HeatMapGrid';
import { HeatMapLegend } from './HeatMapLegend';
import { heatMapModes, readSessionHeatMapMode, writeSessionHeatMapMode } from './registerViewState';
import type { HeatMapMode } from './registerViewState';

/** The label of each score choice. */
const modeLabels = {
  inherent: 'risks.register.heatMap.modeInherent',
  current: 'risks.register.heatMap.modeCurrent',
} as const;

/**
 * Risks → Heat map: every risk not in the recycle bin placed by likelihood × impact, by its
 * inherent score or its current (residual) one. A cell opens the list of its risks. The score
 * choice is kept for the session.
 */
export function HeatMapView() {
  const { t } = useTranslation();
  const headingId = useId();
  const modeName = useId();
  const views = useRiskViews();
  const matrix = useRiskMatrix();
  const [mode, setMode] = useState<HeatMapMode>(readSessionHeatMapMode);
  const [selected, setSelected] = useState<{ likelihood: number; impact: number } | null>(null);

  useEffect(() => {
    writeSessionHeatMapMode(mode);
  }, [mode]);

  const layout = useMemo(
    () => (views === undefined || matrix === undefined ? null : layOutHeatMap(views, matrix, mode)),
    [views, matrix, mode],
  );
  const selectedCell =
    selected === null
      ? undefined
      : layout?.rows
          .flat()
          .find(
            (cell) => cell.likelihood === selected.likelihood && cell.impact === selected.impact,
          );

  let body;
  if (views === undefined || matrix === undefined || layout === null) {
    body = <p role="status">{t('risks.register.loading')}</p>;
  } else if (views.length === 0) {
    body = (
      <div className="empty-state">
        <p className="empty-state__status">{t('risks.register.heatMap.empty')}</p>
        <div className="button-row">
          <NewRiskButton />
        </div>
      </div>
    );
  } else {
    body = (
      <>
        <fieldset className="field field--choices">
          <legend>{t('risks.register.heatMap.modeLegend')}</legend>
          <div className="button-row">
            {heatMapModes.map((choice) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name={modeName}
                  value={choice}
                  checked={mode === choice}
                  onChange={() => setMode(choice)}
                />
                {t(modeLabels[choice])}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="heat-map-layout">
          <HeatMapGrid
            matrix={matrix}
            rows={layout.rows}
            mode={mode}
            selected={selected}
            onSelect={(cell) => setSelected({ likelihood: cell.likelihood, impact: cell.impact })}
          />
          <HeatMapLegend matrix={matrix} />
        </div>
        {layout.unplacedCount > 0 && (
          <p className="field__description">
            {t('risks.register.heatMap.unplaced', { count: layout.unplacedCount })}
          </p>
        )}
        {selectedCell !== undefined && (
          <HeatMapCellRisks matrix={matrix} cell={selectedCell} onClose={() => setSelected(null)} />
        )}
      </>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('risks.register.heatMap.heading')}</h2>
      {body}
    </section>
  );
}
