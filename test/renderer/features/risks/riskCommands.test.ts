import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import {
  readCustomCategories,
  readDeletedRisks,
  readRisk,
  readRiskEvents,
  readRisks,
  readSavedViews,
} from '../../../../renderer/src/db/repositories/riskRepository';
import {
  readSetting,
  saveSetting,
} from '../../../../renderer/src/db/repositories/settingsRepository';
import {
  addRiskCategory,
  addRiskReview,
  checkRiskImport,
  createRisk,
  deleteRisk,
  deleteRiskCategory,
  deleteView,
  fieldIssueMessageKey,
  importRisks,
  purgeRisk,
  restoreRisk,
  saveRiskMatrix,
  saveView,
  updateRisk,
} from '../../../../renderer/src/features/risks/riskCommands';
import type { RiskImportEntry } from '../../../../shared/domain/risks/risk';
import { useAppStore } from '../../../../renderer/src/stores/appStore';
import type { RiskInput } from '../../../../shared/domain/risks/risk';
import { defaultRiskMatrix, resizeMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { createValidRisk, riskControl, riskInput } from './riskTestSupport';

const db = getDatabase();

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useAppStore.setState(useAppStore.getInitialState(), true);
});

/** An import entry for `input` with `reference`. */
function entry(reference: string | null, input: RiskInput = riskInput()): RiskImportEntry {
  return { reference, input, createdAt: null, updatedAt: null };
}

describe('createRisk', () => {
  it('stores a valid risk with the next reference', async () => {
    const first = await createValidRisk();
    const second = await createValidRisk();
    expect([first.reference, second.reference]).toEqual(['R-0001', 'R-0002']);
    expect(await readRisk(first.id)).toEqual(first);
  });

  it('refuses an empty title with a required issue and stores nothing', async () => {
    const result = await createRisk(riskInput({ title: '   ' }));
    expect(result).toEqual({ ok: false, issues: [{ path: 'title', code: 'required' }] });
    expect(await db.risks.count()).toBe(0);
    expect(await db.riskEvents.count()).toBe(0);
  });

  it('refuses a level beyond the current matrix', async () => {
    const result = await createRisk(
      riskInput({ inherent: { likelihood: 6, impact: 2, dimensions: {} } }),
    );
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'inherent', code: 'level-beyond-matrix' }],
    });
    expect(await db.risks.count()).toBe(0);
  });

  it('accepts level 6 once the matrix is 6×6', async () => {
    await saveSetting('riskMatrix', resizeMatrix(defaultRiskMatrix(), 6));
    const result = await createRisk(
      riskInput({ inherent: { likelihood: 6, impact: 2, dimensions: {} } }),
    );
    expect(result.ok).toBe(true);
  });

  it('reports a control field by its dotted path', async () => {
    const result = await createRisk(riskInput({ controls: [riskControl({ effectiveness: 150 })] }));
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'controls.0.effectiveness', code: 'effectiveness-range' }],
    });
    expect(await db.risks.count()).toBe(0);
  });

  it('stores the impact rolled up from the dimensions by the worst one', async () => {
    const risk = await createValidRisk(
      riskInput({
        inherent: { likelihood: 2, impact: 1, dimensions: { financial: 5, reputation: 2 } },
        current: {
          mode: 'manual',
          assessment: { likelihood: 1, impact: 1, dimensions: { legal: 4 } },
        },
      }),
    );
    expect(risk.inherent.impact).toBe(5);
    expect(risk.current).toEqual({
      mode: 'manual',
      assessment: { likelihood: 1, impact: 4, dimensions: { legal: 4 } },
    });
    expect((await readRisk(risk.id))?.inherent.impact).toBe(5);
  });

  it('stores the impact rolled up by weighted average when the matrix says so', async () => {
    await saveSetting('riskMatrix', { ...defaultRiskMatrix(), impactRollup: 'weighted' });
    const risk = await createValidRisk(
      riskInput({
        inherent: { likelihood: 2, impact: 1, dimensions: { financial: 5, reputation: 2 } },
      }),
    );
    // (5 + 2) / 2 = 3.5, rounded half up.
    expect(risk.inherent.impact).toBe(4);
    expect((await readRisk(risk.id))?.inherent.impact).toBe(4);
  });
});

describe('updateRisk', () => {
  it('saves the edit and normalises the impact the same way', async () => {
    const risk = await createValidRisk();
    const result = await updateRisk(
      risk.id,
      riskInput({ inherent: { likelihood: 2, impact: 1, dimensions: { people: 3 } } }),
    );
    expect(result.ok && result.value.inherent.impact).toBe(3);
  });

  it('refuses invalid input without touching the stored risk', async () => {
    const risk = await createValidRisk();
    const result = await updateRisk(risk.id, riskInput({ title: '' }));
    expect(result).toEqual({ ok: false, issues: [{ path: 'title', code: 'required' }] });
    expect(await readRisk(risk.id)).toEqual(risk);
  });

  it('reports a risk that does not exist', async () => {
    expect(await updateRisk('missing', riskInput())).toEqual({
      ok: false,
      issues: [{ path: '', code: 'not-found' }],
    });
  });
});

describe('deleteRisk', () => {
  it('moves the risk to the bin and offers an Undo that restores it', async () => {
    const risk = await createValidRisk();
    expect(await deleteRisk(risk.id)).toEqual({ ok: true, value: null });
    expect((await readDeletedRisks()).map(({ id }) => id)).toEqual([risk.id]);

    const notice = useAppStore.getState().notices.at(-1);
    expect(notice).toMatchObject({
      kind: 'info',
      messageKey: 'risks.notices.deleted',
      params: { reference: 'R-0001' },
      action: { labelKey: 'notices.undo' },
    });

    notice?.action?.run();
    await expect.poll(async () => (await readRisk(risk.id))?.deletedAt).toBeNull();
    expect((await readRisks()).map(({ id }) => id)).toEqual([risk.id]);
  });

  it('reports a risk that does not exist and shows no notice', async () => {
    expect(await deleteRisk('missing')).toEqual({
      ok: false,
      issues: [{ path: '', code: 'not-found' }],
    });
    expect(useAppStore.getState().notices).toEqual([]);
  });
});

describe('restoreRisk and purgeRisk', () => {
  it('restore from the bin, or remove for good with the timeline', async () => {
    const risk = await createValidRisk();
    await deleteRisk(risk.id);
    expect(await restoreRisk(risk.id)).toEqual({ ok: true, value: null });
    expect((await readRisk(risk.id))?.deletedAt).toBeNull();

    await deleteRisk(risk.id);
    expect(await purgeRisk(risk.id)).toEqual({ ok: true, value: null });
    expect(await readRisk(risk.id)).toBeUndefined();
    expect(await readRiskEvents(risk.id)).toEqual([]);
    expect(await purgeRisk(risk.id)).toEqual({
      ok: false,
      issues: [{ path: '', code: 'not-found' }],
    });
  });
});

describe('addRiskReview', () => {
  it('closes the risk on a closed decision', async () => {
    const risk = await createValidRisk();
    const result = await addRiskReview(risk.id, {
      reviewedOn: '2026-11-20',
      reviewer: 'Mei-Ling Chen',
      decision: 'closed',
      comment: 'Second supplier qualified.',
    });
    expect(result.ok && [result.value.status, result.value.lastReviewedOn]).toEqual([
      'closed',
      '2026-11-20',
    ]);
  });

  it('refuses a review without a reviewer or with a bad date', async () => {
    const risk = await createValidRisk();
    const result = await addRiskReview(risk.id, {
      reviewedOn: '20/11/2026',
      reviewer: ' ',
      decision: 'no-change',
      comment: '',
    });
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'reviewedOn', code: 'date-format' },
      { path: 'reviewer', code: 'required' },
    ]);
    expect(await readRiskEvents(risk.id)).toHaveLength(1);
  });
});

describe('importRisks', () => {
  it('stores every entry when all are valid, keeping free references', async () => {
    await createValidRisk();
    const result = await importRisks([entry('R-0007'), entry(null), entry('not a reference')]);
    expect(result).toEqual({ ok: true, value: 3 });
    expect((await readRisks()).map(({ reference }) => reference)).toEqual([
      'R-0001',
      'R-0007',
      'R-0008',
      'R-0009',
    ]);
  });

  it('refuses everything when one entry is bad, with issues under its index', async () => {
    const result = await importRisks([
      entry(null),
      entry(null, riskInput({ title: '' })),
      entry(null, riskInput({ controls: [riskControl({ effectiveness: 150 })] })),
    ]);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: '1.title', code: 'required' },
        { path: '2.controls.0.effectiveness', code: 'effectiveness-range' },
      ],
    });
    expect(await db.risks.count()).toBe(0);
  });

  it('refuses a reference already stored, also one in the recycle bin', async () => {
    const risk = await createValidRisk();
    await deleteRisk(risk.id);
    const result = await importRisks([entry(null), entry('R-0001')]);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '1.reference', code: 'reference-taken' }],
    });
    expect(await db.risks.count()).toBe(1);
  });

  it('refuses the same reference twice in one batch', async () => {
    const result = await importRisks(
      [entry('R-0003'), entry('R-0004'), entry('R-0003')],
      [{ id: 'custom-ports', name: 'Ports' }],
    );
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '2.reference', code: 'reference-taken' }],
    });
    expect(await db.risks.count()).toBe(0);
    expect(await readCustomCategories()).toEqual([]);
  });

  it('gives the next reference to one spelt with extra zeros instead of clashing', async () => {
    // R-00001 reads as number 1, which R-0001 already holds; it is not the app's spelling of 1.
    await createValidRisk();
    const result = await importRisks([entry('R-00001')]);
    expect(result).toEqual({ ok: true, value: 1 });
    expect((await readRisks()).map(({ reference }) => reference)).toEqual(['R-0001', 'R-0002']);
  });

  it('stores the new categories it introduces together with the risks', async () => {
    const result = await importRisks(
      [entry(null, riskInput({ categoryId: 'custom-ports' }))],
      [{ id: 'custom-ports', name: 'Ports' }],
    );
    expect(result).toEqual({ ok: true, value: 1 });
    expect((await readCustomCategories()).map(({ id, name }) => [id, name])).toEqual([
      ['custom-ports', 'Ports'],
    ]);
  });
});

describe('checkRiskImport', () => {
  it('flags a custom category that neither exists nor comes with the import', async () => {
    const stored = await addRiskCategory('Airlines');
    const storedId = stored.ok ? stored.value.id : '';
    const issues = await checkRiskImport(
      [
        entry(null, riskInput({ categoryId: 'custom-ports' })),
        entry(null, riskInput({ categoryId: storedId })),
        entry(null, riskInput({ categoryId: 'custom-new' })),
        entry(null, riskInput({ categoryId: 'custom-missing' })),
      ],
      [{ id: 'custom-new', name: 'New' }],
    );
    expect(issues).toEqual([
      { path: '0.categoryId', code: 'unknown-category' },
      { path: '3.categoryId', code: 'unknown-category' },
    ]);
    expect(await db.risks.count()).toBe(0);
  });
});

describe('risk categories', () => {
  it('add a name once, ignoring surrounding spaces, case and full-width forms', async () => {
    const supplier = await addRiskCategory('供應商');
    const again = await addRiskCategory('供應商 ');
    const latin = await addRiskCategory('ＡＢＣ');
    const latinAgain = await addRiskCategory('abc');

    expect(supplier.ok && supplier.value).toMatchObject({ isBuiltIn: false, customName: '供應商' });
    expect(again.ok && again.value.id).toBe(supplier.ok && supplier.value.id);
    expect(latinAgain.ok && latinAgain.value).toEqual(latin.ok && latin.value);
    // Sorted: both may be stamped in the same millisecond.
    expect((await readCustomCategories()).map(({ name }) => name).sort()).toEqual(
      ['供應商', 'ＡＢＣ'].sort(),
    );
  });

  it('give the built-in category for its id or its name in any app language', async () => {
    for (const name of ['Financial', 'financial', '財務', '数据泄露与信息安全', 'supply-chain']) {
      const result = await addRiskCategory(name);
      expect(result.ok && result.value.isBuiltIn, name).toBe(true);
    }
    const rumour = await addRiskCategory('謠言與假消息');
    expect(rumour.ok && rumour.value).toEqual({ id: 'rumour', isBuiltIn: true, customName: null });
    expect(await readCustomCategories()).toEqual([]);
  });

  it('refuse an empty name', async () => {
    expect(await addRiskCategory('  ')).toEqual({
      ok: false,
      issues: [{ path: 'name', code: 'required' }],
    });
  });

  it('cannot be deleted while a risk uses one', async () => {
    const added = await addRiskCategory('Ports');
    const id = added.ok ? added.value.id : '';
    const risk = await createValidRisk(riskInput({ categoryId: id }));
    expect(await deleteRiskCategory(id)).toEqual({
      ok: false,
      issues: [{ path: '', code: 'category-in-use' }],
    });
    await deleteRisk(risk.id);
    expect((await deleteRiskCategory(id)).ok).toBe(false);
    await purgeRisk(risk.id);
    expect(await deleteRiskCategory(id)).toEqual({ ok: true, value: null });
    expect(await readCustomCategories()).toEqual([]);
  });
});

describe('saveRiskMatrix', () => {
  it('refuses bands out of order with the matrix code and keeps the old matrix', async () => {
    const matrix = defaultRiskMatrix();
    const bands = matrix.bands.map((band, index) =>
      index === 2 ? { ...band, minScore: 3 } : band,
    );
    const result = await saveRiskMatrix({ ...matrix, bands });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'bands.2.minScore', code: 'band-order' }],
    });
    expect(await readSetting('riskMatrix')).toEqual(matrix);
  });

  it('rescales the register when the size changes and says how many risks moved', async () => {
    const risk = await createValidRisk(
      riskInput({ inherent: { likelihood: 5, impact: 5, dimensions: {} } }),
    );
    const small = resizeMatrix(defaultRiskMatrix(), 3);
    expect(await saveRiskMatrix(small)).toEqual({ ok: true, value: small });
    expect((await readRisk(risk.id))?.inherent).toEqual({
      likelihood: 3,
      impact: 3,
      dimensions: {},
    });
    expect(useAppStore.getState().notices.at(-1)).toMatchObject({
      messageKey: 'risks.notices.matrixRescaled',
      params: { count: 1 },
    });
  });
});

describe('saved views', () => {
  it('save by trimmed name, replace the same name, and delete', async () => {
    const first = await saveView('risks.register', ' Overdue ', { sort: 'level' });
    const second = await saveView('risks.register', 'Overdue', { sort: 'owner' });
    expect(first.ok && first.value.name).toBe('Overdue');
    expect(second.ok && second.value.id).toBe(first.ok && first.value.id);
    expect((await readSavedViews('risks.register')).map(({ state }) => state)).toEqual([
      { sort: 'owner' },
    ]);
    expect(await saveView('risks.register', ' ', {})).toEqual({
      ok: false,
      issues: [{ path: 'name', code: 'required' }],
    });
    await deleteView(second.ok ? second.value.id : '');
    expect(await readSavedViews('risks.register')).toEqual([]);
  });
});

describe('fieldIssueMessageKey', () => {
  it('maps validation codes, storage codes and unknown codes to messages', () => {
    expect(fieldIssueMessageKey('required')).toBe('risks.validation.required');
    expect(fieldIssueMessageKey('reference-taken')).toBe('risks.validation.reference-taken');
    expect(fieldIssueMessageKey('storage-full')).toBe('errors.storage-full');
    expect(fieldIssueMessageKey('write-failed')).toBe('errors.write-failed');
    expect(fieldIssueMessageKey('no-such-code')).toBe('risks.validation.invalid');
    expect(fieldIssueMessageKey('toString')).toBe('risks.validation.invalid');
  });
});
