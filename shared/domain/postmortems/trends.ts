import { TZDate } from '@date-fns/tz';
import { normalizeForSearch } from '../../search/searchText';
import { crisisTypes } from '../crisisTypes';
import type { Incident } from '../incidents/incident';
import { incidentMetrics, summarizeMetrics } from '../incidents/metrics';
import type { MetricSummary } from '../incidents/metrics';
import { isActionItemOpen, isActionItemOverdue } from './actionItems';
import type { ActionItem } from './actionItems';
import { causeCategories, causeKinds } from './postmortem';
import type { CauseCategory, CauseKind, Postmortem } from './postmortem';

/**
 * Trends across incidents and postmortems for the trends screen: incidents per period by crisis
 * type and severity, how fast the first external statement went out and the incident became
 * stable, recurring causes, and open action items per owner. Pure: the time zone periods are cut
 * in and today's date are passed in, so the same data always gives the same figures.
 *
 * Scope: an incident counts when it was detected inside the optional date range (calendar days in
 * the chosen zone, both ends included) and is not an exercise (unless exercises are asked for).
 * Postmortems and action items count when their incident does, so an exercise's lessons and tasks
 * never leak into real figures. Postmortems of every review status count: a draft's causes are
 * already the team's analysis.
 */

/** How incidents are grouped over time. */
export const trendPeriods = ['month', 'quarter'] as const;

/** One of {@link trendPeriods}. */
export type TrendPeriod = (typeof trendPeriods)[number];

/** The key an incident without a crisis type is counted under in {@link TrendCounts}. */
export const untypedKey = 'none';

/** Most recurring cause wordings returned, most frequent first. */
export const maxRecurringCauseTexts = 10;

/** What the trends cover and how they are cut. */
export type TrendOptions = {
  /** Whether exercises (drills) count; off by default on screen, since they are not real. */
  includeExercises: boolean;
  period: TrendPeriod;
  /** The IANA zone periods and the date range are read in (`Asia/Taipei`). */
  timeZone: string;
  /** First calendar day counted (`YYYY-MM-DD`), inclusive; none = from the start. */
  from?: string;
  /** Last calendar day counted (`YYYY-MM-DD`), inclusive; none = to the end. */
  to?: string;
  /** Today's calendar date (`YYYY-MM-DD`), for overdue action items. */
  today: string;
};

/** Everything the trends are computed from. */
export type TrendsInput = {
  incidents: readonly Pick<
    Incident,
    | 'id'
    | 'crisisTypeId'
    | 'severityId'
    | 'detectedAt'
    | 'startedAt'
    | 'statusHistory'
    | 'isExercise'
  >[];
  /** Release time of each incident's first external statement; missing or null = none yet. */
  firstStatementAtByIncident: ReadonlyMap<string, number | null>;
  postmortems: readonly (Pick<Postmortem, 'incidentId'> & {
    content: Pick<Postmortem['content'], 'causes'>;
  })[];
  actionItems: readonly Pick<ActionItem, 'incidentId' | 'ownerPersonId' | 'status' | 'dueOn'>[];
  options: TrendOptions;
};

/** Incident counts of one period, per key (crisis type or severity id); every key is present. */
export type TrendCounts = {
  /** The period key: `2026-03` (month) or `2026-Q1` (quarter). */
  period: string;
  /** All incidents of the period. */
  total: number;
  counts: Record<string, number>;
};

/** Incident counts per period, with the keys that occur (in a stable order for a legend). */
export type TrendBreakdown = {
  /** The keys counted, in display order; every period's `counts` has each of them. */
  keys: string[];
  rows: TrendCounts[];
};

/** One duration metric of one period, in minutes. */
export type DurationTrendPoint = {
  period: string;
  /** Incidents of the period that reached the step (the others are not in the figures). */
  count: number;
  /** Median in minutes; null when no incident of the period reached the step. */
  medianMinutes: number | null;
  /** 90th percentile in minutes; null when no incident of the period reached the step. */
  p90Minutes: number | null;
};

/** Causes of one category: distinct incidents with at least one root cause or contributing factor. */
export type CauseCategoryCount = {
  category: CauseCategory;
  root: number;
  contributing: number;
};

/** A cause worded the same way (after normalisation) in two or more incidents. */
export type RecurringCauseText = {
  /** The wording as first written (in the earliest-detected incident that has it). */
  text: string;
  /** The normalised form it was matched on. */
  normalizedText: string;
  /** Whether it was recorded as a root cause, a contributing factor, or both (in that order). */
  kinds: CauseKind[];
  /** The incidents it occurs in, earliest detection first. */
  incidentIds: string[];
};

/** Open action items of one owner (null = nobody owns them). */
export type OwnerActionItems = {
  ownerPersonId: string | null;
  /** Open or in progress, overdue ones included. */
  open: number;
  /** Open and past their due date. */
  overdue: number;
};

/** What {@link incidentTrends} returns. */
export type IncidentTrends = {
  /** Every period from the first to the last incident counted, without gaps. */
  periods: string[];
  /** Incidents counted. */
  incidentCount: number;
  /** Exercises in the date range that were left out (0 when exercises are included). */
  excludedExerciseCount: number;
  incidentsByType: TrendBreakdown;
  incidentsBySeverity: TrendBreakdown;
  timeToFirstStatement: DurationTrendPoint[];
  timeToStable: DurationTrendPoint[];
  recurringCauses: {
    /** Categories with at least one cause, most incidents first. */
    categories: CauseCategoryCount[];
    /** Wordings found in ≥ 2 incidents, most incidents first, at most {@link maxRecurringCauseTexts}. */
    texts: RecurringCauseText[];
  };
  /** Owners with open action items, most overdue first, then most open. */
  openActionItemsByOwner: OwnerActionItems[];
};

/** A moment's calendar position in a zone: year, month (1–12) and `YYYY-MM-DD`. */
function calendarOf(at: number, timeZone: string): { year: number; month: number; day: string } {
  const date = new TZDate(at, timeZone);
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return { year, month, day };
}

/** A period as a single counter (months or quarters since year 0), so gaps can be filled. */
function periodIndex(year: number, month: number, period: TrendPeriod): number {
  return period === 'month' ? year * 12 + (month - 1) : year * 4 + Math.floor((month - 1) / 3);
}

/** The key of a {@link periodIndex}: `2026-03` or `2026-Q1`. */
function periodKey(index: number, period: TrendPeriod): string {
  if (period === 'month') {
    const year = Math.floor(index / 12);
    return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
  }
  const year = Math.floor(index / 4);
  return `${String(year).padStart(4, '0')}-Q${String((index % 4) + 1)}`;
}

/**
 * The same cause wording in any script and spacing: search normalisation (width, case,
 * Traditional → Simplified), then punctuation and runs of spaces folded, so "未即時通報。" and
 * "未即时通报" are one wording.
 */
function normalizeCauseText(text: string): string {
  return normalizeForSearch(text)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** Counts per period and key, with every key filled in for every period. */
function breakdown(
  periods: readonly string[],
  keyed: readonly { period: string; key: string }[],
  keys: readonly string[],
): TrendBreakdown {
  const rows = periods.map((period) => ({
    period,
    total: 0,
    counts: Object.fromEntries(keys.map((key) => [key, 0])) satisfies Record<string, number>,
  }));
  const rowByPeriod = new Map(rows.map((row) => [row.period, row]));
  for (const { period, key } of keyed) {
    const row = rowByPeriod.get(period);
    if (row !== undefined) {
      row.total += 1;
      row.counts[key] = (row.counts[key] ?? 0) + 1;
    }
  }
  return { keys: [...keys], rows };
}

/** Milliseconds to minutes, keeping null. */
function toMinutes(milliseconds: number | null): number | null {
  return milliseconds === null ? null : milliseconds / 60_000;
}

/** A duration summary in the trend's shape. */
function durationPoint(period: string, summary: MetricSummary): DurationTrendPoint {
  return {
    period,
    count: summary.count,
    medianMinutes: toMinutes(summary.median),
    p90Minutes: toMinutes(summary.p90),
  };
}

/** Recurring causes of the counted postmortems (see {@link IncidentTrends}). */
function recurringCausesOf(
  postmortems: TrendsInput['postmortems'],
  detectedAtById: ReadonlyMap<string, number>,
): IncidentTrends['recurringCauses'] {
  const incidentsByCategoryKind = new Map<string, Set<string>>();
  const wordings = new Map<
    string,
    { text: string; firstAt: number; kinds: Set<CauseKind>; incidentIds: Set<string> }
  >();
  for (const postmortem of postmortems) {
    const detectedAt = detectedAtById.get(postmortem.incidentId);
    if (detectedAt === undefined) {
      continue;
    }
    for (const cause of postmortem.content.causes) {
      const categoryKey = `${cause.category}|${cause.kind}`;
      const incidents = incidentsByCategoryKind.get(categoryKey) ?? new Set<string>();
      incidents.add(postmortem.incidentId);
      incidentsByCategoryKind.set(categoryKey, incidents);
      const normalized = normalizeCauseText(cause.text);
      if (normalized === '') {
        continue;
      }
      const wording = wordings.get(normalized) ?? {
        text: cause.text.trim(),
        firstAt: detectedAt,
        kinds: new Set<CauseKind>(),
        incidentIds: new Set<string>(),
      };
      if (detectedAt < wording.firstAt) {
        wording.text = cause.text.trim();
        wording.firstAt = detectedAt;
      }
      wording.kinds.add(cause.kind);
      wording.incidentIds.add(postmortem.incidentId);
      wordings.set(normalized, wording);
    }
  }
  const categories = causeCategories
    .map((category) => ({
      category,
      root: incidentsByCategoryKind.get(`${category}|root`)?.size ?? 0,
      contributing: incidentsByCategoryKind.get(`${category}|contributing`)?.size ?? 0,
    }))
    .filter((count) => count.root + count.contributing > 0)
    // Stable sort: equal totals keep the category list's order.
    .sort((a, b) => b.root + b.contributing - (a.root + a.contributing));
  const byDetection = (a: string, b: string) =>
    (detectedAtById.get(a) ?? 0) - (detectedAtById.get(b) ?? 0) || a.localeCompare(b);
  const texts = [...wordings.entries()]
    .filter(([, wording]) => wording.incidentIds.size >= 2)
    .map(([normalizedText, wording]) => ({
      text: wording.text,
      normalizedText,
      kinds: causeKinds.filter((kind) => wording.kinds.has(kind)),
      incidentIds: [...wording.incidentIds].sort(byDetection),
    }))
    .sort(
      (a, b) =>
        b.incidentIds.length - a.incidentIds.length ||
        a.normalizedText.localeCompare(b.normalizedText),
    )
    .slice(0, maxRecurringCauseTexts);
  return { categories, texts };
}

/** Open and overdue action items per owner, most overdue first (see {@link IncidentTrends}). */
function openItemsByOwner(
  actionItems: TrendsInput['actionItems'],
  countedIncidentIds: ReadonlySet<string>,
  today: string,
): OwnerActionItems[] {
  const byOwner = new Map<string | null, OwnerActionItems>();
  for (const item of actionItems) {
    if (!countedIncidentIds.has(item.incidentId) || !isActionItemOpen(item)) {
      continue;
    }
    const owner = byOwner.get(item.ownerPersonId) ?? {
      ownerPersonId: item.ownerPersonId,
      open: 0,
      overdue: 0,
    };
    owner.open += 1;
    if (isActionItemOverdue(item, today)) {
      owner.overdue += 1;
    }
    byOwner.set(item.ownerPersonId, owner);
  }
  return [...byOwner.values()].sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.open - a.open ||
      // Nobody's items last among equals, then by id so the order never flickers.
      Number(a.ownerPersonId === null) - Number(b.ownerPersonId === null) ||
      (a.ownerPersonId ?? '').localeCompare(b.ownerPersonId ?? ''),
  );
}

/** The keys of the type breakdown: known crisis types in their list order, others, then untyped. */
function typeKeysOf(typeIds: ReadonlySet<string>): string[] {
  const known: readonly string[] = crisisTypes;
  const others = [...typeIds].filter((id) => id !== untypedKey && !known.includes(id)).sort();
  return [
    ...known.filter((id) => typeIds.has(id)),
    ...others,
    ...(typeIds.has(untypedKey) ? [untypedKey] : []),
  ];
}

/**
 * Computes the trends of incidents, their postmortems and action items (see the module comment
 * for what counts). Periods run without gaps from the first to the last incident counted, so a
 * chart shows a quiet month as zero rather than skipping it.
 */
export function incidentTrends({
  incidents,
  firstStatementAtByIncident,
  postmortems,
  actionItems,
  options,
}: TrendsInput): IncidentTrends {
  const { period, timeZone, from, to, today } = options;
  let excludedExerciseCount = 0;
  const counted: { incident: TrendsInput['incidents'][number]; index: number }[] = [];
  for (const incident of incidents) {
    const calendar = calendarOf(incident.detectedAt, timeZone);
    if ((from !== undefined && calendar.day < from) || (to !== undefined && calendar.day > to)) {
      continue;
    }
    if (incident.isExercise && !options.includeExercises) {
      excludedExerciseCount += 1;
      continue;
    }
    counted.push({ incident, index: periodIndex(calendar.year, calendar.month, period) });
  }
  const indexes = counted.map((entry) => entry.index);
  const periods: string[] = [];
  if (indexes.length > 0) {
    for (let index = Math.min(...indexes); index <= Math.max(...indexes); index += 1) {
      periods.push(periodKey(index, period));
    }
  }
  const withPeriod = counted.map(({ incident, index }) => ({
    incident,
    period: periodKey(index, period),
  }));

  const typeIds = new Set(withPeriod.map(({ incident }) => incident.crisisTypeId ?? untypedKey));
  const severityIds = new Set(withPeriod.map(({ incident }) => incident.severityId));
  const incidentsByType = breakdown(
    periods,
    withPeriod.map(({ incident, period: key }) => ({
      period: key,
      key: incident.crisisTypeId ?? untypedKey,
    })),
    typeKeysOf(typeIds),
  );
  const incidentsBySeverity = breakdown(
    periods,
    withPeriod.map(({ incident, period: key }) => ({ period: key, key: incident.severityId })),
    [...severityIds].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  );

  const timeToFirstStatement: DurationTrendPoint[] = [];
  const timeToStable: DurationTrendPoint[] = [];
  for (const key of periods) {
    const metrics = withPeriod
      .filter((entry) => entry.period === key)
      .map(({ incident }) =>
        incidentMetrics({
          incident,
          firstExternalStatementAt: firstStatementAtByIncident.get(incident.id) ?? null,
        }),
      );
    const summary = summarizeMetrics(metrics);
    timeToFirstStatement.push(durationPoint(key, summary.timeToFirstStatement));
    timeToStable.push(durationPoint(key, summary.timeToStable));
  }

  const detectedAtById = new Map(
    counted.map(({ incident }) => [incident.id, incident.detectedAt] as const),
  );
  const countedIds = new Set(detectedAtById.keys());
  return {
    periods,
    incidentCount: counted.length,
    excludedExerciseCount,
    incidentsByType,
    incidentsBySeverity,
    timeToFirstStatement,
    timeToStable,
    recurringCauses: recurringCausesOf(postmortems, detectedAtById),
    openActionItemsByOwner: openItemsByOwner(actionItems, countedIds, today),
  };
}
