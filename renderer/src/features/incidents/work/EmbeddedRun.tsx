import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { RunDetails, useRunWithVersion } from '../../sops';

/**
 * One attached run shown in full as its live checklist (the SOP library's run view), with a link
 * to the run's own page.
 */
export function EmbeddedRun({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const loaded = useRunWithVersion(runId);
  if (loaded === undefined) {
    return <p role="status">{t('incidents.work.runs.loadingRun')}</p>;
  }
  if (loaded === null || loaded.version === null) {
    return <p>{t('incidents.work.runs.missingVersion')}</p>;
  }
  return (
    <div className="incident-runs__embedded">
      <RunDetails
        run={loaded.run}
        version={loaded.version}
        backLink={
          <p className="incident-runs__page-link">
            <Link href={`~/sops/runs/${runId}`}>{t('incidents.work.runs.openPage')}</Link>
          </p>
        }
      />
    </div>
  );
}
