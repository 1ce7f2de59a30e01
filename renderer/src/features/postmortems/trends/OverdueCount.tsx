/** Props of {@link OverdueCount}. */
export type OverdueCountProps = { count: number };

/**
 * An overdue count in a table cell: when above zero it is bold, in the danger colour and behind
 * a warning mark (drawn by the stylesheet, silent to screen readers, whose column header already
 * says "Overdue"), so it is unmissable without relying on colour.
 */
export function OverdueCount({ count }: OverdueCountProps) {
  return count > 0 ? <strong className="trends-overdue">{count}</strong> : <>{count}</>;
}
