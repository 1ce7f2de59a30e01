import { useTranslation } from 'react-i18next';
import type { RoleCoverage } from '../../../../../shared/domain/roster/coverage';
import { StatusBadge } from '../../../components/StatusBadge';
import type { StatusTone } from '../../../components/StatusBadge';
import { coverageStatusOf } from './coverageStatus';
import type { CoverageStatus } from './coverageStatus';

/** The badge tone of each status. */
const tones = {
  covered: 'success',
  attention: 'warning',
  uncovered: 'danger',
} as const satisfies Record<CoverageStatus, StatusTone>;

/** Props of {@link CoverageStatusBadge}. */
export type CoverageStatusBadgeProps = {
  coverage: RoleCoverage;
};

/** "Covered", "Needs attention" or "Not covered" for one role, in words and colour. */
export function CoverageStatusBadge({ coverage }: CoverageStatusBadgeProps) {
  const { t } = useTranslation();
  const status = coverageStatusOf(coverage);
  return <StatusBadge tone={tones[status]}>{t(`roster.roles.status.${status}`)}</StatusBadge>;
}
