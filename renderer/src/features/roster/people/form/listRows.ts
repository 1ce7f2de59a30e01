/** A copy of `rows` with `patch` applied to row `index`: how each list of the person form edits a row. */
export function withRowChanged<Row extends object>(
  rows: readonly Row[],
  index: number,
  patch: Partial<Row>,
): Row[] {
  return rows.map((row, position) => (position === index ? { ...row, ...patch } : row));
}

/** A copy of `rows` without row `index`. */
export function withoutRow<Row>(rows: readonly Row[], index: number): Row[] {
  return rows.filter((_, position) => position !== index);
}

/** What every list of the person form takes from the form. */
export type ListProps<Row> = {
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  /** Removes row `index` (the form also moves the issues of later rows up). */
  onRemove: (index: number) => void;
  /** The translated issue at a field's path (`phones.1.number`), or undefined. */
  errorFor: (path: string) => string | undefined;
};
