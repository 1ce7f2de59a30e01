import { TZDate } from '@date-fns/tz';
import type { Incident } from '../incidents/incident';
import type { SearchDocument } from '../../search/searchIndex';
import { markdownToSearchText, normalizeForSearch } from '../../search/searchText';
import type { Postmortem } from './postmortem';

/**
 * The crisis-event database's search documents and filters: every incident (its summary,
 * detection note and tags) and every postmortem (everything people wrote in it, lessons included)
 * as documents for the shared full-text index (shared/search), with ids that say what they point
 * to, and the filters of the database (crisis type, severity, detection day, tag, exercises) as a
 * pure predicate over an incident, so a postmortem hit is filtered by its incident.
 */

/** The kinds of document the crisis-event database holds. */
export const eventDocumentKinds = ['incident', 'postmortem'] as const;

/** One of {@link eventDocumentKinds}. */
export type EventDocumentKind = (typeof eventDocumentKinds)[number];

/** A search document of the crisis-event database; `kind` narrowed to {@link EventDocumentKind}. */
export type EventSearchDocument = SearchDocument & { kind: EventDocumentKind };

/**
 * Display names the documents may carry besides what people wrote, so a search for the crisis
 * type or severity by name ("data breach", "重大") finds its incidents. Names are in the UI
 * language; absent resolvers leave the names out.
 */
export type EventDocumentNames = {
  crisisTypeName?: (crisisTypeId: string) => string;
  severityName?: (severityId: string) => string;
};

/**
 * Longest part of a body taken from one free-text section (summary, detection, an NIST answer):
 * a postmortem may hold 20,000 characters per section, and a search index over thousands of
 * documents stays fast only with bounded bodies. The opening of a section is what people search
 * for and what a snippet shows.
 */
export const maxEventSectionLength = 1_500;

/** Longest part of a body taken from one list (causes, 5-whys chains, lessons, tags), joined. */
export const maxEventListLength = 3_000;

/** Separator of a document title: the reference, then the title as written. */
const titleSeparator = ' · ';

/** Prefix of each kind's document ids: `incident:<id>`, `postmortem:<id>`. */
const idPrefixes = {
  incident: 'incident:',
  postmortem: 'postmortem:',
} as const satisfies Record<EventDocumentKind, string>;

/** True when the UTF-16 unit at `offset` is the second half of a surrogate pair. */
function isLowSurrogateAt(text: string, offset: number): boolean {
  const unit = text.charCodeAt(offset);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** `text` cut to at most `maxLength` units, never through a surrogate pair. */
function bounded(text: string, maxLength: number): string {
  if (text.length <= maxLength) {
    return text;
  }
  const end = isLowSurrogateAt(text, maxLength) ? maxLength - 1 : maxLength;
  return text.slice(0, end);
}

/** A free-text section as body text: Markdown reduced, bounded. */
function section(markdown: string): string {
  return bounded(markdownToSearchText(markdown).trim(), maxEventSectionLength);
}

/** Items of a list as body text, one per line, bounded together. */
function list(items: readonly string[]): string {
  return bounded(
    items
      .map((item) => item.trim())
      .filter((item) => item !== '')
      .join('\n'),
    maxEventListLength,
  );
}

/** Non-empty parts joined into a body, one per line. */
function joinParts(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n');
}

/** A document title: reference, separator, title as written. */
function documentTitle(reference: string, title: string): string {
  return `${reference}${titleSeparator}${title}`;
}

/** The names of an incident's crisis type and severity, where resolvers are given. */
function namesOf(
  incident: Pick<Incident, 'crisisTypeId' | 'severityId'>,
  names: EventDocumentNames,
): string[] {
  const found: string[] = [];
  if (incident.crisisTypeId !== null && names.crisisTypeName !== undefined) {
    found.push(names.crisisTypeName(incident.crisisTypeId));
  }
  if (names.severityName !== undefined) {
    found.push(names.severityName(incident.severityId));
  }
  return found;
}

/** The search document of one incident. */
function incidentDocument(incident: Incident, names: EventDocumentNames): EventSearchDocument {
  return {
    id: eventDocumentId('incident', incident.id),
    kind: 'incident',
    title: documentTitle(incident.reference, incident.title),
    body: joinParts([
      section(incident.summary),
      section(incident.detectionNote),
      list(incident.tags),
      list(namesOf(incident, names)),
    ]),
  };
}

/** The search document of one postmortem; `incident` adds its type and severity names. */
function postmortemDocument(
  postmortem: Postmortem,
  incident: Incident | undefined,
  names: EventDocumentNames,
): EventSearchDocument {
  const { content } = postmortem;
  return {
    id: eventDocumentId('postmortem', postmortem.id),
    kind: 'postmortem',
    title: documentTitle(postmortem.reference, content.title),
    body: joinParts([
      section(content.summary),
      section(content.impact.note),
      section(content.detection),
      section(content.trigger),
      list(content.causes.map((cause) => cause.text)),
      list(content.whyChains.flatMap((chain) => [chain.problem, ...chain.whys])),
      section(content.wentWell),
      section(content.wentBadly),
      section(content.gotLucky),
      section(content.nist.whatHappened),
      section(content.nist.staffPerformance),
      section(content.nist.informationNeededSooner),
      section(content.nist.hinderedRecovery),
      section(content.nist.doDifferently),
      section(content.result),
      list(content.lessons.map((lesson) => lesson.text)),
      list(content.tags),
      incident === undefined ? '' : list(namesOf(incident, names)),
    ]),
  };
}

/**
 * The search documents of the crisis-event database: one per incident (title: reference and
 * title; body: summary, detection note, tags) and one per postmortem (title: reference and title;
 * body: summary, impact note, detection, trigger, causes, 5-whys chains, what went well, badly
 * and where we got lucky, the NIST answers, result, lessons and tags). Each section and list is
 * bounded ({@link maxEventSectionLength}, {@link maxEventListLength}) so every part, lessons
 * included, is indexed however long the others are. `names` adds crisis type and severity names.
 */
export function eventSearchDocuments(
  incidents: readonly Incident[],
  postmortems: readonly Postmortem[],
  names: EventDocumentNames = {},
): EventSearchDocument[] {
  const incidentsById = new Map(incidents.map((incident) => [incident.id, incident]));
  return [
    ...incidents.map((incident) => incidentDocument(incident, names)),
    ...postmortems.map((postmortem) =>
      postmortemDocument(postmortem, incidentsById.get(postmortem.incidentId), names),
    ),
  ];
}

/** The search document id of the incident or postmortem with `id`. */
export function eventDocumentId(kind: EventDocumentKind, id: string): string {
  return `${idPrefixes[kind]}${id}`;
}

/** What a search document id points to, or null for an id of neither kind. */
export function parseEventDocumentId(
  documentId: string,
): { kind: EventDocumentKind; id: string } | null {
  for (const kind of eventDocumentKinds) {
    const prefix = idPrefixes[kind];
    if (documentId.startsWith(prefix) && documentId.length > prefix.length) {
      return { kind, id: documentId.slice(prefix.length) };
    }
  }
  return null;
}

/** Whether exercises are left out (the default: they never count as real events), shown too, or alone. */
export const exerciseModes = ['exclude', 'include', 'only'] as const;

/** One of {@link exerciseModes}. */
export type ExerciseMode = (typeof exerciseModes)[number];

/**
 * The filters of the crisis-event database. Empty lists and null values filter nothing. `from`
 * and `to` are calendar days (`YYYY-MM-DD`, both included) of detection in the device's time
 * zone; `tag` matches a tag of the incident or of its postmortem, ignoring case and Chinese script.
 */
export type EventFilters = {
  crisisTypeIds: readonly string[];
  severityIds: readonly string[];
  from: string | null;
  to: string | null;
  tag: string | null;
  exercise: ExerciseMode;
};

/** Filters that let every real incident through and leave exercises out. */
export const defaultEventFilters: EventFilters = {
  crisisTypeIds: [],
  severityIds: [],
  from: null,
  to: null,
  tag: null,
  exercise: 'exclude',
};

/** A calendar day as the filters take it. */
const calendarDayPattern = /^\d{4}-\d{2}-\d{2}$/u;

/** True when `value` reads as a calendar day `YYYY-MM-DD` (the form a date input gives). */
export function isCalendarDay(value: string): boolean {
  return calendarDayPattern.test(value);
}

/** True when both days are set and `from` comes after `to`, so no day can match. */
export function isEventDateRangeReversed(filters: Pick<EventFilters, 'from' | 'to'>): boolean {
  return filters.from !== null && filters.to !== null && filters.from > filters.to;
}

/** The calendar day (`YYYY-MM-DD`) of the moment `at` in `timeZone`. */
export function calendarDayIn(at: number, timeZone: string): string {
  const local = new TZDate(at, timeZone);
  const year = String(local.getFullYear()).padStart(4, '0');
  const month = String(local.getMonth() + 1).padStart(2, '0');
  const day = String(local.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** A tag in the form tags are compared in: trimmed, case and Chinese script folded. */
export function tagKey(tag: string): string {
  return normalizeForSearch(tag.trim());
}

/** True when the incident's exercise flag passes `mode`. */
function passesExerciseMode(isExercise: boolean, mode: ExerciseMode): boolean {
  if (mode === 'include') return true;
  return mode === 'only' ? isExercise : !isExercise;
}

/**
 * True when `incident` passes `filters`: its crisis type and severity among those chosen (an
 * incident without a crisis type passes only when no type is chosen), its detection day in
 * `timeZone` within `from`…`to` (a day that is not `YYYY-MM-DD` filters nothing), the tag among
 * the incident's tags or those of `postmortem` (its postmortem, if any), and its exercise flag
 * allowed by the exercise mode.
 */
export function matchesEventFilters(
  incident: Pick<Incident, 'crisisTypeId' | 'severityId' | 'detectedAt' | 'tags' | 'isExercise'>,
  filters: EventFilters,
  timeZone: string,
  postmortem?: { content: { tags: readonly string[] } } | null,
): boolean {
  if (!passesExerciseMode(incident.isExercise, filters.exercise)) {
    return false;
  }
  if (
    filters.crisisTypeIds.length > 0 &&
    (incident.crisisTypeId === null || !filters.crisisTypeIds.includes(incident.crisisTypeId))
  ) {
    return false;
  }
  if (filters.severityIds.length > 0 && !filters.severityIds.includes(incident.severityId)) {
    return false;
  }
  const from = filters.from !== null && isCalendarDay(filters.from) ? filters.from : null;
  const to = filters.to !== null && isCalendarDay(filters.to) ? filters.to : null;
  if (from !== null || to !== null) {
    const day = calendarDayIn(incident.detectedAt, timeZone);
    if ((from !== null && day < from) || (to !== null && day > to)) {
      return false;
    }
  }
  if (filters.tag !== null && filters.tag.trim() !== '') {
    const wanted = tagKey(filters.tag);
    const tags = [...incident.tags, ...(postmortem?.content.tags ?? [])];
    if (!tags.some((tag) => tagKey(tag) === wanted)) {
      return false;
    }
  }
  return true;
}
