import { useTranslation } from 'react-i18next';
import type { EffectiveTimelineEntry } from '../../../../../shared/domain/incidents/timeline';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { warRoomEntries } from './warRoomFigures';

/** How many pinned and how many other entries fit on the screen. */
const limits = { pinnedLimit: 4, latestLimit: 8 };

/** Props of {@link WarRoomTimeline}. */
export type WarRoomTimelineProps = {
  timeline: readonly EffectiveTimelineEntry[];
  pinnedEntryIds: readonly string[];
  headingId: string;
};

/**
 * The latest timeline entries: pinned ones first, then the eight newest, each with its time, kind,
 * whether it went outside the company, and its text (cut to a few lines by the stylesheet).
 * Superseded entries are left out: the war room shows what stands now.
 */
export function WarRoomTimeline({ timeline, pinnedEntryIds, headingId }: WarRoomTimelineProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { pinned, latest } = warRoomEntries(timeline, pinnedEntryIds, limits);
  if (pinned.length + latest.length === 0) {
    return <p className="warroom-empty">{t('incidents.warRoom.noEntries')}</p>;
  }
  const pinnedIds = new Set(pinned.map((entry) => entry.id));
  return (
    <ol className="warroom-list" aria-labelledby={headingId}>
      {[...pinned, ...latest].map((entry) => {
        const isPinned = pinnedIds.has(entry.id);
        return (
          <li
            key={entry.id}
            className={isPinned ? 'warroom-item warroom-item--pinned' : 'warroom-item'}
          >
            <p className="warroom-item__meta">
              <time dateTime={new Date(entry.at).toISOString()}>
                {formatDateTime(entry.at, language)}
              </time>
              <span className="warroom-badge">{t(`incidents.entryKinds.${entry.kind}`)}</span>
              {isPinned && (
                <span className="warroom-badge warroom-badge--pinned">
                  <span aria-hidden="true">📌 </span>
                  {t('incidents.warRoom.pinned')}
                </span>
              )}
              {entry.isExternal && (
                <span className="warroom-badge">{t('incidents.warRoom.external')}</span>
              )}
            </p>
            <p className="warroom-item__text">{entry.text}</p>
          </li>
        );
      })}
    </ol>
  );
}
