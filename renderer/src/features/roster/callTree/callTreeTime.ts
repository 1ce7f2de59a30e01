import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Language } from '../../../../../shared/domain/settings';
import { dateLocaleFor } from '../../../lib/dates';

/**
 * Time for the call tree screens: people's local time when they live in another time zone than
 * this device.
 */

/** True when the clock in `timeZone` shows another time than this device's at `at`. */
export function isOtherClock(timeZone: string, at: number): boolean {
  return new TZDate(at, timeZone).getTimezoneOffset() !== new Date(at).getTimezoneOffset();
}

/** The weekday and time at `at` in `timeZone` ("Tue 3:04 AM", "週二 上午3:04"). */
export function formatZonedTime(at: number, timeZone: string, language: Language): string {
  return format(new TZDate(at, timeZone), 'EEE p', { locale: dateLocaleFor(language) });
}
