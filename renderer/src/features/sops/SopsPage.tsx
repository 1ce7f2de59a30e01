import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';

/**
 * The Sops page: the SOP library (procedures per crisis type, steps, statement templates). Nothing
 * is recorded yet, so it says what the area will hold and that it is empty.
 */
export function SopsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.sops.title')}</PageHeading>
      <EmptyState
        heading={t('emptyStates.sops.heading')}
        summary={t('emptyStates.sops.summary')}
        status={t('emptyStates.sops.nothingYet')}
      />
    </>
  );
}
