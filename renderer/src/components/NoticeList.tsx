import { NoticeEntry } from './NoticeEntry';
import type { NoticeItem } from './NoticeEntry';

/** Props of {@link NoticeList}: translated labels and the notices to show. */
export type NoticeListProps = {
  items: readonly NoticeItem[];
  /** Accessible name of the polite region (information and confirmations). */
  statusLabel: string;
  /** Accessible name of the assertive region (errors). */
  alertLabel: string;
  /** Text of each notice's dismiss button. */
  dismissLabel: string;
  onDismiss: (id: number) => void;
};

/**
 * The two live regions of the app: errors in a `role="alert"` region that interrupts, everything
 * else in a polite `role="status"` region. Both are always rendered, even empty, because screen
 * readers only announce text added to a live region that already existed.
 */
export function NoticeList({
  items,
  statusLabel,
  alertLabel,
  dismissLabel,
  onDismiss,
}: NoticeListProps) {
  const errors = items.filter((item) => item.kind === 'error');
  const others = items.filter((item) => item.kind !== 'error');
  const list = (entries: readonly NoticeItem[]) =>
    entries.length > 0 && (
      <ul className="notices__list">
        {entries.map((item) => (
          <NoticeEntry
            key={item.id}
            item={item}
            dismissLabel={dismissLabel}
            onDismiss={onDismiss}
          />
        ))}
      </ul>
    );
  return (
    <div className="notices">
      <div role="alert" aria-label={alertLabel} className="notices__region">
        {list(errors)}
      </div>
      <div role="status" aria-live="polite" aria-label={statusLabel} className="notices__region">
        {list(others)}
      </div>
    </div>
  );
}
