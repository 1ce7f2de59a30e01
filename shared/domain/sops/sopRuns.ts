import { z } from 'zod';
import type { SopStep } from './sop';
import type { SopVersion } from './sopVersions';

/**
 * SOP runs: a published SOP version being followed, as a live checklist that records who did what
 * and when. A run follows one immutable version, so later edits to the SOP never change the steps
 * of a run in progress. Runs attach to an incident, or stand alone (`incidentId: null`) for a
 * tabletop read-through. Every change is a pure function returning a new run (or a refusal code
 * the UI translates under `sops.validation.<code>`); callers pass the time, so tests are
 * deterministic.
 */

/** Where one step of a run stands: still to do, done, or deliberately skipped (with a reason). */
export const runStepStatuses = ['pending', 'done', 'skipped'] as const;

/** One of {@link runStepStatuses}. */
export type RunStepStatus = (typeof runStepStatuses)[number];

/** Longest skip reason kept, in characters: a sentence or two, not a report. */
export const maxSkipReasonLength = 1000;

/** One checklist item of a run step: ticked or not, and by whom and when. */
export const runChecklistItemSchema = z
  .object({
    itemId: z.string().min(1),
    isChecked: z.boolean(),
    checkedAt: z.number().int().nullable(),
    checkedBy: z.string().nullable(),
  })
  .strict();

/** See {@link runChecklistItemSchema}. */
export type RunChecklistItem = z.output<typeof runChecklistItemSchema>;

/** One step of a run, matched to the version's step by `stepId`. */
export const runStepSchema = z
  .object({
    stepId: z.string().min(1),
    status: z.enum(runStepStatuses),
    /** When the step was done or skipped (epoch ms); null while pending. */
    doneAt: z.number().int().nullable(),
    /** Who did or skipped it; null while pending or when nobody was named. */
    doneBy: z.string().nullable(),
    /** Why it was skipped; only a skipped step has one. */
    skipReason: z.string().max(maxSkipReasonLength, 'too-long').nullable(),
    checklist: z.array(runChecklistItemSchema),
  })
  .strict();

/** See {@link runStepSchema}. */
export type RunStep = z.output<typeof runStepSchema>;

/** A stored run of one published SOP version. */
export const sopRunSchema = z
  .object({
    id: z.string().min(1),
    sopId: z.string().min(1),
    /** The published version it follows. */
    version: z.number().int().min(1),
    /** When the SOP was activated (epoch ms); step target times count from here. */
    activatedAt: z.number().int(),
    /** The incident it belongs to, or null for a standalone tabletop read-through. */
    incidentId: z.string().min(1).nullable(),
    steps: z.array(runStepSchema),
    /** When the run was closed (epoch ms); a closed run no longer changes. */
    closedAt: z.number().int().nullable(),
  })
  .strict();

/** See {@link sopRunSchema}. */
export type SopRun = z.output<typeof sopRunSchema>;

/** Why a change to a run was refused. */
export const sopRunRefusalCodes = [
  'unknown-step',
  'unknown-checklist-item',
  'skip-reason-required',
  'too-long',
  'step-not-pending',
  'step-already-pending',
  'run-closed',
] as const;

/** One of {@link sopRunRefusalCodes}. */
export type SopRunRefusalCode = (typeof sopRunRefusalCodes)[number];

/** The outcome of a change to a run: the new run, or why it was refused (the old run is untouched). */
export type SopRunChange = { ok: true; value: SopRun } | { ok: false; code: SopRunRefusalCode };

/**
 * Starts a run of a published version at `activatedAt`: every step pending, every checklist item
 * unticked, in the version's order. `incidentId` is null for a tabletop read-through.
 */
export function startRun(
  id: string,
  version: SopVersion,
  activatedAt: number,
  incidentId: string | null,
): SopRun {
  return {
    id,
    sopId: version.sopId,
    version: version.version,
    activatedAt,
    incidentId,
    steps: version.content.steps.map((step) => ({
      stepId: step.id,
      status: 'pending',
      doneAt: null,
      doneBy: null,
      skipReason: null,
      checklist: step.checklist.map((item) => ({
        itemId: item.id,
        isChecked: false,
        checkedAt: null,
        checkedBy: null,
      })),
    })),
    closedAt: null,
  };
}

/** A person's name as recorded: trimmed, and null when blank. */
function recordedName(by: string | null): string | null {
  const name = by?.trim() ?? '';
  return name === '' ? null : name;
}

/**
 * Applies `change` to the step `stepId` of an open run, returning a copy; the step's own refusal
 * passes through. Shared by every step change so each refuses closed runs and unknown steps alike.
 */
function changeStep(
  run: SopRun,
  stepId: string,
  change: (step: RunStep) => RunStep | SopRunRefusalCode,
): SopRunChange {
  if (run.closedAt !== null) {
    return { ok: false, code: 'run-closed' };
  }
  const index = run.steps.findIndex((step) => step.stepId === stepId);
  const step = run.steps[index];
  if (step === undefined) {
    return { ok: false, code: 'unknown-step' };
  }
  const changed = change(step);
  if (typeof changed === 'string') {
    return { ok: false, code: changed };
  }
  return { ok: true, value: { ...run, steps: run.steps.with(index, changed) } };
}

/** Marks a pending step done by `by` at `at`. A skipped step must be reopened first. */
export function completeStep(
  run: SopRun,
  stepId: string,
  by: string | null,
  at: number,
): SopRunChange {
  return changeStep(run, stepId, (step) =>
    step.status === 'pending'
      ? { ...step, status: 'done', doneAt: at, doneBy: recordedName(by), skipReason: null }
      : 'step-not-pending',
  );
}

/**
 * Skips a pending step with a reason (required: a skipped step must say why, for the postmortem;
 * blank or whitespace is refused with `skip-reason-required`). The reason is stored trimmed.
 */
export function skipStep(
  run: SopRun,
  stepId: string,
  reason: string,
  by: string | null,
  at: number,
): SopRunChange {
  const trimmed = reason.trim();
  return changeStep(run, stepId, (step) => {
    if (step.status !== 'pending') {
      return 'step-not-pending';
    }
    if (trimmed === '') {
      return 'skip-reason-required';
    }
    if (trimmed.length > maxSkipReasonLength) {
      return 'too-long';
    }
    return {
      ...step,
      status: 'skipped',
      doneAt: at,
      doneBy: recordedName(by),
      skipReason: trimmed,
    };
  });
}

/**
 * Puts a done or skipped step back to pending, forgetting who finished it and why it was skipped.
 * The checklist keeps its ticks: they record work that really happened.
 */
export function reopenStep(run: SopRun, stepId: string): SopRunChange {
  return changeStep(run, stepId, (step) =>
    step.status === 'pending'
      ? 'step-already-pending'
      : { ...step, status: 'pending', doneAt: null, doneBy: null, skipReason: null },
  );
}

/**
 * Ticks or unticks one checklist item of a step, recording who and when on ticking. Allowed in any
 * step status while the run is open, because people tick items as they go and sometimes late.
 */
export function toggleChecklistItem(
  run: SopRun,
  stepId: string,
  itemId: string,
  by: string | null,
  at: number,
): SopRunChange {
  return changeStep(run, stepId, (step) => {
    const index = step.checklist.findIndex((item) => item.itemId === itemId);
    const item = step.checklist[index];
    if (item === undefined) {
      return 'unknown-checklist-item';
    }
    const toggled: RunChecklistItem = item.isChecked
      ? { ...item, isChecked: false, checkedAt: null, checkedBy: null }
      : { ...item, isChecked: true, checkedAt: at, checkedBy: recordedName(by) };
    return { ...step, checklist: step.checklist.with(index, toggled) };
  });
}

/**
 * Closes the run at `at`: it stops changing and its countdowns stop at that instant. Steps left
 * pending stay pending, which is the record that they were never done.
 */
export function closeRun(run: SopRun, at: number): SopRunChange {
  if (run.closedAt !== null) {
    return { ok: false, code: 'run-closed' };
  }
  return { ok: true, value: { ...run, closedAt: at } };
}

/** How a step stands against its target time. */
export const stepTimingStates = [
  'no-target',
  'upcoming',
  'due-soon',
  'overdue',
  'done',
  'skipped',
] as const;

/** One of {@link stepTimingStates}. */
export type StepTimingState = (typeof stepTimingStates)[number];

/** A step's due time and countdown. */
export type StepTiming = {
  /** When the step is due (epoch ms): activation plus its target minutes; null without a target. */
  dueAt: number | null;
  state: StepTimingState;
  /**
   * Time left until `dueAt` (negative when overdue) for a pending step with a target; null for a
   * step without a target or one already done or skipped, which has no countdown.
   */
  remainingMs: number | null;
};

const minuteMs = 60_000;

/** The shortest "due soon" window: a quarter of an hour's warning even for short targets. */
export const minimumDueSoonMs = 15 * minuteMs;

/** Fraction of a step's target time that counts as "due soon" when larger than the minimum. */
export const dueSoonFraction = 0.1;

/**
 * How long before its due time a step counts as due soon: 15 minutes or 10 % of its target time,
 * whichever is larger (a 60-minute step warns 15 minutes ahead, a 24-hour step 144 minutes ahead).
 */
export function dueSoonWindowMs(targetMinutes: number): number {
  return Math.max(minimumDueSoonMs, targetMinutes * minuteMs * dueSoonFraction);
}

/**
 * The due time and countdown of one step of a run, read against the version the run follows.
 * A pending step with a target is `overdue` once `now` is past its due time (remaining < 0),
 * `due-soon` when the remaining time is at most {@link dueSoonWindowMs} (including exactly at the
 * due time), otherwise `upcoming`. A closed run's countdown stops at its closing time. Returns
 * null for a step id that is not in the run or the version; throws when `version` is not the
 * version the run follows, because reading targets from another version would be silently wrong.
 */
export function stepTiming(
  run: SopRun,
  version: SopVersion,
  stepId: string,
  now: number,
): StepTiming | null {
  if (version.sopId !== run.sopId || version.version !== run.version) {
    throw new RangeError(
      `Run ${run.id} follows ${run.sopId} v${String(run.version)}, not ${version.sopId} v${String(version.version)}`,
    );
  }
  const runStep = run.steps.find((step) => step.stepId === stepId);
  const versionStep: SopStep | undefined = version.content.steps.find((step) => step.id === stepId);
  if (runStep === undefined || versionStep === undefined) {
    return null;
  }
  const { targetMinutes } = versionStep;
  if (runStep.status !== 'pending') {
    const dueAt = targetMinutes === null ? null : run.activatedAt + targetMinutes * minuteMs;
    return { dueAt, state: runStep.status, remainingMs: null };
  }
  if (targetMinutes === null) {
    return { dueAt: null, state: 'no-target', remainingMs: null };
  }
  const dueAt = run.activatedAt + targetMinutes * minuteMs;
  const reference = run.closedAt === null ? now : Math.min(now, run.closedAt);
  const remainingMs = dueAt - reference;
  if (remainingMs < 0) {
    return { dueAt, state: 'overdue', remainingMs };
  }
  if (remainingMs <= dueSoonWindowMs(targetMinutes)) {
    return { dueAt, state: 'due-soon', remainingMs };
  }
  return { dueAt, state: 'upcoming', remainingMs };
}

/** How far a run has got. */
export type RunProgress = {
  total: number;
  done: number;
  skipped: number;
  pending: number;
  /** Done plus skipped. */
  finished: number;
  /** True when no step is pending (an SOP version always has at least one step). */
  isComplete: boolean;
  checklistTotal: number;
  checklistChecked: number;
};

/** Counts a run's steps by status and its checklist ticks, for progress bars and summaries. */
export function runProgress(run: SopRun): RunProgress {
  let done = 0;
  let skipped = 0;
  let checklistTotal = 0;
  let checklistChecked = 0;
  for (const step of run.steps) {
    if (step.status === 'done') done += 1;
    if (step.status === 'skipped') skipped += 1;
    checklistTotal += step.checklist.length;
    checklistChecked += step.checklist.filter((item) => item.isChecked).length;
  }
  const total = run.steps.length;
  const pending = total - done - skipped;
  return {
    total,
    done,
    skipped,
    pending,
    finished: done + skipped,
    isComplete: total > 0 && pending === 0,
    checklistTotal,
    checklistChecked,
  };
}
