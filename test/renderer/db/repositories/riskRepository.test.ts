import { describe, expect, it } from 'vitest';
import type { CrisisRoomDatabase } from '../../../../renderer/src/db/database';
import {
  appendReview,
  insertCustomCategory,
  insertImportedRisks,
  insertRisk,
  isCategoryInUse,
  moveRiskToBin,
  purgeRiskRow,
  putSavedView,
  readCustomCategories,
  readDeletedRisks,
  readRisk,
  readRiskEvents,
  readRisks,
  readSavedViews,
  readTakenReferences,
  removeCustomCategory,
  replaceRisk,
  restoreRiskFromBin,
  saveMatrixAndRescale,
} from '../../../../renderer/src/db/repositories/riskRepository';
import type { RiskImportEntry } from '../../../../shared/domain/risks/risk';
import {
  readSetting,
  saveSetting,
} from '../../../../renderer/src/db/repositories/settingsRepository';
import { StorageWriteError } from '../../../../renderer/src/db/writeErrors';
import type { RiskInput, RiskReview } from '../../../../shared/domain/risks/risk';
import { defaultRiskMatrix, resizeMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { riskControl, riskInput } from '../../features/risks/riskTestSupport';
import { useFreshDatabases } from '../openDatabaseAt';

const freshDatabase = useFreshDatabases('risks');
const matrix = defaultRiskMatrix();
const testNow = Date.UTC(2026, 10, 22, 9, 0, 0);
const minute = 60_000;

/** Stores `count` risks one after another and returns their ids. */
async function insertRisks(db: CrisisRoomDatabase, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const risk = await insertRisk(
      riskInput({ title: `Risk ${index + 1}` }),
      matrix,
      testNow + index,
      db,
    );
    ids.push(risk.id);
  }
  return ids;
}

/** An import row with the given reference. */
function imported(reference: string | null, input: RiskInput = riskInput()): RiskImportEntry {
  return { reference, input, createdAt: null, updatedAt: null };
}

/** A review on `reviewedOn` with `decision`. */
function review(reviewedOn: string, decision: RiskReview['decision'] = 'no-change'): RiskReview {
  return { reviewedOn, reviewer: 'Mei-Ling Chen', decision, comment: '' };
}

describe('insertRisk', () => {
  it('gives references R-0001, R-0002 … in order and stamps the times', async () => {
    const db = await freshDatabase();
    const first = await insertRisk(riskInput(), matrix, testNow, db);
    const second = await insertRisk(riskInput(), matrix, testNow + minute, db);
    expect([first.reference, second.reference]).toEqual(['R-0001', 'R-0002']);
    expect(first).toMatchObject({ createdAt: testNow, updatedAt: testNow, deletedAt: null });
    expect(first).not.toHaveProperty('sequence');
    expect(await readRisk(first.id, db)).toEqual(first);
  });

  it('continues after a risk in the recycle bin', async () => {
    const db = await freshDatabase();
    const [, second] = await insertRisks(db, 2);
    await moveRiskToBin(second ?? '', testNow, db);
    const third = await insertRisk(riskInput(), matrix, testNow, db);
    expect(third.reference).toBe('R-0003');
  });

  it('never gives out the reference of a purged risk again', async () => {
    const db = await freshDatabase();
    const [, second] = await insertRisks(db, 2);
    await moveRiskToBin(second ?? '', testNow, db);
    await purgeRiskRow(second ?? '', db);
    const third = await insertRisk(riskInput(), matrix, testNow, db);
    expect(third.reference).toBe('R-0003');
  });

  it('continues after the highest imported reference', async () => {
    const db = await freshDatabase();
    await insertImportedRisks([imported('R-0041')], [], matrix, testNow, db);
    const next = await insertRisk(riskInput(), matrix, testNow, db);
    expect(next.reference).toBe('R-0042');
  });

  it('records a created event with all three scores as the start of history', async () => {
    const db = await freshDatabase();
    const risk = await insertRisk(
      riskInput({ inherent: { likelihood: 4, impact: 5, dimensions: {} } }),
      matrix,
      testNow,
      db,
    );
    const events = await readRiskEvents(risk.id, db);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ riskId: risk.id, at: testNow, kind: 'created' });
    const point = { likelihood: 4, impact: 5, score: 20, bandId: 'critical' };
    expect(events[0]?.changes).toEqual([
      { kind: 'inherent', from: null, to: point },
      { kind: 'current', from: null, to: point },
      { kind: 'target', from: null, to: point },
    ]);
  });
});

describe('replaceRisk', () => {
  it('records the edited fields and, when a derived score moves, the score change', async () => {
    const db = await freshDatabase();
    const input = riskInput({ inherent: { likelihood: 4, impact: 5, dimensions: {} } });
    const risk = await insertRisk(input, matrix, testNow, db);

    const saved = await replaceRisk(
      risk.id,
      { ...input, controls: [riskControl({ effectiveness: 50, status: 'implemented' })] },
      matrix,
      testNow + minute,
      db,
    );

    expect(saved?.updatedAt).toBe(testNow + minute);
    expect(saved?.createdAt).toBe(testNow);
    const events = await readRiskEvents(risk.id, db);
    expect(events.map((event) => event.kind).sort()).toEqual(['created', 'edited', 'scored']);
    const edited = events.find((event) => event.kind === 'edited');
    const scored = events.find((event) => event.kind === 'scored');
    expect(edited?.fields).toEqual(['controls']);
    const before = { likelihood: 4, impact: 5, score: 20, bandId: 'critical' };
    const after = { likelihood: 2, impact: 5, score: 10, bandId: 'high' };
    expect(scored?.changes).toEqual([
      { kind: 'current', from: before, to: after },
      { kind: 'target', from: before, to: after },
    ]);
  });

  it('records only an edit when no score moved', async () => {
    const db = await freshDatabase();
    const input = riskInput();
    const risk = await insertRisk(input, matrix, testNow, db);
    await replaceRisk(
      risk.id,
      { ...input, title: 'If the port closes, then shipments stop', owner: 'Logistics' },
      matrix,
      testNow + minute,
      db,
    );
    const events = await readRiskEvents(risk.id, db);
    expect(events.map((event) => event.kind)).toEqual(['edited', 'created']);
    expect(events[0]?.fields).toEqual(['title', 'owner']);
  });

  it('records only the score change when only a rating moved', async () => {
    const db = await freshDatabase();
    const input = riskInput();
    const risk = await insertRisk(input, matrix, testNow, db);
    await replaceRisk(
      risk.id,
      { ...input, inherent: { likelihood: 3, impact: 3, dimensions: {} } },
      matrix,
      testNow + minute,
      db,
    );
    const events = await readRiskEvents(risk.id, db);
    expect(events.map((event) => event.kind)).toEqual(['scored', 'created']);
    expect(events[0]?.changes.map((change) => change.kind)).toEqual([
      'inherent',
      'current',
      'target',
    ]);
  });

  it('records nothing and keeps the risk as it was when nothing changed', async () => {
    const db = await freshDatabase();
    const input = riskInput();
    const risk = await insertRisk(input, matrix, testNow, db);
    const saved = await replaceRisk(risk.id, { ...input }, matrix, testNow + minute, db);
    expect(saved).toEqual(risk);
    expect((await readRisk(risk.id, db))?.updatedAt).toBe(testNow);
    expect(await readRiskEvents(risk.id, db)).toHaveLength(1);
  });

  it('returns undefined for a risk that does not exist, storing nothing', async () => {
    const db = await freshDatabase();
    expect(await replaceRisk('missing', riskInput(), matrix, testNow, db)).toBeUndefined();
    expect(await db.risks.count()).toBe(0);
    expect(await db.riskEvents.count()).toBe(0);
  });
});

describe('appendReview', () => {
  it('logs the review and moves the last review day forward, never back', async () => {
    const db = await freshDatabase();
    const risk = await insertRisk(riskInput(), matrix, testNow, db);

    const reviewed = await appendReview(risk.id, review('2026-11-20'), testNow + minute, db);
    expect(reviewed?.lastReviewedOn).toBe('2026-11-20');
    expect(reviewed?.updatedAt).toBe(testNow + minute);

    const older = await appendReview(risk.id, review('2026-10-01'), testNow + 2 * minute, db);
    expect(older?.lastReviewedOn).toBe('2026-11-20');
    expect((await readRisk(risk.id, db))?.lastReviewedOn).toBe('2026-11-20');

    const events = await readRiskEvents(risk.id, db);
    expect(events.map((event) => [event.kind, event.review?.reviewedOn ?? null])).toEqual([
      ['reviewed', '2026-10-01'],
      ['reviewed', '2026-11-20'],
      ['created', null],
    ]);
  });

  it('closes the risk on a closed decision and keeps the status otherwise', async () => {
    const db = await freshDatabase();
    const risk = await insertRisk(riskInput({ status: 'open' }), matrix, testNow, db);
    expect(
      (await appendReview(risk.id, review('2026-11-20', 'escalated'), testNow, db))?.status,
    ).toBe('open');
    expect((await appendReview(risk.id, review('2026-11-21', 'closed'), testNow, db))?.status).toBe(
      'closed',
    );
    expect((await readRisk(risk.id, db))?.status).toBe('closed');
  });

  it('returns undefined for a risk that does not exist', async () => {
    const db = await freshDatabase();
    expect(await appendReview('missing', review('2026-11-20'), testNow, db)).toBeUndefined();
    expect(await db.riskEvents.count()).toBe(0);
  });
});

describe('recycle bin', () => {
  it('moves a risk to the bin and back, each step on the timeline', async () => {
    const db = await freshDatabase();
    const [first, second] = await insertRisks(db, 2);
    const id = first ?? '';

    expect(await moveRiskToBin(id, testNow + minute, db)).toBe(true);
    expect((await readRisk(id, db))?.deletedAt).toBe(testNow + minute);
    expect((await readRisks(db)).map((risk) => risk.id)).toEqual([second]);
    expect((await readDeletedRisks(db)).map((risk) => risk.id)).toEqual([id]);

    expect(await restoreRiskFromBin(id, testNow + 2 * minute, db)).toBe(true);
    expect((await readRisk(id, db))?.deletedAt).toBeNull();
    expect((await readRisks(db)).map((risk) => risk.id)).toEqual([first, second]);
    expect(await readDeletedRisks(db)).toEqual([]);
    expect((await readRiskEvents(id, db)).map((event) => event.kind)).toEqual([
      'restored',
      'deleted',
      'created',
    ]);
  });

  it('lists only deleted risks, most recently deleted first', async () => {
    const db = await freshDatabase();
    const [first, , third] = await insertRisks(db, 3);
    await moveRiskToBin(third ?? '', testNow + minute, db);
    await moveRiskToBin(first ?? '', testNow + 2 * minute, db);
    expect((await readDeletedRisks(db)).map((risk) => risk.reference)).toEqual([
      'R-0001',
      'R-0003',
    ]);
  });

  it('reports false for a risk that does not exist', async () => {
    const db = await freshDatabase();
    expect(await moveRiskToBin('missing', testNow, db)).toBe(false);
    expect(await restoreRiskFromBin('missing', testNow, db)).toBe(false);
  });

  it('purges a risk with its timeline and leaves the others alone', async () => {
    const db = await freshDatabase();
    const [first, second] = await insertRisks(db, 2);
    await moveRiskToBin(first ?? '', testNow, db);
    await purgeRiskRow(first ?? '', db);
    expect(await readRisk(first ?? '', db)).toBeUndefined();
    expect(await readRiskEvents(first ?? '', db)).toEqual([]);
    expect(await readRiskEvents(second ?? '', db)).toHaveLength(1);
    expect(await db.riskEvents.count()).toBe(1);
  });
});

describe('readRisks', () => {
  it('lists risks outside the bin in reference order, whatever the order they were stored in', async () => {
    const db = await freshDatabase();
    await insertImportedRisks(
      [imported('R-0005'), imported('R-0002'), imported('R-0009')],
      [],
      matrix,
      testNow,
      db,
    );
    const risks = await readRisks(db);
    expect(risks.map((risk) => risk.reference)).toEqual(['R-0002', 'R-0005', 'R-0009']);
    await moveRiskToBin(risks[1]?.id ?? '', testNow, db);
    expect((await readRisks(db)).map((risk) => risk.reference)).toEqual(['R-0002', 'R-0009']);
  });
});

describe('insertImportedRisks', () => {
  it('keeps given references, continues after the highest, and stores new categories', async () => {
    const db = await freshDatabase();
    await insertRisks(db, 1);
    const count = await insertImportedRisks(
      [
        imported(null, riskInput({ title: 'First' })),
        imported('R-0010', riskInput({ title: 'Second', categoryId: 'custom-ports' })),
        imported(null, riskInput({ title: 'Third' })),
      ],
      [{ id: 'custom-ports', name: 'Ports' }],
      matrix,
      testNow,
      db,
    );
    expect(count).toBe(3);
    expect((await readRisks(db)).map((risk) => [risk.reference, risk.title])).toEqual([
      ['R-0001', 'Risk 1'],
      ['R-0010', 'Second'],
      ['R-0011', 'First'],
      ['R-0012', 'Third'],
    ]);
    expect((await readCustomCategories(db)).map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'custom-ports', name: 'Ports' },
    ]);
    expect(await readTakenReferences(db)).toEqual(
      new Set(['R-0001', 'R-0010', 'R-0011', 'R-0012']),
    );
  });

  it('keeps given times and gives each risk an imported event with its scores', async () => {
    const db = await freshDatabase();
    const createdAt = Date.UTC(2025, 0, 1);
    await insertImportedRisks(
      [{ reference: 'R-0003', input: riskInput(), createdAt, updatedAt: createdAt + minute }],
      [],
      matrix,
      testNow,
      db,
    );
    const [risk] = await readRisks(db);
    expect(risk).toMatchObject({ createdAt, updatedAt: createdAt + minute, deletedAt: null });
    const events = await readRiskEvents(risk?.id ?? '', db);
    expect(events.map((event) => [event.kind, event.at, event.changes.length])).toEqual([
      ['imported', testNow, 3],
    ]);
  });

  it('stores nothing, categories included, when one reference is already taken', async () => {
    const db = await freshDatabase();
    await insertRisks(db, 2);
    const attempt = insertImportedRisks(
      [imported('R-0007'), imported('R-0002'), imported(null)],
      [{ id: 'custom-ports', name: 'Ports' }],
      matrix,
      testNow,
      db,
    );
    await expect(attempt).rejects.toBeInstanceOf(StorageWriteError);
    expect((await readRisks(db)).map((risk) => risk.reference)).toEqual(['R-0001', 'R-0002']);
    expect(await readCustomCategories(db)).toEqual([]);
    expect(await db.riskEvents.count()).toBe(2);
  });

  it('stores nothing when the batch holds the same reference twice', async () => {
    const db = await freshDatabase();
    const attempt = insertImportedRisks(
      [imported('R-0004'), imported('R-0004')],
      [],
      matrix,
      testNow,
      db,
    );
    await expect(attempt).rejects.toBeInstanceOf(StorageWriteError);
    expect(await db.risks.count()).toBe(0);
    expect(await db.riskEvents.count()).toBe(0);
  });
});

describe('saveMatrixAndRescale', () => {
  it('rescales every risk, the recycle bin included, with a rescaled event each', async () => {
    const db = await freshDatabase();
    const kept = await insertRisk(
      riskInput({ inherent: { likelihood: 4, impact: 5, dimensions: { legal: 5 } } }),
      matrix,
      testNow,
      db,
    );
    const binned = await insertRisk(
      riskInput({
        inherent: { likelihood: 5, impact: 2, dimensions: {} },
        current: { mode: 'manual', assessment: { likelihood: 3, impact: 2, dimensions: {} } },
      }),
      matrix,
      testNow,
      db,
    );
    await moveRiskToBin(binned.id, testNow, db);
    const small = resizeMatrix(matrix, 3);

    expect(await saveMatrixAndRescale(small, testNow + minute, db)).toBe(2);

    expect(await readSetting('riskMatrix', db)).toEqual(small);
    const keptAfter = await readRisk(kept.id, db);
    expect(keptAfter?.inherent).toEqual({ likelihood: 3, impact: 3, dimensions: { legal: 3 } });
    expect(keptAfter?.updatedAt).toBe(testNow + minute);
    const binnedAfter = await readRisk(binned.id, db);
    expect(binnedAfter?.inherent).toEqual({ likelihood: 3, impact: 2, dimensions: {} });
    expect(binnedAfter?.current).toEqual({
      mode: 'manual',
      assessment: { likelihood: 2, impact: 2, dimensions: {} },
    });
    expect(binnedAfter?.deletedAt).toBe(testNow);

    const [rescaled] = await readRiskEvents(kept.id, db);
    expect(rescaled?.kind).toBe('rescaled');
    expect(rescaled?.changes.find((change) => change.kind === 'inherent')).toEqual({
      kind: 'inherent',
      from: { likelihood: 4, impact: 5, score: 20, bandId: 'critical' },
      to: { likelihood: 3, impact: 3, score: 9, bandId: 'critical' },
    });
    expect((await readRiskEvents(binned.id, db))[0]?.kind).toBe('rescaled');
  });

  it('writes only the setting when the size stays the same', async () => {
    const db = await freshDatabase();
    const risk = await insertRisk(riskInput(), matrix, testNow, db);
    const renamed = { ...matrix, impactRollup: 'weighted' as const };

    expect(await saveMatrixAndRescale(renamed, testNow + minute, db)).toBe(0);

    expect(await readSetting('riskMatrix', db)).toEqual(renamed);
    expect(await readRisk(risk.id, db)).toEqual(risk);
    expect(await readRiskEvents(risk.id, db)).toHaveLength(1);
  });

  it('leaves the old matrix and every risk as they were when the write fails', async () => {
    const db = await freshDatabase();
    await saveSetting('riskMatrix', matrix, db);
    const risk = await insertRisk(riskInput(), matrix, testNow, db);
    // A failure after the setting was put, inside the same transaction: the timeline refuses.
    db.riskEvents.hook('creating', () => {
      throw new Error('disk failure');
    });

    const attempt = saveMatrixAndRescale(resizeMatrix(matrix, 4), testNow + minute, db);

    await expect(attempt).rejects.toBeInstanceOf(StorageWriteError);
    expect(await readSetting('riskMatrix', db)).toEqual(matrix);
    expect(await readRisk(risk.id, db)).toEqual(risk);
  });
});

describe('custom categories', () => {
  it('are listed in the order they were added', async () => {
    const db = await freshDatabase();
    await insertCustomCategory({ id: 'custom-b', name: 'Ports' }, testNow, db);
    await insertCustomCategory({ id: 'custom-a', name: 'Airlines' }, testNow + 1, db);
    expect((await readCustomCategories(db)).map(({ id }) => id)).toEqual(['custom-b', 'custom-a']);
  });

  it('cannot be removed while a risk uses them, even from the recycle bin', async () => {
    const db = await freshDatabase();
    await insertCustomCategory({ id: 'custom-ports', name: 'Ports' }, testNow, db);
    const risk = await insertRisk(riskInput({ categoryId: 'custom-ports' }), matrix, testNow, db);
    await moveRiskToBin(risk.id, testNow, db);

    expect(await isCategoryInUse('custom-ports', db)).toBe(true);
    expect(await removeCustomCategory('custom-ports', db)).toBe(false);
    expect(await readCustomCategories(db)).toHaveLength(1);

    await purgeRiskRow(risk.id, db);
    expect(await removeCustomCategory('custom-ports', db)).toBe(true);
    expect(await readCustomCategories(db)).toEqual([]);
  });
});

describe('saved views', () => {
  it('replace a view of the same name within its area only', async () => {
    const db = await freshDatabase();
    const first = await putSavedView('risks.register', 'Overdue', { page: 1 }, testNow, db);
    await putSavedView('monitoring.items', 'Overdue', { page: 9 }, testNow, db);
    const replaced = await putSavedView(
      'risks.register',
      'Overdue',
      { page: 2 },
      testNow + minute,
      db,
    );

    expect(replaced).toEqual({
      id: first.id,
      area: 'risks.register',
      name: 'Overdue',
      state: { page: 2 },
      createdAt: testNow,
      updatedAt: testNow + minute,
    });
    expect(await readSavedViews('risks.register', db)).toEqual([replaced]);
    expect((await readSavedViews('monitoring.items', db)).map((view) => view.state)).toEqual([
      { page: 9 },
    ]);
  });
});
