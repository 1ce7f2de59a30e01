import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState } from '../../../components/EmptyState';
import { useNow } from '../../../lib/useNow';
import { RunOverviewTable } from './RunOverviewTable';
import { useRunOverview } from './useRunOverview';

/** How many closed runs the screen lists: the recent ones matter; older ones stay on each SOP. */
const closedRunsShown = 20;

/** How often overdue counts are refreshed while the screen is open. */
const refreshIntervalMs = 10_000;

/**
 * The runs screen (`#/sops/runs`): open runs first, newest first, with their progress and how many
 * steps are overdue, then the most recently closed runs. With no runs at all it explains what a run
 * is and how to start one (from an SOP's page), linking to the library.
 */
export function RunsView() {
  const { t } = useTranslation();
  const headingId = useId();
  const openHeadingId = useId();
  const closedHeadingId = useId();
  const overview = useRunOverview(closedRunsShown);
  const now = useNow(refreshIntervalMs);

  if (overview === undefined) {
    return <p role="status">{t('sops.runs.loading')}</p>;
  }
  if (overview.open.length === 0 && overview.closedTotal === 0) {
    return (
      <>
        <EmptyState
          heading={t('sops.runs.empty.heading')}
          summary={t('sops.runs.empty.summary')}
          status={t('sops.runs.empty.status')}
        />
        <p>
          {/* Absolute: a nested link to '/' would address `#/sops/` with a trailing slash. */}
          <Link href="~/sops">{t('sops.runs.empty.libraryLink')}</Link>
        </p>
      </>
    );
  }
  return (
    <section aria-labelledby={headingId} className="runs-view">
      <h2 id={headingId}>{t('sops.runs.heading')}</h2>
      <p className="runs-view__intro">{t('sops.runs.intro')}</p>
      <section aria-labelledby={openHeadingId} className="runs-view__section">
        <h3 id={openHeadingId}>{t('sops.runs.open.heading')}</h3>
        {overview.open.length === 0 ? (
          <p>{t('sops.runs.open.none')}</p>
        ) : (
          <RunOverviewTable
            entries={overview.open}
            kind="open"
            labelledBy={openHeadingId}
            now={now}
          />
        )}
      </section>
      <section aria-labelledby={closedHeadingId} className="runs-view__section">
        <h3 id={closedHeadingId}>{t('sops.runs.closed.heading')}</h3>
        {overview.closed.length === 0 ? (
          <p>{t('sops.runs.closed.none')}</p>
        ) : (
          <>
            <RunOverviewTable
              entries={overview.closed}
              kind="closed"
              labelledBy={closedHeadingId}
              now={now}
            />
            {overview.closedTotal > overview.closed.length && (
              <p className="runs-view__note">
                {t('sops.runs.closed.limited', { limit: closedRunsShown })}
              </p>
            )}
          </>
        )}
      </section>
    </section>
  );
}
