import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendBreakdown } from '../../../../../shared/domain/postmortems/trends';
import { ChartFigure } from './ChartFigure';
import {
  axisTick,
  gridStroke,
  periodChartHeight,
  seriesColor,
  tooltipContentStyle,
} from './chartStyle';
import { LegendText } from './LegendText';

/** Props of {@link BreakdownChart}. */
export type BreakdownChartProps = {
  /** The chart's caption (already translated). */
  title: string;
  breakdown: TrendBreakdown;
  /** The translated name of a key (a crisis type or a severity level). */
  keyName: (key: string) => string;
  /** The translated name of a period. */
  periodLabel: (period: string) => string;
};

/**
 * Incidents per period as a stacked bar chart, one colour per key (crisis type or severity)
 * with a legend, and the same counts as a table: periods as rows, keys as columns, with totals.
 */
export function BreakdownChart({ title, breakdown, keyName, periodLabel }: BreakdownChartProps) {
  const { t } = useTranslation();
  const data = breakdown.rows.map((row) => ({ ...row, label: periodLabel(row.period) }));
  return (
    <ChartFigure
      title={title}
      chartLabel={t('postmortems.trends.chartKinds.stackedBar', { title })}
      chart={(width) => (
        <BarChart width={width} height={periodChartHeight} data={data} accessibilityLayer={false}>
          <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} stroke={gridStroke} />
          <YAxis allowDecimals={false} tick={axisTick} stroke={gridStroke} width={40} />
          <Tooltip contentStyle={tooltipContentStyle} />
          <Legend formatter={(value: string) => <LegendText text={value} />} />
          {breakdown.keys.map((key, index) => (
            <Bar
              key={key}
              dataKey={(row: (typeof data)[number]) => row.counts[key] ?? 0}
              name={keyName(key)}
              stackId="incidents"
              fill={seriesColor(index)}
              stroke="var(--color-surface)"
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
      columns={[
        t('postmortems.trends.period'),
        ...breakdown.keys.map((key) => keyName(key)),
        t('postmortems.trends.total'),
      ]}
      rows={data.map((row) => ({
        id: row.period,
        header: row.label,
        cells: [...breakdown.keys.map((key) => row.counts[key] ?? 0), row.total],
      }))}
    />
  );
}
