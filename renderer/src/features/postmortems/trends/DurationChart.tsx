import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { DurationTrendPoint } from '../../../../../shared/domain/postmortems/trends';
import { useLanguage } from '../../../i18n/useLanguage';
import { ChartFigure } from './ChartFigure';
import {
  axisTick,
  gridStroke,
  periodChartHeight,
  seriesColor,
  tooltipContentStyle,
} from './chartStyle';
import { LegendText } from './LegendText';

/** Props of {@link DurationChart}. */
export type DurationChartProps = {
  /** The chart's caption (already translated). */
  title: string;
  /** What is measured (already translated). */
  note: string;
  points: DurationTrendPoint[];
  /** The translated name of a period. */
  periodLabel: (period: string) => string;
};

/** From this many minutes on (the largest value shown), the chart counts in hours. */
const hoursFromMinutes = 120;

/**
 * A response time per period as a line chart: the median as a solid line and the 90th percentile
 * as a dashed one (told apart by shape as well as colour), in minutes or, for long times, hours
 * (named on the axis), with a table of the same figures and how many incidents each counts.
 */
export function DurationChart({ title, note, points, periodLabel }: DurationChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const largest = Math.max(
    0,
    ...points.flatMap((point) => [point.medianMinutes ?? 0, point.p90Minutes ?? 0]),
  );
  const isHours = largest >= hoursFromMinutes;
  const scale = (minutes: number | null) =>
    minutes === null ? null : isHours ? minutes / 60 : minutes;
  const numberFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const formatValue = (minutes: number | null) => {
    const value = scale(minutes);
    if (value === null) {
      return t('postmortems.trends.durations.notReached');
    }
    return t(
      isHours ? 'postmortems.trends.durations.hours' : 'postmortems.trends.durations.minutes',
      {
        value: numberFormat.format(value),
      },
    );
  };
  const data = points.map((point) => ({
    period: point.period,
    label: periodLabel(point.period),
    median: scale(point.medianMinutes),
    p90: scale(point.p90Minutes),
  }));
  const medianName = t('postmortems.trends.durations.median');
  const p90Name = t('postmortems.trends.durations.p90');
  return (
    <ChartFigure
      title={title}
      note={note}
      chartLabel={t('postmortems.trends.chartKinds.line', { title })}
      chart={(width) => (
        <LineChart width={width} height={periodChartHeight} data={data} accessibilityLayer={false}>
          <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} stroke={gridStroke} />
          <YAxis
            tick={axisTick}
            stroke={gridStroke}
            width={56}
            label={{
              value: t(
                isHours
                  ? 'postmortems.trends.durations.hoursAxis'
                  : 'postmortems.trends.durations.minutesAxis',
              ),
              angle: -90,
              position: 'insideLeft',
              fill: 'var(--color-text)',
            }}
          />
          <Tooltip
            contentStyle={tooltipContentStyle}
            formatter={(value) => (typeof value === 'number' ? numberFormat.format(value) : value)}
          />
          <Legend formatter={(value: string) => <LegendText text={value} />} />
          <Line
            dataKey="median"
            name={medianName}
            stroke={seriesColor(0)}
            strokeWidth={3}
            dot={{ r: 4, fill: seriesColor(0) }}
            isAnimationActive={false}
          />
          <Line
            dataKey="p90"
            name={p90Name}
            stroke={seriesColor(1)}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 4, fill: 'var(--color-surface)', stroke: seriesColor(1) }}
            isAnimationActive={false}
          />
        </LineChart>
      )}
      columns={[
        t('postmortems.trends.period'),
        t('postmortems.trends.durations.counted'),
        medianName,
        p90Name,
      ]}
      rows={points.map((point) => ({
        id: point.period,
        header: periodLabel(point.period),
        cells: [point.count, formatValue(point.medianMinutes), formatValue(point.p90Minutes)],
      }))}
    />
  );
}
