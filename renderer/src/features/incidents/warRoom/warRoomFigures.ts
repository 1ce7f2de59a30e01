import type { EffectiveTimelineEntry } from '../../../../../shared/domain/incidents/timeline';

/**
 * What the war-room view derives from an incident's records before it draws them: the entries
 * worth a projector's space, and durations as a wall clock shows them. Pure, so the rules are tested without rendering.
 */

/** The entries the war room shows: pinned ones, then the latest others. */
export type WarRoomEntries<T> = { pinned: T[]; latest: T[] };

/**
 * The timeline entries for the war room: only entries that still stand (a corrected entry shows
 * as its latest correction), the pinned ones first (a pinned entry that was corrected pins its
 * correction), newest first, at most `pinnedLimit`; then the `latestLimit` newest of the rest.
 */
export function warRoomEntries<
  T extends Pick<
    EffectiveTimelineEntry,
    'id' | 'at' | 'sequence' | 'supersededBy' | 'currentVersionId'
  >,
>(
  timeline: readonly T[],
  pinnedEntryIds: readonly string[],
  limits: { pinnedLimit: number; latestLimit: number },
): WarRoomEntries<T> {
  const currentOf = new Map(timeline.map((entry) => [entry.id, entry.currentVersionId]));
  const pinnedIds = new Set(pinnedEntryIds.map((id) => currentOf.get(id) ?? id));
  const standing = timeline
    .filter((entry) => entry.supersededBy === null)
    .sort((left, right) => right.at - left.at || right.sequence - left.sequence);
  return {
    pinned: standing.filter((entry) => pinnedIds.has(entry.id)).slice(0, limits.pinnedLimit),
    latest: standing.filter((entry) => !pinnedIds.has(entry.id)).slice(0, limits.latestLimit),
  };
}

/** A length of time split for a wall clock; the sign is dropped and parts are truncated. */
export type ClockParts = { days: number; time: string };

/**
 * A length of time as a wall clock reads it: whole days apart and `H:MM:SS` for the rest
 * (`0:04:05`, `23:59:59`; 26 hours is 1 day and `2:00:00`). Seconds are truncated, so a countdown
 * never shows a second more than is left; the sign is dropped (an overdue clock passes a negative
 * remaining time and says "overdue" in words).
 */
export function clockParts(milliseconds: number): ClockParts {
  const totalSeconds = Math.floor(Math.abs(milliseconds) / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return { days, time: `${String(hours)}:${pad(minutes)}:${pad(seconds)}` };
}
