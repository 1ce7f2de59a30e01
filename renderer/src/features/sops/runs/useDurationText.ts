import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMinutesText } from '../sopFormat';

const secondMs = 1000;
const minuteMs = 60 * secondMs;

/** Below this a countdown shows seconds too, so the last minutes before a deadline visibly tick. */
const secondsShownBelowMs = 10 * minuteMs;

/**
 * A length of time in the UI language, for countdowns and elapsed times: "42 s" under a minute,
 * "4 min 32 s" under ten minutes, then whole minutes, hours and days as the SOP screens write
 * targets ("12 min", "1 h 5 min", "12 分鐘"). The sign is ignored (an overdue step passes its
 * negative remaining time) and parts are truncated, never rounded up.
 */
export function useDurationText(): (milliseconds: number) => string {
  const { t } = useTranslation();
  const minutesText = useMinutesText();
  return useCallback(
    (milliseconds) => {
      const length = Math.abs(milliseconds);
      if (length < minuteMs) {
        return t('sops.runs.duration.seconds', { seconds: Math.floor(length / secondMs) });
      }
      if (length < secondsShownBelowMs) {
        return t('sops.runs.duration.minutesSeconds', {
          minutes: Math.floor(length / minuteMs),
          seconds: Math.floor((length % minuteMs) / secondMs),
        });
      }
      return minutesText(Math.floor(length / minuteMs));
    },
    [t, minutesText],
  );
}
