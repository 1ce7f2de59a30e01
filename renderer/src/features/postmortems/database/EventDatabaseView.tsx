import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { useEventIncidents } from './useEventIncidents';
import { useSeverityLevels } from '../../roster';
import { usePostmortems } from '../usePostmortemData';
import { EventDatabase } from './EventDatabase';

/**
 * The crisis-event database (`#/postmortems`, the area's first page): full-text search over every
 * incident and postmortem with filters by crisis type, severity, detection date, tag and exercise
 * flag. Says so while the data loads and, with nothing recorded yet, what the database will hold.
 */
export function EventDatabaseView() {
  const { t } = useTranslation();
  const incidents = useEventIncidents();
  const postmortems = usePostmortems();
  const levels = useSeverityLevels();

  if (incidents === undefined || postmortems === undefined || levels === undefined) {
    return <p role="status">{t('postmortems.database.loading')}</p>;
  }
  if (incidents.length === 0) {
    return (
      <EmptyState
        heading={t('postmortems.database.empty.heading')}
        summary={t('postmortems.database.empty.summary')}
        status={t('postmortems.database.empty.status')}
      />
    );
  }
  return <EventDatabase incidents={incidents} postmortems={postmortems} levels={levels} />;
}
