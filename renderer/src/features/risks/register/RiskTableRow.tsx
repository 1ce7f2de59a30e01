import { memo } from 'react';
import { FlexRender } from '@tanstack/react-table';
import type { Cell, RowData, TableFeatures } from '@tanstack/react-table';

/** Props of {@link RiskTableRow}. */
export type RiskTableRowProps<TFeatures extends TableFeatures, TData extends RowData> = {
  /** The table row (with column visibility, so it knows its visible cells). */
  row: { getVisibleCells: () => Cell<TFeatures, TData>[] };
  /** Position among the rendered lines (group headers included). */
  index: number;
  /** Offset from the top of the body, in pixels. */
  start: number;
  /** The virtualizer's measuring ref, so rows that wrap get their real height. */
  measureElement: (element: Element | null) => void;
  /** The table's meta (translation, language, today …): a new one re-renders every row. */
  meta: unknown;
  /** The visible column ids joined: hiding a column re-renders every row. */
  visibleColumnsKey: string;
};

/** One risk's row of the register, positioned by the virtualizer. */
function RiskTableRowContent<TFeatures extends TableFeatures, TData extends RowData>({
  row,
  index,
  start,
  measureElement,
}: RiskTableRowProps<TFeatures, TData>) {
  return (
    <tr
      ref={measureElement}
      data-index={index}
      aria-rowindex={index + 2}
      style={{ transform: `translateY(${start}px)` }}
      className="risk-table__row risk-table__row--virtual"
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`risk-table__cell risk-table__cell--${cell.column.id}`}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}

/**
 * A register row that re-renders only when its risk, its place or what its cells depend on
 * changes. Scrolling re-renders the table on every frame; without this every visible row would
 * be rebuilt each time, which is most of a frame's budget at 10,000 risks.
 */
// `memo` returns a component object, so this one export cannot be a function declaration.
export const RiskTableRow = memo(RiskTableRowContent) as typeof RiskTableRowContent;
