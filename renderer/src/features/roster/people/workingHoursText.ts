import type { Day } from 'date-fns';
import type { TFunction } from 'i18next';
import type { WorkingHours } from '../../../../../shared/domain/roster/person';
import type { Language } from '../../../../../shared/domain/settings';
import { dateLocaleFor } from '../../../lib/dates';

/** date-fns's day numbers (Sunday = 0), indexed by ISO weekday modulo 7. */
const dateFnsDays = [0, 1, 2, 3, 4, 5, 6] as const satisfies readonly Day[];

/** Runs of consecutive ISO weekdays (1 = Monday … 7 = Sunday), in week order. */
function weekdayRuns(days: readonly number[]): number[][] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last !== undefined && last.at(-1) === day - 1) {
      last.push(day);
    } else {
      runs.push([day]);
    }
  }
  return runs;
}

/**
 * A person's working hours in words, in the UI language: "Mon–Fri, 09:00–18:00", or "Fri, Sat,
 * 22:00 to 06:00 the next day" for hours that cross midnight. Three or more days in a row read as
 * a range; the times are the person's own (their time zone is shown beside them).
 */
export function workingHoursText(hours: WorkingHours, t: TFunction, language: Language): string {
  const locale = dateLocaleFor(language);
  // date-fns counts days from Sunday = 0; ISO weekdays end with Sunday = 7.
  const dayName = (day: number) =>
    locale.localize.day(dateFnsDays[day % 7] ?? 0, { width: 'abbreviated' });
  const days = weekdayRuns(hours.days)
    .flatMap((run) => {
      const first = run[0];
      const last = run.at(-1);
      if (first === undefined || last === undefined) {
        return [];
      }
      return run.length >= 3 ? [`${dayName(first)}–${dayName(last)}`] : run.map(dayName);
    })
    .join(t('roster.people.person.availability.daySeparator'));
  const isOvernight = hours.start > hours.end;
  return t(
    isOvernight
      ? 'roster.people.person.availability.hoursOvernight'
      : 'roster.people.person.availability.hours',
    { days, start: hours.start, end: hours.end },
  );
}
