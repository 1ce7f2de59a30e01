import { tzOffset } from '@date-fns/tz';
import { z } from 'zod';
import { isKnownTimeZone, timeZoneSchema } from '../roster/person';
import { cadenceFor } from './cadence';
import type { IncidentCadenceEntry } from './cadence';
import type { Incident } from './incident';
import { statusTimes } from './lifecycle';

/**
 * The clocks of the war room: time since detection, the first-statement target, when the next
 * update and the next situation report are due (by the cadence of the incident's severity), and
 * custom deadlines such as a regulator's notification deadline entered by counsel in the
 * regulator's own time zone. Everything is computed from the incident and an injected `now`, so
 * the rules are deterministic; validation messages are codes the UI translates under
 * `incidents.validation.<code>`. Times are epoch milliseconds.
 */

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

/** Longest deadline label. */
export const maxDeadlineLabelLength = 200;
/** Longest deadline note. */
export const maxDeadlineNoteLength = 2_000;

/** `YYYY-MM-DDTHH:mm`, the value of an `<input type="datetime-local">` without seconds. */
const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u;

/**
 * The wall-clock reading of `local` as if it were UTC (epoch ms), or null when it is not a real
 * date and time (month 13, 30 February, 24:00) or lies before 1970.
 */
function wallClockAsUtc(local: string): number | null {
  const match = localDateTimePattern.exec(local);
  if (match === null) {
    return null;
  }
  const [year, month, day, hours, minutes] = match.slice(1).map(Number);
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hours === undefined ||
    minutes === undefined
  ) {
    return null;
  }
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (
    year < 1970 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth ||
    hours > 23 ||
    minutes > 59
  ) {
    return null;
  }
  return Date.UTC(year, month - 1, day, hours, minutes);
}

/** The zone's UTC offset at `at`, in minutes east of UTC. */
function offsetMinutes(timeZone: string, at: number): number {
  return tzOffset(timeZone, new Date(at));
}

/**
 * The instant at which clocks in `timeZone` show `local` (`YYYY-MM-DDTHH:mm`), or null when the
 * local time is not a real date and time or the zone is unknown. Daylight-saving changes follow
 * RFC 5545 (iCalendar) and Temporal's `compatible` rule, read from the zone's own offsets rather
 * than left to a library's guess:
 * - a time in the spring gap, which clocks skip (01:30 in London on the last Sunday of March), is
 *   read with the offset before the change, so it lands the length of the gap later (02:30 BST);
 * - a time in the autumn overlap, which clocks show twice (01:30 in London on the last Sunday of
 *   October), is its first occurrence (01:30 BST, not the hour-later 01:30 GMT), so a deadline
 *   never falls due later than the person who entered it could have meant.
 * Offsets are looked up a day either side, which holds for every zone whose offset changes at
 * most once in two days (all of them today).
 */
export function deadlineInstant(local: string, timeZone: string): number | null {
  const wall = wallClockAsUtc(local);
  if (wall === null || !isKnownTimeZone(timeZone)) {
    return null;
  }
  const offsetBefore = offsetMinutes(timeZone, wall - dayMs);
  const candidates = new Set([
    offsetBefore,
    offsetMinutes(timeZone, wall),
    offsetMinutes(timeZone, wall + dayMs),
  ]);
  const matches = [...candidates]
    .map((offset) => ({ offset, at: wall - offset * minuteMs }))
    .filter(({ offset, at }) => offsetMinutes(timeZone, at) === offset)
    .map(({ at }) => at)
    .sort((a, b) => a - b);
  // No offset reads back: the local time is in a gap.
  return matches[0] ?? wall - offsetBefore * minuteMs;
}

/** What the deadline form writes: a named deadline at a local time in a given time zone. */
export const deadlineInputSchema = z
  .object({
    label: z.string().trim().min(1, 'required').max(maxDeadlineLabelLength, 'too-long'),
    /** The local date and time the deadline falls at, `YYYY-MM-DDTHH:mm`. */
    local: z.string().superRefine((local, context) => {
      if (!localDateTimePattern.test(local)) {
        context.addIssue({ code: 'custom', message: 'local-format' });
      } else if (wallClockAsUtc(local) === null) {
        context.addIssue({ code: 'custom', message: 'invalid-date' });
      }
    }),
    /** The IANA time zone `local` is read in (the regulator's, not necessarily the user's). */
    timeZone: timeZoneSchema,
    note: z.string().trim().max(maxDeadlineNoteLength, 'too-long'),
    /** Who set it (a typed name; blank when not recorded). */
    setBy: z.string().trim().max(120, 'too-long'),
  })
  .strict();

/** See {@link deadlineInputSchema}. */
export type DeadlineInput = z.output<typeof deadlineInputSchema>;

/**
 * A stored deadline: the input plus its id, its incident, the instant it falls due (computed once
 * with {@link deadlineInstant} when it is set, so a later change of the user's own time zone does
 * not move it), when it was set, and when it was met (null while not).
 */
export type Deadline = DeadlineInput & {
  id: string;
  incidentId: string;
  dueAt: number;
  createdAt: number;
  metAt: number | null;
};

/** The fixed clocks of every incident, then one `deadline:<id>` per custom deadline. */
export type IncidentClockId =
  'since-detection' | 'first-statement' | 'next-update' | 'next-sitrep' | `deadline:${string}`;

/**
 * Where a clock stands: counting down (`running`), inside its warning window (`due-soon`), past
 * due (`overdue`), satisfied (`met`, possibly late), or not counting (`stopped`: the incident is
 * closed, or the clock waits for the declaration).
 */
export type IncidentClockState = 'running' | 'due-soon' | 'overdue' | 'met' | 'stopped';

/** One clock of an incident. */
export type IncidentClock = {
  id: IncidentClockId;
  /** When it started counting. */
  startedAt: number;
  /** When it is due; null for the time since detection and for a clock not yet started. */
  dueAt: number | null;
  state: IncidentClockState;
  /**
   * Running, due soon or overdue: `dueAt − now` (negative when overdue). Met: `dueAt − metAt`, the
   * margin it was met by (negative when met late). Otherwise null.
   */
  remainingMs: number | null;
  /** When it was met; null unless `met`. */
  metAt: number | null;
  /**
   * When it stopped because the incident was closed (its latest close), so the time since
   * detection can stand still at it; null while the incident is open.
   */
  stoppedAt: number | null;
};

/** The smallest warning window before a clock falls due. */
const minimumDueSoonMs = 5 * minuteMs;
/** The share of a clock's span that is its warning window when that is longer. */
const dueSoonShare = 0.1;

/** Everything {@link incidentClocks} reads. */
export type IncidentClocksInput = {
  incident: Pick<Incident, 'status' | 'severityId' | 'detectedAt' | 'statusHistory'>;
  cadence: readonly IncidentCadenceEntry[];
  /** When the first external statement was released (communications.ts); null before. */
  firstExternalStatementAt: number | null;
  /** The latest external communication or `update` timeline entry; null when none. */
  lastUpdateAt: number | null;
  /** When the latest situation report was written; null when none. */
  lastSitrepAt: number | null;
  deadlines: readonly Pick<Deadline, 'id' | 'dueAt' | 'createdAt' | 'metAt'>[];
  now: number;
};

/** A countdown clock: running, due soon or overdue at `now`, or stopped while closed. */
function countdown(
  id: IncidentClockId,
  startedAt: number,
  dueAt: number,
  now: number,
  stoppedAt: number | null,
): IncidentClock {
  if (stoppedAt !== null) {
    return { id, startedAt, dueAt, state: 'stopped', remainingMs: null, metAt: null, stoppedAt };
  }
  const remainingMs = dueAt - now;
  const windowMs = Math.max(minimumDueSoonMs, (dueAt - startedAt) * dueSoonShare);
  const state = remainingMs < 0 ? 'overdue' : remainingMs <= windowMs ? 'due-soon' : 'running';
  return { id, startedAt, dueAt, state, remainingMs, metAt: null, stoppedAt: null };
}

/** A clock that was met at `metAt` (it stays met whether the incident is open or closed). */
function metClock(
  id: IncidentClockId,
  startedAt: number,
  dueAt: number,
  metAt: number,
  stoppedAt: number | null,
): IncidentClock {
  return { id, startedAt, dueAt, state: 'met', remainingMs: dueAt - metAt, metAt, stoppedAt };
}

/**
 * A cadence clock counting `everyMinutes` from the latest of the declaration, the last time the
 * thing was done and the latest reopening; waiting (stopped, no due time) before the declaration.
 */
function cadenceClock(
  id: 'next-update' | 'next-sitrep',
  moments: { detectedAt: number; declaredAt: number | null; reopenedAt: number | null },
  lastDoneAt: number | null,
  everyMinutes: number,
  now: number,
  stoppedAt: number | null,
): IncidentClock {
  if (moments.declaredAt === null) {
    return {
      id,
      startedAt: moments.detectedAt,
      dueAt: null,
      state: 'stopped',
      remainingMs: null,
      metAt: null,
      stoppedAt,
    };
  }
  const startedAt = Math.max(moments.declaredAt, lastDoneAt ?? 0, moments.reopenedAt ?? 0);
  return countdown(id, startedAt, startedAt + everyMinutes * minuteMs, now, stoppedAt);
}

/**
 * The incident's clocks at `now`, in display order: time since detection, first statement, next
 * update, next situation report, then the custom deadlines by due time.
 *
 * - Time since detection runs from `detectedAt`; it has no due time.
 * - First statement is due `firstStatementMinutes` after `detectedAt` and is met (on time or late,
 *   see `remainingMs`) by the first external statement, which stops it for good.
 * - Next update and next situation report are due `updateEveryMinutes` / `sitrepEveryMinutes`
 *   after the latest of: the declaration (the first move to active), the last update or report,
 *   and the latest reopening. Before the declaration they wait (stopped, no due time).
 * - Deadlines are due at their `dueAt` and met when marked met.
 * - While the incident is closed, every clock not already met is stopped (`stoppedAt` = the close
 *   time). A reopened incident starts them again: the cadence clocks count afresh from the
 *   reopening, while the first statement and deadlines keep their due times.
 * - A clock is `due-soon` from max(5 minutes, 10 % of its span from start to due) before its due
 *   time, up to and including the due time; `overdue` once `now` is past it. Ten per cent scales
 *   with the clock (6 minutes of an hour, 2.4 hours of a day); five minutes keeps a short cadence
 *   from warning only seconds ahead.
 * - The cadence is that of the incident's severity, or the fallback of {@link cadenceFor}.
 */
export function incidentClocks(input: IncidentClocksInput): IncidentClock[] {
  const { incident, now } = input;
  const entry = cadenceFor(input.cadence, incident.severityId);
  const times = statusTimes(incident.statusHistory);
  const stoppedAt =
    incident.status === 'closed'
      ? (incident.statusHistory.findLast((change) => change.to === 'closed')?.at ?? now)
      : null;
  const moments = {
    detectedAt: incident.detectedAt,
    declaredAt: times.firstActiveAt,
    reopenedAt: incident.statusHistory.findLast((change) => change.from === 'closed')?.at ?? null,
  };

  const sinceDetection: IncidentClock = {
    id: 'since-detection',
    startedAt: incident.detectedAt,
    dueAt: null,
    state: stoppedAt === null ? 'running' : 'stopped',
    remainingMs: null,
    metAt: null,
    stoppedAt,
  };
  const firstStatementDueAt = incident.detectedAt + entry.firstStatementMinutes * minuteMs;
  const firstStatement =
    input.firstExternalStatementAt === null
      ? countdown('first-statement', incident.detectedAt, firstStatementDueAt, now, stoppedAt)
      : metClock(
          'first-statement',
          incident.detectedAt,
          firstStatementDueAt,
          input.firstExternalStatementAt,
          stoppedAt,
        );
  const deadlines = [...input.deadlines]
    .sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((deadline) =>
      deadline.metAt === null
        ? countdown(`deadline:${deadline.id}`, deadline.createdAt, deadline.dueAt, now, stoppedAt)
        : metClock(
            `deadline:${deadline.id}`,
            deadline.createdAt,
            deadline.dueAt,
            deadline.metAt,
            stoppedAt,
          ),
    );
  return [
    sinceDetection,
    firstStatement,
    cadenceClock(
      'next-update',
      moments,
      input.lastUpdateAt,
      entry.updateEveryMinutes,
      now,
      stoppedAt,
    ),
    cadenceClock(
      'next-sitrep',
      moments,
      input.lastSitrepAt,
      entry.sitrepEveryMinutes,
      now,
      stoppedAt,
    ),
    ...deadlines,
  ];
}

/**
 * The clocks of `current` that crossed into overdue since `previous` (both lists of one incident,
 * from consecutive checks), for desktop notifications: a clock fires only when `previous` had it
 * in another state, so it fires once per crossing and again only after it left overdue (an update
 * was sent, then the next one is missed). A clock `previous` lacks — the first check after the
 * app starts, a deadline added already past — does not fire: the war room shows it as overdue,
 * and a restart must not repeat every notification.
 */
export function newlyOverdue(
  previous: readonly IncidentClock[],
  current: readonly IncidentClock[],
): IncidentClock[] {
  const previousStates = new Map(previous.map((clock) => [clock.id, clock.state]));
  return current.filter((clock) => {
    const before = previousStates.get(clock.id);
    return clock.state === 'overdue' && before !== undefined && before !== 'overdue';
  });
}

/**
 * When stakeholders last heard from the company, for the "next update" clock: the latest external
 * communication, or the latest external `update` timeline entry that no later entry corrects.
 * Internal entries (a situation report, a change of facts) are work, not updates to anyone, so
 * they do not restart the clock. Null when there is none.
 */
export function lastUpdateAt(
  communications: readonly { isExternal: boolean; releasedAt: number }[],
  timeline: readonly {
    id: string;
    kind: string;
    at: number;
    isExternal: boolean;
    supersedesId: string | null;
  }[],
): number | null {
  const corrected = new Set(timeline.flatMap((entry) => entry.supersedesId ?? []));
  let latest: number | null = null;
  for (const record of communications) {
    if (record.isExternal && (latest === null || record.releasedAt > latest)) {
      latest = record.releasedAt;
    }
  }
  for (const entry of timeline) {
    if (
      entry.kind === 'update' &&
      entry.isExternal &&
      !corrected.has(entry.id) &&
      (latest === null || entry.at > latest)
    ) {
      latest = entry.at;
    }
  }
  return latest;
}

/**
 * When the latest situation report was written, for the "next situation report" clock; null when
 * none was. Reports may come in any order (the repository reads them newest first, tests build
 * them by hand), so this takes the maximum rather than trusting the first.
 */
export function lastSitrepAt(reports: readonly { createdAt: number }[]): number | null {
  let latest: number | null = null;
  for (const report of reports) {
    if (latest === null || report.createdAt > latest) {
      latest = report.createdAt;
    }
  }
  return latest;
}
