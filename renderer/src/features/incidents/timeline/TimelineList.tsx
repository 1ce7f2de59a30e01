import { useCallback, useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EffectiveTimelineEntry } from '../../../../../shared/domain/incidents/timeline';
import type { Language } from '../../../../../shared/domain/settings';
import { TimelineEntryItem } from './TimelineEntryItem';

/** First guess of an entry's height before it is measured (texts wrap, war-room type is larger). */
const estimatedEntryHeight = 132;

/** A request to bring an entry into view and focus it; `serial` repeats a request for one entry. */
export type ShowEntryRequest = { entryId: string; serial: number };

/** Props of {@link TimelineList}. */
export type TimelineListProps = {
  /** The entries shown, in display order. */
  lines: readonly EffectiveTimelineEntry[];
  /** Every entry by id, for the number of the entry a correction corrects. */
  entriesById: ReadonlyMap<string, EffectiveTimelineEntry>;
  pinnedIds: ReadonlySet<string>;
  /** The list's accessible name. */
  label: string;
  showRequest: ShowEntryRequest | null;
  t: TFunction;
  language: Language;
  onTogglePin: (entry: EffectiveTimelineEntry) => void;
  onCorrect: (entry: EffectiveTimelineEntry) => void;
  onShowEntry: (entryId: string) => void;
};

/** The element id of an entry's row in the list, for focusing it. */
export function timelineRowId(entryId: string): string {
  return `timeline-entry-${entryId}`;
}

/**
 * The timeline's entries in a scrolling list that renders only the rows in view (plus a few
 * either side), so an incident with thousands of entries opens and scrolls smoothly. Rows are
 * measured as they render, since texts wrap to any height. Tabbing from button to button scrolls
 * the next row into view and the overscan keeps it rendered, so every entry is reachable from the
 * keyboard; a show request scrolls to an entry and focuses it.
 */
export function TimelineList({
  lines,
  entriesById,
  pinnedIds,
  label,
  showRequest,
  t,
  language,
  onTogglePin,
  onCorrect,
  onShowEntry,
}: TimelineListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  // Stable between renders: the virtualizer recomputes every row's position when this changes.
  const getItemKey = useCallback((index: number) => lines[index]?.id ?? index, [lines]);

  // The virtualizer's functions are used only in this render, never passed to memoized children.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedEntryHeight,
    getItemKey,
    overscan: 6,
    useFlushSync: false,
  });

  // A request waits until its entry is in the list: a new correction arrives with the next read.
  const handledSerial = useRef(0);
  useEffect(() => {
    if (showRequest === null || showRequest.serial === handledSerial.current) return;
    const index = lines.findIndex((entry) => entry.id === showRequest.entryId);
    if (index < 0) return;
    handledSerial.current = showRequest.serial;
    virtualizer.scrollToIndex(index, { align: 'start' });
    setFocusTarget(showRequest.entryId);
  }, [showRequest, lines, virtualizer]);

  const virtualItems = virtualizer.getVirtualItems();
  useEffect(() => {
    if (focusTarget === null) return;
    // The row exists once the scroll has rendered it; until then each new range tries again.
    const row = document.getElementById(timelineRowId(focusTarget));
    if (row !== null) {
      row.focus();
      setFocusTarget(null);
    }
  }, [focusTarget, virtualItems]);

  return (
    <div ref={scrollRef} className="timeline-list__scroll">
      <ul
        className="timeline-list"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualItems.map((item) => {
          const entry = lines[item.index];
          if (entry === undefined) return null;
          const corrected =
            entry.supersedesId === null ? undefined : entriesById.get(entry.supersedesId);
          return (
            <li
              key={entry.id}
              id={timelineRowId(entry.id)}
              ref={virtualizer.measureElement}
              data-index={item.index}
              tabIndex={-1}
              aria-setsize={lines.length}
              aria-posinset={item.index + 1}
              className="timeline-list__row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <TimelineEntryItem
                entry={entry}
                number={entry.sequence + 1}
                correctsNumber={corrected === undefined ? null : corrected.sequence + 1}
                isPinned={pinnedIds.has(entry.id)}
                t={t}
                language={language}
                onTogglePin={onTogglePin}
                onCorrect={onCorrect}
                onShowEntry={onShowEntry}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
