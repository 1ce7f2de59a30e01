import { useId } from 'react';

/** One notice ready to show: translated text and how urgent it is. */
export type NoticeItem = {
  id: number;
  kind: 'info' | 'success' | 'error';
  text: string;
  /** A button beside the text (such as "Undo"); clicking it also dismisses the notice. */
  action?: { label: string; run: () => void };
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
      {item.action !== undefined && (
        <button
          type="button"
          className="notice__action"
          aria-describedby={textId}
          onClick={() => {
            item.action?.run();
            onDismiss(item.id);
          }}
        >
          {item.action.label}
        </button>
      )}
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
