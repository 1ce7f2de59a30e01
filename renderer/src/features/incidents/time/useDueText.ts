import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatCalendarDate } from '../../../lib/dates';
import { dueReadings } from './clockFormat';

/**
 * A deadline's due moment in words, in the zone it was given in and in this device's zone:
 * "Due Nov 22, 2026, 18:00 Europe/London = 02:00 the next day your time (Asia/Taipei)", or
 * "(your time zone)" when they are the same. Counsel gives a regulator's deadline in the
 * regulator's zone, while the team works on this device's clocks: both must be in view.
 */
export function useDueText(): (dueAt: number, givenZone: string, deviceZone: string) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (dueAt, givenZone, deviceZone) => {
      const { given, device } = dueReadings(dueAt, givenZone, deviceZone);
      const base = {
        date: formatCalendarDate(given.isoDate, language),
        time: given.time,
        zone: given.timeZone,
      };
      if (device === null) {
        return t('incidents.time.deadlines.dueSameZone', base);
      }
      const deviceParts = { ...base, deviceTime: device.time, deviceZone: device.timeZone };
      switch (device.dayOffset) {
        case 0:
          return t('incidents.time.deadlines.dueSameDay', deviceParts);
        case 1:
          return t('incidents.time.deadlines.dueNextDay', deviceParts);
        case -1:
          return t('incidents.time.deadlines.duePreviousDay', deviceParts);
        default:
          return t('incidents.time.deadlines.dueOtherDay', {
            ...deviceParts,
            deviceDate: formatCalendarDate(device.isoDate, language),
          });
      }
    },
    [t, language],
  );
}
