import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';

/**
 * The Risks page: the risk register (likelihood × impact, owners, controls, review dates, heat
 * map). Nothing is recorded yet, so it says what the area will hold and that it is empty.
 */
export function RisksPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('areas.risks.title')}</PageHeading>
      <EmptyState
        heading={t('emptyStates.risks.heading')}
        summary={t('emptyStates.risks.summary')}
        status={t('emptyStates.risks.nothingYet')}
      />
    </>
  );
}
