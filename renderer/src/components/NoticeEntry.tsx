import { useId } from 'react';

/** One notice ready to show: translated text and how urgent it is. */
export type NoticeItem = {
  id: number;
  kind: 'info' | 'success' | 'error';
  text: string;
};

/** Props of {@link NoticeEntry}. */
export type NoticeEntryProps = {
  item: NoticeItem;
  /** Text of the dismiss button. */
  dismissLabel: string;
  onDismiss: (id: number) => void;
};

/**
 * One notice with its dismiss button; the button is described by the notice text, so "Dismiss"
 * says which notice it closes.
 */
export function NoticeEntry({ item, dismissLabel, onDismiss }: NoticeEntryProps) {
  const textId = useId();
  return (
    <li className={`notice notice--${item.kind}`}>
      <p id={textId} className="notice__text">
        {item.text}
      </p>
      <button
        type="button"
        className="notice__dismiss"
        aria-describedby={textId}
        onClick={() => onDismiss(item.id)}
      >
        {dismissLabel}
      </button>
    </li>
  );
}
