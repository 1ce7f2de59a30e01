import { useTranslation } from 'react-i18next';
import type { CoverageIssue, RoleCoverage } from '../../../../../shared/domain/roster/coverage';
import { roleHolderIds } from '../../../../../shared/domain/roster/crisisRoles';
import { CoverageIssueList } from './CoverageIssueList';
import { CoverageStatusBadge } from './CoverageStatusBadge';

/** Props of {@link RoleCoverageStatus}. */
export type RoleCoverageStatusProps = {
  coverage: RoleCoverage;
  /** The role's name in the UI language. */
  roleName: string;
  /** An issue as a sentence. */
  issueText: (issue: CoverageIssue) => string;
};

/**
 * One role's coverage on the roles page, beside its holders, so a problem shows while the user is
 * still assigning: the status, then each issue as a sentence (or why an empty role is fine).
 */
export function RoleCoverageStatus({ coverage, roleName, issueText }: RoleCoverageStatusProps) {
  const { t } = useTranslation();
  const label = t('roster.roles.status.label', { role: roleName });
  const isEmptyOptional = !coverage.role.isRequired && roleHolderIds(coverage.role).length === 0;
  return (
    <div className="role-coverage" role="group" aria-label={label}>
      <p className="role-coverage__status">
        <CoverageStatusBadge coverage={coverage} />
      </p>
      {coverage.issues.length > 0 ? (
        <CoverageIssueList
          issues={coverage.issues}
          label={t('roster.roles.coverage.issuesLabel', { role: roleName })}
          issueText={issueText}
        />
      ) : (
        <p className="role-coverage__note">
          {isEmptyOptional
            ? t('roster.roles.status.optionalEmpty')
            : t('roster.roles.status.noIssues')}
        </p>
      )}
    </div>
  );
}
