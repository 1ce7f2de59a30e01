import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  FlexRender,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { SortingState, Updater } from '@tanstack/react-table';
import { SortableHeaderCell } from '../../../components/SortableHeaderCell';
import { actionItemStatuses } from '../../../../../shared/domain/postmortems/actionItems';
import type { Language } from '../../../../../shared/domain/settings';
import type { MessageKey } from '../../../i18n/messageKeys';
import { useLanguage } from '../../../i18n/useLanguage';
import { ActionItemDue } from './ActionItemDue';
import { ActionItemLinkLabel } from './ActionItemLinkLabel';
import { matchesStatusFilter } from './actionItemListRows';
import type { ActionItemListRow, ActionItemStatusFilter } from './actionItemListRows';
import { loopStateText } from './actionItemText';
import type { ActionItemNames } from './useActionItemNames';

/** What the cells, filters and sorting need from the view. */
type ActionItemsTableMeta = {
  t: TFunction;
  language: Language;
  today: string;
  names: ActionItemNames;
  collator: Intl.Collator;
};

const features = tableFeatures({
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnVisibilityFeature,
  tableMeta: metaHelper<ActionItemsTableMeta>(),
});
const column = createColumnHelper<typeof features, ActionItemListRow>();

/** The header text of each column. */
const columnLabelKeys = {
  postmortem: 'postmortems.actions.columns.postmortem',
  title: 'postmortems.actions.columns.title',
  owner: 'postmortems.actions.columns.owner',
  type: 'postmortems.actions.columns.type',
  dueOn: 'postmortems.actions.columns.dueOn',
  status: 'postmortems.actions.columns.status',
  link: 'postmortems.actions.columns.link',
  loop: 'postmortems.actions.columns.loop',
} as const satisfies Record<string, MessageKey>;

/** The header key of a column id. */
function columnLabelKey(columnId: string): MessageKey | undefined {
  return Object.entries(columnLabelKeys).find(([id]) => id === columnId)?.[1];
}

// Module scope: stable column definitions, or the table would rebuild its models every render.
// Text typed by users (titles, descriptions) is rendered as React text nodes, never as HTML.
const columns = column.columns([
  column.accessor((row) => row.postmortem?.reference ?? '', {
    id: 'postmortem',
    cell: (info) => {
      const { postmortem, incident } = info.row.original;
      return (
        <>
          {postmortem === null ? null : (
            <Link href={`~/postmortems/${encodeURIComponent(postmortem.id)}`}>
              {postmortem.reference}
            </Link>
          )}
          {incident === null ? null : (
            <span className="action-items__incident">
              <Link href={`~/incidents/${encodeURIComponent(incident.id)}`}>
                {`${incident.reference} ${incident.title}`}
              </Link>
            </span>
          )}
        </>
      );
    },
  }),
  column.accessor((row) => row.item.title, {
    id: 'title',
    cell: (info) => info.getValue(),
    sortFn: (left, right) =>
      (left.table.options.meta?.collator.compare ?? ((a: string, b: string) => a.localeCompare(b)))(
        left.original.item.title,
        right.original.item.title,
      ),
  }),
  column.accessor((row) => row.item.ownerPersonId ?? '', {
    id: 'owner',
    filterFn: (row, _columnId, filterValue: string) =>
      (row.original.item.ownerPersonId ?? '') === filterValue,
    sortFn: (left, right) => {
      const meta = left.table.options.meta;
      if (meta === undefined) return 0;
      return meta.collator.compare(
        meta.names.ownerName(left.original.item.ownerPersonId),
        meta.names.ownerName(right.original.item.ownerPersonId),
      );
    },
    cell: (info) => info.table.options.meta?.names.ownerName(info.row.original.item.ownerPersonId),
  }),
  column.accessor((row) => row.item.type, {
    id: 'type',
    filterFn: (row, _columnId, filterValue: string) => row.original.item.type === filterValue,
    cell: (info) => info.table.options.meta?.t(`postmortems.actionItemTypes.${info.getValue()}`),
  }),
  column.accessor((row) => row.item.dueOn, {
    id: 'dueOn',
    sortFn: (left, right) => left.original.item.dueOn.localeCompare(right.original.item.dueOn),
    cell: (info) => {
      const meta = info.table.options.meta;
      return meta === undefined ? null : (
        <ActionItemDue item={info.row.original.item} today={meta.today} />
      );
    },
  }),
  column.accessor((row) => row.item.status, {
    id: 'status',
    // The status filter: open, overdue on today, or all.
    filterFn: (row, _columnId, filterValue: ActionItemStatusFilter) => {
      const today = row.table.options.meta?.today ?? '';
      return matchesStatusFilter(row.original.item, filterValue, today);
    },
    sortFn: (left, right) =>
      actionItemStatuses.indexOf(left.original.item.status) -
      actionItemStatuses.indexOf(right.original.item.status),
    cell: (info) => info.table.options.meta?.t(`postmortems.actionItemStatuses.${info.getValue()}`),
  }),
  column.display({
    id: 'link',
    cell: (info) => {
      const meta = info.table.options.meta;
      return meta === undefined ? null : (
        <ActionItemLinkLabel link={info.row.original.item.link} names={meta.names} />
      );
    },
  }),
  column.display({
    id: 'loop',
    cell: (info) => {
      const meta = info.table.options.meta;
      const { item, postmortem } = info.row.original;
      return meta === undefined
        ? null
        : loopStateText(item, postmortem?.status === 'published', meta.t, meta.language);
    },
  }),
]);

/** Props of {@link ActionItemsTable}. */
export type ActionItemsTableProps = {
  /** Memoized on the live queries: a new array only when the data changed. */
  rows: ActionItemListRow[];
  names: ActionItemNames;
  today: string;
  status: ActionItemStatusFilter;
  /** A person id, '' for nobody, or null for any owner. */
  owner: string | null;
  type: string | null;
  /** Rendered in place of the table when the filters leave no row. */
  noMatches: ReactNode;
};

/**
 * Every action item as a TanStack table: its postmortem and incident as links, title, owner, type,
 * due day (overdue unmissable), status, what it changes and where its loop stands; filtered by
 * status, owner and type; sortable headers (buttons with `aria-sort`), follow-up order by default.
 */
export function ActionItemsTable({
  rows,
  names,
  today,
  status,
  owner,
  type,
  noMatches,
}: ActionItemsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [sorting, setSorting] = useState<SortingState>([]);
  const collator = useMemo(
    () => new Intl.Collator(language, { sensitivity: 'base', numeric: true }),
    [language],
  );
  const meta = useMemo(
    () => ({ t, language, today, names, collator }),
    [t, language, today, names, collator],
  );
  const columnFilters = useMemo(
    () => [
      ...(status === 'all' ? [] : [{ id: 'status', value: status }]),
      ...(owner === null ? [] : [{ id: 'owner', value: owner }]),
      ...(type === null ? [] : [{ id: 'type', value: type }]),
    ],
    [status, owner, type],
  );

  const table = useTable(
    {
      features,
      columns,
      data: rows,
      getRowId: (row) => row.item.id,
      meta,
      state: { columnFilters, sorting },
      onSortingChange: (updater: Updater<SortingState>) =>
        setSorting((current) => (typeof updater === 'function' ? updater(current) : updater)),
      enableMultiSort: false,
    },
    () => null,
  );

  const shownRows = table.getRowModel().rows;
  return (
    <>
      <p role="status" className="action-items__count">
        {t('postmortems.actions.view.showing', { shown: shownRows.length, count: rows.length })}
      </p>
      {shownRows.length === 0 ? (
        noMatches
      ) : (
        <div className="table-scroll">
          <table
            className="data-table action-items__table"
            aria-label={t('postmortems.actions.view.tableLabel')}
          >
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const labelKey = columnLabelKey(header.column.id);
                    return (
                      <SortableHeaderCell
                        key={header.id}
                        column={header.column}
                        label={labelKey === undefined ? header.column.id : t(labelKey)}
                        buttonClassName="action-items__sort"
                      />
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {shownRows.map((row) => (
                <tr
                  key={row.id}
                  className={
                    matchesStatusFilter(row.original.item, 'overdue', today)
                      ? 'action-items__row action-items__row--overdue'
                      : 'action-items__row'
                  }
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>
                      <FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
