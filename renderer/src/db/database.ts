import { Dexie } from 'dexie';
import type { DexieOptions, Table } from 'dexie';
import type {
  FetchError,
  FetchOutcome,
  FetchWarning,
  FetchedItem,
  HostEventKind,
} from '../../../shared/monitoring/records';
import type { CommunicationRecord } from '../../../shared/domain/incidents/communications';
import type { Deadline } from '../../../shared/domain/incidents/clocks';
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { SituationReport } from '../../../shared/domain/incidents/sitreps';
import type { IncidentTask } from '../../../shared/domain/incidents/tasks';
import type { TimelineEntry } from '../../../shared/domain/incidents/timeline';
import type { ActionItem } from '../../../shared/domain/postmortems/actionItems';
import type { Postmortem } from '../../../shared/domain/postmortems/postmortem';
import type { Risk } from '../../../shared/domain/risks/risk';
import type { CrisisRole, RoleTenure } from '../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../shared/domain/roster/person';
import type { CommMatrixCell } from '../../../shared/domain/sops/commMatrix';
import type { Sop } from '../../../shared/domain/sops/sop';
import type { SopRun } from '../../../shared/domain/sops/sopRuns';
import type { SopVersion } from '../../../shared/domain/sops/sopVersions';
import type { Statement } from '../../../shared/domain/sops/statements';
import type { StoredStatementTemplate } from '../../../shared/domain/sops/statementTemplates';
import type { RiskEvent } from '../../../shared/domain/risks/riskHistory';
import type { Alert } from '../../../shared/monitoring/earlyWarning/alerts';
import type { HourlyRollup } from '../../../shared/monitoring/earlyWarning/rollups';
import type { MonitoringRule } from '../../../shared/monitoring/rules';
import type { SourceConfig, SourceFetchState } from '../../../shared/monitoring/source';
import { migrations } from './migrations';

/**
 * A stored setting: one row per key. `value` stays `unknown` because stored data may come from an
 * older or newer app version; the settings repository validates it before anyone uses it.
 */
export type SettingRow = {
  key: string;
  value: unknown;
  /** ISO 8601 time of the last write. */
  updatedAt: string;
};

/**
 * A stored monitoring source: its configuration, the resume state the main process needs after a
 * restart, and its health as the applied fetch records left it. Times are epoch milliseconds.
 */
export type MonitoringSourceRow = SourceConfig &
  SourceFetchState & {
    createdAt: number;
    /** Last change of the configuration (health updates do not change it). */
    updatedAt: number;
    lastOutcome: FetchOutcome | null;
    /** The error of the last failed or partial fetch; cleared by a clean success. */
    lastError: FetchError | null;
    lastErrorAt: number | null;
    /** Id of the newest fetch record applied to the health fields (older ones arriving late do not). */
    lastRecordId: string | null;
    /** Items the last applied fetch added that were not stored before. */
    lastNewItems: number | null;
  };

/**
 * A stored fetched item. `id` is the fetch record's id plus the item's index in base 36, so keys
 * are in fetch-time order; `dedupeKey` is unique across the table.
 */
export type MonitoringItemRow = FetchedItem & {
  id: string;
  sourceId: string;
  /** When the fetch that found it finished (epoch ms). */
  fetchedAt: number;
  /** Ids of the rules in `ruleMatches`, for the multi-entry index (absent before matching). */
  matchedRuleIds?: string[];
};

/** One fetch attempt of one source; `id` is the outbox record id. */
export type MonitoringFetchLogRow = {
  id: string;
  sourceId: string;
  startedAt: number;
  finishedAt: number;
  outcome: FetchOutcome;
  error: FetchError | null;
  httpStatus: number | null;
  itemsFound: number;
  /** Items this fetch added that were not stored before. */
  itemsNew: number;
  warnings: FetchWarning[];
};

/** One merged window of successful scans of one source (epoch ms, inclusive). */
export type MonitoringCoverageRow = {
  /** `${sourceId}:${start}`: a window keeps its start when it grows. */
  id: string;
  sourceId: string;
  start: number;
  end: number;
};

/** A sleep, wake, offline or online event of the machine; `id` is the outbox record id. */
export type MonitoringHostEventRow = {
  id: string;
  at: number;
  event: HostEventKind;
};

/**
 * A stored risk: the risk plus `sequence`, the number in its reference, indexed so the next
 * reference continues after the highest one ever stored (deleted risks keep theirs).
 */
export type RiskRow = Risk & { sequence: number };

/** One timeline entry of a risk, keyed by a time-ordered id. */
export type RiskEventRow = RiskEvent;

/** A risk category a user added. */
export type RiskCategoryRow = { id: string; name: string; createdAt: number };

/**
 * A named view of a table (filters, sorting, grouping, visible columns). `state` stays `unknown`
 * here; the feature that owns `area` validates it when it reads it.
 */
export type SavedViewRow = {
  id: string;
  area: string;
  name: string;
  state: unknown;
  createdAt: number;
  updatedAt: number;
};

/** A named number that only grows (`riskSequence`: the highest risk reference number given). */
export type CounterRow = { name: string; value: number };

/** A stored member of the crisis team (personal data; see `personFieldPrivacy`). */
export type PersonRow = Person;

/** A stored crisis role: a built-in one someone changed, or a custom one. */
export type CrisisRoleRow = CrisisRole;

/** A qualification type a user added. */
export type QualificationTypeRow = { id: string; name: string; createdAt: number };

/** A period one person held one role as primary. */
export type RoleTenureRow = RoleTenure;

/** A stored SOP with its working draft. */
export type SopRow = Sop;

/** A published, immutable version of an SOP. */
export type SopVersionRow = SopVersion;

/** One run of an SOP (standalone or, later, an incident's). */
export type SopRunRow = SopRun;

/** A stored statement template. */
export type StatementTemplateRow = StoredStatementTemplate;

/** A statement filled from a template, with its approvals. */
export type StatementRow = Statement;

/** One cell of the communication matrix. */
export type CommMatrixCellRow = CommMatrixCell;

/**
 * A stored incident plus `sequence`, the number in its reference, so the next reference continues
 * after the highest one ever given.
 */
export type IncidentRow = Incident & { sequence: number };

/** One entry of an incident's append-only, hash-chained timeline. */
export type IncidentTimelineRow = TimelineEntry;

/** A task of an incident. */
export type IncidentTaskRow = IncidentTask;

/** A communication released during an incident. */
export type IncidentCommunicationRow = CommunicationRecord;

/** A deadline an incident must meet (a regulator's notification window). */
export type IncidentDeadlineRow = Deadline;

/** A tactical or executive situation report. */
export type SituationReportRow = SituationReport;

/** A stored postmortem plus `sequence`, the number in its reference. */
export type PostmortemRow = Postmortem & { sequence: number };

/** An action item of a postmortem. */
export type PostmortemActionItemRow = ActionItem;

/** An early-warning rule (topic). */
export type MonitoringRuleRow = MonitoringRule;

/** One rule's counts for one UTC hour. */
export type MonitoringRollupRow = HourlyRollup;

/** An alert of the inbox. */
export type MonitoringAlertRow = Alert;

/** Name of the app's IndexedDB database. Never change it: users' data lives under this name. */
export const databaseName = 'crisis-room';

/** Options of {@link CrisisRoomDatabase}. */
export type CrisisRoomDatabaseOptions = {
  /** Register migrations only up to this version, to open the database as an older app would. */
  upToVersion?: number;
  /** IndexedDB implementation, for environments without a global one. */
  indexedDB?: DexieOptions['indexedDB'];
  /** IDBKeyRange matching {@link indexedDB}. */
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
};

/**
 * The app's one Dexie database with typed tables. Each schema version is registered from its
 * migration, so the same class opens the current schema in the app and an older one in tests.
 */
export class CrisisRoomDatabase extends Dexie {
  /** User settings, keyed by setting name. */
  declare readonly settings: Table<SettingRow, string>;
  /** Monitoring sources with their resume state and health, keyed by source id. */
  declare readonly monitoringSources: Table<MonitoringSourceRow, string>;
  /** Every fetched item, keyed by a time-ordered id. */
  declare readonly monitoringItems: Table<MonitoringItemRow, string>;
  /** One row per applied fetch record, keyed by record id. */
  declare readonly monitoringFetchLog: Table<MonitoringFetchLogRow, string>;
  /** Scanned windows per source (the coverage ledger). */
  declare readonly monitoringCoverage: Table<MonitoringCoverageRow, string>;
  /** Host events that explain coverage gaps, keyed by record id. */
  declare readonly monitoringHostEvents: Table<MonitoringHostEventRow, string>;
  /** The risk register, keyed by risk id. */
  declare readonly risks: Table<RiskRow, string>;
  /** Timeline of every risk (scores, reviews, edits), keyed by a time-ordered id. */
  declare readonly riskEvents: Table<RiskEventRow, string>;
  /** Risk categories users added beside the built-in ones. */
  declare readonly riskCategories: Table<RiskCategoryRow, string>;
  /** Named table views, per area. */
  declare readonly savedViews: Table<SavedViewRow, string>;
  /** Named numbers that only grow. */
  declare readonly counters: Table<CounterRow, string>;
  /** The crisis team, keyed by person id. */
  declare readonly people: Table<PersonRow, string>;
  /** Crisis roles users changed or added, keyed by role id. */
  declare readonly crisisRoles: Table<CrisisRoleRow, string>;
  /** Qualification types users added. */
  declare readonly qualificationTypes: Table<QualificationTypeRow, string>;
  /** Who held which role as primary, from when to when. */
  declare readonly roleTenures: Table<RoleTenureRow, string>;
  /** SOPs with their working drafts, keyed by SOP id. */
  declare readonly sops: Table<SopRow, string>;
  /** Published SOP versions, keyed by `[sopId, version]`; written once, never replaced. */
  declare readonly sopVersions: Table<SopVersionRow, [string, number]>;
  /** SOP runs, keyed by run id. */
  declare readonly sopRuns: Table<SopRunRow, string>;
  /** Statement templates, keyed by template id. */
  declare readonly statementTemplates: Table<StatementTemplateRow, string>;
  /** Statements filled from templates, keyed by statement id. */
  declare readonly statements: Table<StatementRow, string>;
  /** Communication matrix cells, keyed by `crisisType|stakeholder|channel`. */
  declare readonly commMatrixCells: Table<CommMatrixCellRow, string>;
  /** Incidents, keyed by incident id. */
  declare readonly incidents: Table<IncidentRow, string>;
  /** Every incident's timeline, keyed by entry id, unique on `[incidentId+sequence]`. */
  declare readonly incidentTimeline: Table<IncidentTimelineRow, string>;
  /** Incident tasks, keyed by task id. */
  declare readonly incidentTasks: Table<IncidentTaskRow, string>;
  /** Communications released during incidents, keyed by record id. */
  declare readonly incidentCommunications: Table<IncidentCommunicationRow, string>;
  /** Incident deadlines, keyed by deadline id. */
  declare readonly incidentDeadlines: Table<IncidentDeadlineRow, string>;
  /** Situation reports, keyed by report id. */
  declare readonly situationReports: Table<SituationReportRow, string>;
  /** Postmortems, keyed by postmortem id, unique per incident. */
  declare readonly postmortems: Table<PostmortemRow, string>;
  /** Action items of postmortems, keyed by item id. */
  declare readonly postmortemActionItems: Table<PostmortemActionItemRow, string>;
  /** Early-warning rules, keyed by rule id. */
  declare readonly monitoringRules: Table<MonitoringRuleRow, string>;
  /** Hourly rollups, keyed by `[ruleId, hourStart]`. */
  declare readonly monitoringRollups: Table<MonitoringRollupRow, [string, number]>;
  /** Alerts, keyed by alert id. */
  declare readonly monitoringAlerts: Table<MonitoringAlertRow, string>;

  constructor(name: string = databaseName, options: CrisisRoomDatabaseOptions = {}) {
    const { upToVersion = Number.POSITIVE_INFINITY, indexedDB, IDBKeyRange } = options;
    // Dexie spreads its options over its defaults, so an explicit `undefined` would erase them.
    super(name, {
      ...(indexedDB === undefined ? {} : { indexedDB }),
      ...(IDBKeyRange === undefined ? {} : { IDBKeyRange }),
    });
    const registered = migrations.filter((migration) => migration.version <= upToVersion);
    if (registered.length === 0) {
      throw new RangeError(`No schema version at or below ${upToVersion}.`);
    }
    for (const migration of registered) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade !== undefined) {
        version.upgrade(migration.upgrade);
      }
    }
  }
}

let database: CrisisRoomDatabase | undefined;

/**
 * The app's database, created on first use and shared afterwards (Dexie opens it on the first
 * query). One instance keeps one connection, so live queries see every write.
 */
export function getDatabase(): CrisisRoomDatabase {
  database ??= new CrisisRoomDatabase();
  return database;
}
