import { useTranslation } from 'react-i18next';
import { stepTiming } from '../../../../../shared/domain/sops/sopRuns';
import type { StepTiming } from '../../../../../shared/domain/sops/sopRuns';
import type { SopStep } from '../../../../../shared/domain/sops/sop';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import { useRoleName } from '../../roster';
import { useRunWithVersion } from '../../sops';
import { useClockText } from './useClockText';

/** How many pending steps of one run fit on the screen. */
const shownSteps = 4;

/** Props of {@link WarRoomRunSteps}. */
export type WarRoomRunStepsProps = {
  runId: string;
  roles: readonly CrisisRole[];
  now: number;
};

/** Sort rank of a pending step: overdue, then due soon or upcoming, then untimed. */
function rankOf(timing: StepTiming): number {
  if (timing.state === 'overdue') return 0;
  return timing.dueAt === null ? 2 : 1;
}

/**
 * The next steps of one open SOP run: its pending steps, overdue first and then by due time
 * (untimed steps last, in the SOP's order), at most four, each with its owner role and its target
 * in words. Read live, so a step done on the command page leaves at once.
 */
export function WarRoomRunSteps({ runId, roles, now }: WarRoomRunStepsProps) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const clockText = useClockText();
  const loaded = useRunWithVersion(runId);
  if (loaded === undefined || loaded === null) return null;
  const { run, version } = loaded;
  if (version === null) {
    return (
      <li className="warroom-run">
        <p className="warroom-empty">{t('incidents.warRoom.missingVersion')}</p>
      </li>
    );
  }
  const pendingIds = new Set(
    run.steps.filter((step) => step.status === 'pending').map((step) => step.stepId),
  );
  const pending = version.content.steps
    .map((step, order) => ({ step, order, timing: stepTiming(run, version, step.id, now) }))
    .filter(
      (item): item is { step: SopStep; order: number; timing: StepTiming } =>
        item.timing !== null && pendingIds.has(item.step.id),
    )
    .sort(
      (left, right) =>
        rankOf(left.timing) - rankOf(right.timing) ||
        (left.timing.dueAt ?? 0) - (right.timing.dueAt ?? 0) ||
        left.order - right.order,
    );
  if (pending.length === 0) return null;

  function timingText(timing: StepTiming): string {
    switch (timing.state) {
      case 'upcoming':
      case 'due-soon':
      case 'overdue':
        return t(`incidents.taskTiming.${timing.state}`, {
          time: clockText(timing.remainingMs ?? 0),
        });
      default:
        return t('incidents.warRoom.stepNoTarget');
    }
  }

  return (
    <li className="warroom-run">
      <p className="warroom-run__title">{version.content.title}</p>
      <ol className="warroom-list">
        {pending.slice(0, shownSteps).map(({ step, timing }) => {
          const isOverdue = timing.state === 'overdue';
          const role =
            step.ownerRoleId === null
              ? undefined
              : roles.find((candidate) => candidate.id === step.ownerRoleId);
          return (
            <li
              key={step.id}
              className={isOverdue ? 'warroom-item warroom-item--overdue' : 'warroom-item'}
            >
              <p className="warroom-item__title">{step.title}</p>
              <p className="warroom-item__meta">
                {step.ownerRoleId !== null && (
                  <span>
                    {roleName({ id: step.ownerRoleId, name: role?.name ?? step.ownerRoleId })}
                  </span>
                )}
                <span className={`warroom-badge warroom-badge--${timing.state}`}>
                  {isOverdue && <span aria-hidden="true">⚠ </span>}
                  {timingText(timing)}
                </span>
              </p>
            </li>
          );
        })}
      </ol>
    </li>
  );
}
