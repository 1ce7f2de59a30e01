import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { RunDetails } from './RunDetails';
import { useRunWithVersion } from './useRunWithVersion';

/** Props of {@link RunPage}. */
export type RunPageProps = {
  runId: string;
};

/**
 * One run (`#/sops/runs/<id>`): loads the run and the exact published version it follows (never
 * the SOP's working draft, nor a newer version published since the run started) and shows it as a
 * live checklist. An unknown run or a missing version says so and links back to the runs list.
 */
export function RunPage({ runId }: RunPageProps) {
  const { t } = useTranslation();
  const loaded = useRunWithVersion(runId);

  const backLink = (
    <p>
      <Link href="~/sops/runs">{t('sops.runs.page.back')}</Link>
    </p>
  );
  if (loaded === undefined) {
    return <p role="status">{t('sops.runs.page.loading')}</p>;
  }
  if (loaded === null || loaded.version === null) {
    return (
      <section className="run-page">
        {backLink}
        <p>
          {loaded === null
            ? t('sops.runs.page.notFound')
            : t('sops.runs.page.versionMissing', { version: loaded.run.version })}
        </p>
      </section>
    );
  }
  return <RunDetails run={loaded.run} version={loaded.version} backLink={backLink} />;
}
