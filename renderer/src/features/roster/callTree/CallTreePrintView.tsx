import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { callListFor, resolveCallList } from '../../../../../shared/domain/roster/callTree';
import { PageHeading } from '../../../components/PageHeading';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useNow } from '../../../lib/useNow';
import { useCallTree, usePeople, useRoles, useSeverityLevels } from '../useRosterData';
import { deviceTimeZone } from '../../../lib/dates';
import { availabilityInstant } from '../useRosterData';
import { PrintedCallList } from './PrintedCallList';
import { peopleOnCard } from './printedCallCard';
import { PrintedContactTable } from './PrintedContactTable';

/**
 * The printable call-tree card (`#/roster/call-tree/print`), shown without the area's heading
 * and navigation: every severity level's call list with the names of each role's primary and
 * backups, then one contact table with each of those people once (phones and email), the time it
 * was printed, and a legend, laid out to fit one A4 page for a team of a dozen
 * (roster-calltree.css). The Print and Back controls are not printed.
 */
export function CallTreePrintView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const tree = useCallTree();
  const levels = useSeverityLevels();
  const roles = useRoles();
  const people = usePeople();
  const rolesById = useMemo(() => new Map((roles ?? []).map((role) => [role.id, role])), [roles]);
  const peopleById = useMemo(
    () => new Map((people ?? []).map((person) => [person.id, person])),
    [people],
  );

  if (tree === undefined || levels === undefined || roles === undefined || people === undefined) {
    return <p>{t('roster.callTree.loading')}</p>;
  }
  const at = availabilityInstant(now, people);
  const callLists = levels.map((level) => ({
    level,
    resolved: resolveCallList(callListFor(tree, level.id), roles, people, at),
  }));

  return (
    <article className="call-tree-card">
      <header className="call-tree-card__header">
        <PageHeading>{t('roster.callTree.print.title')}</PageHeading>
        <p className="call-tree-card__printed">
          {t('roster.callTree.print.printedAt', {
            time: formatDateTime(at, language),
            timeZone: deviceTimeZone(),
          })}
        </p>
        <div className="button-row call-tree-card__actions">
          <button type="button" className="button--primary" onClick={() => window.print()}>
            {t('roster.callTree.print.print')}
          </button>
          <Link href="/call-tree">{t('roster.callTree.print.back')}</Link>
        </div>
      </header>
      <div className="call-tree-card__levels">
        {callLists.map(({ level, resolved }) => (
          <PrintedCallList
            key={level.id}
            level={level}
            resolved={resolved}
            rolesById={rolesById}
            peopleById={peopleById}
          />
        ))}
      </div>
      <PrintedContactTable
        people={peopleOnCard(
          callLists.map(({ resolved }) => resolved),
          rolesById,
          peopleById,
          people,
        )}
      />
      <p className="call-tree-card__legend">{t('roster.callTree.print.legend')}</p>
    </article>
  );
}
