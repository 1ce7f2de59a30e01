/** The sorting side of a TanStack column that a header cell needs. */
export type SortableColumn = {
  getCanSort: () => boolean;
  getIsSorted: () => false | 'asc' | 'desc';
  getToggleSortingHandler: () => undefined | ((event: unknown) => void);
};

/** Props of {@link SortableHeaderCell}. */
export type SortableHeaderCellProps = {
  column: SortableColumn;
  /** The column's translated header text. */
  label: string;
  /** The class of the sort button (each table styles its own). */
  buttonClassName: string;
  /** The class of the ▲/▼ mark, if the table styles it. */
  markClassName?: string;
  className?: string;
};

/** The value of `aria-sort` for a sort direction. */
function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return 'none';
}

/**
 * A column header of a TanStack table: when the column sorts, its label is a button that toggles
 * the sorting, with `aria-sort` on the cell and a ▲/▼ mark hidden from screen readers (which read
 * `aria-sort` instead); otherwise plain text. Shared so every sortable table behaves alike.
 */
export function SortableHeaderCell({
  column,
  label,
  buttonClassName,
  markClassName,
  className,
}: SortableHeaderCellProps) {
  const canSort = column.getCanSort();
  const direction = column.getIsSorted();
  return (
    <th scope="col" aria-sort={canSort ? ariaSort(direction) : undefined} className={className}>
      {canSort ? (
        <button
          type="button"
          className={buttonClassName}
          onClick={column.getToggleSortingHandler()}
        >
          {label}
          <span aria-hidden="true" className={markClassName}>
            {direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : ''}
          </span>
        </button>
      ) : (
        label
      )}
    </th>
  );
}
