import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openExternalLink } from '../../lib/externalLinks';
import { useAppStore } from '../../stores/appStore';
import { ItemsTable } from './ItemsTable';
import { useMonitoringItems } from './useMonitoringItems';
import type { MonitoringItemView } from './useMonitoringItems';
import { useMonitoringSources } from './useMonitoringSources';

/** Items loaded at first, and how many more each "Load more" adds. */
const pageSize = 200;
/** Pause after the last keystroke before the text search runs. */
const searchDelayMs = 300;
const hourMs = 60 * 60 * 1000;

/** The time filters offered, as how far back they reach (null: no limit). */
const timeRanges = {
  all: null,
  '24h': 24 * hourMs,
  '7d': 7 * 24 * hourMs,
  '30d': 30 * 24 * hourMs,
} as const;

/** One of the keys of {@link timeRanges}. */
type TimeRange = keyof typeof timeRanges;

/** The time filters in the order offered. */
const timeRangeOrder = ['all', '24h', '7d', '30d'] as const satisfies readonly TimeRange[];

const timeRangeLabels = {
  all: 'monitoring.items.timeAll',
  '24h': 'monitoring.items.time24h',
  '7d': 'monitoring.items.time7d',
  '30d': 'monitoring.items.time30d',
} as const;

function isTimeRange(value: string): value is TimeRange {
  return Object.hasOwn(timeRanges, value);
}

/** Opens an item's original page through the allowlisted opener; a refusal is explained. */
async function openOriginal(item: MonitoringItemView): Promise<void> {
  if (item.link === null) {
    return;
  }
  const outcome = await openExternalLink(item.link);
  if (outcome.kind === 'refused') {
    useAppStore.getState().pushNotice({ kind: 'error', messageKey: `errors.${outcome.code}` });
  }
}

/**
 * Monitoring → Items: everything fetched, newest first, filtered by source, time and text (the
 * search runs a moment after typing stops), shown in a virtualized table, with "Load more"
 * while more match.
 */
export function ItemsView() {
  const { t } = useTranslation();
  const headingId = useId();
  const sources = useMonitoringSources();
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [timeRange, setTimeRange] = useState<TimeRange>('all');
  const [from, setFrom] = useState<number | null>(null);
  const [searchInput, setSearchInput] = useState('');
  const [searchText, setSearchText] = useState('');
  const [limit, setLimit] = useState(pageSize);
  const page = useMonitoringItems({ sourceId, from, to: null, text: searchText }, limit);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      setSearchText(searchInput.trim());
      setLimit(pageSize);
    }, searchDelayMs);
    return () => window.clearTimeout(timer);
  }, [searchInput]);

  const sourceNames = useMemo(
    () => new Map((sources ?? []).map((source) => [source.config.id, source.config.name])),
    [sources],
  );

  function chooseTimeRange(value: string) {
    if (!isTimeRange(value)) return;
    const reach = timeRanges[value];
    setTimeRange(value);
    // Fixed when chosen: the list stays put while reading instead of shifting every minute.
    setFrom(reach === null ? null : Date.now() - reach);
    setLimit(pageSize);
  }

  const isFiltered = sourceId !== null || from !== null || searchText !== '';
  let body;
  if (page === undefined) {
    body = <p role="status">{t('monitoring.loading')}</p>;
  } else {
    body = (
      <>
        <p role="status" className="items-count">
          {page.items.length === 0
            ? isFiltered
              ? t('monitoring.items.none')
              : t('monitoring.items.noneYet')
            : page.hasMore
              ? t('monitoring.items.showing', { shown: page.items.length })
              : t('monitoring.items.showingAll', { count: page.items.length })}
        </p>
        {page.items.length > 0 && (
          <ItemsTable
            items={page.items}
            sourceNames={sourceNames}
            onOpen={(item) => void openOriginal(item)}
          />
        )}
        {page.hasMore && (
          <div className="button-row">
            <button type="button" onClick={() => setLimit((current) => current + pageSize)}>
              {t('monitoring.items.loadMore')}
            </button>
          </div>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('monitoring.items.title')}</h2>
      <div role="search" aria-label={t('monitoring.items.filtersLabel')} className="filters">
        <div className="field">
          <label htmlFor={`${headingId}-source`}>{t('monitoring.items.source')}</label>
          <select
            id={`${headingId}-source`}
            value={sourceId ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setSourceId(value === '' ? null : value);
              setLimit(pageSize);
            }}
          >
            <option value="">{t('monitoring.items.allSources')}</option>
            {(sources ?? []).map((source) => (
              <option key={source.config.id} value={source.config.id}>
                {source.config.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${headingId}-time`}>{t('monitoring.items.time')}</label>
          <select
            id={`${headingId}-time`}
            value={timeRange}
            onChange={(event) => chooseTimeRange(event.currentTarget.value)}
          >
            {timeRangeOrder.map((range) => (
              <option key={range} value={range}>
                {t(timeRangeLabels[range])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${headingId}-search`}>{t('monitoring.items.search')}</label>
          <input
            id={`${headingId}-search`}
            type="search"
            value={searchInput}
            placeholder={t('monitoring.items.searchPlaceholder')}
            onChange={(event) => setSearchInput(event.currentTarget.value)}
          />
        </div>
      </div>
      {body}
    </section>
  );
}
