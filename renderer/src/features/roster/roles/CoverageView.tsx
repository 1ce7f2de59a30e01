import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { coverageSummary } from '../../../../../shared/domain/roster/coverage';
import { usePeople, useRosterCoverage } from '../useRosterData';
import { byUrgency } from './coverageStatus';
import { RoleCoverageEntry } from './RoleCoverageEntry';
import { useCoverageIssueText } from './useCoverageIssueText';

/**
 * The coverage check (`#/roster/coverage`): how many roles are not covered or need attention,
 * then every role, those with problems first, with its status and each issue as a sentence,
 * linking to the roles page and to the people concerned. Re-checked every 30 seconds, so an
 * absence that starts or ends shows without a reload.
 */
export function CoverageView() {
  const { t } = useTranslation();
  const headingId = useId();
  const coverage = useRosterCoverage();
  const people = usePeople();
  const issueText = useCoverageIssueText();

  if (coverage === undefined || people === undefined) {
    return <p role="status">{t('roster.roles.coverage.loading')}</p>;
  }
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const summary = coverageSummary(coverage);
  const isAllCovered = summary.uncovered === 0 && summary.withWarnings === 0;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('roster.roles.coverage.heading')}</h2>
      <p className="coverage-intro">{t('roster.roles.coverage.intro')}</p>
      {people.length === 0 && (
        <div className="panel roles-no-people">
          <p>{t('roster.roles.coverage.noPeople')}</p>
          <p>
            <Link href="~/roster">{t('roster.roles.addPeople')}</Link>
          </p>
        </div>
      )}
      <p className="coverage-summary">
        {isAllCovered ? (
          t('roster.roles.coverage.allCovered', { total: summary.total })
        ) : (
          <>
            {t('roster.roles.coverage.uncovered', {
              uncovered: summary.uncovered,
              total: summary.total,
            })}{' '}
            {t('roster.roles.coverage.attention', { attention: summary.withWarnings })}
          </>
        )}
      </p>
      {/* A <ul> keeps its list role in Chromium (Electron, the web transport) without bullets. */}
      <ul className="plain-list coverage-list" aria-label={t('roster.roles.coverage.listLabel')}>
        {byUrgency(coverage).map((entry) => (
          <li key={entry.role.id}>
            <RoleCoverageEntry
              coverage={entry}
              issueText={issueText}
              personOf={(personId) => peopleById.get(personId)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
