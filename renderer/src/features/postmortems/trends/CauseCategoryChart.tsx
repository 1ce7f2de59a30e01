import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { CauseCategoryCount } from '../../../../../shared/domain/postmortems/trends';
import { ChartFigure } from './ChartFigure';
import { axisTick, gridStroke, seriesColor, tooltipContentStyle } from './chartStyle';
import { LegendText } from './LegendText';

/** Props of {@link CauseCategoryChart}. */
export type CauseCategoryChartProps = {
  /** Categories with at least one cause, most incidents first. */
  categories: CauseCategoryCount[];
};

/** Height of one category's row of bars, in pixels. */
const rowHeight = 48;
/** Room for the legend and the axis, in pixels. */
const chartChrome = 72;

/**
 * How many incidents had root causes and contributing factors of each category, as horizontal
 * bars (root cause solid, contributing factor outlined so they differ by more than colour), with
 * a table of the same counts.
 */
export function CauseCategoryChart({ categories }: CauseCategoryChartProps) {
  const { t } = useTranslation();
  const title = t('postmortems.trends.causes.title');
  const data = categories.map((count) => ({
    ...count,
    label: t(`postmortems.causeCategories.${count.category}`),
  }));
  return (
    <ChartFigure
      title={title}
      note={t('postmortems.trends.causes.note')}
      chartLabel={t('postmortems.trends.chartKinds.bar', { title })}
      chart={(width) => (
        <BarChart
          width={width}
          height={chartChrome + rowHeight * data.length}
          data={data}
          layout="vertical"
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={axisTick} stroke={gridStroke} />
          <YAxis type="category" dataKey="label" tick={axisTick} stroke={gridStroke} width={160} />
          <Tooltip contentStyle={tooltipContentStyle} />
          <Legend formatter={(value: string) => <LegendText text={value} />} />
          <Bar
            dataKey="root"
            name={t('postmortems.causeKinds.root')}
            fill={seriesColor(0)}
            isAnimationActive={false}
          />
          <Bar
            dataKey="contributing"
            name={t('postmortems.causeKinds.contributing')}
            fill="var(--trends-hatch-fill)"
            stroke={seriesColor(1)}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </BarChart>
      )}
      columns={[
        t('postmortems.trends.causes.category'),
        t('postmortems.trends.causes.root'),
        t('postmortems.trends.causes.contributing'),
      ]}
      rows={data.map((row) => ({
        id: row.category,
        header: row.label,
        cells: [row.root, row.contributing],
      }))}
    />
  );
}
