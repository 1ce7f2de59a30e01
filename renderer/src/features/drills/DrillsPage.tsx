import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';

/**
 * The Drills page: drills (scenarios, injects, observations, after-action reports). Nothing is
 * recorded yet, so it says what the area will hold and that it is empty.
 */
export function DrillsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.drills.title')}</PageHeading>
      <EmptyState
        heading={t('emptyStates.drills.heading')}
        summary={t('emptyStates.drills.summary')}
        status={t('emptyStates.drills.nothingYet')}
      />
    </>
  );
}
