import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvailabilityAt } from '../../../../../shared/domain/roster/availability';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';

/**
 * Why a skipped candidate cannot be called, in words: "unavailable until Nov 22, 2026, 3:00 PM
 * (On leave)" or "outside working hours until …", with the time in this device's zone.
 */
export function useUnavailableText(): (availability: AvailabilityAt) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (availability: AvailabilityAt) => {
      if (availability.reason === 'outside-hours') {
        return availability.until === null
          ? t('roster.callTree.now.outsideHours')
          : t('roster.callTree.now.outsideHoursUntil', {
              time: formatDateTime(availability.until, language),
            });
      }
      const why =
        availability.absence === null
          ? t('roster.availability.away')
          : t(`roster.absenceReasons.${availability.absence.reason}`);
      return availability.until === null
        ? t('roster.callTree.now.awayOpen', { why })
        : t('roster.callTree.now.awayUntil', {
            time: formatDateTime(availability.until, language),
            why,
          });
    },
    [t, language],
  );
}
