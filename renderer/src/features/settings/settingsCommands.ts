import { readSetting, saveSetting } from '../../db/repositories/settingsRepository';
import { toStorageWriteError } from '../../db/writeErrors';
import { useAppStore } from '../../stores/appStore';
import type { SettingKey, Settings } from '../../../../shared/domain/settings';

/**
 * Shows why a setting could not be read or saved as a translated error notice: the code of a
 * StorageWriteError, `storage-full` for a full quota, `write-failed` for anything else. Anything
 * the database layer did not anticipate (a bug, an unexpected read failure) is also logged with
 * its stack, since the notice alone would hide it from whoever debugs it. Exported so startup
 * work that saves a setting in the background reports failures the same way.
 */
export function reportSettingFailure(error: unknown): void {
  const failure = toStorageWriteError(error);
  if (failure !== error) {
    console.error(error);
  }
  useAppStore.getState().pushNotice({ kind: 'error', messageKey: `errors.${failure.code}` });
}

/**
 * Saves one setting. When the write is refused (full storage, invalid value, failed write) or
 * fails in any other way, the translated reason is shown as an error notice and nothing changes:
 * views read the saved value live, so they keep showing the old one. Resolves whether the
 * setting was saved and never rejects, so callers may start it from an event handler with `void`.
 */
export async function changeSetting<K extends SettingKey>(
  key: K,
  value: Settings[K],
): Promise<boolean> {
  try {
    await saveSetting(key, value);
    return true;
  } catch (error: unknown) {
    reportSettingFailure(error);
    return false;
  }
}

/**
 * Switches between the desk layout and the war-room display (high contrast, large type).
 * Resolves whether the change was saved and, like {@link changeSetting}, never rejects.
 */
export async function toggleDisplayMode(): Promise<boolean> {
  let current: Settings['displayMode'];
  try {
    current = await readSetting('displayMode');
  } catch (error: unknown) {
    reportSettingFailure(error);
    return false;
  }
  return changeSetting('displayMode', current === 'war-room' ? 'standard' : 'war-room');
}
