import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CoverageIssue, RoleCoverage } from '../../../../../shared/domain/roster/coverage';
import { roleHolderIds } from '../../../../../shared/domain/roster/crisisRoles';
import type { Person } from '../../../../../shared/domain/roster/person';
import { useRoleName } from '../rosterLabels';
import { coverageStatusOf } from './coverageStatus';
import { CoverageIssueList } from './CoverageIssueList';
import { CoverageStatusBadge } from './CoverageStatusBadge';

/** Props of {@link RoleCoverageEntry}. */
export type RoleCoverageEntryProps = {
  coverage: RoleCoverage;
  /** An issue as a sentence. */
  issueText: (issue: CoverageIssue) => string;
  /** The person with an id, for links to the people an issue is about. */
  personOf: (personId: string) => Person | undefined;
};

/**
 * One role in the coverage check, as an article named by the role: its status, its issues (each
 * with a link to the person it is about) and a link to edit its holders on the roles page.
 */
export function RoleCoverageEntry({ coverage, issueText, personOf }: RoleCoverageEntryProps) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const headingId = useId();
  const name = roleName(coverage.role);
  const isEmptyOptional = !coverage.role.isRequired && roleHolderIds(coverage.role).length === 0;
  return (
    <article
      className={`panel coverage-entry coverage-entry--${coverageStatusOf(coverage)}`}
      aria-labelledby={headingId}
    >
      <div className="coverage-entry__header">
        <h3 id={headingId} className="coverage-entry__name">
          {name}
        </h3>
        <CoverageStatusBadge coverage={coverage} />
      </div>
      {coverage.issues.length > 0 ? (
        <CoverageIssueList
          issues={coverage.issues}
          label={t('roster.roles.coverage.issuesLabel', { role: name })}
          issueText={issueText}
          personOf={personOf}
        />
      ) : (
        isEmptyOptional && (
          <p className="coverage-entry__note">{t('roster.roles.status.optionalEmpty')}</p>
        )
      )}
      <p className="coverage-entry__link">
        <Link href="~/roster/roles">{t('roster.roles.coverage.editHolders', { role: name })}</Link>
      </p>
    </article>
  );
}
