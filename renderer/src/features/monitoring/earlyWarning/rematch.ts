import { z } from 'zod';
import { compileRuleSet, matchItem } from '../../../../../shared/monitoring/matching/ruleMatcher';
import type {
  CompiledRuleSet,
  RuleInput,
} from '../../../../../shared/monitoring/matching/ruleMatcher';
import type { SynonymGroups } from '../../../../../shared/monitoring/matching/synonyms';
import { parseQuery } from '../../../../../shared/monitoring/query/parseQuery';
import type { ItemRuleMatch } from '../../../../../shared/monitoring/rules';
import type {
  CrisisRoomDatabase,
  MonitoringItemRow,
  MonitoringRuleRow,
  MonitoringSourceRow,
} from '../../../db/database';
import { rollupMatchOf } from '../../../db/repositories/monitoringRecordRepository';
import { applyRollupChanges } from '../../../db/repositories/monitoringRollupRepository';
import type { RollupChange } from '../../../db/repositories/monitoringRollupRepository';
import { observeMatchingConfig } from '../../../db/repositories/monitoringRuleRepository';
import { runWrite } from '../../../db/writeErrors';

/**
 * Re-matching stored items after rules change. Ingest matches new items in the main process; when
 * a rule's query or scope changes (its `matchVersion` grows), a rule is added, turned back on or
 * deleted, or the synonym table changes, the items already stored must follow. This walks every
 * stored item in key order, a chunk per read-write transaction, recomputes the matches of the
 * rules that changed (all rules for items ingest never matched), rewrites the item's
 * `ruleMatches`/`matchedRuleIds` and moves its rollup contributions in the same transaction, and
 * stores where it got to, so every item is moved exactly once and a reload continues where the
 * last run stopped. Diffing against what the item records makes a repeated chunk a no-op.
 */

/** Key of the settings-table row holding the re-match progress (internal: not a user setting). */
export const rematchStateKey = 'monitoringRematch';

/** Items per read-write transaction: small enough to keep each transaction short. */
export const defaultRematchChunkSize = 500;

/** Most terms kept per match, and their longest text (the record schema's limits). */
const maxTermsPerMatch = 20;
const maxTermLength = 200;

/** What the stored items are (or are being) matched against: active rules' versions and synonyms. */
export type RematchTarget = {
  /** Rule id → match version, for every rule that is not off. */
  versions: Record<string, number>;
  /** A hash of the synonym table: changing synonyms changes what every rule matches. */
  synonymsKey: string;
};

/** Progress of the re-match, kept in the settings table under {@link rematchStateKey}. */
export type RematchState = {
  /** The target the last completed run brought every stored item to; null before the first. */
  completed: RematchTarget | null;
  /**
   * A run under way: its target, the rules it re-matches (items before the cursor may differ from
   * `completed` in those rules only; absent in rows of earlier versions, read as "every rule"), the
   * last item id it finished, and how many items it did.
   */
  pending: {
    target: RematchTarget;
    changedRuleIds?: string[];
    cursor: string | null;
    done: number;
  } | null;
};

/** Items done and items stored when the run started (new items may push `done` past it). */
export type RematchProgress = { done: number; total: number };

const targetSchema = z.object({
  versions: z.record(z.string(), z.number().int().min(0)),
  synonymsKey: z.string(),
});

const rematchStateSchema = z.object({
  completed: targetSchema.nullable(),
  pending: z
    .object({
      target: targetSchema,
      changedRuleIds: z.array(z.string()).optional(),
      cursor: z.string().nullable(),
      done: z.number().int().min(0),
    })
    .nullable(),
});

/** The state before any run. */
const initialState: RematchState = { completed: null, pending: null };

/** A stable 32-bit FNV-1a hash of a text, in base 36 (the synonym table can be large). */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

/** The target for the stored rules (off rules left out) and synonym table. */
export function rematchTargetOf(
  rules: readonly MonitoringRuleRow[],
  synonyms: SynonymGroups,
): RematchTarget {
  const versions: Record<string, number> = {};
  for (const rule of [...rules].sort((left, right) => (left.id < right.id ? -1 : 1))) {
    if (rule.mode !== 'off') {
      versions[rule.id] = rule.matchVersion;
    }
  }
  return { versions, synonymsKey: hashText(JSON.stringify(synonyms)) };
}

/** True when two targets are the same. */
export function isSameTarget(left: RematchTarget | null, right: RematchTarget | null): boolean {
  if (left === null || right === null) {
    return left === right;
  }
  const leftIds = Object.keys(left.versions);
  return (
    left.synonymsKey === right.synonymsKey &&
    leftIds.length === Object.keys(right.versions).length &&
    leftIds.every((id) => right.versions[id] === left.versions[id])
  );
}

/**
 * What a run towards `target` must do, given the stored state. Items are up to date only when the
 * last completed run had this target and no run towards another target is unfinished: an
 * unfinished run has rewritten the items before its cursor (a synonym table or rule version
 * changed and changed back mid-run leaves them matched under the abandoned target).
 *
 * Resuming (the unfinished run has this target): from its cursor, with the rules it started with.
 * Otherwise from the first item, re-matching every active rule that is new or at another version
 * than in the completed target OR in the unfinished one, plus the rules the unfinished run was
 * re-matching (it may itself have followed another abandoned run); every active rule when nothing
 * completed yet or the synonyms differ from either target.
 */
export function planRematch(
  state: RematchState,
  target: RematchTarget,
): { isNeeded: boolean; changedRuleIds: string[]; cursor: string | null; done: number } {
  const { completed, pending } = state;
  const allRuleIds = Object.keys(target.versions);
  if (pending !== null && isSameTarget(pending.target, target)) {
    return {
      isNeeded: true,
      changedRuleIds: pending.changedRuleIds ?? allRuleIds,
      cursor: pending.cursor,
      done: pending.done,
    };
  }
  if (pending === null && isSameTarget(completed, target)) {
    return { isNeeded: false, changedRuleIds: [], cursor: null, done: 0 };
  }
  const differs = (other: RematchTarget, id: string): boolean =>
    other.synonymsKey !== target.synonymsKey || other.versions[id] !== target.versions[id];
  const pendingRuleIds = new Set(pending === null ? [] : (pending.changedRuleIds ?? allRuleIds));
  const changedRuleIds = allRuleIds.filter(
    (id) =>
      completed === null ||
      differs(completed, id) ||
      (pending !== null && (differs(pending.target, id) || pendingRuleIds.has(id))),
  );
  return { isNeeded: true, changedRuleIds, cursor: null, done: 0 };
}

/** The stored re-match state; an unreadable one reads as "nothing completed" (a full run). */
export async function readRematchState(db: CrisisRoomDatabase): Promise<RematchState> {
  const row = await db.settings.get(rematchStateKey);
  const parsed = rematchStateSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : initialState;
}

/** The rules one run matches with, compiled once. */
export type RematchContext = {
  /** Rules (not off) by id, with their scope and version. */
  activeRules: ReadonlyMap<string, MonitoringRuleRow>;
  /** Ids of every stored rule, off ones included: matches of other ids are dropped. */
  storedRuleIds: ReadonlySet<string>;
  /** Rules matched again on items that were matched before. */
  changedRuleIds: ReadonlySet<string>;
  /** Compiled changed rules, and compiled active rules (for items ingest never matched). */
  changedSet: CompiledRuleSet;
  activeSet: CompiledRuleSet;
};

/** Compiles the rules a run needs; rules whose query does not parse match nothing. */
export function createRematchContext(
  rules: readonly MonitoringRuleRow[],
  synonyms: SynonymGroups,
  changedRuleIds: readonly string[],
): RematchContext {
  const activeRules = new Map<string, MonitoringRuleRow>();
  const inputs: RuleInput[] = [];
  for (const rule of rules) {
    if (rule.mode === 'off') {
      continue;
    }
    activeRules.set(rule.id, rule);
    const parsed = parseQuery(rule.query);
    if (parsed.ok) {
      inputs.push({ id: rule.id, query: parsed.query });
    }
  }
  const changed = new Set(changedRuleIds.filter((id) => activeRules.has(id)));
  const activeSet = compileRuleSet(inputs, synonyms);
  const changedSet =
    changed.size === activeRules.size
      ? activeSet
      : compileRuleSet(
          inputs.filter((input) => changed.has(input.id)),
          synonyms,
        );
  return {
    activeRules,
    storedRuleIds: new Set(rules.map((rule) => rule.id)),
    changedRuleIds: changed,
    changedSet,
    activeSet,
  };
}

/** A source as scopes and `source:` leaves see it; unknown sources have no name or tags. */
type ItemSource = { name: string; tags: readonly string[] };

/** True when `rule` applies to items of `sourceId`: listed (or no list) and sharing a tag (or no filter). */
function isInScope(rule: MonitoringRuleRow, sourceId: string, source: ItemSource): boolean {
  if (rule.sourceIds.length > 0 && !rule.sourceIds.includes(sourceId)) {
    return false;
  }
  return rule.tags.length === 0 || source.tags.some((tag) => rule.tags.includes(tag));
}

/** True when two term lists are equal. */
function isSameTerms(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((term, index) => term === right[index]);
}

/**
 * One item matched again: its new `ruleMatches` (null when nothing changed) and the rollup
 * changes that move its contributions. Pure apart from the matcher's scratch space. Rules the
 * item was matched with before are matched again only when changed; an item ingest never matched
 * is matched with every active rule; matches of deleted rules are dropped without touching
 * rollups (deleting a rule deleted them); matches of rules that are off are kept.
 */
export function rematchItem(
  item: MonitoringItemRow,
  source: ItemSource,
  context: RematchContext,
): { ruleMatches: ItemRuleMatch[] | null; changes: RollupChange[] } {
  const isUnmatched = item.ruleMatches === undefined;
  const evaluated = isUnmatched ? new Set(context.activeRules.keys()) : context.changedRuleIds;
  const old = item.ruleMatches ?? [];
  const hasDeleted = old.some((match) => !context.storedRuleIds.has(match.ruleId));
  if (evaluated.size === 0 && !hasDeleted) {
    return { ruleMatches: null, changes: [] };
  }
  const fresh = new Map<string, string[]>();
  if (evaluated.size > 0) {
    const found = matchItem(isUnmatched ? context.activeSet : context.changedSet, {
      title: item.title,
      text: item.text,
      sourceName: source.name,
      sourceTags: source.tags,
    });
    for (const match of found) {
      const rule = context.activeRules.get(match.ruleId);
      if (rule !== undefined && evaluated.has(rule.id) && isInScope(rule, item.sourceId, source)) {
        fresh.set(
          rule.id,
          match.terms.slice(0, maxTermsPerMatch).map((term) => term.slice(0, maxTermLength)),
        );
      }
    }
  }
  const changes: RollupChange[] = [];
  const ruleMatches: ItemRuleMatch[] = [];
  let isChanged = isUnmatched || hasDeleted;
  for (const match of old) {
    if (!context.storedRuleIds.has(match.ruleId)) {
      continue;
    }
    const rule = context.activeRules.get(match.ruleId);
    if (rule === undefined || !evaluated.has(rule.id)) {
      ruleMatches.push(match);
      continue;
    }
    const terms = fresh.get(rule.id);
    fresh.delete(rule.id);
    if (terms === undefined) {
      changes.push({ kind: 'remove', match: rollupMatchOf(item, rule.id, match.terms) });
      isChanged = true;
      continue;
    }
    if (!isSameTerms(terms, match.terms)) {
      changes.push({ kind: 'remove', match: rollupMatchOf(item, rule.id, match.terms) });
      changes.push({ kind: 'add', match: rollupMatchOf(item, rule.id, terms) });
      isChanged = true;
    } else if (match.matchVersion !== rule.matchVersion) {
      isChanged = true;
    }
    ruleMatches.push({ ruleId: rule.id, matchVersion: rule.matchVersion, terms });
  }
  for (const [ruleId, terms] of fresh) {
    const rule = context.activeRules.get(ruleId);
    if (rule === undefined) {
      continue;
    }
    changes.push({ kind: 'add', match: rollupMatchOf(item, ruleId, terms) });
    ruleMatches.push({ ruleId, matchVersion: rule.matchVersion, terms });
    isChanged = true;
  }
  return { ruleMatches: isChanged ? ruleMatches : null, changes };
}

/** Options of {@link runRematch}. */
export type RunRematchOptions = {
  db: CrisisRoomDatabase;
  /** Every stored rule (off ones included). */
  rules: readonly MonitoringRuleRow[];
  synonyms: SynonymGroups;
  onProgress?: (progress: RematchProgress) => void;
  /** Stops the run between chunks; what was done stays done and a later run resumes. */
  signal?: AbortSignal;
  chunkSize?: number;
  /** Gives the UI a turn between chunks. */
  yieldBetweenChunks?: () => Promise<void>;
  /** Epoch ms, for the state row's `updatedAt`. */
  now?: () => number;
};

/** How a run ended. */
export type RematchOutcome = 'completed' | 'cancelled' | 'up-to-date';

function yieldWithTimeout(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/**
 * Brings every stored item to the given rules and synonyms, resuming a stored run with the same
 * target, chunk by chunk: each chunk reads the next items after the cursor, re-matches them,
 * writes the changed items, moves their rollup contributions and advances the cursor in ONE
 * read-write transaction. The last chunk records the target as completed. Throws a
 * StorageWriteError when a chunk cannot be written (nothing of that chunk is kept).
 */
export async function runRematch(options: RunRematchOptions): Promise<RematchOutcome> {
  const {
    db,
    rules,
    synonyms,
    onProgress,
    signal,
    chunkSize = defaultRematchChunkSize,
    yieldBetweenChunks = yieldWithTimeout,
    now = Date.now,
  } = options;
  const target = rematchTargetOf(rules, synonyms);
  const plan = planRematch(await readRematchState(db), target);
  if (!plan.isNeeded) {
    return 'up-to-date';
  }
  const context = createRematchContext(rules, synonyms, plan.changedRuleIds);
  const total = await db.monitoringItems.count();
  let { cursor, done } = plan;
  onProgress?.({ done, total: Math.max(total, done) });
  const tables = [db.monitoringItems, db.monitoringRollups, db.monitoringSources, db.settings];
  for (;;) {
    if (signal?.aborted === true) {
      return 'cancelled';
    }
    const result = await runWrite(db, tables, async () => {
      const items = await (
        cursor === null
          ? db.monitoringItems.orderBy(':id')
          : db.monitoringItems.where(':id').above(cursor)
      )
        .limit(chunkSize)
        .toArray();
      const sources = new Map<string, MonitoringSourceRow>(
        (await db.monitoringSources.toArray()).map((source) => [source.id, source]),
      );
      const updated: MonitoringItemRow[] = [];
      const changes: RollupChange[] = [];
      for (const item of items) {
        const source = sources.get(item.sourceId) ?? { name: '', tags: [] };
        const outcome = rematchItem(item, source, context);
        if (outcome.ruleMatches !== null) {
          updated.push({
            ...item,
            ruleMatches: outcome.ruleMatches,
            matchedRuleIds: outcome.ruleMatches.map((match) => match.ruleId),
          });
        }
        changes.push(...outcome.changes);
      }
      if (updated.length > 0) {
        await db.monitoringItems.bulkPut(updated);
      }
      await applyRollupChanges(db, changes);
      const nextCursor = items.at(-1)?.id ?? cursor;
      const nextDone = done + items.length;
      const isLast = items.length < chunkSize;
      const state: RematchState = isLast
        ? { completed: target, pending: null }
        : {
            completed: (await readRematchState(db)).completed,
            pending: {
              target,
              changedRuleIds: plan.changedRuleIds,
              cursor: nextCursor,
              done: nextDone,
            },
          };
      await db.settings.put({
        key: rematchStateKey,
        value: state,
        updatedAt: new Date(now()).toISOString(),
      });
      return { nextCursor, nextDone, isLast };
    });
    cursor = result.nextCursor;
    done = result.nextDone;
    onProgress?.({ done, total: Math.max(total, done) });
    if (result.isLast) {
      return 'completed';
    }
    await yieldBetweenChunks();
  }
}

/** Options of {@link startRematch}. */
export type StartRematchOptions = {
  db: CrisisRoomDatabase;
  /** Progress of the run under way, and null when the items follow the rules. */
  onProgress: (progress: RematchProgress | null) => void;
  /** Receives read and write failures; the next change of rules tries again. */
  onError: (error: unknown) => void;
  chunkSize?: number;
};

/**
 * Keeps stored items matched with the current rules for as long as it runs: watches the rules and
 * the synonym table, and after each change cancels the run under way (between chunks) and starts
 * one for the new target; a run interrupted by a reload is resumed at start. Returns `stop`.
 */
export function startRematch(options: StartRematchOptions): { stop: () => void } {
  const { db, onProgress, onError, chunkSize } = options;
  let isStopped = false;
  let controller: AbortController | null = null;
  let running: Promise<void> = Promise.resolve();
  let latestTarget: RematchTarget | null = null;

  const unsubscribe = observeMatchingConfig(
    ({ rules, synonyms }) => {
      const target = rematchTargetOf(rules, synonyms);
      if (isStopped || isSameTarget(target, latestTarget)) {
        return;
      }
      latestTarget = target;
      controller?.abort();
      const current = new AbortController();
      controller = current;
      running = running.then(async () => {
        if (current.signal.aborted || isStopped) {
          return;
        }
        try {
          await runRematch({
            db,
            rules,
            synonyms,
            signal: current.signal,
            onProgress: (progress) => {
              if (!current.signal.aborted && !isStopped) {
                onProgress(progress);
              }
            },
            ...(chunkSize === undefined ? {} : { chunkSize }),
          });
          if (!current.signal.aborted && !isStopped) {
            onProgress(null);
          }
        } catch (error: unknown) {
          if (!isStopped) {
            // The next change of rules starts again from the stored cursor.
            latestTarget = null;
            onError(error);
          }
        }
      });
    },
    onError,
    db,
  );

  return {
    stop: () => {
      isStopped = true;
      controller?.abort();
      unsubscribe();
    },
  };
}
