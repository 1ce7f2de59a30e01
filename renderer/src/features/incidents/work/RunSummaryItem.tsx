import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { runProgress } from '../../../../../shared/domain/sops/sopRuns';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import type { AttachedRun } from './useAttachedRuns';

/** Props of {@link RunSummaryItem}. */
export type RunSummaryItemProps = {
  attached: AttachedRun;
  /** Shows this run's checklist in the section instead of the one shown now. */
  onShow: () => void;
};

/**
 * A run that is not shown in full: its SOP title and version, open or closed, when it started,
 * its progress, "Show the checklist here" and a link to its own page.
 */
export function RunSummaryItem({ attached, onShow }: RunSummaryItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { run } = attached;
  const progress = runProgress(run);
  const title = t('incidents.work.runTitle', {
    title: attached.title ?? t('incidents.work.runs.missingTitle'),
    version: run.version,
  });
  return (
    <li className="incident-runs__summary">
      <h3>{title}</h3>
      <p>
        {run.closedAt === null ? t('incidents.work.runs.open') : t('incidents.work.runs.closed')}
        {' · '}
        {t('incidents.work.runs.startedAt', { time: formatDateTime(run.activatedAt, language) })}
        {' · '}
        {t('incidents.work.runs.progress', {
          finished: progress.finished,
          total: progress.total,
        })}
      </p>
      <div className="button-row">
        <button
          type="button"
          aria-label={t('incidents.work.runs.showHereFor', { title })}
          onClick={onShow}
        >
          {t('incidents.work.runs.showHere')}
        </button>
        <Link href={`~/sops/runs/${run.id}`}>
          {t('incidents.work.runs.openPageFor', { title })}
        </Link>
      </div>
    </li>
  );
}
