import { describe, expect, it } from 'vitest';
import type { SopStep } from '../../../../shared/domain/sops/sop';
import {
  closeRun,
  completeStep,
  dueSoonWindowMs,
  reopenStep,
  runProgress,
  skipStep,
  sopRunSchema,
  startRun,
  stepTiming,
  toggleChecklistItem,
} from '../../../../shared/domain/sops/sopRuns';
import type { SopRun, SopRunChange } from '../../../../shared/domain/sops/sopRuns';
import type { SopVersion } from '../../../../shared/domain/sops/sopVersions';

const minute = 60_000;
const activatedAt = Date.UTC(2025, 2, 1, 9, 0);

/** A step with `id`, a target time and checklist item ids. */
function step(id: string, targetMinutes: number | null, checklistIds: string[] = []): SopStep {
  return {
    id,
    title: `Step ${id}`,
    ownerRoleId: 'spokesperson',
    targetMinutes,
    checklist: checklistIds.map((itemId) => ({ id: itemId, text: `Item ${itemId}` })),
    resources: [],
    notes: '',
  };
}

/** Version 3 of a data-breach SOP: an untimed step, a 60-minute step and a 24-hour step. */
const version: SopVersion = {
  sopId: 'sop-breach',
  version: 3,
  content: {
    title: 'Data breach',
    crisisTypeId: 'data-breach',
    purpose: '',
    triggerCriteria: '',
    severityIds: ['sev-1'],
    steps: [
      step('assemble', null, ['call-lead', 'open-room']),
      step('holding', 60, ['draft', 'legal-check']),
      step('regulator', 24 * 60),
    ],
  },
  changeNote: 'First version',
  publishedAt: activatedAt - 86_400_000,
  publishedBy: 'Mei',
};

/** A fresh run of {@link version}. */
function freshRun(): SopRun {
  return startRun('run-1', version, activatedAt, 'incident-7');
}

/** The run of a successful change; fails the test with the refusal code otherwise. */
function applied(change: SopRunChange): SopRun {
  if (!change.ok) {
    throw new Error(`refused: ${change.code}`);
  }
  return change.value;
}

/** The run step `stepId` of `run`. */
function stepOf(run: SopRun, stepId: string): SopRun['steps'][number] {
  const found = run.steps.find((runStep) => runStep.stepId === stepId);
  if (found === undefined) {
    throw new Error(`no step ${stepId}`);
  }
  return found;
}

describe('startRun', () => {
  it('copies the version’s steps in order and their checklists, all pending and unticked', () => {
    const run = freshRun();
    expect(run).toEqual({
      id: 'run-1',
      sopId: 'sop-breach',
      version: 3,
      activatedAt,
      incidentId: 'incident-7',
      closedAt: null,
      steps: [
        {
          stepId: 'assemble',
          status: 'pending',
          doneAt: null,
          doneBy: null,
          skipReason: null,
          checklist: [
            { itemId: 'call-lead', isChecked: false, checkedAt: null, checkedBy: null },
            { itemId: 'open-room', isChecked: false, checkedAt: null, checkedBy: null },
          ],
        },
        {
          stepId: 'holding',
          status: 'pending',
          doneAt: null,
          doneBy: null,
          skipReason: null,
          checklist: [
            { itemId: 'draft', isChecked: false, checkedAt: null, checkedBy: null },
            { itemId: 'legal-check', isChecked: false, checkedAt: null, checkedBy: null },
          ],
        },
        {
          stepId: 'regulator',
          status: 'pending',
          doneAt: null,
          doneBy: null,
          skipReason: null,
          checklist: [],
        },
      ],
    });
    expect(sopRunSchema.safeParse(run).success).toBe(true);
  });

  it('runs on its own for a tabletop read-through', () => {
    const run = startRun('run-2', version, activatedAt, null);
    expect(run.incidentId).toBeNull();
    expect(sopRunSchema.safeParse(run).success).toBe(true);
  });
});

describe('completeStep', () => {
  it('marks a pending step done with who and when, leaving the old run as it was', () => {
    const run = freshRun();
    const snapshot = structuredClone(run);
    const done = applied(completeStep(run, 'holding', '  Mei  ', activatedAt + 40 * minute));
    expect(stepOf(done, 'holding')).toMatchObject({
      status: 'done',
      doneAt: activatedAt + 40 * minute,
      doneBy: 'Mei',
      skipReason: null,
    });
    expect(stepOf(done, 'assemble')).toBe(stepOf(run, 'assemble'));
    expect(run).toEqual(snapshot);
  });

  it('records a blank name as nobody', () => {
    const done = applied(completeStep(freshRun(), 'holding', '  ', activatedAt));
    expect(stepOf(done, 'holding').doneBy).toBeNull();
  });

  it('refuses an unknown step', () => {
    expect(completeStep(freshRun(), 'no-such-step', 'Mei', activatedAt)).toEqual({
      ok: false,
      code: 'unknown-step',
    });
  });

  it('refuses a step that is already done or skipped', () => {
    const done = applied(completeStep(freshRun(), 'holding', 'Mei', activatedAt));
    expect(completeStep(done, 'holding', 'Mei', activatedAt)).toEqual({
      ok: false,
      code: 'step-not-pending',
    });
    const skipped = applied(skipStep(freshRun(), 'holding', 'Handled by HQ', 'Mei', activatedAt));
    expect(completeStep(skipped, 'holding', 'Mei', activatedAt)).toEqual({
      ok: false,
      code: 'step-not-pending',
    });
  });
});

describe('skipStep', () => {
  it('skips a pending step with its trimmed reason, leaving the old run as it was', () => {
    const run = freshRun();
    const snapshot = structuredClone(run);
    const skipped = applied(
      skipStep(run, 'regulator', '  No personal data involved. ', 'Wei', activatedAt + minute),
    );
    expect(stepOf(skipped, 'regulator')).toMatchObject({
      status: 'skipped',
      doneAt: activatedAt + minute,
      doneBy: 'Wei',
      skipReason: 'No personal data involved.',
    });
    expect(run).toEqual(snapshot);
  });

  it.each(['', '   ', '\n\t '])('refuses a blank reason %j', (reason) => {
    const run = freshRun();
    expect(skipStep(run, 'regulator', reason, 'Wei', activatedAt)).toEqual({
      ok: false,
      code: 'skip-reason-required',
    });
    expect(stepOf(run, 'regulator').status).toBe('pending');
  });

  it('refuses a reason longer than 1,000 characters', () => {
    expect(skipStep(freshRun(), 'regulator', 'x'.repeat(1001), 'Wei', activatedAt)).toEqual({
      ok: false,
      code: 'too-long',
    });
  });

  it('refuses an unknown step', () => {
    expect(skipStep(freshRun(), 'ghost', 'Because', 'Wei', activatedAt)).toEqual({
      ok: false,
      code: 'unknown-step',
    });
  });
});

describe('reopenStep', () => {
  it('puts a done step back to pending without touching the old run', () => {
    const done = applied(completeStep(freshRun(), 'holding', 'Mei', activatedAt + minute));
    const snapshot = structuredClone(done);
    const reopened = applied(reopenStep(done, 'holding'));
    expect(stepOf(reopened, 'holding')).toEqual(stepOf(freshRun(), 'holding'));
    expect(done).toEqual(snapshot);
  });

  it('clears a skipped step’s reason', () => {
    const skipped = applied(skipStep(freshRun(), 'regulator', 'Not needed', 'Wei', activatedAt));
    expect(stepOf(applied(reopenStep(skipped, 'regulator')), 'regulator')).toMatchObject({
      status: 'pending',
      doneAt: null,
      doneBy: null,
      skipReason: null,
    });
  });

  it('keeps the checklist ticks, which record work really done', () => {
    const ticked = applied(toggleChecklistItem(freshRun(), 'holding', 'draft', 'Mei', activatedAt));
    const done = applied(completeStep(ticked, 'holding', 'Mei', activatedAt));
    const reopened = applied(reopenStep(done, 'holding'));
    expect(stepOf(reopened, 'holding').checklist[0]?.isChecked).toBe(true);
  });

  it('refuses a pending step and an unknown step', () => {
    expect(reopenStep(freshRun(), 'holding')).toEqual({ ok: false, code: 'step-already-pending' });
    expect(reopenStep(freshRun(), 'ghost')).toEqual({ ok: false, code: 'unknown-step' });
  });
});

describe('toggleChecklistItem', () => {
  it('ticks with who and when, then unticks, never changing the run it was given', () => {
    const run = freshRun();
    const snapshot = structuredClone(run);
    const ticked = applied(toggleChecklistItem(run, 'holding', 'legal-check', 'Ana', 5 * minute));
    expect(stepOf(ticked, 'holding').checklist).toEqual([
      { itemId: 'draft', isChecked: false, checkedAt: null, checkedBy: null },
      { itemId: 'legal-check', isChecked: true, checkedAt: 5 * minute, checkedBy: 'Ana' },
    ]);
    expect(run).toEqual(snapshot);
    const tickedSnapshot = structuredClone(ticked);
    const unticked = applied(toggleChecklistItem(ticked, 'holding', 'legal-check', 'Bo', minute));
    expect(stepOf(unticked, 'holding').checklist[1]).toEqual({
      itemId: 'legal-check',
      isChecked: false,
      checkedAt: null,
      checkedBy: null,
    });
    expect(ticked).toEqual(tickedSnapshot);
  });

  it('refuses an unknown step or item', () => {
    expect(toggleChecklistItem(freshRun(), 'ghost', 'draft', 'Ana', 0)).toEqual({
      ok: false,
      code: 'unknown-step',
    });
    expect(toggleChecklistItem(freshRun(), 'holding', 'open-room', 'Ana', 0)).toEqual({
      ok: false,
      code: 'unknown-checklist-item',
    });
  });
});

describe('closeRun', () => {
  it('closes once, after which no step or checklist changes', () => {
    const closed = applied(closeRun(freshRun(), activatedAt + 90 * minute));
    expect(closed.closedAt).toBe(activatedAt + 90 * minute);
    const refused = { ok: false, code: 'run-closed' };
    expect(closeRun(closed, activatedAt + 91 * minute)).toEqual(refused);
    expect(completeStep(closed, 'holding', 'Mei', activatedAt)).toEqual(refused);
    expect(skipStep(closed, 'holding', 'Late', 'Mei', activatedAt)).toEqual(refused);
    expect(reopenStep(closed, 'holding')).toEqual(refused);
    expect(toggleChecklistItem(closed, 'holding', 'draft', 'Mei', activatedAt)).toEqual(refused);
  });
});

describe('dueSoonWindowMs', () => {
  it('is 15 minutes, or 10 % of the target when that is larger', () => {
    expect(dueSoonWindowMs(0)).toBe(15 * minute);
    expect(dueSoonWindowMs(60)).toBe(15 * minute);
    expect(dueSoonWindowMs(150)).toBe(15 * minute);
    expect(dueSoonWindowMs(24 * 60)).toBe(144 * minute);
  });
});

describe('stepTiming', () => {
  it('has no due time for an untimed step', () => {
    expect(stepTiming(freshRun(), version, 'assemble', activatedAt + 999 * minute)).toEqual({
      dueAt: null,
      state: 'no-target',
      remainingMs: null,
    });
  });

  it('is upcoming until the due-soon window opens, due soon inside it, overdue after', () => {
    const run = freshRun();
    const dueAt = activatedAt + 60 * minute;
    const at = (now: number): unknown => stepTiming(run, version, 'holding', now);
    expect(at(activatedAt)).toEqual({ dueAt, state: 'upcoming', remainingMs: 60 * minute });
    expect(at(dueAt - 15 * minute - 1)).toEqual({
      dueAt,
      state: 'upcoming',
      remainingMs: 15 * minute + 1,
    });
    expect(at(dueAt - 15 * minute)).toEqual({ dueAt, state: 'due-soon', remainingMs: 15 * minute });
    expect(at(dueAt)).toEqual({ dueAt, state: 'due-soon', remainingMs: 0 });
    expect(at(dueAt + 1)).toEqual({ dueAt, state: 'overdue', remainingMs: -1 });
    expect(at(dueAt + 30 * minute)).toEqual({ dueAt, state: 'overdue', remainingMs: -30 * minute });
  });

  it('warns 10 % ahead for a long target', () => {
    const run = freshRun();
    const dueAt = activatedAt + 24 * 60 * minute;
    expect(stepTiming(run, version, 'regulator', dueAt - 144 * minute)?.state).toBe('due-soon');
    expect(stepTiming(run, version, 'regulator', dueAt - 144 * minute - 1)?.state).toBe('upcoming');
  });

  it('reports done and skipped steps without a countdown, even past their due time', () => {
    const done = applied(completeStep(freshRun(), 'holding', 'Mei', activatedAt + 70 * minute));
    expect(stepTiming(done, version, 'holding', activatedAt + 200 * minute)).toEqual({
      dueAt: activatedAt + 60 * minute,
      state: 'done',
      remainingMs: null,
    });
    const skipped = applied(skipStep(freshRun(), 'assemble', 'Already on call', 'Mei', 0));
    expect(stepTiming(skipped, version, 'assemble', activatedAt)).toEqual({
      dueAt: null,
      state: 'skipped',
      remainingMs: null,
    });
  });

  it('stops the countdown when the run is closed', () => {
    const closed = applied(closeRun(freshRun(), activatedAt + 50 * minute));
    expect(stepTiming(closed, version, 'holding', activatedAt + 500 * minute)).toEqual({
      dueAt: activatedAt + 60 * minute,
      state: 'due-soon',
      remainingMs: 10 * minute,
    });
  });

  it('returns null for an unknown step and throws for a version the run does not follow', () => {
    expect(stepTiming(freshRun(), version, 'ghost', activatedAt)).toBeNull();
    expect(() => stepTiming(freshRun(), { ...version, version: 4 }, 'holding', 0)).toThrow(
      RangeError,
    );
  });
});

describe('runProgress', () => {
  it('counts steps by status and checklist ticks', () => {
    const fresh = freshRun();
    expect(runProgress(fresh)).toEqual({
      total: 3,
      done: 0,
      skipped: 0,
      pending: 3,
      finished: 0,
      isComplete: false,
      checklistTotal: 4,
      checklistChecked: 0,
    });
    const ticked = applied(toggleChecklistItem(fresh, 'assemble', 'open-room', 'Mei', 0));
    const done = applied(completeStep(ticked, 'holding', 'Mei', 0));
    const skipped = applied(skipStep(done, 'regulator', 'Not needed', 'Mei', 0));
    expect(runProgress(skipped)).toEqual({
      total: 3,
      done: 1,
      skipped: 1,
      pending: 1,
      finished: 2,
      isComplete: false,
      checklistTotal: 4,
      checklistChecked: 1,
    });
    const complete = applied(completeStep(skipped, 'assemble', 'Mei', 0));
    expect(runProgress(complete)).toMatchObject({ pending: 0, finished: 3, isComplete: true });
  });
});
