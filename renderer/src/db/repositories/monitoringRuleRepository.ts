import { liveQuery } from 'dexie';
import { settingSchemas } from '../../../../shared/domain/settings';
import type { Settings } from '../../../../shared/domain/settings';
import { defaultSynonymGroups } from '../../../../shared/monitoring/matching/synonyms';
import type { MatchableRule, MonitoringRuleInput } from '../../../../shared/monitoring/rules';
import { getDatabase } from '../database';
import type { CrisisRoomDatabase, MonitoringRuleRow } from '../database';
import { runWrite } from '../writeErrors';

/**
 * Early-warning rules in IndexedDB. A rule's `matchVersion` grows whenever what it matches
 * changes (query, sources, tags), which tells ingest and the background re-match which stored
 * matches are out of date. Deleting a rule removes its rollups; its alerts stay in the inbox
 * (they name the rule id, and the inbox shows the rule as deleted).
 */

/** The version a new rule starts at. */
export const firstMatchVersion = 1;

/** Every stored rule, sorted by name in the user's language order, then id. Dexie-only. */
export function readRules(db: CrisisRoomDatabase = getDatabase()): Promise<MonitoringRuleRow[]> {
  return db.monitoringRules.toArray().then((rows) => {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    return rows.sort(
      (left, right) => collator.compare(left.name, right.name) || left.id.localeCompare(right.id),
    );
  });
}

/** One stored rule, or undefined. */
export function readRule(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<MonitoringRuleRow | undefined> {
  return db.monitoringRules.get(id);
}

/**
 * Calls `listener` with every stored rule now and after every change of the rules table; returns
 * the unsubscribe function. `onError` receives read failures.
 */
export function observeRules(
  listener: (rules: MonitoringRuleRow[]) => void,
  onError: (error: unknown) => void,
  db: CrisisRoomDatabase = getDatabase(),
): () => void {
  const subscription = liveQuery(() => readRules(db)).subscribe({
    next: listener,
    error: onError,
  });
  return () => {
    subscription.unsubscribe();
  };
}

/** The settings matching and sentiment scoring use besides the rules. */
export type MatchingSettings = {
  synonyms: Settings['monitoringSynonyms'];
  sentimentWords: Settings['sentimentUserWords'];
};

/**
 * The synonym table and the user's sentiment words as stored, each falling back to its default
 * when missing or invalid. Reads only those two rows (Dexie-only), so a live query over it wakes
 * for them and not for every setting.
 */
export async function readMatchingSettings(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<MatchingSettings> {
  const [synonymsRow, wordsRow] = await db.settings.bulkGet([
    'monitoringSynonyms',
    'sentimentUserWords',
  ]);
  const synonyms = settingSchemas.monitoringSynonyms.safeParse(synonymsRow?.value);
  const sentimentWords = settingSchemas.sentimentUserWords.safeParse(wordsRow?.value);
  return {
    synonyms: synonyms.success ? synonyms.data : defaultSynonymGroups.map((group) => [...group]),
    sentimentWords: sentimentWords.success ? sentimentWords.data : [],
  };
}

/** Everything matching depends on: the stored rules (off ones included) and the two settings. */
export type MatchingConfig = MatchingSettings & { rules: MonitoringRuleRow[] };

/**
 * Calls `listener` with the rules, synonyms and sentiment words now and after every change of any
 * of them; returns the unsubscribe function. `onError` receives read failures.
 */
export function observeMatchingConfig(
  listener: (config: MatchingConfig) => void,
  onError: (error: unknown) => void,
  db: CrisisRoomDatabase = getDatabase(),
): () => void {
  const subscription = liveQuery(async () => ({
    rules: await readRules(db),
    ...(await readMatchingSettings(db)),
  })).subscribe({ next: listener, error: onError });
  return () => {
    subscription.unsubscribe();
  };
}

/** The part of a rule the main process matches with; null for a rule that is off. */
export function matchableRuleOf(rule: MonitoringRuleRow): MatchableRule | null {
  if (rule.mode === 'off') {
    return null;
  }
  return {
    id: rule.id,
    query: rule.query,
    sourceIds: rule.sourceIds,
    tags: rule.tags,
    mode: rule.mode,
    matchVersion: rule.matchVersion,
  };
}

/** True when two sets of strings differ (order and repeats do not matter). */
function differsAsSet(left: readonly string[], right: readonly string[]): boolean {
  const leftSet = new Set(left);
  const rightSet = new Set(right);
  return leftSet.size !== rightSet.size || [...leftSet].some((value) => !rightSet.has(value));
}

/** True when `after` matches other items than `before`: its query or its scope changed. */
export function matchesDifferently(
  before: MonitoringRuleInput,
  after: MonitoringRuleInput,
): boolean {
  return (
    before.query !== after.query ||
    differsAsSet(before.sourceIds, after.sourceIds) ||
    differsAsSet(before.tags, after.tags)
  );
}

/**
 * Stores a new rule (validated input) under a fresh id at {@link firstMatchVersion}. Throws a
 * StorageWriteError when the write fails.
 */
export function insertRule(
  input: MonitoringRuleInput,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
  id: string = crypto.randomUUID(),
): Promise<MonitoringRuleRow> {
  return runWrite(db, [db.monitoringRules], async () => {
    const row: MonitoringRuleRow = {
      ...input,
      id,
      matchVersion: firstMatchVersion,
      createdAt: now,
      updatedAt: now,
    };
    await db.monitoringRules.add(row);
    return row;
  });
}

/**
 * Replaces a rule's editable fields (validated input). `matchVersion` grows by one when the query,
 * sources or tags changed, and stays when only the name, mode, links or triggers did. Resolves
 * undefined when there is no such rule. Throws a StorageWriteError when the write fails.
 */
export function updateRule(
  id: string,
  input: MonitoringRuleInput,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<MonitoringRuleRow | undefined> {
  return runWrite(db, [db.monitoringRules], async () => {
    const existing = await db.monitoringRules.get(id);
    if (existing === undefined) {
      return undefined;
    }
    const row: MonitoringRuleRow = {
      ...input,
      id,
      matchVersion: matchesDifferently(existing, input)
        ? existing.matchVersion + 1
        : existing.matchVersion,
      createdAt: existing.createdAt,
      updatedAt: now,
    };
    await db.monitoringRules.put(row);
    return row;
  });
}

/** What deleting a rule removed. */
export type DeletedRuleCounts = { removedRollups: number };

/**
 * Deletes a rule and its rollups in one transaction. Its alerts are kept (history: the inbox
 * shows them as from a deleted rule); matches stored on items are dropped by the next background
 * re-match. Resolves zero counts when there is no such rule. Throws a StorageWriteError when the
 * write fails.
 */
export function deleteRule(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<DeletedRuleCounts> {
  return runWrite(db, [db.monitoringRules, db.monitoringRollups], async () => {
    await db.monitoringRules.delete(id);
    const removedRollups = await db.monitoringRollups
      .where('[ruleId+hourStart]')
      .between([id, Number.NEGATIVE_INFINITY], [id, Number.POSITIVE_INFINITY], true, true)
      .delete();
    return { removedRollups };
  });
}
