import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';

/** A month key `2026-03` or a quarter key `2026-Q1` (see shared/domain/postmortems/trends.ts). */
const periodPattern = /^(\d{4})-(?:(\d{2})|Q([1-4]))$/u;

/**
 * A function naming a trend period in the app language: "Mar 2026" or "2026年3月" for a month,
 * "Q1 2026" or "2026 年第 1 季" for a quarter. An unexpected key is shown as it is.
 */
export function usePeriodLabel(): (period: string) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (period: string) => {
      const match = periodPattern.exec(period);
      const year = match?.[1];
      if (match === null || year === undefined) {
        return period;
      }
      const [, , month, quarter] = match;
      if (quarter !== undefined) {
        return t('postmortems.trends.quarterLabel', { quarter, year });
      }
      // Formatted in UTC from a UTC date, so the device's zone can never shift the month.
      return new Intl.DateTimeFormat(language, {
        year: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }).format(Date.UTC(Number(year), Number(month) - 1, 1));
    },
    [t, language],
  );
}
