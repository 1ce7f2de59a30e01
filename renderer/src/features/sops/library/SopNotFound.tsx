import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/**
 * What an SOP's pages (the SOP itself, its versions) show when the SOP does not exist (deleted,
 * or a stale link): a way back to the library and a plain statement.
 */
export function SopNotFound() {
  const { t } = useTranslation();
  return (
    <section className="sop-page">
      <p>
        {/* Absolute: a nested link to '/' would address `#/sops/` with a trailing slash. */}
        <Link href="~/sops">{t('sops.library.page.back')}</Link>
      </p>
      <p>{t('sops.library.page.notFound')}</p>
    </section>
  );
}
