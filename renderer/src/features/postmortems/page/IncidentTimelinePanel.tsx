import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveTimeline } from '../../../../../shared/domain/incidents/timeline';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useTimeline } from '../../incidents';

/** Props of {@link IncidentTimelinePanel}. */
export type IncidentTimelinePanelProps = {
  incidentId: string;
};

/** How many of the latest entries show before "Show all": a long incident stays cheap to render. */
export const timelinePreviewSize = 200;

/**
 * The incident's timeline as it stands (corrected entries replaced by their corrections), oldest
 * first, compact, in a scrollable region that takes keyboard focus. An incident with thousands of
 * entries shows the latest {@link timelinePreviewSize} until "Show all" is chosen.
 */
export function IncidentTimelinePanel({ incidentId }: IncidentTimelinePanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const entries = useTimeline(incidentId);
  const [isShowingAll, setIsShowingAll] = useState(false);
  const effective = useMemo(
    () =>
      entries === undefined
        ? undefined
        : effectiveTimeline(entries).filter((entry) => entry.supersededBy === null),
    [entries],
  );
  const shown =
    effective === undefined || isShowingAll ? effective : effective.slice(-timelinePreviewSize);

  return (
    <section aria-labelledby={headingId} className="postmortem-incident__panel">
      <h4 id={headingId}>{t('postmortems.page.timeline')}</h4>
      {effective === undefined && <p role="status">{t('postmortems.page.loading')}</p>}
      {effective?.length === 0 && <p>{t('postmortems.page.noTimeline')}</p>}
      {effective !== undefined && shown !== undefined && effective.length > 0 && (
        <>
          {shown.length < effective.length && (
            <p>
              {t('postmortems.page.timelineCount', {
                shown: shown.length,
                total: effective.length,
              })}{' '}
              <button type="button" onClick={() => setIsShowingAll(true)}>
                {t('postmortems.page.showAll', { total: effective.length })}
              </button>
            </p>
          )}
          <div
            role="region"
            aria-label={t('postmortems.page.timelineRegion')}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region has to take focus to be scrolled from the keyboard
            tabIndex={0}
            className="postmortem-timeline"
          >
            <ol className="postmortem-compact-list">
              {shown.map((entry) => (
                <li key={entry.id}>
                  <span className="postmortem-compact-list__meta">
                    {t('postmortems.page.entryLine', {
                      time: formatDateTime(entry.at, language),
                      kind: t(`incidents.entryKinds.${entry.kind}`),
                    })}
                  </span>
                  <span className="postmortem-compact-list__text">{entry.text}</span>
                </li>
              ))}
            </ol>
          </div>
        </>
      )}
    </section>
  );
}
