import { useTranslation } from 'react-i18next';
import type { RunStepStatus } from '../../../../../shared/domain/sops/sopRuns';
import { StatusBadge } from '../../../components/StatusBadge';
import type { StatusTone } from '../../../components/StatusBadge';

/** Props of {@link StepStatusBadge}. */
export type StepStatusBadgeProps = {
  status: RunStepStatus;
  /** True when the run is closed: a step still pending there was never done. */
  isClosed: boolean;
};

/** The tone of each status; a pending step of a closed run is flagged as not done. */
const tones = {
  pending: 'neutral',
  done: 'success',
  skipped: 'neutral',
} as const satisfies Record<RunStepStatus, StatusTone>;

/** A run step's status in words: Pending, Done, Skipped, or Not done once the run is closed. */
export function StepStatusBadge({ status, isClosed }: StepStatusBadgeProps) {
  const { t } = useTranslation();
  if (isClosed && status === 'pending') {
    return <StatusBadge tone="warning">{t('sops.runs.step.notDone')}</StatusBadge>;
  }
  return <StatusBadge tone={tones[status]}>{t(`sops.runStepStatuses.${status}`)}</StatusBadge>;
}
