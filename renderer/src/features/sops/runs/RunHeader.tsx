import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { runProgress } from '../../../../../shared/domain/sops/sopRuns';
import type { SopRun } from '../../../../../shared/domain/sops/sopRuns';
import type { SopVersion } from '../../../../../shared/domain/sops/sopVersions';
import { FactList } from '../../../components/FactList';
import type { Fact } from '../../../components/FactList';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { CloseRunButton } from './CloseRunButton';
import { RunProgressBar } from './RunProgressBar';
import { useDurationText } from './useDurationText';

/** Props of {@link RunHeader}. */
export type RunHeaderProps = {
  run: SopRun;
  version: SopVersion;
  /** Id of the page heading, which names the page's article. */
  headingId: string;
  /** The current time (epoch ms), ticking while the page is open. */
  now: number;
  /** How many steps are overdue now. */
  overdueCount: number;
};

/**
 * The top of a run's page: the SOP's title and version as the run follows them, whether it is a
 * tabletop read-through and open or closed, when it was activated, how long it has been running
 * (or ran), its progress, how many steps are overdue (announced politely when that changes), and
 * "Close run" while it is open.
 */
export function RunHeader({ run, version, headingId, now, overdueCount }: RunHeaderProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const durationText = useDurationText();
  const isClosed = run.closedAt !== null;
  const elapsedMs = Math.max(0, (run.closedAt ?? now) - run.activatedAt);
  const facts: Fact[] = [
    {
      id: 'activatedAt',
      label: t('sops.runs.page.activatedAt'),
      value: formatDateTime(run.activatedAt, language),
    },
    {
      id: 'elapsed',
      label: isClosed ? t('sops.runs.page.ranFor') : t('sops.runs.page.elapsed'),
      value: durationText(elapsedMs),
    },
    ...(run.closedAt === null
      ? []
      : [
          {
            id: 'closedAt',
            label: t('sops.runs.page.closedAt'),
            value: formatDateTime(run.closedAt, language),
          },
        ]),
  ];
  return (
    <header className="run-header">
      <h2 id={headingId} className="run-header__title">
        {version.content.title}
      </h2>
      <p className="run-header__tags">
        <span className="run-header__version">
          {t('sops.runs.page.versionLabel', { version: run.version })}
        </span>
        {run.incidentId === null && (
          <StatusBadge tone="neutral">{t('sops.runs.tabletop')}</StatusBadge>
        )}
        <StatusBadge tone={isClosed ? 'neutral' : 'busy'}>
          {isClosed ? t('sops.runs.states.closed') : t('sops.runs.states.open')}
        </StatusBadge>
        <Link href={`~/sops/${run.sopId}`}>{t('sops.runs.page.sopLink')}</Link>
      </p>
      <FactList facts={facts} />
      <RunProgressBar progress={runProgress(run)} />
      <div role="status" className="run-header__overdue">
        {!isClosed && overdueCount > 0 && (
          <p className="run-header__overdue-text">
            <span aria-hidden="true" className="run-step__alert-mark">
              !
            </span>{' '}
            {t('sops.runs.page.overdueSummary', { count: overdueCount })}
          </p>
        )}
      </div>
      {run.closedAt === null ? (
        <CloseRunButton run={run} />
      ) : (
        <p className="run-header__closed">
          {t('sops.runs.page.closedNotice', { time: formatDateTime(run.closedAt, language) })}
        </p>
      )}
    </header>
  );
}
