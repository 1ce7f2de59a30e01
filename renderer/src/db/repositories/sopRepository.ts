import type { CommMatrixCell } from '../../../../shared/domain/sops/commMatrix';
import type { Sop, SopContent } from '../../../../shared/domain/sops/sop';
import type { SopRun, SopRunChange } from '../../../../shared/domain/sops/sopRuns';
import type { NextVersionResult, SopVersion } from '../../../../shared/domain/sops/sopVersions';
import type { StarterInstallPlan, StoredIds } from '../../../../shared/domain/sops/starterLibrary';
import type { Statement } from '../../../../shared/domain/sops/statements';
import type { StoredStatementTemplate } from '../../../../shared/domain/sops/statementTemplates';
import { resolveSopLoops } from '../../../../shared/domain/postmortems/loop';
import { getDatabase } from '../database';
import type { CrisisRoomDatabase } from '../database';
import { runWrite } from '../writeErrors';

/**
 * The SOP library's storage: SOPs (the working draft), their published versions, runs, statement
 * templates, filled statements and the communication matrix. Reads are Dexie-only so they run in
 * live queries. Writes take input the caller validated with the shared schemas; every write that
 * depends on what is stored (publishing, changing a run) reads and writes in one transaction, so
 * two windows cannot publish the same version number or lose each other's ticks.
 */

/** Every SOP, in no particular order (the UI sorts). */
export function readSops(db: CrisisRoomDatabase = getDatabase()): Promise<Sop[]> {
  return db.sops.toArray();
}

/** One SOP, or undefined. */
export function readSop(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Sop | undefined> {
  return db.sops.get(id);
}

/** The published versions of one SOP, oldest first. */
export function readSopVersions(
  sopId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SopVersion[]> {
  return db.sopVersions
    .where('[sopId+version]')
    .between([sopId, -Infinity], [sopId, Infinity])
    .toArray();
}

/** One published version, or undefined. */
export function readSopVersion(
  sopId: string,
  version: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SopVersion | undefined> {
  return db.sopVersions.get([sopId, version]);
}

/** The runs of one SOP, newest first. */
export function readSopRuns(
  sopId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SopRun[]> {
  return db.sopRuns
    .where('[sopId+activatedAt]')
    .between([sopId, -Infinity], [sopId, Infinity])
    .reverse()
    .toArray();
}

/** Every run that is not closed, newest first. */
export async function readOpenSopRuns(db: CrisisRoomDatabase = getDatabase()): Promise<SopRun[]> {
  const runs = await db.sopRuns.filter((run) => run.closedAt === null).toArray();
  return runs.sort((a, b) => b.activatedAt - a.activatedAt);
}

/** One run, or undefined. */
export function readSopRun(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SopRun | undefined> {
  return db.sopRuns.get(id);
}

/** Every statement template, in no particular order. */
export function readStatementTemplates(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<StoredStatementTemplate[]> {
  return db.statementTemplates.toArray();
}

/** One statement template, or undefined. */
export function readStatementTemplate(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<StoredStatementTemplate | undefined> {
  return db.statementTemplates.get(id);
}

/** The statements filled from one template, newest first. */
export async function readStatementsOf(
  templateId: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Statement[]> {
  const rows = await db.statements.where('templateId').equals(templateId).toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt);
}

/** One statement, or undefined. */
export function readStatement(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Statement | undefined> {
  return db.statements.get(id);
}

/** Every cell of the communication matrix. */
export function readCommMatrixCells(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<CommMatrixCell[]> {
  return db.commMatrixCells.toArray();
}

/** The ids already stored that the starter library could install (SOPs, templates, cells). */
export async function readStoredLibraryIds(
  db: CrisisRoomDatabase = getDatabase(),
): Promise<StoredIds> {
  const [sopIds, templateIds, cellIds] = await Promise.all([
    db.sops.toCollection().primaryKeys(),
    db.statementTemplates.toCollection().primaryKeys(),
    db.commMatrixCells.toCollection().primaryKeys(),
  ]);
  return {
    sopIds: new Set(sopIds),
    templateIds: new Set(templateIds),
    cellIds: new Set(cellIds),
  };
}

/** Stores a new SOP (fails if the id exists). */
export async function insertSop(sop: Sop, db: CrisisRoomDatabase = getDatabase()): Promise<Sop> {
  await runWrite(db, [db.sops], () => db.sops.add(sop));
  return sop;
}

/**
 * Changes a stored SOP with `change` (which sees the stored row) in one transaction; undefined when
 * the SOP does not exist. Used for the draft, the owner and review interval, and reviews.
 */
export function updateSop(
  id: string,
  change: (sop: Sop) => Sop,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Sop | undefined> {
  return runWrite(db, [db.sops], async () => {
    const existing = await db.sops.get(id);
    if (existing === undefined) {
      return undefined;
    }
    const next = change(existing);
    await db.sops.put(next);
    return next;
  });
}

/** Replaces an SOP's working draft. */
export function replaceSopDraft(
  id: string,
  content: SopContent,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Sop | undefined> {
  return updateSop(id, (sop) => ({ ...sop, content, updatedAt: now }), db);
}

/**
 * Publishes the next version of an SOP: `build` receives the stored SOP and its versions (read in
 * the same transaction) and returns the new version or a refusal. The version is added (never put),
 * so an existing version can never be replaced, and the SOP's `publishedVersion` moves to it.
 * Postmortem action items whose SOP draft this publication answers are marked done with it.
 * Undefined when the SOP does not exist.
 */
export function publishSopVersion(
  sopId: string,
  build: (sop: Sop, versions: SopVersion[]) => NextVersionResult,
  now: number,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<NextVersionResult | undefined> {
  return runWrite(db, [db.sops, db.sopVersions, db.postmortemActionItems], async () => {
    const sop = await db.sops.get(sopId);
    if (sop === undefined) {
      return undefined;
    }
    const versions = await readSopVersions(sopId, db);
    const result = build(sop, versions);
    if (result.ok) {
      await db.sopVersions.add(result.value);
      await db.sops.put({ ...sop, publishedVersion: result.value.version, updatedAt: now });
      // Postmortem action items that opened this draft are done by this version.
      const items = await db.postmortemActionItems.toArray();
      await db.postmortemActionItems.bulkPut(
        resolveSopLoops(items, sopId, result.value.version, now),
      );
    }
    return result;
  });
}

/** An SOP removed with everything that belonged to it, for Undo. */
export type DeletedSop = { sop: Sop; versions: SopVersion[]; runs: SopRun[] };

/** Deletes an SOP with its versions and runs; undefined when it does not exist. */
export function deleteSopRows(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<DeletedSop | undefined> {
  return runWrite(db, [db.sops, db.sopVersions, db.sopRuns], async () => {
    const sop = await db.sops.get(id);
    if (sop === undefined) {
      return undefined;
    }
    const versions = await readSopVersions(id, db);
    const runs = await readSopRuns(id, db);
    await db.sops.delete(id);
    await db.sopVersions.bulkDelete(
      versions.map(({ sopId, version }): [string, number] => [sopId, version]),
    );
    await db.sopRuns.bulkDelete(runs.map((run) => run.id));
    return { sop, versions, runs };
  });
}

/**
 * Puts a deleted SOP back as it was (Undo). Refuses (false, nothing written) when an SOP or a
 * version with its id exists again, such as a starter SOP reinstalled since: Undo never
 * overwrites what was written after the delete.
 */
export function restoreSopRows(
  deleted: DeletedSop,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<boolean> {
  return runWrite(db, [db.sops, db.sopVersions, db.sopRuns], async () => {
    const id = deleted.sop.id;
    const versionsSince = await db.sopVersions
      .where('[sopId+version]')
      .between([id, -Infinity], [id, Infinity])
      .count();
    if ((await db.sops.get(id)) !== undefined || versionsSince > 0) {
      return false;
    }
    await db.sops.add(deleted.sop);
    await db.sopVersions.bulkAdd(deleted.versions);
    await db.sopRuns.bulkAdd(deleted.runs);
    return true;
  });
}

/** Stores a new run. */
export async function insertSopRun(
  run: SopRun,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SopRun> {
  await runWrite(db, [db.sopRuns], () => db.sopRuns.add(run));
  return run;
}

/**
 * Changes a run with `change` (a shared run transition) in one transaction; the change's result,
 * or undefined when the run does not exist. A refused change writes nothing.
 */
export function updateSopRun(
  id: string,
  change: (run: SopRun) => SopRunChange,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<SopRunChange | undefined> {
  return runWrite(db, [db.sopRuns], async () => {
    const run = await db.sopRuns.get(id);
    if (run === undefined) {
      return undefined;
    }
    const result = change(run);
    if (result.ok) {
      await db.sopRuns.put(result.value);
    }
    return result;
  });
}

/** Stores a template, replacing one with the same id. */
export async function putStatementTemplate(
  template: StoredStatementTemplate,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<StoredStatementTemplate> {
  await runWrite(db, [db.statementTemplates], () => db.statementTemplates.put(template));
  return template;
}

/** A template removed with its unreleased statements, for Undo. */
export type DeletedTemplate = { template: StoredStatementTemplate; statements: Statement[] };

/**
 * Deletes a template and its unreleased statements; undefined when it does not exist. Released
 * statements stay: they keep their own text and are the record of what was said.
 */
export function deleteStatementTemplateRows(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<DeletedTemplate | undefined> {
  return runWrite(db, [db.statementTemplates, db.statements], async () => {
    const template = await db.statementTemplates.get(id);
    if (template === undefined) {
      return undefined;
    }
    const statements = await db.statements
      .where('templateId')
      .equals(id)
      .filter((statement) => statement.releasedAt === null)
      .toArray();
    await db.statementTemplates.delete(id);
    await db.statements.bulkDelete(statements.map((statement) => statement.id));
    return { template, statements };
  });
}

/**
 * Puts a deleted template and its statements back (Undo); false, writing nothing, when a template
 * with its id exists again (a reinstalled starter template).
 */
export function restoreStatementTemplateRows(
  deleted: DeletedTemplate,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<boolean> {
  return runWrite(db, [db.statementTemplates, db.statements], async () => {
    if ((await db.statementTemplates.get(deleted.template.id)) !== undefined) {
      return false;
    }
    await db.statementTemplates.add(deleted.template);
    await db.statements.bulkAdd(deleted.statements);
    return true;
  });
}

/** Stores a statement, replacing one with the same id. */
export async function putStatement(
  statement: Statement,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<Statement> {
  await runWrite(db, [db.statements], () => db.statements.put(statement));
  return statement;
}

/**
 * Changes a statement with `change` in one transaction; undefined when it does not exist. `change`
 * may refuse by returning a value with `ok: false`, and then nothing is written.
 */
export function updateStatement<R extends { ok: true; value: Statement } | { ok: false }>(
  id: string,
  change: (statement: Statement) => R,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<R | undefined> {
  return runWrite(db, [db.statements], async () => {
    const statement = await db.statements.get(id);
    if (statement === undefined) {
      return undefined;
    }
    const result = change(statement);
    if (result.ok) {
      await db.statements.put(result.value);
    }
    return result;
  });
}

/** Stores a matrix cell, replacing the one for the same combination. */
export async function putCommMatrixCell(
  cell: CommMatrixCell,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<CommMatrixCell> {
  await runWrite(db, [db.commMatrixCells], () => db.commMatrixCells.put(cell));
  return cell;
}

/**
 * Puts a cleared matrix cell back (Undo); false, writing nothing, when the combination was set
 * again since.
 */
export function restoreCommMatrixCell(
  cell: CommMatrixCell,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<boolean> {
  return runWrite(db, [db.commMatrixCells], async () => {
    if ((await db.commMatrixCells.get(cell.id)) !== undefined) {
      return false;
    }
    await db.commMatrixCells.add(cell);
    return true;
  });
}

/** Deletes a matrix cell; the removed cell (for Undo), or undefined when there was none. */
export function deleteCommMatrixCell(
  id: string,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<CommMatrixCell | undefined> {
  return runWrite(db, [db.commMatrixCells], async () => {
    const cell = await db.commMatrixCells.get(id);
    if (cell !== undefined) {
      await db.commMatrixCells.delete(id);
    }
    return cell;
  });
}

/**
 * Writes a starter-library install plan in one transaction: every SOP with its first version,
 * every template and every matrix cell, or nothing. Rows are added (not put), so a row that
 * appeared since the plan was made aborts the install instead of being overwritten.
 */
export function insertStarterPlan(
  plan: StarterInstallPlan,
  db: CrisisRoomDatabase = getDatabase(),
): Promise<void> {
  return runWrite(
    db,
    [db.sops, db.sopVersions, db.statementTemplates, db.commMatrixCells],
    async () => {
      await db.sops.bulkAdd(plan.sops);
      await db.sopVersions.bulkAdd(plan.versions);
      await db.statementTemplates.bulkAdd(plan.templates);
      await db.commMatrixCells.bulkAdd(plan.cells);
    },
  );
}
