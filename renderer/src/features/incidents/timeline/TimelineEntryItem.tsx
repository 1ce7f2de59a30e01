import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { EffectiveTimelineEntry } from '../../../../../shared/domain/incidents/timeline';
import type { Language } from '../../../../../shared/domain/settings';
import { formatDateTime } from '../../../lib/dates';

/** Entries recorded more than this after they happened show when they were recorded too. */
const lateRecordingMs = 60_000;

/** Props of {@link TimelineEntryItem}. */
export type TimelineEntryItemProps = {
  entry: EffectiveTimelineEntry;
  /** The 1-based number of the entry in its chain (the chain check names entries by it). */
  number: number;
  /** The number of the entry this one corrects, or null when it is no correction. */
  correctsNumber: number | null;
  isPinned: boolean;
  t: TFunction;
  language: Language;
  onTogglePin: (entry: EffectiveTimelineEntry) => void;
  onCorrect: (entry: EffectiveTimelineEntry) => void;
  /** Brings the entry with this id into view in the list and focuses it. */
  onShowEntry: (entryId: string) => void;
};

/**
 * One timeline entry: its number, time, kind, author, source, internal/external badge and text
 * (plain text with its line breaks, never parsed as HTML), and its actions (pin or unpin,
 * correct). A corrected entry stays, struck through and marked in words, with a way to its
 * correction; a correction names the entry it corrects.
 */
function TimelineEntryItemContent({
  entry,
  number,
  correctsNumber,
  isPinned,
  t,
  language,
  onTogglePin,
  onCorrect,
  onShowEntry,
}: TimelineEntryItemProps) {
  const time = formatDateTime(entry.at, language);
  const kind = t(`incidents.entryKinds.${entry.kind}`);
  const isSuperseded = entry.supersededBy !== null;
  const supersedesId = entry.supersedesId;
  const classes = [
    'timeline-entry',
    isSuperseded ? 'timeline-entry--superseded' : '',
    entry.isExternal ? 'timeline-entry--external' : '',
    isPinned ? 'timeline-entry--pinned' : '',
  ].filter((name) => name !== '');
  return (
    <article
      className={classes.join(' ')}
      aria-label={t('incidents.timeline.entry.label', { number, kind, time })}
    >
      <header className="timeline-entry__header">
        <span className="timeline-entry__number">
          {t('incidents.timeline.entry.number', { number })}
        </span>
        <time className="timeline-entry__time" dateTime={new Date(entry.at).toISOString()}>
          {time}
        </time>
        <span className={`timeline-entry__kind timeline-entry__kind--${entry.kind}`}>{kind}</span>
        <span
          className={
            entry.isExternal
              ? 'timeline-entry__badge timeline-entry__badge--external'
              : 'timeline-entry__badge'
          }
        >
          {entry.isExternal
            ? t('incidents.timeline.entry.external')
            : t('incidents.timeline.entry.internal')}
        </span>
        {isPinned && (
          <span className="timeline-entry__badge timeline-entry__badge--pinned">
            <span aria-hidden="true">📌 </span>
            {t('incidents.timeline.entry.pinned')}
          </span>
        )}
      </header>
      {isSuperseded ? (
        <p className="timeline-entry__text">
          <s>{entry.text}</s>
        </p>
      ) : (
        <p className="timeline-entry__text">{entry.text}</p>
      )}
      <p className="timeline-entry__meta">
        <span>
          {entry.author === ''
            ? t('incidents.timeline.entry.noAuthor')
            : t('incidents.timeline.entry.author', { author: entry.author })}
        </span>
        <span>
          {t('incidents.timeline.entry.source', {
            source: t(`incidents.entrySources.${entry.source}`),
          })}
        </span>
        {Math.abs(entry.recordedAt - entry.at) > lateRecordingMs && (
          <span>
            {t('incidents.timeline.entry.recordedAt', {
              time: formatDateTime(entry.recordedAt, language),
            })}
          </span>
        )}
      </p>
      {(isSuperseded || (supersedesId !== null && correctsNumber !== null)) && (
        <p className="timeline-entry__correction">
          {isSuperseded && entry.supersededBy !== null && (
            <>
              <strong className="timeline-entry__superseded">
                <span aria-hidden="true">✎ </span>
                {t('incidents.timeline.entry.superseded')}
              </strong>{' '}
              <button
                type="button"
                className="timeline-entry__link"
                onClick={() => onShowEntry(entry.currentVersionId)}
              >
                {t('incidents.timeline.entry.showCorrection')}
              </button>
            </>
          )}
          {supersedesId !== null && correctsNumber !== null && (
            <>
              <span>{t('incidents.timeline.entry.corrects', { number: correctsNumber })}</span>{' '}
              <button
                type="button"
                className="timeline-entry__link"
                onClick={() => onShowEntry(supersedesId)}
              >
                {t('incidents.timeline.entry.showOriginal')}
              </button>
            </>
          )}
        </p>
      )}
      <div className="timeline-entry__actions">
        {/* Every entry has these buttons: their names say which entry they act on. */}
        <button
          type="button"
          aria-label={
            isPinned
              ? t('incidents.timeline.entry.unpinNamed', { number })
              : t('incidents.timeline.entry.pinNamed', { number })
          }
          onClick={() => onTogglePin(entry)}
        >
          {isPinned ? t('incidents.timeline.entry.unpin') : t('incidents.timeline.entry.pin')}
        </button>
        <button
          type="button"
          aria-label={t('incidents.timeline.entry.correctNamed', { number })}
          onClick={() => onCorrect(entry)}
        >
          {t('incidents.timeline.entry.correct')}
        </button>
      </div>
    </article>
  );
}

/**
 * {@link TimelineEntryItemContent}, re-rendered only when its entry, number or pin state changes:
 * scrolling re-renders the list every frame, and rebuilding every visible entry would cost most
 * of the frame with thousands of entries.
 */
// `memo` returns a component object, so this one export cannot be a function declaration.
export const TimelineEntryItem = memo(TimelineEntryItemContent);
