import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCallTree, usePeople, useRoles, useSeverityLevels } from '../useRosterData';
import { CallTreeEditor } from './CallTreeEditor';
import { WhoToCallNowPanel } from './WhoToCallNowPanel';

/**
 * The call tree page (`#/roster/call-tree`): "who to call now" for a chosen severity level, the
 * editor of every level's call list, and the way to the printable call-tree card.
 */
export function CallTreeView() {
  const { t } = useTranslation();
  const tree = useCallTree();
  const levels = useSeverityLevels();
  const roles = useRoles();
  const people = usePeople();
  if (tree === undefined || levels === undefined || roles === undefined || people === undefined) {
    return <p>{t('roster.callTree.loading')}</p>;
  }
  return (
    <div className="call-tree">
      <div className="toolbar">
        <Link href="/call-tree/print" className="call-tree__print-link">
          {t('roster.callTree.printLink')}
        </Link>
      </div>
      <WhoToCallNowPanel tree={tree} levels={levels} roles={roles} people={people} />
      <CallTreeEditor savedTree={tree} levels={levels} roles={roles} people={people} />
    </div>
  );
}
