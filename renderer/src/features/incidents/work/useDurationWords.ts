import { formatDistanceStrict } from 'date-fns';
import { useCallback } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { dateLocaleFor } from '../../../lib/dates';

/**
 * A length of time in words in the UI language ("5 minutes", "2 小時"), sign ignored, for a task's
 * "due in" and "overdue by".
 */
export function useDurationWords(): (milliseconds: number) => string {
  const language = useLanguage();
  return useCallback(
    (milliseconds) =>
      formatDistanceStrict(0, Math.abs(milliseconds), { locale: dateLocaleFor(language) }),
    [language],
  );
}
