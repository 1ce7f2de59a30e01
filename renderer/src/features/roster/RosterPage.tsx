import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';

/**
 * The Roster page: the crisis team roster (roles with primary and backup, contacts, call tree).
 * Nothing is recorded yet, so it says what the area will hold and that it is empty.
 */
export function RosterPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.roster.title')}</PageHeading>
      <EmptyState
        heading={t('emptyStates.roster.heading')}
        summary={t('emptyStates.roster.summary')}
        status={t('emptyStates.roster.nothingYet')}
      />
    </>
  );
}
