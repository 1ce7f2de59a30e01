import { useCallback, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, metaHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Language } from '../../../../shared/domain/settings';
import type { MessageKey } from '../../i18n/messageKeys';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/dates';
import type { MonitoringItemView } from './useMonitoringItems';

/** What the cells need from the view: the language, source names and the open action. */
type ItemsTableMeta = {
  t: TFunction;
  language: Language;
  sourceNames: ReadonlyMap<string, string>;
  onOpen: (item: MonitoringItemView) => void;
};

/** Longest text snippet shown in a row; the full text stays in the database. */
const snippetLength = 160;
/** First guess of a row's height before it is measured (text wraps, war-room type is larger). */
const estimatedRowHeight = 72;

const features = tableFeatures({ tableMeta: metaHelper<ItemsTableMeta>() });
const column = createColumnHelper<typeof features, MonitoringItemView>();

/** Header text of each column. */
const headerKeys: Readonly<Record<string, MessageKey>> = {
  published: 'monitoring.items.columns.published',
  source: 'monitoring.items.columns.source',
  title: 'monitoring.items.columns.title',
  snippet: 'monitoring.items.columns.snippet',
  language: 'monitoring.items.columns.language',
  actions: 'monitoring.items.columns.actions',
};

function snippetOf(text: string): string {
  return text.length <= snippetLength ? text : `${text.slice(0, snippetLength).trimEnd()}…`;
}

// Module scope: stable column definitions, or the table would rebuild its models every render.
// Every cell renders feed text as React text nodes: nothing from a feed is ever parsed as HTML.
const columns = column.columns([
  column.accessor('publishedAt', {
    id: 'published',
    cell: (info) => {
      const meta = info.table.options.meta;
      const item = info.row.original;
      if (meta === undefined) return null;
      return (
        <>
          <time dateTime={new Date(item.publishedAt).toISOString()}>
            {formatDateTime(item.publishedAt, meta.language)}
          </time>
          {item.dateSource === 'fetch-time' && (
            <span className="items-table__note">{meta.t('monitoring.items.dateFromFetch')}</span>
          )}
        </>
      );
    },
  }),
  column.accessor('sourceId', {
    id: 'source',
    cell: (info) => {
      const meta = info.table.options.meta;
      return meta?.sourceNames.get(info.getValue()) ?? meta?.t('monitoring.items.unknownSource');
    },
  }),
  column.accessor('title', {
    id: 'title',
    cell: (info) => info.getValue() || info.table.options.meta?.t('monitoring.items.untitled'),
  }),
  column.accessor('text', {
    id: 'snippet',
    cell: (info) => snippetOf(info.getValue()),
  }),
  column.accessor('language', {
    id: 'language',
    cell: (info) => info.table.options.meta?.t(`monitoring.items.languages.${info.getValue()}`),
  }),
  column.display({
    id: 'actions',
    cell: (info) => {
      const meta = info.table.options.meta;
      const item = info.row.original;
      if (meta === undefined) return null;
      if (item.link === null) {
        return <span className="items-table__note">{meta.t('monitoring.items.noLink')}</span>;
      }
      return (
        <button
          type="button"
          aria-label={meta.t('monitoring.items.openOriginalFor', {
            title: item.title || meta.t('monitoring.items.untitled'),
          })}
          onClick={() => meta.onOpen(item)}
        >
          {meta.t('monitoring.items.openOriginal')}
        </button>
      );
    },
  }),
]);

/** Props of {@link ItemsTable}. */
export type ItemsTableProps = {
  /** Straight from the live query: a new array only when the data changed. */
  items: MonitoringItemView[];
  sourceNames: ReadonlyMap<string, string>;
  onOpen: (item: MonitoringItemView) => void;
};

/**
 * Fetched items in a TanStack table whose rows are virtualized: only the rows in view (plus a
 * few) are in the document, so tens of thousands of items scroll smoothly. Each row has an
 * "Open original" button naming the item, so the table is usable from the keyboard; the table
 * tells screen readers how many rows it has and where each shown row sits.
 */
export function ItemsTable({ items, sourceNames, onOpen }: ItemsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  const table = useTable(
    {
      features,
      columns,
      data: items,
      getRowId: (item) => item.id,
      meta: { t, language, sourceNames, onOpen },
    },
    () => null,
  );
  const rows = table.getRowModel().rows;
  // Stable between renders: the virtualizer recomputes every row's position whenever this
  // function changes, which on every scroll would cost more than the frame at 100,000 items.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  // The virtualizer's functions are used only in this render, never passed to memoized children.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey,
    overscan: 8,
  });

  return (
    <div ref={scrollRef} className="items-table__scroll">
      <table
        className="data-table items-table"
        aria-label={t('monitoring.items.tableLabel')}
        aria-rowcount={rows.length + 1}
      >
        <thead className="items-table__head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="items-table__row" aria-rowindex={1}>
              {group.headers.map((header) => {
                const headerKey = headerKeys[header.column.id];
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`items-table__cell items-table__cell--${header.column.id}`}
                  >
                    {headerKey === undefined ? null : t(headerKey)}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="items-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const row = rows[virtualRow.index];
            if (row === undefined) return null;
            return (
              <tr
                key={row.id}
                ref={virtualizer.measureElement}
                data-index={virtualRow.index}
                aria-rowindex={virtualRow.index + 2}
                className="items-table__row items-table__row--virtual"
                style={{ transform: `translateY(${virtualRow.start}px)` }}
              >
                {row.getAllCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={`items-table__cell items-table__cell--${cell.column.id}`}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
