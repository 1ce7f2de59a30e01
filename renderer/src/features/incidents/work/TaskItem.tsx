import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { taskTiming } from '../../../../../shared/domain/incidents/tasks';
import type { IncidentTask, TaskStatus } from '../../../../../shared/domain/incidents/tasks';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import { useLanguage } from '../../../i18n/useLanguage';
import type { FieldIssue } from '../../../lib/commandResult';
import { formatDateTime } from '../../../lib/dates';
import { personDisplayName, useRoleName } from '../../roster';
import { saveTask } from '../incidentCommands';
import { taskInputOf } from './taskFormDraft';
import type { AttachedRun } from './useAttachedRuns';
import { useDurationWords } from './useDurationWords';
import { workIssueMessageKey } from './workIssues';

/** A quick status change: the button's name and the status it sets. */
type QuickChange = { action: 'start' | 'done' | 'reopen' | 'cancel'; status: TaskStatus };

/** The quick changes offered from each status. */
const quickChanges: Record<TaskStatus, readonly QuickChange[]> = {
  open: [
    { action: 'start', status: 'in-progress' },
    { action: 'done', status: 'done' },
    { action: 'cancel', status: 'cancelled' },
  ],
  'in-progress': [
    { action: 'done', status: 'done' },
    { action: 'cancel', status: 'cancelled' },
  ],
  done: [{ action: 'reopen', status: 'open' }],
  cancelled: [{ action: 'reopen', status: 'open' }],
};

/** Props of {@link TaskItem}. */
export type TaskItemProps = {
  incidentId: string;
  task: IncidentTask;
  now: number;
  peopleById: ReadonlyMap<string, Person>;
  rolesById: ReadonlyMap<string, CrisisRole>;
  runs: readonly AttachedRun[];
  onEdit: (task: IncidentTask) => void;
};

/**
 * One task of the list: its title, how it stands against its due time (an overdue task says so
 * in words, with a warning mark and a heavy edge, never by colour alone), owner, due time,
 * status, the SOP step it carries out, and buttons to start, finish, cancel or reopen it in one
 * press, or edit it.
 */
export function TaskItem({
  incidentId,
  task,
  now,
  peopleById,
  rolesById,
  runs,
  onEdit,
}: TaskItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const roleName = useRoleName();
  const durationWords = useDurationWords();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const timing = taskTiming(task, now);
  const isOverdue = timing.state === 'overdue';

  async function changeStatus(status: TaskStatus) {
    setIsSaving(true);
    try {
      const result = await saveTask(incidentId, task.id, taskInputOf(task, status));
      setIssues(result.ok ? [] : result.issues);
    } finally {
      setIsSaving(false);
    }
  }

  const person = task.ownerPersonId === null ? undefined : peopleById.get(task.ownerPersonId);
  const role = task.ownerRoleId === null ? undefined : rolesById.get(task.ownerRoleId);
  const personText =
    task.ownerPersonId === null
      ? null
      : person === undefined
        ? t('incidents.work.tasks.unknownPerson')
        : personDisplayName(person);
  const roleText =
    task.ownerRoleId === null ? null : role === undefined ? task.ownerRoleId : roleName(role);
  const ownerText =
    personText !== null && roleText !== null
      ? t('incidents.work.tasks.personInRole', { person: personText, role: roleText })
      : (personText ?? roleText ?? t('incidents.work.tasks.noOwner'));
  const run = runs.find((attached) => attached.run.id === task.sopRunId);
  const step = run?.steps.find((candidate) => candidate.id === task.sopStepId);
  const timingText = t(`incidents.taskTiming.${timing.state}`, {
    time: durationWords(timing.remainingMs ?? 0),
  });
  const reasons = [...new Set(issues.map((issue) => t(workIssueMessageKey(issue.code))))];

  return (
    <li className={`incident-task incident-task--${timing.state}`}>
      <h3 className="incident-task__title">{task.title}</h3>
      <p className="incident-task__timing">
        {isOverdue && (
          <span aria-hidden="true" className="incident-task__mark">
            ⚠
          </span>
        )}
        {timingText}
      </p>
      <dl className="incident-task__facts">
        <div>
          <dt>{t('incidents.work.tasks.owner')}</dt>
          <dd>{ownerText}</dd>
        </div>
        <div>
          <dt>{t('incidents.work.tasks.due')}</dt>
          <dd>
            {task.dueAt === null
              ? t('incidents.work.tasks.noDue')
              : formatDateTime(task.dueAt, language)}
          </dd>
        </div>
        <div>
          <dt>{t('incidents.work.tasks.status')}</dt>
          <dd>{t(`incidents.taskStatuses.${task.status}`)}</dd>
        </div>
        {task.sopStepId !== null && (
          <div>
            <dt>{t('incidents.work.tasks.sopStep')}</dt>
            <dd>
              {step === undefined
                ? t('incidents.work.tasks.unknownStep')
                : t('incidents.work.tasks.stepOfRun', {
                    step: step.title,
                    sop: run?.title ?? t('incidents.work.runs.missingTitle'),
                  })}
            </dd>
          </div>
        )}
      </dl>
      {task.note !== '' && <p className="incident-task__note">{task.note}</p>}
      <div className="button-row">
        {quickChanges[task.status].map(({ action, status }) => (
          <button
            key={action}
            type="button"
            disabled={isSaving}
            aria-label={t(`incidents.work.tasks.actionFor.${action}`, { title: task.title })}
            onClick={() => void changeStatus(status)}
          >
            {t(`incidents.work.tasks.actions.${action}`)}
          </button>
        ))}
        <button
          type="button"
          aria-label={t('incidents.work.tasks.actionFor.edit', { title: task.title })}
          onClick={() => onEdit(task)}
        >
          {t('incidents.work.tasks.actions.edit')}
        </button>
      </div>
      <div role="alert">
        {reasons.map((reason) => (
          <p key={reason} className="field__error">
            {t('incidents.work.tasks.changeFailed', { reason })}
          </p>
        ))}
      </div>
    </li>
  );
}
