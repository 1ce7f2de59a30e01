import { useState } from 'react';
import type { SettingKey, Settings } from '../../../../shared/domain/settings';
import { changeSetting } from './settingsCommands';

/** Settings chosen from a fixed list of strings (language, theme, display mode). */
export type ChoiceSettingKey = {
  [K in SettingKey]: Settings[K] extends string ? K : never;
}[SettingKey];

/**
 * A setting control's value and its change function. While a write is in flight the control shows
 * the chosen value (a controlled input would otherwise snap back to the saved value until the live
 * read catches up, which flickers and makes screen readers announce the old state); once the
 * saved value matches it is shown as saved, and if the write fails for any reason the control
 * returns to the saved value, so a failed write changes nothing on screen either.
 */
export function usePendingSetting<K extends ChoiceSettingKey>(
  key: K,
  saved: Settings[K],
): [value: Settings[K], change: (value: Settings[K]) => void] {
  const [pending, setPending] = useState<{ value: Settings[K] } | null>(null);

  if (pending !== null && pending.value === saved) {
    // The saved value caught up: adjusting state while rendering, as React recommends, avoids a
    // frame showing a stale value.
    setPending(null);
  }

  function change(value: Settings[K]) {
    const request = { value };
    setPending(request);
    // changeSetting never rejects: every failure, expected or not, ends in a notice and `false`,
    // so the pending value is always either confirmed by the live read or undone here.
    void changeSetting(key, value).then((isSaved) => {
      if (!isSaved) {
        // Only undo this request: a later choice may already be pending.
        setPending((current) => (current === request ? null : current));
      }
    });
  }

  return [pending === null ? saved : pending.value, change];
}
