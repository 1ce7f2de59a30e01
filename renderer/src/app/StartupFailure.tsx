import { useTranslation } from 'react-i18next';

/** Props of {@link StartupFailure}. */
export type StartupFailureProps = {
  /** The English detail of what failed, for support. */
  detail: string;
};

/**
 * Shown instead of the app when its database cannot be opened: says so plainly, in the system
 * language, with the technical detail for whoever helps. Nothing is written in this state.
 */
export function StartupFailure({ detail }: StartupFailureProps) {
  const { t } = useTranslation();
  return (
    <main className="startup-failure">
      <h1>{t('startup.failedHeading')}</h1>
      <p>{t('startup.failedBody')}</p>
      <p>
        {t('startup.detailLabel')} <code>{detail}</code>
      </p>
    </main>
  );
}
