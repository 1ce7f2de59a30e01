import { useTranslation } from 'react-i18next';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';
import { WarRoomRunSteps } from './WarRoomRunSteps';

/** Props of {@link WarRoomNextSteps}. */
export type WarRoomNextStepsProps = {
  /** The SOP runs attached to the incident, newest first. */
  runs: readonly SopRun[];
  roles: readonly CrisisRole[];
  now: number;
  headingId: string;
};

/** The next steps: the pending steps of every open SOP run attached to the incident. */
export function WarRoomNextSteps({ runs, roles, now, headingId }: WarRoomNextStepsProps) {
  const { t } = useTranslation();
  const openRuns = runs.filter(
    (run) => run.closedAt === null && run.steps.some((step) => step.status === 'pending'),
  );
  if (openRuns.length === 0) {
    return <p className="warroom-empty">{t('incidents.warRoom.noSteps')}</p>;
  }
  return (
    <ul className="warroom-runs" aria-labelledby={headingId}>
      {openRuns.map((run) => (
        <WarRoomRunSteps key={run.id} runId={run.id} roles={roles} now={now} />
      ))}
    </ul>
  );
}
