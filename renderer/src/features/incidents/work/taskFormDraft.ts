import { z } from 'zod';
import { taskStatuses } from '../../../../../shared/domain/incidents/tasks';
import type {
  IncidentTask,
  IncidentTaskInput,
  TaskStatus,
} from '../../../../../shared/domain/incidents/tasks';
import type { FieldIssue } from '../../../lib/commandResult';
import { parseLocalDateTime, toLocalDateTime } from './localDateTime';

/**
 * The task form's draft: what the fields hold, as typed. Ids are '' for "none" (the selects'
 * empty choice) and the due time is the `datetime-local` text, so nothing typed is lost when a
 * save is refused.
 */
export type TaskDraft = {
  title: string;
  ownerPersonId: string;
  ownerRoleId: string;
  /** `YYYY-MM-DDTHH:mm` in the device's zone, or '' for no due time. */
  due: string;
  status: TaskStatus;
  sopRunId: string;
  sopStepId: string;
  note: string;
};

/** The draft of a new task (open, nothing else set) or of an existing one. */
export function toTaskDraft(task: IncidentTask | null): TaskDraft {
  if (task === null) {
    return {
      title: '',
      ownerPersonId: '',
      ownerRoleId: '',
      due: '',
      status: 'open',
      sopRunId: '',
      sopStepId: '',
      note: '',
    };
  }
  return {
    title: task.title,
    ownerPersonId: task.ownerPersonId ?? '',
    ownerRoleId: task.ownerRoleId ?? '',
    due: task.dueAt === null ? '' : toLocalDateTime(task.dueAt),
    status: task.status,
    sopRunId: task.sopRunId ?? '',
    sopStepId: task.sopStepId ?? '',
    note: task.note,
  };
}

/**
 * A draft as kept in local storage (useDraftDialog) under `incident-task:<incidentId>:<taskId|new>`,
 * with the `updatedAt` of the task it edits (null for a new task), so a draft of a task someone
 * has changed since is not restored over their change. A damaged draft is dropped.
 */
export const storedTaskDraftSchema = z
  .object({
    basedOn: z.number().nullable(),
    draft: z
      .object({
        title: z.string(),
        ownerPersonId: z.string(),
        ownerRoleId: z.string(),
        due: z.string(),
        status: z.enum(taskStatuses),
        sopRunId: z.string(),
        sopStepId: z.string(),
        note: z.string(),
      })
      .strict(),
  })
  .strict();

/** '' as null: the selects' "none". */
function idOrNull(id: string): string | null {
  return id === '' ? null : id;
}

/**
 * The input a draft saves, or the issue of a due time that is not a real date and time (the
 * command validates the rest).
 */
export function toTaskInput(
  draft: TaskDraft,
): { ok: true; input: IncidentTaskInput } | { ok: false; issues: FieldIssue[] } {
  const dueAt = draft.due === '' ? null : parseLocalDateTime(draft.due);
  if (draft.due !== '' && dueAt === null) {
    return { ok: false, issues: [{ path: 'dueAt', code: 'invalid-date' }] };
  }
  return {
    ok: true,
    input: {
      title: draft.title,
      ownerPersonId: idOrNull(draft.ownerPersonId),
      ownerRoleId: idOrNull(draft.ownerRoleId),
      dueAt,
      status: draft.status,
      sopRunId: idOrNull(draft.sopRunId),
      sopStepId: idOrNull(draft.sopStepId),
      note: draft.note,
    },
  };
}

/** The task input of a stored task, for a quick status change that keeps everything else. */
export function taskInputOf(task: IncidentTask, status: TaskStatus): IncidentTaskInput {
  return {
    title: task.title,
    ownerPersonId: task.ownerPersonId,
    ownerRoleId: task.ownerRoleId,
    dueAt: task.dueAt,
    status,
    sopRunId: task.sopRunId,
    sopStepId: task.sopStepId,
    note: task.note,
  };
}
