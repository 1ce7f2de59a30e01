import { z } from 'zod';

/**
 * An incident's tasks: what has to be done, by whom (a person of the roster and/or a crisis role),
 * by when, and how far it has got, optionally linked to a step of an SOP run attached to the
 * incident. Overdue tasks must stand out in the war-room view, so timing and ordering live here.
 * Validation messages are codes the UI translates under `incidents.validation.<code>`. Times are
 * epoch milliseconds; callers pass `now`.
 */

/** Where a task stands. `done` and `cancelled` are finished: they no longer count down. */
export const taskStatuses = ['open', 'in-progress', 'done', 'cancelled'] as const;

/** One of {@link taskStatuses}. */
export type TaskStatus = (typeof taskStatuses)[number];

/** Longest task title. */
export const maxTaskTitleLength = 200;

/** Longest task note. */
export const maxTaskNoteLength = 10_000;

/** An id made by the app or a known list's id. */
const idSchema = z.string().min(1).max(80);

/** What the task form writes; the app adds ids and times. */
export const incidentTaskInputSchema = z
  .object({
    title: z.string().trim().min(1, 'required').max(maxTaskTitleLength, 'too-long'),
    /** A person of the roster; null when nobody is named yet. */
    ownerPersonId: idSchema.nullable(),
    /** A crisis role (`commander`, `custom-…`); null when the task is not tied to a role. */
    ownerRoleId: idSchema.nullable(),
    /** When it must be done (epoch ms); null without a deadline. */
    dueAt: z.number().int().min(0).nullable(),
    status: z.enum(taskStatuses),
    /** The SOP run and the step of it this task carries out: both set or both null. */
    sopRunId: idSchema.nullable(),
    sopStepId: idSchema.nullable(),
    note: z.string().trim().max(maxTaskNoteLength, 'too-long'),
  })
  .strict()
  .superRefine((input, context) => {
    if ((input.sopRunId === null) !== (input.sopStepId === null)) {
      const path = input.sopRunId === null ? ['sopRunId'] : ['sopStepId'];
      context.addIssue({ code: 'custom', path, message: 'sop-link-incomplete' });
    }
  });

/** See {@link incidentTaskInputSchema}. */
export type IncidentTaskInput = z.output<typeof incidentTaskInputSchema>;

/** A stored task: the input plus ids, when it was created and changed, and when it was done. */
export type IncidentTask = IncidentTaskInput & {
  id: string;
  incidentId: string;
  createdAt: number;
  updatedAt: number;
  /** When the task was marked done (epoch ms); null unless its status is `done`. */
  doneAt: number | null;
};

/**
 * Applies an edit to a task at `at`: the new input, `updatedAt = at`, and `doneAt` set when the
 * task becomes done, kept while it stays done, cleared when it is reopened or cancelled (a
 * cancelled task was never done). Never mutates `task`.
 */
export function updateTask(task: IncidentTask, input: IncidentTaskInput, at: number): IncidentTask {
  const doneAt = input.status === 'done' ? (task.doneAt ?? at) : null;
  return { ...task, ...input, updatedAt: at, doneAt };
}

/** How a task stands against its due time. */
export const taskTimingStates = [
  'no-due',
  'upcoming',
  'due-soon',
  'overdue',
  'done',
  'cancelled',
] as const;

/** One of {@link taskTimingStates}. */
export type TaskTimingState = (typeof taskTimingStates)[number];

/** A task's state and countdown. */
export type TaskTiming = {
  state: TaskTimingState;
  /**
   * Time left until `dueAt` (negative when overdue) for an unfinished task with a due time; null
   * for a task without one or a finished task, which has no countdown.
   */
  remainingMs: number | null;
};

/** How long before its due time a task counts as due soon: a quarter of an hour. */
export const taskDueSoonMs = 15 * 60_000;

/**
 * The timing of a task at `now`. Finished tasks report their status. An unfinished task with a due
 * time is `overdue` once `now` is past it (remaining < 0), `due-soon` when at most
 * {@link taskDueSoonMs} remain (exactly at the due time included), otherwise `upcoming`.
 */
export function taskTiming(task: Pick<IncidentTask, 'status' | 'dueAt'>, now: number): TaskTiming {
  if (task.status === 'done' || task.status === 'cancelled') {
    return { state: task.status, remainingMs: null };
  }
  if (task.dueAt === null) {
    return { state: 'no-due', remainingMs: null };
  }
  const remainingMs = task.dueAt - now;
  if (remainingMs < 0) {
    return { state: 'overdue', remainingMs };
  }
  if (remainingMs <= taskDueSoonMs) {
    return { state: 'due-soon', remainingMs };
  }
  return { state: 'upcoming', remainingMs };
}

/** Sort rank: overdue, then other unfinished tasks with a due time, then without, then finished. */
function warRoomRank(task: IncidentTask, now: number): number {
  const { state } = taskTiming(task, now);
  if (state === 'overdue') {
    return 0;
  }
  if (state === 'due-soon' || state === 'upcoming') {
    return 1;
  }
  return state === 'no-due' ? 2 : 3;
}

/**
 * The tasks in war-room order, as a new array: overdue first (the longest overdue at the top), then
 * unfinished tasks by due time, then unfinished tasks without one, then finished tasks; ties by
 * creation time, then id, so the order does not jump between renders.
 */
export function sortTasksForWarRoom(tasks: readonly IncidentTask[], now: number): IncidentTask[] {
  return [...tasks].sort(
    (left, right) =>
      warRoomRank(left, now) - warRoomRank(right, now) ||
      (left.dueAt ?? Number.POSITIVE_INFINITY) - (right.dueAt ?? Number.POSITIVE_INFINITY) ||
      left.createdAt - right.createdAt ||
      (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  );
}
