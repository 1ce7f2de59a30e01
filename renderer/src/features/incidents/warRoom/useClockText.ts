import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { clockParts } from './warRoomFigures';

/**
 * A length of time as the war room's big clocks show it, in the UI language: `1:05:09`, or with
 * whole days in front ("2 d 3:00:00", "2 天 3:00:00"). See {@link clockParts}.
 */
export function useClockText(): (milliseconds: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (milliseconds) => {
      const { days, time } = clockParts(milliseconds);
      return days === 0 ? time : t('incidents.warRoom.duration.withDays', { days, time });
    },
    [t],
  );
}
