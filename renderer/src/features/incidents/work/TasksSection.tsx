import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { sortTasksForWarRoom, taskTiming } from '../../../../../shared/domain/incidents/tasks';
import type { IncidentTask } from '../../../../../shared/domain/incidents/tasks';
import { useNow } from '../../../lib/useNow';
import { usePeopleById, useRoles } from '../../roster';
import { useIncidentTasks } from '../useIncidentData';
import { TaskFormDialog } from './TaskFormDialog';
import { TaskItem } from './TaskItem';
import { useAttachedRuns } from './useAttachedRuns';

/** How often due times are re-checked while the page is open. */
const tickMs = 30_000;

/** Which task dialog is open: none, a new task, or the edit of one task. */
type OpenDialog = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; task: IncidentTask };

/**
 * An incident's tasks in war-room order (overdue first, then by due time, finished last), with a
 * count of overdue tasks at the top, "Add task", and per task quick status changes and Edit. Due
 * times are re-checked every 30 seconds and when the window comes back into view.
 */
export function TasksSection({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const headingId = useId();
  const now = useNow(tickMs);
  const tasks = useIncidentTasks(incident.id);
  const runs = useAttachedRuns(incident.id);
  const peopleById = usePeopleById();
  const roles = useRoles();
  const [dialog, setDialog] = useState<OpenDialog>({ kind: 'none' });

  const sorted = tasks === undefined ? [] : sortTasksForWarRoom(tasks, now);
  const overdueCount = sorted.filter((task) => taskTiming(task, now).state === 'overdue').length;
  const rolesById = new Map((roles ?? []).map((role) => [role.id, role]));

  return (
    <section aria-labelledby={headingId} className="incident-work incident-tasks">
      <div className="incident-work__header">
        <h2 id={headingId}>{t('incidents.work.tasks.heading')}</h2>
        <button
          type="button"
          className="button--primary"
          onClick={() => setDialog({ kind: 'add' })}
        >
          {t('incidents.work.tasks.add')}
        </button>
      </div>
      <div role="status" className="incident-tasks__overdue">
        {overdueCount > 0 && (
          <p className="incident-tasks__overdue-text">
            <span aria-hidden="true" className="incident-task__mark">
              ⚠
            </span>
            {t('incidents.work.tasks.overdueSummary', { count: overdueCount })}
          </p>
        )}
      </div>
      {tasks === undefined ? (
        <p role="status">{t('incidents.work.tasks.loading')}</p>
      ) : sorted.length === 0 ? (
        <p>{t('incidents.work.tasks.empty')}</p>
      ) : (
        <ol className="incident-tasks__list" aria-label={t('incidents.work.tasks.listLabel')}>
          {sorted.map((task) => (
            <TaskItem
              key={task.id}
              incidentId={incident.id}
              task={task}
              now={now}
              peopleById={peopleById ?? new Map()}
              rolesById={rolesById}
              runs={runs ?? []}
              onEdit={(chosen) => setDialog({ kind: 'edit', task: chosen })}
            />
          ))}
        </ol>
      )}
      {dialog.kind !== 'none' && (
        <TaskFormDialog
          incidentId={incident.id}
          task={dialog.kind === 'edit' ? dialog.task : null}
          runs={runs ?? []}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
    </section>
  );
}
