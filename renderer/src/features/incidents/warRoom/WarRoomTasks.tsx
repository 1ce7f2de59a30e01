import { useTranslation } from 'react-i18next';
import type { IncidentTask } from '../../../../../shared/domain/incidents/tasks';
import { sortTasksForWarRoom, taskTiming } from '../../../../../shared/domain/incidents/tasks';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import { personDisplayName, useRoleName } from '../../roster';
import { useClockText } from './useClockText';

/** How many open tasks fit on the screen. */
const shownTasks = 8;

/** Props of {@link WarRoomTasks}. */
export type WarRoomTasksProps = {
  tasks: readonly IncidentTask[];
  roles: readonly CrisisRole[];
  peopleById: ReadonlyMap<string, Person>;
  now: number;
  headingId: string;
};

/**
 * The open tasks (open or in progress) in war-room order, overdue first, at most eight with a count
 * of the rest: title, owner (person, role or both) and timing in words. Overdue tasks carry a
 * warning sign and the word "Overdue", not only a colour.
 */
export function WarRoomTasks({ tasks, roles, peopleById, now, headingId }: WarRoomTasksProps) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const clockText = useClockText();
  const open = sortTasksForWarRoom(
    tasks.filter((task) => task.status === 'open' || task.status === 'in-progress'),
    now,
  );
  if (open.length === 0) {
    return <p className="warroom-empty">{t('incidents.warRoom.noTasks')}</p>;
  }

  function ownerOf(task: IncidentTask): string {
    const names: string[] = [];
    if (task.ownerPersonId !== null) {
      const person = peopleById.get(task.ownerPersonId);
      names.push(
        person === undefined ? t('incidents.warRoom.unknownPerson') : personDisplayName(person),
      );
    }
    if (task.ownerRoleId !== null) {
      const role = roles.find((candidate) => candidate.id === task.ownerRoleId);
      names.push(roleName({ id: task.ownerRoleId, name: role?.name ?? task.ownerRoleId }));
    }
    return names.length === 0 ? t('incidents.warRoom.unassigned') : names.join(' · ');
  }

  const rest = open.length - shownTasks;
  return (
    <>
      <ol className="warroom-list" aria-labelledby={headingId}>
        {open.slice(0, shownTasks).map((task) => {
          const timing = taskTiming(task, now);
          const isOverdue = timing.state === 'overdue';
          return (
            <li
              key={task.id}
              className={isOverdue ? 'warroom-item warroom-item--overdue' : 'warroom-item'}
            >
              <p className="warroom-item__title">{task.title}</p>
              <p className="warroom-item__meta">
                <span>{ownerOf(task)}</span>
                <span className={`warroom-badge warroom-badge--${timing.state}`}>
                  {isOverdue && <span aria-hidden="true">⚠ </span>}
                  {t(`incidents.taskTiming.${timing.state}`, {
                    time: clockText(timing.remainingMs ?? 0),
                  })}
                </span>
              </p>
            </li>
          );
        })}
      </ol>
      {rest > 0 && (
        <p className="warroom-more">{t('incidents.warRoom.moreTasks', { count: rest })}</p>
      )}
    </>
  );
}
