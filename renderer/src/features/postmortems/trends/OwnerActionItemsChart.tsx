import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { OwnerActionItems } from '../../../../../shared/domain/postmortems/trends';
import { ChartFigure } from './ChartFigure';
import {
  axisTick,
  gridStroke,
  periodChartHeight,
  seriesColor,
  tooltipContentStyle,
} from './chartStyle';
import { LegendText } from './LegendText';
import { OverdueCount } from './OverdueCount';

/** Props of {@link OwnerActionItemsChart}. */
export type OwnerActionItemsChartProps = {
  /** Owners with open items, most overdue first. */
  owners: OwnerActionItems[];
  /** The display name of an owner (null = nobody). */
  ownerName: (personId: string | null) => string;
};

/**
 * Open and overdue action items per owner as grouped bars (overdue bars in the danger colour
 * with a heavy outline, so they stand out by shape too), with a table where overdue counts carry
 * a warning mark.
 */
export function OwnerActionItemsChart({ owners, ownerName }: OwnerActionItemsChartProps) {
  const { t } = useTranslation();
  const title = t('postmortems.trends.owners.title');
  const data = owners.map((owner) => ({
    ...owner,
    id: owner.ownerPersonId ?? '',
    label: ownerName(owner.ownerPersonId),
  }));
  return (
    <ChartFigure
      title={title}
      chartLabel={t('postmortems.trends.chartKinds.bar', { title })}
      chart={(width) => (
        <BarChart width={width} height={periodChartHeight} data={data} accessibilityLayer={false}>
          <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} stroke={gridStroke} interval={0} />
          <YAxis allowDecimals={false} tick={axisTick} stroke={gridStroke} width={40} />
          <Tooltip contentStyle={tooltipContentStyle} />
          <Legend formatter={(value: string) => <LegendText text={value} />} />
          <Bar
            dataKey="open"
            name={t('postmortems.trends.owners.open')}
            fill={seriesColor(0)}
            isAnimationActive={false}
          />
          <Bar
            dataKey="overdue"
            name={t('postmortems.trends.owners.overdue')}
            fill="var(--color-danger)"
            stroke="var(--color-text)"
            strokeWidth={2}
            isAnimationActive={false}
          />
        </BarChart>
      )}
      columns={[
        t('postmortems.trends.owners.owner'),
        t('postmortems.trends.owners.open'),
        t('postmortems.trends.owners.overdue'),
      ]}
      rows={data.map((row) => ({
        id: row.id,
        header: row.label,
        cells: [row.open, <OverdueCount key="overdue" count={row.overdue} />],
      }))}
    />
  );
}
