/**
 * Colours and text styles shared by the trend charts. Every colour is a CSS variable
 * (styles/postmortems-trends.css, built on styles/tokens.css), so light, dark, war-room and
 * forced-colour modes restyle the SVG without re-rendering; recharts passes the values through as
 * SVG presentation attributes, where `var()` resolves.
 */

/** How many distinct series colours the stylesheet defines; further series repeat them. */
const seriesColorCount = 8;

/** The colour of the `index`th series of a chart. */
export function seriesColor(index: number): string {
  return `var(--trends-series-${String((index % seriesColorCount) + 1)})`;
}

/** Axis tick text in the page's text colour (recharts' default grey fails contrast in dark mode). */
export const axisTick = { fill: 'var(--color-text)', fontSize: 12 };

/** Axis and grid lines. */
export const gridStroke = 'var(--color-border)';

/** The tooltip box in the page's surface colours. */
export const tooltipContentStyle = {
  background: 'var(--color-surface-raised)',
  border: 'var(--border-width) solid var(--color-border)',
  color: 'var(--color-text)',
};

/** The height of the period charts in pixels. */
export const periodChartHeight = 280;
