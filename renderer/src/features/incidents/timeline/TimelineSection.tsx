import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../../shared/domain/incidents/incident';
import { effectiveTimeline } from '../../../../../shared/domain/incidents/timeline';
import type { EffectiveTimelineEntry } from '../../../../../shared/domain/incidents/timeline';
import { useLanguage } from '../../../i18n/useLanguage';
import { deviceTimeZone } from '../../../lib/dates';
import { incidentIssueMessageKey, togglePin } from '../incidentCommands';
import { ChainStatus } from './ChainStatus';
import { CorrectionDialog } from './CorrectionDialog';
import { QuickEntryForm } from './QuickEntryForm';
import { TimelineEntryItem } from './TimelineEntryItem';
import { TimelineFiltersBar } from './TimelineFiltersBar';
import { TimelineList } from './TimelineList';
import { useCheckedTimeline } from './useCheckedTimeline';
import type { ShowEntryRequest } from './TimelineList';
import {
  defaultTimelineFilters,
  isFiltered,
  pinnedTimeline,
  visibleTimeline,
} from './timelineView';
import type { TimelineFilters } from './timelineView';

/** Props of {@link TimelineSection}. */
export type TimelineSectionProps = {
  incident: Incident;
  /** The current time (epoch ms) for new entries; injected so tests are deterministic. */
  clock?: () => number;
};

/**
 * An incident's timeline on its command page: whether the hash chain is intact, the scribe's
 * quick entry, the pinned entries, filters and the whole timeline in a virtualized list (newest
 * first by default). Entries are pinned and unpinned here, and corrected by adding a superseding
 * entry; the original stays, marked as corrected. Times are in this device's zone, stated once.
 */
export function TimelineSection({ incident, clock = Date.now }: TimelineSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const checked = useCheckedTimeline(incident.id);
  const entries = checked?.entries;
  const check = checked?.check;
  const [filters, setFilters] = useState<TimelineFilters>(defaultTimelineFilters);
  const [correcting, setCorrecting] = useState<EffectiveTimelineEntry | null>(null);
  const [showRequest, setShowRequest] = useState<ShowEntryRequest | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const incidentId = incident.id;

  const effective = useMemo(
    () => (entries === undefined ? [] : effectiveTimeline(entries)),
    [entries],
  );
  const entriesById = useMemo(
    () => new Map(effective.map((entry) => [entry.id, entry])),
    [effective],
  );
  const lines = useMemo(() => visibleTimeline(effective, filters), [effective, filters]);
  const pinned = useMemo(
    () => pinnedTimeline(effective, incident.pinnedEntryIds),
    [effective, incident.pinnedEntryIds],
  );
  const pinnedIds = useMemo(() => new Set(incident.pinnedEntryIds), [incident.pinnedEntryIds]);

  const handleTogglePin = useCallback(
    (entry: EffectiveTimelineEntry) => {
      void togglePin(incidentId, entry.id).then((result) => {
        setActionError(
          result.ok
            ? null
            : t('incidents.timeline.actionFailed', {
                reason: t(incidentIssueMessageKey(result.issues[0]?.code ?? 'invalid')),
              }),
        );
      });
    },
    [incidentId, t],
  );

  const handleCorrect = useCallback(
    (entry: EffectiveTimelineEntry) => {
      setCorrecting(entriesById.get(entry.currentVersionId) ?? entry);
    },
    [entriesById],
  );

  const handleShowEntry = useCallback(
    (entryId: string) => {
      const target = entriesById.get(entryId);
      if (target === undefined) return;
      // An entry hidden by the filters is shown by clearing them (the order stays).
      const isHidden = !visibleTimeline([target], filters).some(({ id }) => id === entryId);
      if (isHidden) {
        setFilters((current) => ({
          ...defaultTimelineFilters,
          isOldestFirst: current.isOldestFirst,
        }));
      }
      setShowRequest((previous) => ({ entryId, serial: (previous?.serial ?? 0) + 1 }));
    },
    [entriesById, filters],
  );

  return (
    <section aria-labelledby={headingId} className="timeline-section">
      <h2 id={headingId}>{t('incidents.timeline.heading')}</h2>
      <ChainStatus check={check} />
      <QuickEntryForm incidentId={incidentId} clock={clock} />
      <div role="alert" className="timeline-section__errors">
        {actionError !== null && <p className="field__error">{actionError}</p>}
      </div>
      {pinned.length > 0 && (
        <section aria-labelledby={`${headingId}-pinned`} className="timeline-pinned">
          <h3 id={`${headingId}-pinned`}>{t('incidents.timeline.pinned.heading')}</h3>
          <ul className="timeline-pinned__list" aria-label={t('incidents.timeline.pinned.label')}>
            {pinned.map((entry) => {
              const corrected =
                entry.supersedesId === null ? undefined : entriesById.get(entry.supersedesId);
              return (
                <li key={entry.id}>
                  <TimelineEntryItem
                    entry={entry}
                    number={entry.sequence + 1}
                    correctsNumber={corrected === undefined ? null : corrected.sequence + 1}
                    isPinned
                    t={t}
                    language={language}
                    onTogglePin={handleTogglePin}
                    onCorrect={handleCorrect}
                    onShowEntry={handleShowEntry}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <TimelineFiltersBar filters={filters} onChange={setFilters} />
      {entries === undefined ? (
        <p>{t('incidents.timeline.loading')}</p>
      ) : (
        <>
          <p className="timeline-section__summary">
            {t('incidents.timeline.filters.showing', {
              shown: lines.length,
              total: effective.length,
            })}{' '}
            {t('incidents.timeline.timeZone', { zone: deviceTimeZone() })}
          </p>
          {effective.length === 0 && <p>{t('incidents.timeline.list.empty')}</p>}
          {effective.length > 0 && lines.length === 0 && (
            <p>
              {t('incidents.timeline.list.noMatches')}{' '}
              <button
                type="button"
                onClick={() =>
                  setFilters((current) => ({
                    ...defaultTimelineFilters,
                    isOldestFirst: current.isOldestFirst,
                  }))
                }
              >
                {t('incidents.timeline.filters.clear')}
              </button>
            </p>
          )}
          {lines.length > 0 && (
            <TimelineList
              lines={lines}
              entriesById={entriesById}
              pinnedIds={pinnedIds}
              label={t('incidents.timeline.list.label')}
              showRequest={showRequest}
              t={t}
              language={language}
              onTogglePin={handleTogglePin}
              onCorrect={handleCorrect}
              onShowEntry={handleShowEntry}
            />
          )}
          {isFiltered(filters) && lines.length > 0 && (
            <p>
              <button
                type="button"
                onClick={() =>
                  setFilters((current) => ({
                    ...defaultTimelineFilters,
                    isOldestFirst: current.isOldestFirst,
                  }))
                }
              >
                {t('incidents.timeline.filters.clear')}
              </button>
            </p>
          )}
        </>
      )}
      {correcting !== null && (
        <CorrectionDialog
          incidentId={incidentId}
          current={correcting}
          onClose={() => setCorrecting(null)}
          onCorrected={(correction) => {
            setCorrecting(null);
            setShowRequest((previous) => ({
              entryId: correction.id,
              serial: (previous?.serial ?? 0) + 1,
            }));
          }}
        />
      )}
    </section>
  );
}
