import { format, parseISO } from 'date-fns';

/**
 * The wall-clock date and time a `datetime-local` field shows and gives back (`YYYY-MM-DDTHH:mm`),
 * read in the device's time zone: due times and release times are typed by people in the room.
 */

/** The `datetime-local` value of an instant (epoch ms) in the device's time zone. */
export function toLocalDateTime(at: number): string {
  return format(at, "yyyy-MM-dd'T'HH:mm");
}

/**
 * The instant (epoch ms) of a `datetime-local` value in the device's time zone; null when it is
 * not a complete, existing date and time.
 */
export function parseLocalDateTime(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u.test(value)) {
    return null;
  }
  const at = parseISO(value).getTime();
  return Number.isNaN(at) ? null : at;
}
