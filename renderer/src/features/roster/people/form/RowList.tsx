import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/** Props of {@link RowList}: already-translated text. */
export type RowListProps<Row> = {
  legend: string;
  /** A sentence under the legend (what the times are in, what an empty field means). */
  hint?: string;
  /** Shown instead of the rows when there are none. */
  emptyText: string;
  addLabel: string;
  /** The label of row `index`'s remove button ("Remove phone 2"). */
  removeLabel: (index: number) => string;
  rows: readonly Row[];
  /** A stable key of a row, so React keeps each row's fields with it when one is removed. */
  rowKey: (row: Row) => string;
  /** No "Add" once there are this many rows (the schema's limit). */
  maxRows: number;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** The fields of one row. */
  renderRow: (row: Row, index: number) => ReactNode;
};

/**
 * A list of the person form that grows and shrinks (phones, emails, times away …): a group with
 * its rows, a remove button on each and an add button. From the keyboard, adding moves focus to
 * the new row's first field and removing moves it to the add button, so focus is never lost on a
 * button that no longer exists.
 */
export function RowList<Row>({
  legend,
  hint,
  emptyText,
  addLabel,
  removeLabel,
  rows,
  rowKey,
  maxRows,
  onAdd,
  onRemove,
  renderRow,
}: RowListProps<Row>) {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<'new-row' | 'add' | null>(null);

  useEffect(() => {
    if (pendingFocus.current === 'new-row') {
      listRef.current?.lastElementChild
        ?.querySelector<HTMLElement>('input, select, textarea')
        ?.focus();
    } else if (pendingFocus.current === 'add') {
      addRef.current?.focus();
    }
    pendingFocus.current = null;
  }, [rows.length]);

  return (
    <fieldset className="form-group person-form__list">
      <legend>{legend}</legend>
      {hint !== undefined && <p className="field__description">{hint}</p>}
      {rows.length === 0 ? (
        <p className="person-form__empty">{emptyText}</p>
      ) : (
        <ol ref={listRef} className="plain-list person-form__rows">
          {rows.map((row, index) => (
            <li key={rowKey(row)} className="person-form__row">
              <div className="person-form__row-fields">{renderRow(row, index)}</div>
              <button
                type="button"
                className="person-form__remove"
                onClick={() => {
                  pendingFocus.current = 'add';
                  onRemove(index);
                }}
              >
                {removeLabel(index)}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        ref={addRef}
        type="button"
        disabled={rows.length >= maxRows}
        onClick={() => {
          pendingFocus.current = 'new-row';
          onAdd();
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
