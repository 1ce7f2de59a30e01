import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const minutesPerHour = 60;
const minutesPerDay = 24 * minutesPerHour;

/**
 * A number of minutes as a human span in the UI language, largest units first and zero parts left
 * out ("2 h", "1 d 4 h", "1 h 30 min", "90 分鐘" is "1 小時 30 分鐘"), so a cadence typed in
 * minutes reads back the way people say it.
 */
export function useSpanText(): (minutes: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (minutes) => {
      const total = Math.max(0, Math.round(minutes));
      const days = Math.floor(total / minutesPerDay);
      const hours = Math.floor((total % minutesPerDay) / minutesPerHour);
      const rest = total % minutesPerHour;
      const parts: string[] = [];
      if (days > 0) parts.push(t('incidents.settings.cadence.days', { count: days }));
      if (hours > 0) parts.push(t('incidents.settings.cadence.hours', { count: hours }));
      if (rest > 0 || parts.length === 0) {
        parts.push(t('incidents.settings.cadence.minutes', { count: rest }));
      }
      return parts.join(' ');
    },
    [t],
  );
}
