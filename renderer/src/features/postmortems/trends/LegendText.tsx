/** Props of {@link LegendText}. */
export type LegendTextProps = { text: string };

/**
 * A chart legend entry's text in the page's text colour: recharts colours it like its series by
 * default, which can fail contrast; the swatch beside it still carries the colour.
 */
export function LegendText({ text }: LegendTextProps) {
  return <span className="trends-chart__legend-text">{text}</span>;
}
