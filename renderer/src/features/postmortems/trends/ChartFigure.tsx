import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeasuredWidth } from './useMeasuredWidth';

/** One row of a chart's table: a row header, then one cell per further column. */
export type ChartTableRow = {
  id: string;
  header: ReactNode;
  cells: ReactNode[];
};

/** Props of {@link ChartFigure}: already-translated text. */
export type ChartFigureProps = {
  /** The figure's visible caption and its table's caption. */
  title: string;
  /** The chart's accessible name (what kind of chart it is, with the title). */
  chartLabel: string;
  /** A sentence on what is counted, under the title. */
  note?: string;
  /** Draws the chart at the measured width. */
  chart: (width: number) => ReactNode;
  /** Column headers of the table, the row header's column first. */
  columns: string[];
  rows: ChartTableRow[];
};

/**
 * A trend chart as a figure: caption, the chart (role="img" with its name: its SVG is not
 * navigable by itself) and a "Show as table" disclosure holding a real table of the same
 * numbers, for screen readers, keyboard users and anyone who wants the exact figures.
 */
export function ChartFigure({ title, chartLabel, note, chart, columns, rows }: ChartFigureProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const [measureRef, width] = useMeasuredWidth();
  return (
    <figure className="trends-chart" aria-labelledby={captionId}>
      <figcaption className="trends-chart__caption">
        <span id={captionId} className="trends-chart__title">
          {title}
        </span>
        {note !== undefined && <span className="trends-chart__note">{note}</span>}
      </figcaption>
      <div ref={measureRef} className="trends-chart__canvas" role="img" aria-label={chartLabel}>
        {chart(width)}
      </div>
      <details className="trends-chart__table">
        <summary>{t('postmortems.trends.showTable')}</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.header}</th>
                  {row.cells.map((cell, index) => (
                    <td key={columns[index + 1] ?? String(index)}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
