import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { InstallStarterButton } from './InstallStarterButton';

/**
 * The library before any SOP exists: what an SOP is and how versions and runs work, that nothing
 * is written yet, and the two ways to start: install the starter library to adapt, or write a
 * new SOP from scratch.
 */
export function LibraryEmptyState() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="empty-state sop-library-empty" aria-labelledby={headingId}>
      <h2 id={headingId} className="empty-state__heading">
        {t('sops.library.empty.heading')}
      </h2>
      <p className="empty-state__summary">{t('sops.library.empty.summary')}</p>
      <p className="empty-state__status">{t('sops.library.empty.status')}</p>
      <p className="empty-state__summary">{t('sops.library.empty.starterHint')}</p>
      <div className="button-row sop-library-empty__actions">
        <InstallStarterButton isPrimary />
        <Link href="~/sops/new" className="sop-link-button">
          {t('sops.library.actions.newSop')}
        </Link>
      </div>
    </section>
  );
}
