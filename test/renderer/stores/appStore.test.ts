import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/src/stores/appStore';
import { maxNotices } from '../../../renderer/src/stores/slices/noticesSlice';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('app store', () => {
  it('opens, closes and toggles the palette', () => {
    const { openPalette, closePalette, togglePalette } = useAppStore.getState();
    openPalette();
    expect(useAppStore.getState().isPaletteOpen).toBe(true);
    closePalette();
    expect(useAppStore.getState().isPaletteOpen).toBe(false);
    togglePalette();
    expect(useAppStore.getState().isPaletteOpen).toBe(true);
  });

  it('shows a repeated notice once, as the newest, and dismisses by id', () => {
    const { pushNotice, dismissNotice } = useAppStore.getState();
    const first = pushNotice({ kind: 'error', messageKey: 'errors.offline' });
    pushNotice({ kind: 'info', messageKey: 'settings.updates.states.checking' });
    const again = pushNotice({ kind: 'error', messageKey: 'errors.offline' });
    expect(again).not.toBe(first);
    expect(useAppStore.getState().notices.map((notice) => notice.messageKey)).toEqual([
      'settings.updates.states.checking',
      'errors.offline',
    ]);
    dismissNotice(again);
    expect(useAppStore.getState().notices.map((notice) => notice.id)).not.toContain(again);
  });

  it(`keeps at most ${maxNotices} notices, dropping the oldest`, () => {
    const { pushNotice } = useAppStore.getState();
    const ids = Array.from({ length: maxNotices + 2 }, (_, index) =>
      pushNotice({
        kind: 'info',
        messageKey: 'settings.updates.states.available',
        params: { version: `0.${index}.0` },
      }),
    );
    expect(useAppStore.getState().notices.map((notice) => notice.id)).toEqual(ids.slice(2));
  });

  it('records the latest update status and clears an earlier read error', () => {
    const { setUpdateStatus, setUpdateStatusError } = useAppStore.getState();
    setUpdateStatusError('transport-unavailable');
    expect(useAppStore.getState().updateStatusError).toBe('transport-unavailable');
    setUpdateStatus({
      state: 'idle',
      currentVersion: '0.1.0',
      availableVersion: null,
      percent: null,
      lastCheckedAt: null,
      errorMessage: null,
    });
    expect(useAppStore.getState().updateStatus?.state).toBe('idle');
    expect(useAppStore.getState().updateStatusError).toBeNull();
  });
});
