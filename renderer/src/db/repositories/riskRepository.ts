import type {
  Risk,
  RiskImportEntry,
  RiskInput,
  RiskReview,
} from '../../../../shared/domain/risks/risk';
import { referenceSequence, riskReference } from '../../../../shared/domain/risks/risk';
import { changedRiskFields } from '../../../../shared/domain/risks/riskHistory';
import type { RiskEvent, RiskEventKind } from '../../../../shared/domain/risks/riskHistory';
import { defaultRiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import type { RiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { settingSchemas } from '../../../../shared/domain/settings';
import {
  rescaleRiskRatings,
  resolveScores,
  scoreChanges,
} from '../../../../shared/domain/risks/scoring';
import type { ScoreChange } from '../../../../shared/domain/risks/scoring';
import { resolveRiskLoops } from '../../../../shared/domain/postmortems/loop';
import { getDatabase } from '../database';
import type {
  CrisisRoomDatabase,
  RiskCategoryRow,
  RiskEventRow,
  RiskRow,
  SavedViewRow,
} from '../database';
import { runWrite } from '../writeErrors';
import { toSettingRow } from './settingsRepository';

/**
 * The risk register's storage: risks, their timeline, custom categories and saved views. Reads
 * are Dexie-only so they run inside live queries. Writes take inputs the caller already validated
 * with the shared schemas, stamp times, and change every table they touch in one transaction, so
 * a risk and its timeline never disagree.
 */

/** The domain risk of a stored row (the row only adds `sequence`). */
function toRisk(row: RiskRow): Risk {
  const { sequence: _sequence, ...risk } = row;
  return risk;
}

/** Every risk not in the recycle bin, in reference order. */
export async function readRisks(db: CrisisRoomDatabase = getDatabase()): Promise<Risk[]> {
  const rows = await db.risks.orderBy('sequence').toArray();
  return rows.filter((row) => row.deletedAt === null).map(toRisk);
}

/** One risk (also when it is in the recycle bin), or undefined when there is none. */
export async function readRisk(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Risk | undefined> {
  const row = await db.risks.get(id);
  return row === undefined ? undefined : toRisk(row);
}

/** Risks in the recycle bin, most recently deleted first. */
export async function readDeletedRisks(db: CrisisRoomDatabase = getDatabase()): Promise<Risk[]> {
  // The deletedAt index holds only deleted rows: IndexedDB leaves null keys out of an index.
  const rows = await db.risks.orderBy('deletedAt').reverse().toArray();
  return rows.map(toRisk);
}

/** A risk's timeline, newest first. */
export async function readRiskEvents(
  riskId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<RiskEvent[]> {
  return db.riskEvents
    .where('[riskId+at]')
    .between([riskId, -Infinity], [riskId, Infinity])
    .reverse()
    .toArray();
}

/** Categories users added, in the order they were added. */
export async function readCustomCategories(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<RiskCategoryRow[]> {
  const rows = await db.riskCategories.toArray();
  return rows.sort((left, right) => left.createdAt - right.createdAt);
}

/** Saved views of one area. */
export async function readSavedViews(
  area: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SavedViewRow[]> {
  return db.savedViews.where('area').equals(area).toArray();
}

/** A new timeline entry. */
function riskEvent(
  riskId: string,
  at: number,
  kind: RiskEventKind,
  details: { changes?: ScoreChange[]; fields?: string[]; review?: RiskReview } = {},
): RiskEventRow {
  return {
    id: crypto.randomUUID(),
    riskId,
    at,
    kind,
    changes: details.changes ?? [],
    fields: details.fields ?? [],
    review: details.review ?? null,
  };
}

/** Name of the counter holding the highest reference number ever given. */
const sequenceCounter = 'riskSequence';

/**
 * The highest reference number ever given: the counter, which purging a risk does not lower, or
 * the highest stored one if that is higher (a database written before the counter existed).
 */
async function highestSequence(db: CrisisRoomDatabase): Promise<number> {
  const [counter, last] = await Promise.all([
    db.counters.get(sequenceCounter),
    db.risks.orderBy('sequence').last(),
  ]);
  return Math.max(counter?.value ?? 0, last?.sequence ?? 0);
}

/** Records that reference numbers up to `sequence` have been given. */
async function recordSequence(db: CrisisRoomDatabase, sequence: number): Promise<void> {
  const counter = await db.counters.get(sequenceCounter);
  if ((counter?.value ?? 0) < sequence) {
    await db.counters.put({ name: sequenceCounter, value: sequence });
  }
}

/**
 * Stores a new risk with the next reference and its `created` event (all three scores as
 * history's starting point).
 */
export async function insertRisk(
  input: RiskInput,
  matrix: RiskMatrix,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Risk> {
  return runWrite(db, [db.risks, db.riskEvents, db.counters], async () => {
    const sequence = (await highestSequence(db)) + 1;
    await recordSequence(db, sequence);
    const row: RiskRow = {
      ...input,
      id: crypto.randomUUID(),
      reference: riskReference(sequence),
      sequence,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    await db.risks.add(row);
    await db.riskEvents.add(
      riskEvent(row.id, now, 'created', {
        changes: scoreChanges(null, resolveScores(row, matrix)),
      }),
    );
    return toRisk(row);
  });
}

/**
 * Runs `change` on a stored risk in one transaction over the risks and their timeline; undefined
 * when no risk has that id.
 */
function changeRisk<T>(
  db: CrisisRoomDatabase,
  id: string,
  change: (before: RiskRow) => Promise<T>,
): Promise<T | undefined> {
  return runWrite(db, [db.risks, db.riskEvents], async () => {
    const before = await db.risks.get(id);
    return before === undefined ? undefined : change(before);
  });
}

/**
 * Replaces a risk's input. Records an `edited` event naming the changed fields and, when any score
 * moved (also a derived one, through its controls), a `scored` event. Returns undefined when the
 * risk does not exist; a risk with nothing changed is left as it was.
 */
export async function replaceRisk(
  id: string,
  input: RiskInput,
  matrix: RiskMatrix,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Risk | undefined> {
  return changeRisk(db, id, async (before) => {
    const after: RiskRow = { ...before, ...input };
    const fields = changedRiskFields(before, after);
    const changes = scoreChanges(resolveScores(before, matrix), resolveScores(after, matrix));
    if (
      fields.length === 0 &&
      changes.length === 0 &&
      JSON.stringify(before) === JSON.stringify(after)
    ) {
      return toRisk(before);
    }
    after.updatedAt = now;
    await db.risks.put(after);
    if (fields.length > 0) {
      await db.riskEvents.add(riskEvent(id, now, 'edited', { fields }));
    }
    if (changes.length > 0) {
      await db.riskEvents.add(riskEvent(id, now, 'scored', { changes }));
    }
    return toRisk(after);
  });
}

/**
 * Appends a review: the `reviewed` event, `lastReviewedOn` moved to the review day unless a later
 * review is already recorded, the risk closed when the decision is `closed`, and every review a
 * postmortem scheduled for the risk marked done, in one transaction.
 */
export async function appendReview(
  id: string,
  review: RiskReview,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Risk | undefined> {
  return runWrite(db, [db.risks, db.riskEvents, db.postmortemActionItems], async () => {
    const before = await db.risks.get(id);
    if (before === undefined) {
      return undefined;
    }
    const lastReviewedOn =
      before.lastReviewedOn !== null && before.lastReviewedOn > review.reviewedOn
        ? before.lastReviewedOn
        : review.reviewedOn;
    const after: RiskRow = {
      ...before,
      lastReviewedOn,
      status: review.decision === 'closed' ? 'closed' : before.status,
      updatedAt: now,
    };
    await db.risks.put(after);
    await db.riskEvents.add(riskEvent(id, now, 'reviewed', { review }));
    // A postmortem's scheduled review of this risk is done by this review (closing the loop).
    const items = await db.postmortemActionItems.toArray();
    await db.postmortemActionItems.bulkPut(resolveRiskLoops(items, id, review.reviewedOn, now));
    return toRisk(after);
  });
}

/** Moves a risk into or out of the recycle bin; false when it does not exist. */
async function setDeleted(
  id: string,
  deletedAt: number | null,
  now: number,
  db: CrisisRoomDatabase,
): Promise<boolean> {
  const found = await changeRisk(db, id, async (before) => {
    if (before.deletedAt !== deletedAt) {
      await db.risks.put({ ...before, deletedAt });
      await db.riskEvents.add(riskEvent(id, now, deletedAt === null ? 'restored' : 'deleted'));
    }
    return true;
  });
  return found ?? false;
}

/** Puts a risk in the recycle bin (its timeline stays); false when it does not exist. */
export function moveRiskToBin(
  id: string,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<boolean> {
  return setDeleted(id, now, now, db);
}

/** Takes a risk out of the recycle bin; false when it does not exist. */
export function restoreRiskFromBin(
  id: string,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<boolean> {
  return setDeleted(id, null, now, db);
}

/**
 * Removes a risk and its timeline for good. Its reference is never given out again by a new
 * risk; an import may bring it back, since that is the same risk returning from a file.
 */
export async function purgeRiskRow(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<void> {
  await runWrite(db, [db.risks, db.riskEvents], async () => {
    await db.risks.delete(id);
    await db.riskEvents.where('[riskId+at]').between([id, -Infinity], [id, Infinity]).delete();
  });
}

/** References already stored (deleted risks included: a reference is never reused). */
export async function readTakenReferences(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Set<string>> {
  const keys = await db.risks.orderBy('reference').keys();
  return new Set(keys.map(String));
}

/**
 * Stores imported risks and the categories they introduce in one transaction: all of them or, on
 * any failure (a reference taken in the meantime breaks the unique index), none. References the
 * caller did not keep continue after the highest stored or imported one.
 */
export async function insertImportedRisks(
  rows: readonly RiskImportEntry[],
  newCategories: readonly { id: string; name: string }[],
  matrix: RiskMatrix,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<number> {
  return runWrite(db, [db.risks, db.riskEvents, db.riskCategories, db.counters], async () => {
    const kept = rows.flatMap(({ reference }) => {
      const sequence = reference === null ? null : referenceSequence(reference);
      return sequence === null ? [] : [sequence];
    });
    let next =
      kept.reduce((highest, sequence) => Math.max(highest, sequence), await highestSequence(db)) +
      1;
    const riskRows: RiskRow[] = rows.map((row) => {
      const keptSequence = row.reference === null ? null : referenceSequence(row.reference);
      const sequence = keptSequence ?? next++;
      return {
        ...row.input,
        id: crypto.randomUUID(),
        reference: riskReference(sequence),
        sequence,
        createdAt: row.createdAt ?? now,
        updatedAt: row.updatedAt ?? now,
        deletedAt: null,
      };
    });
    // A loop, not a spread: Math.max(...rows) overflows the call stack past ~100,000 rows.
    await recordSequence(
      db,
      riskRows.reduce((highest, { sequence }) => Math.max(highest, sequence), 0),
    );
    await db.riskCategories.bulkAdd(
      newCategories.map((category, index) => ({ ...category, createdAt: now + index })),
    );
    await db.risks.bulkAdd(riskRows);
    await db.riskEvents.bulkAdd(
      riskRows.map((row) =>
        riskEvent(row.id, now, 'imported', {
          changes: scoreChanges(null, resolveScores(row, matrix)),
        }),
      ),
    );
    return riskRows.length;
  });
}

/**
 * Saves the risk matrix. When its size changes, every risk (recycle bin included) is rescaled to
 * the new size in the same transaction, with a `rescaled` event recording how its scores moved.
 */
export async function saveMatrixAndRescale(
  matrix: RiskMatrix,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<number> {
  return runWrite(db, [db.settings, db.risks, db.riskEvents], async () => {
    // Read inside the transaction: two windows saving at once must not both rescale from the
    // same old size.
    const previous = settingSchemas.riskMatrix.safeParse(
      (await db.settings.get('riskMatrix'))?.value,
    );
    const previousMatrix = previous.success ? previous.data : defaultRiskMatrix();
    await db.settings.put(toSettingRow('riskMatrix', matrix, new Date(now).toISOString()));
    if (previousMatrix.size === matrix.size) {
      return 0;
    }
    const rows = await db.risks.toArray();
    const rescaled = rows.map((row) => ({
      ...rescaleRiskRatings(row, previousMatrix.size, matrix.size),
      updatedAt: now,
    }));
    await db.risks.bulkPut(rescaled);
    const events = rows.flatMap((row, index) => {
      const changes = scoreChanges(
        resolveScores(row, previousMatrix),
        resolveScores(rescaled[index] ?? row, matrix),
      );
      // A risk whose cells and bands did not move gets no timeline entry.
      return changes.length === 0 ? [] : [riskEvent(row.id, now, 'rescaled', { changes })];
    });
    await db.riskEvents.bulkAdd(events);
    return rows.length;
  });
}

/** Stores a custom category. */
export async function insertCustomCategory(
  category: { id: string; name: string },
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<RiskCategoryRow> {
  const row: RiskCategoryRow = { ...category, createdAt: now };
  await runWrite(db, [db.riskCategories], () => db.riskCategories.add(row));
  return row;
}

/** True when any risk, the recycle bin included, uses the category. */
export async function isCategoryInUse(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<boolean> {
  const using = await db.risks.filter((row) => row.categoryId === id).first();
  return using !== undefined;
}

/** Removes a custom category unless a risk uses it; false when one does. */
export async function removeCustomCategory(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<boolean> {
  return runWrite(db, [db.risks, db.riskCategories], async () => {
    if (await isCategoryInUse(id, db)) {
      return false;
    }
    await db.riskCategories.delete(id);
    return true;
  });
}

/** Saves a view under its name in its area, replacing a view of the same name. */
export async function putSavedView(
  area: string,
  name: string,
  state: unknown,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SavedViewRow> {
  return runWrite(db, [db.savedViews], async () => {
    const existing = await db.savedViews
      .where('area')
      .equals(area)
      .filter((view) => view.name === name)
      .first();
    const row: SavedViewRow = {
      id: existing?.id ?? crypto.randomUUID(),
      area,
      name,
      state,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.savedViews.put(row);
    return row;
  });
}

/** Deletes a saved view. */
export async function removeSavedView(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<void> {
  await runWrite(db, [db.savedViews], () => db.savedViews.delete(id));
}
