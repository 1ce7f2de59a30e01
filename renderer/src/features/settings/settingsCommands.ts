import { readSetting, saveSetting } from '../../db/repositories/settingsRepository';
import { StorageWriteError } from '../../db/writeErrors';
import { useAppStore } from '../../stores/appStore';
import type { SettingKey, Settings } from '../../../../shared/domain/settings';

/**
 * Saves one setting. When the write is refused (full storage, invalid value, failed write) the
 * translated reason is shown as an error notice and nothing changes: views read the saved value
 * live, so they keep showing the old one. Returns whether the setting was saved.
 */
export async function changeSetting<K extends SettingKey>(
  key: K,
  value: Settings[K],
): Promise<boolean> {
  try {
    await saveSetting(key, value);
    return true;
  } catch (error: unknown) {
    if (error instanceof StorageWriteError) {
      useAppStore.getState().pushNotice({ kind: 'error', messageKey: `errors.${error.code}` });
      return false;
    }
    throw error;
  }
}

/** Switches between the desk layout and the war-room display (high contrast, large type). */
export async function toggleDisplayMode(): Promise<boolean> {
  const current = await readSetting('displayMode');
  return changeSetting('displayMode', current === 'war-room' ? 'standard' : 'war-room');
}
