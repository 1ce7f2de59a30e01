import type { Transaction } from 'dexie';

/**
 * The Dexie stores declaration of one schema version: table name → primary key and indexes
 * (`null` deletes a table). Index only what queries use.
 */
export type StoresSpec = Readonly<Record<string, string | null>>;

/**
 * Schema version 1 (2026-11-22): the first schema. `settings` holds one row per setting, keyed by
 * `key`; it has no secondary index because settings are always read whole.
 */
export const schemaV1 = {
  settings: 'key',
} as const satisfies StoresSpec;

/**
 * Schema version 2 (2026-11-22): the monitoring engine's data. `monitoringSources` holds each
 * source's configuration, resume state and health; `monitoringItems` every fetched item, keyed by
 * a time-ordered id derived from its fetch record (time-ordered keys insert faster and let
 * retention prune by key range), unique on `dedupeKey`, indexed by source and published time for
 * the items list; `monitoringFetchLog` one row per fetch (its id is the outbox record id, which
 * makes applying a record idempotent); `monitoringCoverage` the merged scanned windows per
 * source; `monitoringHostEvents` sleep, wake, offline and online times that explain gaps.
 */
export const schemaV2 = {
  ...schemaV1,
  monitoringSources: 'id',
  monitoringItems: 'id, &dedupeKey, [sourceId+publishedAt], publishedAt',
  monitoringFetchLog: 'id, [sourceId+startedAt]',
  monitoringCoverage: 'id, [sourceId+start]',
  monitoringHostEvents: 'id, at',
} as const satisfies StoresSpec;

/**
 * Schema version 3 (2026-11-22): the risk register. `risks` holds each risk with its controls,
 * acceptance and indicators, unique on its `reference` (`R-0042`) and on `sequence` (the number
 * the next reference continues from), indexed on `deletedAt` so the recycle bin reads only deleted
 * risks (IndexedDB leaves rows whose key is null out of an index); `riskEvents` the timeline of
 * each risk (score history, reviews, edits); `riskCategories` the categories users added;
 * `savedViews` named table views (filters, sorting, grouping, columns) per area; `counters` named
 * numbers that only grow, such as the highest risk reference ever given (a purged risk's number is
 * never handed out again).
 */
export const schemaV3 = {
  ...schemaV2,
  risks: 'id, &reference, &sequence, deletedAt',
  riskEvents: 'id, [riskId+at]',
  riskCategories: 'id',
  savedViews: 'id, area',
  counters: 'name',
} as const satisfies StoresSpec;

/**
 * Schema version 4 (2026-11-22): the crisis-team roster. `people` holds each team member with
 * contacts, availability and qualifications (personal data: see `personFieldPrivacy`);
 * `crisisRoles` the roles users touched (built-in roles nobody assigned are not stored) and the
 * roles they added, with primary and ordered backups; `qualificationTypes` the qualification
 * types users added; `roleTenures` who held which role as primary from when to when, per scope
 * (the standing roster or one incident), indexed by role and start for a role's history and by
 * person for theirs.
 */
export const schemaV4 = {
  ...schemaV3,
  people: 'id',
  crisisRoles: 'id',
  qualificationTypes: 'id',
  roleTenures: 'id, [roleId+from], personId',
} as const satisfies StoresSpec;

/**
 * Schema version 5 (2026-11-22): the SOP library. `sops` holds each SOP with its working draft;
 * `sopVersions` the published versions, keyed by `[sopId+version]` so a version is written once
 * and never replaced; `sopRuns` each run of an SOP (a tabletop read-through or, later, an
 * incident's), indexed by SOP and start time for an SOP's run list; `statementTemplates` the
 * templates; `statements` statements filled from them with their approvals, indexed by template;
 * `commMatrixCells` the communication matrix, one row per crisis type × stakeholder group ×
 * channel (the groups and channels themselves are settings).
 */
export const schemaV5 = {
  ...schemaV4,
  sops: 'id',
  sopVersions: '[sopId+version]',
  sopRuns: 'id, [sopId+activatedAt]',
  statementTemplates: 'id',
  statements: 'id, templateId',
  commMatrixCells: 'id',
} as const satisfies StoresSpec;

/**
 * Schema version 6 (2026-11-22): incident command. `incidents` holds each incident, unique on its
 * `reference` (`INC-0007`) and `sequence`, indexed by status for the Dashboard's active list;
 * `incidentTimeline` the append-only, hash-chained timeline, unique on `[incidentId+sequence]` so
 * two writers can never both append entry N; `incidentTasks`, `incidentCommunications`,
 * `incidentDeadlines` and `situationReports` per incident. SOP runs gain an `incidentId` index so
 * an incident lists its runs. Role hand-offs are role tenures with the scope `incident:<id>`.
 */
export const schemaV6 = {
  ...schemaV5,
  sopRuns: 'id, [sopId+activatedAt], incidentId',
  incidents: 'id, &reference, &sequence, status',
  incidentTimeline: 'id, &[incidentId+sequence]',
  incidentTasks: 'id, incidentId',
  incidentCommunications: 'id, incidentId',
  incidentDeadlines: 'id, incidentId',
  situationReports: 'id, [incidentId+createdAt]',
} as const satisfies StoresSpec;

/**
 * Schema version 7 (2026-11-22): postmortems. `postmortems` holds each postmortem, unique on its
 * incident (one per incident), its `reference` (`PM-0003`) and `sequence`, indexed by status;
 * `postmortemActionItems` their action items, indexed by postmortem and by status for the
 * Dashboard's open items. Loop state (the SOP draft or risk review an item opened) is kept on the
 * item, so SOP and risk rows are unchanged.
 */
export const schemaV7 = {
  ...schemaV6,
  postmortems: 'id, &incidentId, &reference, &sequence, status',
  postmortemActionItems: 'id, postmortemId, status',
} as const satisfies StoresSpec;

/**
 * Schema version 8 (2026-11-22): early warning. `monitoringRules` holds the rules (topics);
 * `monitoringRollups` one row per rule and UTC hour with the counts indicators and charts read,
 * keyed `[ruleId+hourStart]` so a rule's hours are one key range; `monitoringAlerts` the alert
 * inbox, indexed by state, rule and last firing. Items gain a multi-entry index on
 * `matchedRuleIds` so a rule's items are read without a scan.
 */
export const schemaV8 = {
  ...schemaV7,
  monitoringItems: 'id, &dedupeKey, [sourceId+publishedAt], publishedAt, *matchedRuleIds',
  monitoringRules: 'id',
  monitoringRollups: '[ruleId+hourStart]',
  monitoringAlerts: 'id, state, ruleId, lastFiredAt',
} as const satisfies StoresSpec;

/** The newest schema version; equals the version of the last migration (a test checks). */
export const currentSchemaVersion = 8;

/**
 * One schema version and how to get there from the previous one. Migrations are never edited
 * after release: a change to stored data is a new migration with the next number.
 */
export type Migration = {
  /** Schema version this migration produces; versions are contiguous from 1. */
  readonly version: number;
  /** The stores declaration of that version (one of the `schemaVN` constants). */
  readonly stores: StoresSpec;
  /** What changed and why, in a sentence. */
  readonly note: string;
  /** Rewrites existing rows into the new shape; omitted when the stores change is enough. */
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
};
