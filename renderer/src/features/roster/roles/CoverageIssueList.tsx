import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CoverageIssue } from '../../../../../shared/domain/roster/coverage';
import type { Person } from '../../../../../shared/domain/roster/person';
import { personDisplayName } from '../rosterLabels';

/** Props of {@link CoverageIssueList}. */
export type CoverageIssueListProps = {
  /** At least one issue. */
  issues: readonly CoverageIssue[];
  /** The list's accessible name ("Issues of Spokesperson"). */
  label: string;
  /** An issue as a sentence (from `useCoverageIssueText`, read once per page). */
  issueText: (issue: CoverageIssue) => string;
  /** Given, each issue about a person still in the roster links to their page. */
  personOf?: (personId: string) => Person | undefined;
};

/**
 * A role's coverage issues, one sentence each, problems set apart from warnings in style (the
 * sentence says which it is); optionally with a link to the person each is about.
 */
export function CoverageIssueList({ issues, label, issueText, personOf }: CoverageIssueListProps) {
  const { t } = useTranslation();
  return (
    <ul className="coverage-issues" aria-label={label}>
      {issues.map((issue, index) => {
        const person = 'personId' in issue ? personOf?.(issue.personId) : undefined;
        return (
          <li
            key={`${issue.kind}-${index}`}
            className={`coverage-issues__item coverage-issues__item--${issue.level}`}
          >
            {issueText(issue)}
            {person !== undefined && (
              <>
                {' '}
                <Link href={`~/roster/people/${person.id}`} className="coverage-issues__person">
                  {t('roster.roles.coverage.openPerson', { name: personDisplayName(person) })}
                </Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
