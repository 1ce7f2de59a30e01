import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvailabilityAt } from '../../../../../shared/domain/roster/availability';
import type { StatusTone } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';

/** A person's availability in words, and the tone of the badge that shows it. */
export type AvailabilityDisplay = { text: string; tone: StatusTone };

/**
 * Describes a person's availability at one instant: "Available", "Unavailable until <when>
 * (<reason>)", "Unavailable until marked available (<reason>)" or "Outside working hours until
 * <when>". Times are in the device's zone, the one the user reads the clock in.
 */
export function useAvailabilityText(): (availability: AvailabilityAt) => AvailabilityDisplay {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (availability: AvailabilityAt): AvailabilityDisplay => {
      if (availability.isAvailable) {
        return { text: t('roster.availability.available'), tone: 'success' };
      }
      if (availability.reason === 'away') {
        const reason = t(`roster.absenceReasons.${availability.absence?.reason ?? 'other'}`);
        return {
          text:
            availability.until === null
              ? t('roster.people.availability.awayOpen', { reason })
              : t('roster.people.availability.awayUntil', {
                  reason,
                  when: formatDateTime(availability.until, language),
                }),
          tone: 'danger',
        };
      }
      return {
        text:
          availability.until === null
            ? t('roster.availability.outside-hours')
            : t('roster.people.availability.outsideHoursUntil', {
                when: formatDateTime(availability.until, language),
              }),
        tone: 'warning',
      };
    },
    [t, language],
  );
}
