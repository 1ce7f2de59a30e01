import type { StateCreator } from 'zustand';
import type { MessageKey, MessageParams } from '../../i18n/messageKeys';
import type { AppState } from '../appStore';

/** How a notice is announced: errors interrupt (role="alert"), the others wait (role="status"). */
export type NoticeKind = 'info' | 'success' | 'error';

/**
 * A short message shown in the notices region until dismissed. It keeps an i18n key and its
 * parameters, not finished text, so it follows a language change while it is on screen.
 */
export type Notice = {
  readonly id: number;
  readonly kind: NoticeKind;
  readonly messageKey: MessageKey;
  readonly params?: MessageParams;
  /**
   * One thing the user can do about the notice, such as "Undo" after a deletion. Running it
   * dismisses the notice.
   */
  readonly action?: NoticeAction;
};

/** A button on a notice: its label as an i18n key and what it does. */
export type NoticeAction = {
  readonly labelKey: MessageKey;
  readonly run: () => void;
};

/** What a caller supplies to show a notice; the store assigns the id. */
export type NoticeInput = Omit<Notice, 'id'>;

/** Notices on screen and the ways to add and remove them. */
export type NoticesSlice = {
  notices: readonly Notice[];
  nextNoticeId: number;
  /** Shows a notice and returns its id. The same message twice is shown once, as the newest. */
  pushNotice: (notice: NoticeInput) => number;
  dismissNotice: (id: number) => void;
};

/** Most notices kept on screen; older ones give way so the region never grows without bound. */
export const maxNotices = 5;

function isSameMessage(left: NoticeInput, right: NoticeInput): boolean {
  const leftParams = JSON.stringify(left.params ?? {});
  const rightParams = JSON.stringify(right.params ?? {});
  return (
    left.kind === right.kind && left.messageKey === right.messageKey && leftParams === rightParams
  );
}

/** Builds the notices slice of {@link AppState}; there are no notices at start. */
export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  notices: [],
  nextNoticeId: 1,
  pushNotice: (notice) => {
    const id = get().nextNoticeId;
    set((state) => ({
      nextNoticeId: state.nextNoticeId + 1,
      notices: [
        ...state.notices.filter((existing) => !isSameMessage(existing, notice)),
        { ...notice, id },
      ].slice(-maxNotices),
    }));
    return id;
  },
  dismissNotice: (id) =>
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});
