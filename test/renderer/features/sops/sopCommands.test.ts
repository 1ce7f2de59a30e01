import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { readSetting } from '../../../../renderer/src/db/repositories/settingsRepository';
import {
  readCommMatrixCells,
  readSop,
  readSopRun,
  readSopVersions,
  readSops,
  readStatement,
  readStatementTemplate,
  readStatementTemplates,
} from '../../../../renderer/src/db/repositories/sopRepository';
import {
  clearCommMatrixCell,
  closeSopRun,
  completeRunStep,
  createSop,
  createTemplate,
  deleteSop,
  deleteTemplate,
  installStarterLibrary,
  markSopReviewed,
  publishSop,
  releaseStatement,
  saveCommGroups,
  saveCommMatrixCell,
  saveSopDraft,
  saveStatement,
  skipRunStep,
  sopIssueMessageKey,
  startSopRun,
  toggleRunChecklistItem,
  updateSopSettings,
  updateTemplate,
} from '../../../../renderer/src/features/sops/sopCommands';
import type {
  StatementInput,
  TemplateInput,
} from '../../../../renderer/src/features/sops/sopCommands';
import type { CommandResult } from '../../../../renderer/src/lib/commandResult';
import { useAppStore } from '../../../../renderer/src/stores/appStore';
import { commMatrixCellId, defaultStakeholders } from '../../../../shared/domain/sops/commMatrix';
import type { CommMatrixCell } from '../../../../shared/domain/sops/commMatrix';
import type { SopContent } from '../../../../shared/domain/sops/sop';
import { starterLibrary } from '../../../../shared/domain/sops/starter';

const db = getDatabase();
const minute = 60_000;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useAppStore.setState(useAppStore.getInitialState(), true);
});

afterEach(() => {
  vi.useRealTimers();
});

/** The value of a successful result; fails the test with the issues otherwise. */
function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** The issues of a failed result; fails the test on success. */
function issuesOf<T>(result: CommandResult<T>): { path: string; code: string }[] {
  if (result.ok) {
    throw new Error('expected a refusal');
  }
  return result.issues;
}

/** Runs the action of the newest notice (Undo) and waits for it to land. */
async function undoLatest(): Promise<void> {
  const notice = useAppStore.getState().notices.at(-1);
  if (notice?.action === undefined) {
    throw new Error('expected a notice with an action');
  }
  notice.action.run();
  await vi.waitFor(() => {
    expect(useAppStore.getState().notices.at(-1)?.messageKey).toMatch(/Restored$/u);
  });
}

/** A two-step SOP draft. */
function content(overrides: Partial<SopContent> = {}): SopContent {
  return {
    title: '資料外洩應變',
    crisisTypeId: 'data-breach',
    purpose: 'Contain, notify, communicate.',
    triggerCriteria: '- Personal data exposed',
    severityIds: ['sev-1', 'sev-2'],
    steps: [
      {
        id: 'step-1',
        title: 'Convene the team',
        ownerRoleId: 'commander',
        targetMinutes: 30,
        checklist: [
          { id: 'item-1', text: 'Call the commander' },
          { id: 'item-2', text: 'Open the war room' },
        ],
        resources: [],
        notes: '',
      },
      {
        id: 'step-2',
        title: 'Holding statement',
        ownerRoleId: 'spokesperson',
        targetMinutes: 60,
        checklist: [],
        resources: ['Holding statement template'],
        notes: '',
      },
    ],
    ...overrides,
  };
}

/** Creates and publishes an SOP; returns its id. */
async function publishedSop(): Promise<string> {
  const sop = valueOf(
    await createSop(content(), { ownerRoleId: 'commander', reviewIntervalDays: 180 }),
  );
  valueOf(await publishSop(sop.id, 'First version', '陳美玲'));
  return sop.id;
}

/** A template input with `overrides`. */
function templateInput(overrides: Partial<TemplateInput> = {}): TemplateInput {
  return {
    crisisTypeId: 'data-breach',
    stage: 'holding',
    audience: 'customers',
    language: 'zh-TW',
    title: '初步回應',
    body: '{{company}} 於 {{detectedAt}} 發現 {{incidentTitle}}。',
    requiredPlaceholders: ['spokesperson'],
    needsLegalApproval: true,
    needsSpokespersonApproval: false,
    ...overrides,
  };
}

/** Statement input with every value the template above needs. */
const completeStatement: StatementInput = {
  context: {
    company: '範例公司',
    detectedAt: '11 月 22 日 09:00',
    incidentTitle: '會員資料外洩',
    spokesperson: '王小明',
  },
  legalApprovedBy: '林律師',
  spokespersonApprovedBy: '',
};

describe('SOPs and versions', () => {
  it('creates a draft, refuses bad input without writing, and publishes immutable versions', async () => {
    const refused = await createSop(content({ title: ' ', steps: [] }), {
      ownerRoleId: null,
      reviewIntervalDays: 0,
    });
    expect(issuesOf(refused)).toEqual(
      expect.arrayContaining([
        { path: 'content.title', code: 'required' },
        { path: 'content.steps', code: 'steps-required' },
        { path: 'reviewIntervalDays', code: 'interval-range' },
      ]),
    );
    expect(await readSops()).toEqual([]);

    const sop = valueOf(
      await createSop(content(), { ownerRoleId: 'commander', reviewIntervalDays: 180 }),
    );
    expect(sop.publishedVersion).toBeNull();
    expect(issuesOf(await publishSop(sop.id, ' ', 'Ann'))).toEqual([
      { path: 'changeNote', code: 'change-note-required' },
    ]);
    expect(issuesOf(await publishSop(sop.id, 'First', ' '))).toEqual([
      { path: 'publishedBy', code: 'required' },
    ]);
    const first = valueOf(await publishSop(sop.id, 'First', 'Ann'));
    expect(first.version).toBe(1);
    expect(issuesOf(await publishSop(sop.id, 'Again', 'Ann'))).toEqual([
      { path: '', code: 'no-changes' },
    ]);

    const edited = content();
    edited.steps[1] = { ...edited.steps[1]!, title: 'Holding statement within the hour' };
    valueOf(await saveSopDraft(sop.id, edited));
    expect((await readSopVersions(sop.id))[0]?.content.steps[1]?.title).toBe('Holding statement');
    const second = valueOf(await publishSop(sop.id, 'Tighter wording', 'Ann'));
    expect(second.version).toBe(2);
    const versions = await readSopVersions(sop.id);
    expect(versions.map((version) => [version.version, version.content.steps[1]?.title])).toEqual([
      [1, 'Holding statement'],
      [2, 'Holding statement within the hour'],
    ]);
    expect((await readSop(sop.id))?.publishedVersion).toBe(2);
  });

  it('refuses an invalid draft and an unknown SOP', async () => {
    const sopId = await publishedSop();
    const bad = content();
    bad.steps[0] = { ...bad.steps[0]!, targetMinutes: -5 };
    expect(issuesOf(await saveSopDraft(sopId, bad))).toEqual([
      { path: 'content.steps.0.targetMinutes', code: 'target-range' },
    ]);
    expect((await readSop(sopId))?.content.steps[0]?.targetMinutes).toBe(30);
    expect(issuesOf(await saveSopDraft('missing', content()))).toEqual([
      { path: '', code: 'not-found' },
    ]);
    expect(sopIssueMessageKey('not-found')).toBe('sops.validation.not-found');
    expect(sopIssueMessageKey('storage-full')).toBe('errors.storage-full');
    expect(sopIssueMessageKey('something-else')).toBe('sops.validation.invalid');
  });

  it('changes owner and interval, and a review clears the stale flag', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 0, 10, 12));
    const sopId = await publishedSop();
    expect(
      issuesOf(await updateSopSettings(sopId, { ownerRoleId: null, reviewIntervalDays: 2000 })),
    ).toEqual([{ path: 'reviewIntervalDays', code: 'interval-range' }]);
    valueOf(
      await updateSopSettings(sopId, { ownerRoleId: 'legal-counsel', reviewIntervalDays: 30 }),
    );
    vi.setSystemTime(new Date(2026, 2, 1, 12));
    const reviewed = valueOf(await markSopReviewed(sopId));
    expect(reviewed).toMatchObject({
      ownerRoleId: 'legal-counsel',
      reviewIntervalDays: 30,
      lastReviewedOn: '2026-03-01',
    });
  });

  it('deletes an SOP with its versions and runs, and Undo brings them back', async () => {
    const sopId = await publishedSop();
    const run = valueOf(await startSopRun(sopId));
    expect(issuesOf(await deleteSop(sopId))).toEqual([{ path: '', code: 'open-runs' }]);
    expect(await readSop(sopId)).toBeDefined();
    valueOf(await closeSopRun(run.id));
    valueOf(await deleteSop(sopId));
    expect(await readSop(sopId)).toBeUndefined();
    expect(await readSopVersions(sopId)).toEqual([]);
    expect(await readSopRun(run.id)).toBeUndefined();
    await undoLatest();
    expect((await readSop(sopId))?.publishedVersion).toBe(1);
    expect(await readSopVersions(sopId)).toHaveLength(1);
    expect((await readSopRun(run.id))?.sopId).toBe(sopId);
  });

  it('does not let Undo overwrite a reinstalled starter SOP', async () => {
    const install = {
      language: 'en',
      templateLanguages: ['en'],
      changeNote: 'Installed',
      publishedBy: 'Starter',
    } as const;
    valueOf(await installStarterLibrary(install));
    valueOf(await deleteSop('starter-sop-rumour'));
    const undo = useAppStore.getState().notices.at(-1)?.action;
    valueOf(await installStarterLibrary({ ...install, changeNote: 'Reinstalled' }));
    undo?.run();
    await vi.waitFor(() => {
      expect(useAppStore.getState().notices.at(-1)?.messageKey).toBe('sops.notices.undoConflict');
    });
    expect(
      (await readSopVersions('starter-sop-rumour')).map((version) => version.changeNote),
    ).toEqual(['Reinstalled']);
  });
});

describe('runs', () => {
  it('refuses to start before the first version, then follows the published version', async () => {
    const draft = valueOf(
      await createSop(content(), { ownerRoleId: null, reviewIntervalDays: 90 }),
    );
    expect(issuesOf(await startSopRun(draft.id))).toEqual([{ path: '', code: 'not-published' }]);
    const sopId = await publishedSop();
    const edited = content();
    edited.steps.push({ ...edited.steps[0]!, id: 'step-3', title: 'Draft-only step' });
    valueOf(await saveSopDraft(sopId, edited));
    const run = valueOf(await startSopRun(sopId));
    expect(run.version).toBe(1);
    expect(run.steps.map((step) => step.stepId)).toEqual(['step-1', 'step-2']);
    expect(run.incidentId).toBeNull();
  });

  it('ticks, completes and skips steps with a required reason, and a closed run no longer changes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.UTC(2026, 10, 22, 1, 0);
    vi.setSystemTime(start);
    const run = valueOf(await startSopRun(await publishedSop()));
    vi.setSystemTime(start + 5 * minute);
    valueOf(await toggleRunChecklistItem(run.id, 'step-1', 'item-1', '陳美玲'));
    const done = valueOf(await completeRunStep(run.id, 'step-1', '陳美玲'));
    expect(done.steps[0]).toMatchObject({
      status: 'done',
      doneBy: '陳美玲',
      doneAt: start + 5 * minute,
    });
    expect(done.steps[0]?.checklist[0]).toMatchObject({ isChecked: true, checkedBy: '陳美玲' });

    expect(issuesOf(await skipRunStep(run.id, 'step-2', '  ', 'Ann'))).toEqual([
      { path: 'skipReason', code: 'skip-reason-required' },
    ]);
    expect((await readSopRun(run.id))?.steps[1]?.status).toBe('pending');
    const skipped = valueOf(await skipRunStep(run.id, 'step-2', 'Statement already out', 'Ann'));
    expect(skipped.steps[1]).toMatchObject({
      status: 'skipped',
      skipReason: 'Statement already out',
    });

    valueOf(await closeSopRun(run.id));
    expect(issuesOf(await toggleRunChecklistItem(run.id, 'step-1', 'item-2', 'Ann'))).toEqual([
      { path: '', code: 'run-closed' },
    ]);
    expect(issuesOf(await completeRunStep('missing', 'step-1', 'Ann'))).toEqual([
      { path: '', code: 'not-found' },
    ]);
  });
});

describe('templates and statements', () => {
  it('refuses a template with an unknown placeholder and stores a valid one', async () => {
    const refused = await createTemplate(templateInput({ body: 'Hello {{customerName}}' }));
    expect(issuesOf(refused)).toEqual([{ path: 'body', code: 'unknown-placeholder' }]);
    expect(await readStatementTemplates()).toEqual([]);
    const template = valueOf(await createTemplate(templateInput()));
    expect(template).toMatchObject({ isStarter: false, language: 'zh-TW' });
  });

  it('saves drafts with missing values, but releases only a complete, approved statement', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 22, 2));
    const template = valueOf(await createTemplate(templateInput()));
    const draft = valueOf(
      await saveStatement(template.id, null, {
        context: { company: '範例公司' },
        legalApprovedBy: '',
        spokespersonApprovedBy: '',
      }),
    );
    expect(draft.text).toBe('');
    expect(issuesOf(await releaseStatement(draft.id))).toEqual(
      expect.arrayContaining([
        { path: 'context.detectedAt', code: 'missing-value' },
        { path: 'context.incidentTitle', code: 'missing-value' },
        { path: 'context.spokesperson', code: 'missing-value' },
        { path: 'legalApprovedBy', code: 'approval-required' },
      ]),
    );
    expect((await readStatement(draft.id))?.releasedAt).toBeNull();

    vi.setSystemTime(Date.UTC(2026, 10, 22, 3));
    const complete = valueOf(await saveStatement(template.id, draft.id, completeStatement));
    expect(complete.text).toBe('範例公司 於 11 月 22 日 09:00 發現 會員資料外洩。');
    expect(complete).toMatchObject({
      legalApprovedBy: '林律師',
      legalApprovedAt: Date.UTC(2026, 10, 22, 3),
      createdAt: Date.UTC(2026, 10, 22, 2),
    });
    vi.setSystemTime(Date.UTC(2026, 10, 22, 4));
    const resaved = valueOf(await saveStatement(template.id, draft.id, completeStatement));
    expect(resaved.legalApprovedAt).toBe(Date.UTC(2026, 10, 22, 3));
    const released = valueOf(await releaseStatement(draft.id));
    expect(released.releasedAt).toBe(Date.UTC(2026, 10, 22, 4));
  });

  it('never carries an approval over to a text the approver did not see', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 22, 2));
    const template = valueOf(await createTemplate(templateInput()));
    const approved = valueOf(await saveStatement(template.id, null, completeStatement));
    expect(approved.legalApprovedAt).toBe(Date.UTC(2026, 10, 22, 2));

    // A value the text does not print changes nothing the approver saw: the approval stands.
    vi.setSystemTime(Date.UTC(2026, 10, 22, 3));
    const sameText = valueOf(
      await saveStatement(template.id, approved.id, {
        ...completeStatement,
        context: { ...completeStatement.context, spokesperson: '李大同' },
      }),
    );
    expect(sameText).toMatchObject({
      legalApprovedBy: '林律師',
      legalApprovedAt: Date.UTC(2026, 10, 22, 2),
    });

    // The text changed and the name was left as it was: the old approval is cleared, not moved.
    vi.setSystemTime(Date.UTC(2026, 10, 22, 4));
    const changed = {
      ...completeStatement,
      context: { ...completeStatement.context, incidentTitle: '會員資料外洩（已擴大）' },
    };
    const cleared = valueOf(await saveStatement(template.id, approved.id, changed));
    expect(cleared.text).toBe('範例公司 於 11 月 22 日 09:00 發現 會員資料外洩（已擴大）。');
    expect(cleared).toMatchObject({ legalApprovedBy: null, legalApprovedAt: null });
    expect(issuesOf(await releaseStatement(approved.id))).toEqual([
      { path: 'legalApprovedBy', code: 'approval-required' },
    ]);

    // Asked again for the new text, the same approver is recorded now.
    vi.setSystemTime(Date.UTC(2026, 10, 22, 5));
    const renewed = valueOf(await saveStatement(template.id, approved.id, changed));
    expect(renewed.legalApprovedAt).toBe(Date.UTC(2026, 10, 22, 5));
    const released = valueOf(await releaseStatement(approved.id));
    expect(released).toMatchObject({
      text: '範例公司 於 11 月 22 日 09:00 發現 會員資料外洩（已擴大）。',
      legalApprovedBy: '林律師',
      legalApprovedAt: Date.UTC(2026, 10, 22, 5),
    });
  });

  it('clears an unchanged approver when the values change, unless it was entered again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 22, 2));
    const template = valueOf(await createTemplate(templateInput()));
    // Incomplete values (no text yet) are what the approver saw.
    const draft = valueOf(
      await saveStatement(template.id, null, {
        context: { company: '範例公司' },
        legalApprovedBy: '林律師',
        spokespersonApprovedBy: '',
      }),
    );
    expect(draft).toMatchObject({ text: '', legalApprovedAt: Date.UTC(2026, 10, 22, 2) });
    vi.setSystemTime(Date.UTC(2026, 10, 22, 3));
    const stillIncomplete = valueOf(
      await saveStatement(template.id, draft.id, {
        context: { company: '另一家公司' },
        legalApprovedBy: '林律師',
        spokespersonApprovedBy: '',
      }),
    );
    expect(stillIncomplete).toMatchObject({ legalApprovedBy: null, legalApprovedAt: null });

    valueOf(await saveStatement(template.id, draft.id, completeStatement));
    vi.setSystemTime(Date.UTC(2026, 10, 22, 4));
    const changed = {
      ...completeStatement,
      context: { ...completeStatement.context, detectedAt: '11 月 22 日 08:30' },
    };
    const reentered = valueOf(
      await saveStatement(template.id, draft.id, { ...changed, renewedApprovals: ['legal'] }),
    );
    expect(reentered).toMatchObject({
      legalApprovedBy: '林律師',
      legalApprovedAt: Date.UTC(2026, 10, 22, 4),
    });
    // Another approver's name is a new approval of the text saved with it.
    vi.setSystemTime(Date.UTC(2026, 10, 22, 5));
    const otherApprover = valueOf(
      await saveStatement(template.id, draft.id, {
        ...completeStatement,
        legalApprovedBy: '張律師',
      }),
    );
    expect(otherApprover).toMatchObject({
      legalApprovedBy: '張律師',
      legalApprovedAt: Date.UTC(2026, 10, 22, 5),
    });
  });

  it('keeps a released statement as it was released, with its first release time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 22, 2));
    const template = valueOf(await createTemplate(templateInput()));
    const saved = valueOf(await saveStatement(template.id, null, completeStatement));
    vi.setSystemTime(Date.UTC(2026, 10, 22, 3));
    const released = valueOf(await releaseStatement(saved.id));
    expect(released.releasedAt).toBe(Date.UTC(2026, 10, 22, 3));
    const releasedNotices = () =>
      useAppStore
        .getState()
        .notices.filter((notice) => notice.messageKey === 'sops.notices.released');
    expect(releasedNotices()).toHaveLength(1);

    vi.setSystemTime(Date.UTC(2026, 10, 22, 4));
    const edit = await saveStatement(template.id, saved.id, {
      ...completeStatement,
      context: { ...completeStatement.context, company: '改過的公司' },
    });
    expect(issuesOf(edit)).toEqual([{ path: '', code: 'statement-released' }]);
    expect(sopIssueMessageKey('statement-released')).toBe('sops.validation.statement-released');
    expect(issuesOf(await saveStatement(template.id, saved.id, completeStatement))).toEqual([
      { path: '', code: 'statement-released' },
    ]);
    expect(await readStatement(saved.id)).toEqual(released);

    // Copying or exporting it again is fine and does not move the release time.
    const again = valueOf(await releaseStatement(saved.id));
    expect(again).toEqual(released);
    expect(releasedNotices()).toHaveLength(1);
    valueOf(await deleteTemplate(template.id));
    expect(valueOf(await releaseStatement(saved.id)).releasedAt).toBe(Date.UTC(2026, 10, 22, 3));
    expect(await readStatement(saved.id)).toEqual(released);
  });

  it('refuses to release a statement whose template changed since it was saved', async () => {
    const template = valueOf(await createTemplate(templateInput()));
    const statement = valueOf(await saveStatement(template.id, null, completeStatement));
    valueOf(
      await updateTemplate(
        template.id,
        templateInput({ body: '{{company}} 確認 {{incidentTitle}}。' }),
      ),
    );
    expect(issuesOf(await releaseStatement(statement.id))).toEqual([
      { path: '', code: 'statement-outdated' },
    ]);
    expect((await readStatement(statement.id))?.releasedAt).toBeNull();
  });

  it('deletes a template with its unreleased statements, keeps released ones, and Undo restores', async () => {
    const template = valueOf(await createTemplate(templateInput()));
    const statement = valueOf(await saveStatement(template.id, null, completeStatement));
    const released = valueOf(await saveStatement(template.id, null, completeStatement));
    valueOf(await releaseStatement(released.id));
    valueOf(await deleteTemplate(template.id));
    expect(await readStatementTemplate(template.id)).toBeUndefined();
    expect(await readStatement(statement.id)).toBeUndefined();
    expect((await readStatement(released.id))?.releasedAt).not.toBeNull();
    await undoLatest();
    expect((await readStatementTemplate(template.id))?.title).toBe('初步回應');
    expect((await readStatement(statement.id))?.templateId).toBe(template.id);
  });
});

describe('communication matrix', () => {
  /** A cell for the data-breach type. */
  function cell(overrides: Partial<CommMatrixCell> = {}): CommMatrixCell {
    return {
      id: commMatrixCellId('data-breach', 'regulators', 'email'),
      crisisTypeId: 'data-breach',
      stakeholderId: 'regulators',
      channelId: 'email',
      ownerRoleId: 'legal-counsel',
      targetMinutes: 1440,
      timing: 'Confirm the deadline with counsel',
      templateStage: 'first-statement',
      note: '',
      ...overrides,
    };
  }

  it('saves one cell per combination, refuses a mismatched id, and clears with Undo', async () => {
    expect(issuesOf(await saveCommMatrixCell(cell({ channelId: 'phone' })))).toEqual([
      { path: 'id', code: 'invalid' },
    ]);
    valueOf(await saveCommMatrixCell(cell()));
    valueOf(await saveCommMatrixCell(cell({ targetMinutes: 720 })));
    expect((await readCommMatrixCells()).map((stored) => stored.targetMinutes)).toEqual([720]);
    valueOf(await clearCommMatrixCell(cell().id));
    expect(await readCommMatrixCells()).toEqual([]);
    await undoLatest();
    expect(await readCommMatrixCells()).toHaveLength(1);
  });

  it('adds custom stakeholder groups but will not remove one that cells use', async () => {
    valueOf(await saveCommMatrixCell(cell()));
    const withBoard = [
      ...defaultStakeholders,
      { id: 'custom-board', isBuiltIn: false, name: 'Board of directors' },
    ];
    valueOf(await saveCommGroups('stakeholders', withBoard));
    expect((await readSetting('commStakeholders')).at(-1)?.name).toBe('Board of directors');
    expect(
      issuesOf(
        await saveCommGroups('stakeholders', [{ id: 'custom-x', isBuiltIn: false, name: '' }]),
      ),
    ).toEqual([{ path: '0.name', code: 'required' }]);
    valueOf(await createTemplate(templateInput({ audience: 'custom-board' })));
    expect(issuesOf(await saveCommGroups('stakeholders', defaultStakeholders))).toEqual([
      { path: String(defaultStakeholders.length), code: 'group-in-use' },
    ]);
    const withoutRegulators = withBoard.filter((group) => group.id !== 'regulators');
    expect(issuesOf(await saveCommGroups('stakeholders', withoutRegulators))).toEqual([
      { path: '3', code: 'group-in-use' },
    ]);
    expect(await readSetting('commStakeholders')).toEqual(withBoard);
  });
});

describe('starter library', () => {
  it('installs every kit once, in the chosen languages, and never overwrites an edit', async () => {
    const counts = valueOf(
      await installStarterLibrary({
        language: 'zh-CN',
        templateLanguages: ['zh-CN', 'en'],
        changeNote: '从入门库安装',
        publishedBy: 'Crisis Room 入门库',
      }),
    );
    const templatesPerLanguage = starterLibrary.reduce((sum, kit) => sum + kit.templates.length, 0);
    expect(counts.sops).toBe(starterLibrary.length);
    expect(counts.templates).toBe(templatesPerLanguage * 2);
    const breach = await readSop('starter-sop-data-breach');
    expect(breach).toMatchObject({ isStarter: true, publishedVersion: 1 });
    expect(breach?.content.title).toBe(
      starterLibrary.find((kit) => kit.crisisTypeId === 'data-breach')?.sop.title['zh-CN'],
    );
    expect((await readSopVersions('starter-sop-data-breach'))[0]?.changeNote).toBe('从入门库安装');

    const edited = content({ title: 'Our own data-breach plan' });
    valueOf(await saveSopDraft('starter-sop-data-breach', edited));
    const again = valueOf(
      await installStarterLibrary({
        language: 'en',
        templateLanguages: ['zh-TW'],
        changeNote: 'Installed',
        publishedBy: 'Starter',
      }),
    );
    expect(again).toEqual({ sops: 0, templates: templatesPerLanguage, cells: 0 });
    expect((await readSop('starter-sop-data-breach'))?.content.title).toBe(
      'Our own data-breach plan',
    );
    expect(
      issuesOf(
        await installStarterLibrary({
          language: 'en',
          templateLanguages: [],
          changeNote: 'x',
          publishedBy: 'y',
        }),
      ),
    ).toEqual([{ path: 'templateLanguages', code: 'required' }]);
  });
});
