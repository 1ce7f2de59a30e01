import type { IncidentStatus } from '../incidents/incident';
import type { TaskStatus } from '../incidents/tasks';
import type { TimelineEntryKind } from '../incidents/timeline';
import type { ActionItemStatus, ActionItemType } from '../postmortems/actionItems';
import type { CauseCategory, CauseKind, PostmortemStatus } from '../postmortems/postmortem';
import type { ReportActionItemLink, ReportVariant } from './incidentReport';

/**
 * Every word the Markdown and CSV renderings of the incident report write that is not user text:
 * headings, field and column names, the names of kinds and statuses, and the few sentences and
 * number formats that depend on the document's language. The renderer fills it from i18n in the
 * language chosen for the document (which may differ from the app's), so `shared/` stays free of
 * translations and the outputs stay pure.
 */

/** The report's sections after the title and the facts, in document order. */
export const reportSections = [
  'summary',
  'timeline',
  'impact',
  'roles',
  'actions',
  'communications',
  'causes',
  'lessons',
  'actionItems',
] as const;

/** One of {@link reportSections}. */
export type ReportSection = (typeof reportSections)[number];

/** The columns of the timeline CSV, in file order. */
export const timelineCsvColumns = [
  'time',
  'kind',
  'author',
  'text',
  'external',
  'correction',
] as const;

/** One of {@link timelineCsvColumns}. */
export type TimelineCsvColumn = (typeof timelineCsvColumns)[number];

/** The columns of the action-item CSV, in file order. */
export const actionItemCsvColumns = ['title', 'type', 'status', 'owner', 'dueOn', 'link'] as const;

/** One of {@link actionItemCsvColumns}. */
export type ActionItemCsvColumn = (typeof actionItemCsvColumns)[number];

/** The facts listed under the title, each written as `name: value`. */
export type ReportFieldLabels = {
  severity: string;
  crisisType: string;
  status: string;
  detectedAt: string;
  startedAt: string;
  closedAt: string;
  timeToFirstStatement: string;
  timeToStable: string;
  postmortem: string;
  generatedAt: string;
  customersAffected: string;
  revenueLoss: string;
  recordsAffected: string;
  mediaReach: string;
  negativeSentimentPeak: string;
  impactNote: string;
  owner: string;
  due: string;
  link: string;
};

/** See the module comment. Every value is already translated into the document's language. */
export type ReportLabels = {
  /** The document's kind, written before the reference: "Incident report". */
  documentTitle: string;
  /** What the variant means, stated under the facts ("External version: …"). */
  variantNotes: Record<ReportVariant, string>;
  /** Said of an exercise, so a drill's report is never mistaken for a real incident. */
  exerciseNote: string;
  headings: Record<ReportSection, string>;
  fields: ReportFieldLabels;
  timelineKinds: Record<TimelineEntryKind, string>;
  incidentStatuses: Record<IncidentStatus, string>;
  taskStatuses: Record<TaskStatus, string>;
  actionItemTypes: Record<ActionItemType, string>;
  actionItemStatuses: Record<ActionItemStatus, string>;
  postmortemStatuses: Record<PostmortemStatus, string>;
  causeKinds: Record<CauseKind, string>;
  causeCategories: Record<CauseCategory, string>;
  /** Column headers; the CSV adds the zone to the timeline's time column itself. */
  timelineColumns: Record<TimelineCsvColumn, string>;
  actionItemColumns: Record<ActionItemCsvColumn, string>;
  /** Marks a timeline entry that corrects an earlier one. */
  correction: string;
  /** Facing of an entry or communication. */
  external: string;
  internal: string;
  yes: string;
  no: string;
  /** Written in a section with nothing in it. */
  none: string;
  /** An unknown value (an impact figure not known, a time not reached). */
  notRecorded: string;
  noOwner: string;
  noDue: string;
  /** The end of a role tenure still running. */
  stillOnDuty: string;
  /** "All times are in Asia/Taipei (UTC+08:00)." given the report's zone label. */
  timesAreIn: (zoneLabel: string) => string;
  /**
   * Said when the report's times have more than one UTC offset (summer time began or ended): times
   * at another offset than `baseOffset` (the detection's) carry their own.
   */
  offsetsDiffer: (baseOffset: string) => string;
  /** Said in place of causes and lessons the external variant leaves out. */
  postmortemNotPublished: string;
  /** An SOP an action item changes: "SOP: Data breach response". */
  sopLink: (title: string) => string;
  /** A risk an action item changes: "Risk register: R-0042 Supplier breach". */
  riskLink: (name: string) => string;
  /** A risk an action item changes, unnamed (external variant): "Risk register". */
  riskRegister: string;
  /** "3 internal entries are not shown." (plural rules are the renderer's). */
  omittedEntries: (count: number) => string;
  /** A duration in the document's language ("1 h 5 min"). */
  formatDuration: (milliseconds: number) => string;
  /** A count in the document's language (`12,000`). */
  formatNumber: (value: number) => string;
  /** An amount with its ISO 4217 currency (`NT$1,200,000`). */
  formatMoney: (amount: number, currency: string) => string;
  /** A share 0–100 (`35%`). */
  formatPercent: (value: number) => string;
};

/**
 * What an action item changes, in words: "SOP: <title>", "Risk register: R-0042 <title>", or just
 * "Risk register" when the report does not name the risk (external variant).
 */
export function actionItemLinkText(link: ReportActionItemLink, labels: ReportLabels): string {
  switch (link.kind) {
    case 'sop':
      return labels.sopLink(link.title);
    case 'risk':
      return link.name === null ? labels.riskRegister : labels.riskLink(link.name);
  }
}
