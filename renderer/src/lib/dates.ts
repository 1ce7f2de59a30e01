import { format, formatDistance, formatDuration, parseISO } from 'date-fns';
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';
import { zhTW } from 'date-fns/locale/zh-TW';
import type { Language } from '../../../shared/domain/settings';

/** The date-fns locale of each app language (Taiwan and mainland conventions for Chinese). */
const dateLocales = {
  en: enUS,
  'zh-TW': zhTW,
  'zh-CN': zhCN,
} as const satisfies Record<Language, Locale>;

/**
 * The full date-and-time pattern of each language. Chinese uses the long date (2026年11月22日):
 * date-fns's medium Chinese date is an ISO-like 2026-11-22, which reads as technical.
 */
const dateTimePatterns = {
  en: 'PPp',
  'zh-TW': 'PPPp',
  'zh-CN': 'PPPp',
} as const satisfies Record<Language, string>;

/** A moment as the app receives it: a Date, epoch milliseconds or an ISO 8601 string. */
export type DateInput = Date | number | string;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** The date-fns locale for `language`, so every date follows the language setting. */
export function dateLocaleFor(language: Language): Locale {
  return dateLocales[language];
}

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/**
 * A duration of at least a minute in days, hours and whole minutes in the conventions of
 * `language` ("1 day 2 hours 5 minutes", "2 小時 5 分鐘"); null for less than a minute, which the
 * caller words itself ("under a minute"). Days rather than months: responses are counted in hours.
 * Shared by the incident page, the postmortem page and the stakeholder report.
 */
export function formatElapsed(ms: number, language: Language): string | null {
  if (ms < minuteMs) {
    return null;
  }
  return formatDuration(
    {
      days: Math.floor(ms / dayMs),
      hours: Math.floor((ms % dayMs) / hourMs),
      minutes: Math.floor((ms % hourMs) / minuteMs),
    },
    { format: ['days', 'hours', 'minutes'], locale: dateLocaleFor(language) },
  );
}

/**
 * A date and time in the conventions of `language` (e.g. "Nov 22, 2026, 3:04 PM" or
 * "2026年11月22日 下午 3:04"), used wherever the app shows a moment in full.
 */
export function formatDateTime(value: DateInput, language: Language): string {
  return format(toDate(value), dateTimePatterns[language], { locale: dateLocaleFor(language) });
}

/**
 * How long ago or from now a moment is (e.g. "5 minutes ago", "5 分鐘前"), relative to `now`,
 * used where recency matters more than the exact time.
 */
export function formatRelative(
  value: DateInput,
  language: Language,
  now: DateInput = new Date(),
): string {
  return formatDistance(toDate(value), toDate(now), {
    addSuffix: true,
    locale: dateLocaleFor(language),
  });
}

/**
 * The long date pattern of each language. Chinese uses the long form (2026年11月22日): the medium
 * one is ISO-like and reads as technical, as lib/dates.ts notes for date-times.
 */
const calendarDatePatterns = {
  en: 'PP',
  'zh-TW': 'PPP',
  'zh-CN': 'PPP',
} as const satisfies Record<Language, string>;

/** A calendar day (`YYYY-MM-DD`) in the conventions of `language` ("Nov 22, 2026", "2026年11月22日"). */
export function formatCalendarDate(isoDate: string, language: Language): string {
  return format(parseISO(isoDate), calendarDatePatterns[language], {
    locale: dateLocaleFor(language),
  });
}

/**
 * The IANA time zone of this device (`Asia/Taipei`), as the runtime reports it: where a new
 * person works unless told otherwise, the zone local date-times are typed in, and the zone a
 * printed card states.
 */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
