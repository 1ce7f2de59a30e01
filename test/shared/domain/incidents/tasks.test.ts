import { describe, expect, it } from 'vitest';
import {
  incidentTaskInputSchema,
  sortTasksForWarRoom,
  taskDueSoonMs,
  taskTiming,
  updateTask,
} from '../../../../shared/domain/incidents/tasks';
import type { IncidentTask, IncidentTaskInput } from '../../../../shared/domain/incidents/tasks';

const minute = 60_000;
const now = Date.UTC(2025, 2, 1, 12, 0);

/** An open task input without owner, due time or SOP link. */
function input(overrides: Partial<IncidentTaskInput> = {}) {
  return {
    title: 'Call the regulator',
    ownerPersonId: null,
    ownerRoleId: 'legal',
    dueAt: null,
    status: 'open',
    sopRunId: null,
    sopStepId: null,
    note: '',
    ...overrides,
  } satisfies IncidentTaskInput;
}

/** A stored task `id` created at `createdAt`. */
function task(
  id: string,
  createdAt: number,
  overrides: Partial<IncidentTaskInput> = {},
): IncidentTask {
  return {
    ...input(overrides),
    id,
    incidentId: 'incident-7',
    createdAt,
    updatedAt: createdAt,
    doneAt: null,
  };
}

/** The validation codes of `value`, by field path. */
function codes(value: unknown): string[] {
  const result = incidentTaskInputSchema.safeParse(value);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}:${issue.message}`);
}

describe('incidentTaskInputSchema', () => {
  it('accepts a task and trims its title and note', () => {
    const parsed = incidentTaskInputSchema.parse(input({ title: ' Call ', note: ' soon ' }));
    expect(parsed).toMatchObject({ title: 'Call', note: 'soon' });
  });

  it('refuses a blank or overlong title and an overlong note', () => {
    expect(codes(input({ title: '  ' }))).toEqual(['title:required']);
    expect(codes(input({ title: 'x'.repeat(201) }))).toEqual(['title:too-long']);
    expect(codes(input({ note: 'x'.repeat(10_001) }))).toEqual(['note:too-long']);
  });

  it('wants both the SOP run and its step, or neither', () => {
    expect(codes(input({ sopRunId: 'run-1', sopStepId: 'holding' }))).toEqual([]);
    expect(codes(input({ sopRunId: 'run-1' }))).toEqual(['sopStepId:sop-link-incomplete']);
    expect(codes(input({ sopStepId: 'holding' }))).toEqual(['sopRunId:sop-link-incomplete']);
  });

  it('refuses an unknown status', () => {
    expect(incidentTaskInputSchema.safeParse({ ...input(), status: 'blocked' }).success).toBe(
      false,
    );
  });
});

describe('updateTask', () => {
  it('records when a task is done, keeps it while done and clears it when reopened', () => {
    const open = task('task-1', now - 60 * minute);
    const done = updateTask(open, input({ status: 'done' }), now);
    expect(done).toMatchObject({ status: 'done', doneAt: now, updatedAt: now });
    const retitled = updateTask(done, input({ status: 'done', title: 'Called' }), now + minute);
    expect(retitled).toMatchObject({ title: 'Called', doneAt: now, updatedAt: now + minute });
    const reopened = updateTask(retitled, input({ status: 'in-progress' }), now + 2 * minute);
    expect(reopened.doneAt).toBeNull();
    expect(updateTask(done, input({ status: 'cancelled' }), now).doneAt).toBeNull();
    expect(open.status).toBe('open');
  });
});

describe('taskTiming', () => {
  it.each([
    ['no due time', null, 'open', 'no-due', null],
    ['far ahead', now + 16 * minute, 'open', 'upcoming', 16 * minute],
    [
      'just outside the window',
      now + taskDueSoonMs + 1,
      'in-progress',
      'upcoming',
      taskDueSoonMs + 1,
    ],
    ['at the window', now + taskDueSoonMs, 'open', 'due-soon', taskDueSoonMs],
    ['exactly due', now, 'open', 'due-soon', 0],
    ['a moment late', now - 1, 'in-progress', 'overdue', -1],
    ['done though late', now - minute, 'done', 'done', null],
    ['cancelled though late', now - minute, 'cancelled', 'cancelled', null],
  ] as const)('%s', (_label, dueAt, status, state, remainingMs) => {
    expect(taskTiming({ dueAt, status }, now)).toEqual({ state, remainingMs });
  });

  it('uses a quarter of an hour as the due-soon window', () => {
    expect(taskDueSoonMs).toBe(15 * minute);
  });
});

describe('sortTasksForWarRoom', () => {
  it('puts overdue first, then by due time, then undated, then finished; ties by creation', () => {
    const tasks = [
      task('finished', now - 90 * minute, { status: 'done', dueAt: now - 60 * minute }),
      task('undated-late', now - 10 * minute),
      task('later', now - 50 * minute, { dueAt: now + 120 * minute }),
      task('overdue-a-little', now - 40 * minute, { dueAt: now - minute }),
      task('undated-early', now - 30 * minute),
      task('soon', now - 20 * minute, { dueAt: now + 5 * minute, status: 'in-progress' }),
      task('overdue-long', now - 5 * minute, { dueAt: now - 60 * minute }),
      task('cancelled', now - 100 * minute, { status: 'cancelled' }),
      task('soon-created-first', now - 70 * minute, { dueAt: now + 5 * minute }),
    ];
    expect(sortTasksForWarRoom(tasks, now).map((item) => item.id)).toEqual([
      'overdue-long',
      'overdue-a-little',
      'soon-created-first',
      'soon',
      'later',
      'undated-early',
      'undated-late',
      'finished',
      'cancelled',
    ]);
  });

  it('returns a new array and leaves the input alone', () => {
    const tasks = [task('b', now, { dueAt: now + minute }), task('a', now - minute)];
    const sorted = sortTasksForWarRoom(tasks, now);
    expect(sorted).not.toBe(tasks);
    expect(tasks.map((item) => item.id)).toEqual(['b', 'a']);
  });

  it('breaks full ties by id so the order is stable', () => {
    const tasks = [task('b', now), task('a', now)];
    expect(sortTasksForWarRoom(tasks, now).map((item) => item.id)).toEqual(['a', 'b']);
  });
});
