import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { coverageSummary } from '../../../../../shared/domain/roster/coverage';
import { useRoleName } from '../rosterLabels';
import { usePeople, useRosterCoverage } from '../useRosterData';
import { useCoverageIssueText } from './useCoverageIssueText';

/**
 * The Dashboard's "Crisis team coverage": how many roles are not covered and how many need
 * attention, each uncovered role with its first problem, and a link to the coverage check. Live:
 * it follows roster changes at once and re-checks availability every 30 seconds.
 */
export function CoverageCard() {
  const { t } = useTranslation();
  const headingId = useId();
  const coverage = useRosterCoverage();
  const people = usePeople();
  const roleName = useRoleName();
  const issueText = useCoverageIssueText();

  let body;
  if (coverage === undefined || people === undefined) {
    body = <p role="status">{t('roster.roles.card.loading')}</p>;
  } else if (people.length === 0) {
    body = (
      <>
        <p>{t('roster.roles.card.noPeople')}</p>
        <p>
          <Link href="~/roster">{t('roster.roles.card.addPeople')}</Link>
        </p>
      </>
    );
  } else {
    const summary = coverageSummary(coverage);
    const uncovered = coverage.filter((entry) => !entry.isCovered);
    const status =
      summary.uncovered > 0 ? null : (
        <p className="coverage-card__status">
          {summary.withWarnings === 0
            ? t('roster.roles.card.allCovered')
            : t('roster.roles.card.attentionOnly')}
        </p>
      );
    body = (
      <>
        <dl className="coverage-card__counts">
          <div className="coverage-card__count">
            <dt>{t('roster.roles.card.uncovered')}</dt>
            <dd>{summary.uncovered}</dd>
          </div>
          <div className="coverage-card__count">
            <dt>{t('roster.roles.card.attention')}</dt>
            <dd>{summary.withWarnings}</dd>
          </div>
        </dl>
        {status}
        {uncovered.length > 0 && (
          <ul className="coverage-card__list" aria-label={t('roster.roles.card.listLabel')}>
            {uncovered.map((entry) => {
              const problem = entry.issues.find((issue) => issue.level === 'problem');
              return (
                <li key={entry.role.id}>
                  <span className="coverage-card__role">{roleName(entry.role)}</span>
                  {problem !== undefined && (
                    <span className="coverage-card__problem">{issueText(problem)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <p>
          <Link href="~/roster/coverage">{t('roster.roles.card.open')}</Link>
        </p>
      </>
    );
  }

  return (
    <section className="panel coverage-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('roster.roles.card.heading')}</h2>
      {body}
    </section>
  );
}
