import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';
import { firstExternalStatementAt } from '../incidents/communications';
import type { CommunicationRecord } from '../incidents/communications';
import { statusTimes } from '../incidents/lifecycle';
import { incidentMetrics } from '../incidents/metrics';
import { effectiveTimeline } from '../incidents/timeline';
import type { Incident, IncidentStatus } from '../incidents/incident';
import type { IncidentTask, TaskStatus } from '../incidents/tasks';
import type { TimelineEntry, TimelineEntryKind } from '../incidents/timeline';
import type { Language } from '../settings';
import type { ActionItem, ActionItemStatus, ActionItemType } from '../postmortems/actionItems';
import type { Cause, Impact, Postmortem, PostmortemStatus } from '../postmortems/postmortem';
import type { RoleTenure } from '../roster/crisisRoles';
import { isKnownTimeZone } from '../roster/person';
import type { Person } from '../roster/person';

/**
 * The stakeholder incident report as data: everything the print view, the Markdown and the CSV
 * files show, already sorted, with every time in one stated time zone, and redacted for the
 * external variant. Built once from the incident's stored records; the three outputs only render
 * it, so they cannot disagree. Labels (kinds, statuses, headings) are the renderer's, in the
 * document's language, and are passed in as {@link IncidentReportNames} and `ReportLabels`.
 */

/**
 * `internal`: everything, contact details of the people on duty included. `external`: for
 * regulators, partners and the press: no contact details (the roster's contacts are left out and
 * phone numbers and e-mail addresses in written text are masked), no internal-only timeline
 * entries (only external-facing entries and status changes are kept; the count left out is
 * stated), no names of timeline authors and of task or action-item owners (the people on duty are
 * named with their roles), no risk-register titles, and the postmortem's causes and lessons only
 * once the postmortem is published.
 */
export const reportVariants = ['internal', 'external'] as const;

/** One of {@link reportVariants}. */
export type ReportVariant = (typeof reportVariants)[number];

/** Names the report needs, resolved by the caller in the document's language. */
export type IncidentReportNames = {
  severityName: string;
  severityDefinition: string;
  /** Null when the incident has no crisis type. */
  crisisTypeName: string | null;
  roleName: (roleId: string) => string;
  audienceName: (audienceId: string) => string;
  channelName: (channelId: string) => string;
  /** Names of linked risks (`R-0042 title`) and SOPs, by id; unknown ids get the id itself. */
  riskName: (riskId: string) => string;
  sopName: (sopId: string) => string;
};

/** What the report is built from: the stored records plus the choices of the export dialog. */
export type IncidentReportInput = {
  incident: Incident;
  timeline: readonly TimelineEntry[];
  tasks: readonly IncidentTask[];
  communications: readonly CommunicationRecord[];
  /** The incident's role tenures (scope `incident:<id>`). */
  tenures: readonly RoleTenure[];
  /** The roster (names of owners and people on duty, and their contacts for the internal variant). */
  people: readonly Person[];
  postmortem: Postmortem | null;
  actionItems: readonly ActionItem[];
  names: IncidentReportNames;
  variant: ReportVariant;
  language: Language;
  /** IANA zone every time is written in (the device's zone unless the user chose another). */
  timeZone: string;
  generatedAt: number;
};

/** A time as the report writes it: the instant and its text in the report's zone. */
export type ReportTime = {
  at: number;
  /**
   * `yyyy-MM-dd HH:mm` in the report's time zone (24-hour, the same in every language), followed
   * by its UTC offset, `2026-03-29 02:30 (UTC+01:00)`, when that differs from the offset at the
   * incident's detection (summer time began or ended during the report's span).
   */
  text: string;
};

/** One timeline row: the entry in force (a corrected entry shows its correction, marked). */
export type ReportTimelineRow = {
  sequence: number;
  time: ReportTime;
  kind: TimelineEntryKind;
  /** Who wrote it; null in the external variant, which names no author. */
  author: string | null;
  text: string;
  isExternal: boolean;
  /** True when this text corrects an earlier entry. */
  isCorrection: boolean;
};

/** A person on duty in a role during the incident. */
export type ReportRoleRow = {
  roleName: string;
  personName: string;
  from: ReportTime;
  to: ReportTime | null;
  /** Phones and e-mail addresses; always empty in the external variant. */
  contacts: string[];
};

/** One task (the actions taken). */
export type ReportTaskRow = {
  title: string;
  status: TaskStatus;
  /** Null when unassigned, and always in the external variant (which shows no owner column). */
  ownerName: string | null;
  due: ReportTime | null;
};

/** One communication released. */
export type ReportCommunicationRow = {
  time: ReportTime;
  audienceName: string;
  channelName: string;
  isExternal: boolean;
  text: string;
};

/**
 * What an action item changes: an SOP (by its title) or a risk of the register (`R-0042 title`,
 * or null in the external variant, which only says that the risk register is changed).
 */
export type ReportActionItemLink =
  { kind: 'sop'; title: string } | { kind: 'risk'; name: string | null };

/** One action item of the postmortem. */
export type ReportActionItemRow = {
  title: string;
  type: ActionItemType;
  status: ActionItemStatus;
  /** Null when unassigned, and always in the external variant (which shows no owner column). */
  ownerName: string | null;
  dueOn: string;
  /** Null without a link. */
  link: ReportActionItemLink | null;
};

/** The report. Text fields hold user text as typed (redacted when external); renderers escape. */
export type IncidentReport = {
  variant: ReportVariant;
  language: Language;
  timeZone: string;
  /**
   * The zone with every UTC offset the report's times have, in time order: `Asia/Taipei
   * (UTC+08:00)`, or `Europe/London (UTC+00:00 / UTC+01:00)` across the start of summer time.
   */
  timeZoneLabel: string;
  /** The offsets of {@link timeZoneLabel} (`UTC+08:00`); the first is the one at detection. */
  timeZoneOffsets: string[];
  generatedAt: ReportTime;
  reference: string;
  title: string;
  isExercise: boolean;
  /** The postmortem's summary when there is one, otherwise the incident's. */
  executiveSummary: string;
  severityName: string;
  severityDefinition: string;
  crisisTypeName: string | null;
  status: IncidentStatus;
  detectedAt: ReportTime;
  startedAt: ReportTime | null;
  closedAt: ReportTime | null;
  /** Milliseconds from detection; null when not reached. */
  timeToFirstStatementMs: number | null;
  timeToStableMs: number | null;
  /** Sorted by `at`, then by chain sequence. */
  timeline: ReportTimelineRow[];
  /** Internal-only entries left out of the external variant (0 for internal). */
  omittedTimelineEntries: number;
  roles: ReportRoleRow[];
  impact: Impact | null;
  tasks: ReportTaskRow[];
  communications: ReportCommunicationRow[];
  postmortemStatus: PostmortemStatus | null;
  postmortemReference: string | null;
  causes: Cause[];
  lessons: string[];
  /**
   * True in the external variant when the postmortem is not published (or not written): its
   * causes and lessons are left out (empty here) and the document says it is not published yet.
   */
  hasWithheldFindings: boolean;
  actionItems: ReportActionItemRow[];
};

/**
 * What replaces a phone number or e-mail address in the external variant: the same in every
 * language (no word to translate), and of fixed length so it does not tell how long the value was.
 */
export const contactRedactionMask = '█████';

/**
 * The text with full-width ASCII forms (IME input in Chinese text: `０９１２`, `＠`, `－`, `（`),
 * the full-width yen and pound signs and the ideographic space folded to their ASCII forms, one
 * character for one, so a match in the folded text has the same position in the original (NFKC
 * would fold more, but it changes lengths and would rewrite the text around a number).
 */
function foldFullWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\uFFE1\uFFE5\u3000]/gu, (character) => {
    switch (character) {
      case '\u3000':
        return ' ';
      case '\uFFE1':
        return '£';
      case '\uFFE5':
        return '¥';
      default:
        return String.fromCharCode(character.charCodeAt(0) - 0xfee0);
    }
  });
}

/** One separator inside a number: space, dot, hyphen or dash (after {@link foldFullWidth}). */
const separator = '[ .\\-\\u00A0\\u2010-\\u2015\\u2212]';

/**
 * `2026-11-22`, `2026/11/22`, `2026.11.22` and `22.11.2026`: the same separator twice (spelled
 * out rather than a back-reference, as the pattern is used in two places of one expression).
 */
const datePattern =
  '(?:(?:19|20)\\d{2}(?:-\\d{1,2}-|/\\d{1,2}/|\\.\\d{1,2}\\.)\\d{1,2}' +
  '|\\d{1,2}(?:-\\d{1,2}-|/\\d{1,2}/|\\.\\d{1,2}\\.)(?:19|20)\\d{2})(?!\\d)';

/** A time after a date (` 14:05`, `T06:05:00.000Z`, `T14:05:00+08:00`). */
const timeAfterDatePattern =
  '(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+\\-]\\d{2}(?::?\\d{2})?)?)?';

/**
 * Everything the redaction looks at, in one pass over the (folded) text; each alternative is
 * tried at a position before the next, and only `run` and `email` are masked:
 * - `email`: an address; the local part is bounded (64, as RFC 5321 allows) and starts only after
 *   a character that cannot be part of it.
 * - `kept`: what looks like a number but is not a way to reach someone: a date with an optional
 *   time (ISO date-times included), an amount after a currency sign (`NT$1,200,000`,
 *   `¥13800138000`), and a reference (`INC-0007`: capitals, a hyphen and digits, not continued by
 *   another group of digits). Amounts with thousands separators never form a run: a comma is not
 *   a separator.
 * - `run`: digits joined by single separators or brackets, with an optional leading `+`, taken as
 *   a whole (`00886 912 345 678`, `+44 (0)20 7946 0000`), glued to letters or not
 *   (`Tel0912-345-678`). A run never takes in a date or time that follows it after a separator.
 * Linear in the text: every alternative either has a bounded length or, for a run, ends at the
 * first character that cannot continue it and never fails after consuming digits; a run may not
 * start right after a digit, nor a reference right after a letter.
 */
const contactPattern = new RegExp(
  [
    '(?<email>(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)+)',
    `(?<kept>(?<!\\d)${datePattern}${timeAfterDatePattern}` +
      `|[$£€¥₩₹] ?\\d[\\d,]*(?:\\.\\d+)?` +
      `|(?<![A-Za-z])[A-Z]{1,10}-\\d{1,12}(?!\\d|${separator}\\d))`,
    `(?<run>(?<!\\d)(?:\\+ ?)?\\(?\\d+` +
      `(?:(?!${separator}(?:${datePattern}|\\d{1,2}:\\d{2}))(?:\\)${separator}?\\(?|${separator}\\(?|\\()\\d+)*\\)?)`,
  ].join('|'),
  'gu',
);

/** Fewest digits of a phone number: fewer is a short number, not a way to reach someone. */
const minPhoneDigits = 8;

/** Counts `character` in `text`. */
function countOf(text: string, character: string): number {
  return text.split(character).length - 1;
}

/**
 * The part of a run to mask: brackets around the whole run, or one it does not close (or open),
 * stay in the text, so `(0912-345-678)` keeps its brackets around the mask.
 */
function maskedSpan(run: string): { start: number; end: number } {
  let start = 0;
  let end = run.length;
  const opens = countOf(run, '(');
  const closes = countOf(run, ')');
  if (run.startsWith('(') && run.indexOf(')') === run.length - 1) {
    // Wrapped whole, `(0912-345-678)`: the brackets are the sentence's.
    start = 1;
    end -= 1;
  } else if (run.startsWith('(') && opens > closes) {
    start = 1;
  } else if (run.endsWith(')') && closes > opens) {
    end -= 1;
  }
  return { start, end };
}

/**
 * The text with every e-mail address and phone number replaced by {@link contactRedactionMask},
 * for documents that leave the company (the external report). An address is any
 * `local@domain.tld`, full-width `＠` included; a phone number is any run of at least eight digits
 * joined by spaces, dots, hyphens, dashes or brackets (an optional `+` or `00` in front), masked
 * as a whole, glued to letters or not (`請撥 2345-6789`, `HK 9123 4567`, `Tel0912-345-678`,
 * `00886 912 345 678`). Dates (`2026-11-22`, `2026/11/22`, `2026.11.22`), times (`14:05`), ISO
 * date-times, amounts (`NT$1,200,000`, `¥1,200,000`, `1,200,000`), references (`INC-0007`) and
 * shorter numbers are left as they are. A best effort over free text, not a guarantee: a number
 * written with words between its digits gets through, which is why the external variant also
 * leaves out the roster's contacts and internal entries entirely.
 */
export function redactContactData(text: string): string {
  const folded = foldFullWidth(text);
  let result = '';
  let position = 0;
  for (const match of folded.matchAll(contactPattern)) {
    const groups = match.groups ?? {};
    let span: { start: number; end: number } | null = null;
    if (groups['email'] !== undefined) {
      span = { start: 0, end: match[0].length };
    } else if (
      groups['run'] !== undefined &&
      match[0].replace(/\D/gu, '').length >= minPhoneDigits
    ) {
      span = maskedSpan(match[0]);
    }
    if (span !== null) {
      result += text.slice(position, match.index + span.start) + contactRedactionMask;
      position = match.index + span.end;
    }
  }
  return result + text.slice(position);
}

/** The format of every time in the report: 24-hour, the same in every language. */
const reportTimeFormat = 'yyyy-MM-dd HH:mm';

/** `UTC+08:00`: the UTC offset of `timeZone` at `at` (which changes with summer time). */
function utcOffsetAt(timeZone: string, at: number): string {
  const offset = tzOffset(timeZone, new Date(at));
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `UTC${sign}${hours}:${minutes}`;
}

/** Writes the report's times (see {@link reportClock}). */
type ReportClock = {
  time: (at: number) => ReportTime;
  /** Every offset written so far, the detection's first, then by their earliest time. */
  offsets: () => string[];
};

/**
 * Writes the report's times in one zone and keeps the offsets they have: a time whose offset
 * differs from `baseAt`'s (the detection's) carries its own, so a span across a summer-time
 * change never reads as if one offset held throughout.
 */
function reportClock(timeZone: string, baseAt: number): ReportClock {
  const baseOffset = utcOffsetAt(timeZone, baseAt);
  const offsetsSeen = new Map<string, number>([[baseOffset, baseAt]]);
  return {
    time(at: number): ReportTime {
      const offset = utcOffsetAt(timeZone, at);
      const local = format(new TZDate(at, timeZone), reportTimeFormat);
      offsetsSeen.set(offset, Math.min(offsetsSeen.get(offset) ?? at, at));
      return { at, text: offset === baseOffset ? local : `${local} (${offset})` };
    },
    offsets(): string[] {
      return [
        baseOffset,
        ...[...offsetsSeen]
          .filter(([offset]) => offset !== baseOffset)
          .toSorted(([, left], [, right]) => left - right)
          .map(([offset]) => offset),
      ];
    },
  };
}

/**
 * Builds the report from the incident's records (see {@link IncidentReport}). The timeline holds
 * the entries in force (a corrected entry is replaced by its latest correction, marked), sorted
 * by `at` then sequence; tasks by due time (none last), communications by release, roles by start,
 * action items by due day then title. Every time is written in `input.timeZone` (UTC when the zone
 * is not one this runtime knows, so a bad setting cannot break the export), each time at another
 * UTC offset than the detection's marked with its own. The external variant keeps only
 * external-facing entries and status changes (counting the rest), only external communications,
 * no contacts, no authors or owners, no risk titles, causes and lessons only from a published
 * postmortem, and passes every user text through {@link redactContactData}. Pure: the same input
 * gives the same report.
 */
export function buildIncidentReport(input: IncidentReportInput): IncidentReport {
  const { incident, names, variant, postmortem } = input;
  const isExternal = variant === 'external';
  const timeZone = isKnownTimeZone(input.timeZone) ? input.timeZone : 'UTC';
  const clock = reportClock(timeZone, incident.detectedAt);
  const time = (at: number): ReportTime => clock.time(at);
  const userText = (text: string): string => (isExternal ? redactContactData(text) : text);
  const peopleById = new Map(input.people.map((person) => [person.id, person]));
  // An owner no longer in the roster is still named, by the id the record kept.
  const personName = (personId: string): string => peopleById.get(personId)?.name ?? personId;

  const inForce = effectiveTimeline(input.timeline).filter((entry) => entry.supersededBy === null);
  const shownEntries = isExternal
    ? inForce.filter((entry) => entry.isExternal || entry.kind === 'status-change')
    : inForce;
  const timeline = shownEntries.map((entry): ReportTimelineRow => ({
    sequence: entry.sequence,
    time: time(entry.at),
    kind: entry.kind,
    author: isExternal ? null : entry.author,
    text: userText(entry.text),
    isExternal: entry.isExternal,
    isCorrection: entry.supersedesId !== null,
  }));

  const times = statusTimes(incident.statusHistory);
  const metrics = incidentMetrics({
    incident,
    firstExternalStatementAt: firstExternalStatementAt(input.communications),
  });

  const incidentScope = `incident:${incident.id}`;
  const roles = input.tenures
    .filter((tenure) => tenure.scope === incidentScope)
    .toSorted((left, right) => left.from - right.from || left.roleId.localeCompare(right.roleId))
    .map((tenure): ReportRoleRow => {
      const person = peopleById.get(tenure.personId);
      return {
        roleName: tenure.roleName ?? names.roleName(tenure.roleId),
        personName: personName(tenure.personId),
        from: time(tenure.from),
        to: tenure.to === null ? null : time(tenure.to),
        contacts:
          isExternal || person === undefined
            ? []
            : [
                ...person.phones.map((phone) => phone.number),
                ...person.emails.map((email) => email.address),
              ],
      };
    });

  const tasks = input.tasks
    .toSorted(
      (left, right) =>
        (left.dueAt ?? Number.POSITIVE_INFINITY) - (right.dueAt ?? Number.POSITIVE_INFINITY) ||
        left.createdAt - right.createdAt ||
        left.id.localeCompare(right.id),
    )
    .map((task): ReportTaskRow => ({
      title: userText(task.title),
      status: task.status,
      ownerName: isExternal || task.ownerPersonId === null ? null : personName(task.ownerPersonId),
      due: task.dueAt === null ? null : time(task.dueAt),
    }));

  const communications = input.communications
    .filter((record) => !isExternal || record.isExternal)
    .toSorted(
      (left, right) => left.releasedAt - right.releasedAt || left.id.localeCompare(right.id),
    )
    .map((record): ReportCommunicationRow => ({
      time: time(record.releasedAt),
      audienceName: names.audienceName(record.audienceId),
      channelName: names.channelName(record.channelId),
      isExternal: record.isExternal,
      text: userText(record.text),
    }));

  const actionItems = input.actionItems
    .toSorted(
      (left, right) =>
        left.dueOn.localeCompare(right.dueOn) || left.title.localeCompare(right.title),
    )
    .map((item): ReportActionItemRow => ({
      title: userText(item.title),
      type: item.type,
      status: item.status,
      ownerName: isExternal || item.ownerPersonId === null ? null : personName(item.ownerPersonId),
      dueOn: item.dueOn,
      link:
        item.link === null
          ? null
          : item.link.kind === 'risk'
            ? { kind: 'risk', name: isExternal ? null : names.riskName(item.link.riskId) }
            : { kind: 'sop', title: names.sopName(item.link.sopId) },
    }));

  const content = postmortem?.content ?? null;
  // Causes and lessons are findings under review until published: not for outside readers.
  const hasWithheldFindings = isExternal && postmortem?.status !== 'published';
  const findings = hasWithheldFindings ? null : content;
  const summary =
    content !== null && content.summary.trim() !== '' ? content.summary : incident.summary;
  const generatedAt = time(input.generatedAt);
  const detected = time(incident.detectedAt);
  const startedAt = incident.startedAt === null ? null : time(incident.startedAt);
  const closedAt = times.lastClosedAt === null ? null : time(times.lastClosedAt);
  // Every time is written by now: the offsets seen are all the report's.
  const timeZoneOffsets = clock.offsets();
  return {
    variant,
    language: input.language,
    timeZone,
    timeZoneLabel: `${timeZone} (${timeZoneOffsets.join(' / ')})`,
    timeZoneOffsets,
    generatedAt,
    reference: incident.reference,
    title: userText(incident.title),
    isExercise: incident.isExercise,
    executiveSummary: userText(summary),
    severityName: names.severityName,
    severityDefinition: names.severityDefinition,
    crisisTypeName: names.crisisTypeName,
    status: incident.status,
    detectedAt: detected,
    startedAt,
    closedAt,
    timeToFirstStatementMs: metrics.timeToFirstStatement,
    timeToStableMs: metrics.timeToStable,
    timeline,
    omittedTimelineEntries: inForce.length - shownEntries.length,
    roles,
    impact: content === null ? null : { ...content.impact, note: userText(content.impact.note) },
    tasks,
    communications,
    postmortemStatus: postmortem?.status ?? null,
    postmortemReference: postmortem?.reference ?? null,
    causes: (findings?.causes ?? []).map((cause) => ({ ...cause, text: userText(cause.text) })),
    lessons: (findings?.lessons ?? []).map((lesson) => userText(lesson.text)),
    hasWithheldFindings,
    actionItems,
  };
}
