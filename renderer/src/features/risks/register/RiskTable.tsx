import { useCallback, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { Row, SortingState, Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import {
  confidenceLevels,
  riskStatuses,
  riskTreatments,
} from '../../../../../shared/domain/risks/risk';
import type { AcceptanceState } from '../../../../../shared/domain/risks/reviews';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import type { Language } from '../../../../../shared/domain/settings';
import type { MessageKey } from '../../../i18n/messageKeys';
import { useLanguage } from '../../../i18n/useLanguage';
import { ScoreBadge } from '../detail/ScoreBadge';
import { useCategoryLabel, useLocalizedText } from '../riskLabels';
import type { RiskView } from '../useRiskData';
import { registerColumnIds, registerColumnLabelKeys } from './registerViewState';
import { RiskTableRow } from './RiskTableRow';
import type { RegisterColumnId, RegisterGrouping, RegisterViewState } from './registerViewState';
import { formatCalendarDate } from '../../../lib/dates';

/** What the cells, sorting and grouping need from the view. */
type RiskTableMeta = {
  t: TFunction;
  language: Language;
  today: string;
  collator: Intl.Collator;
  categoryLabel: (categoryId: string) => string;
};

/** First guess of a row's height before it is measured (titles wrap, war-room type is larger). */
const estimatedRowHeight = 64;

const features = tableFeatures({
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnGroupingFeature,
  groupedRowModel: createGroupedRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnVisibilityFeature,
  tableMeta: metaHelper<RiskTableMeta>(),
});
const column = createColumnHelper<typeof features, RiskView>();

type RiskRow = Row<typeof features, RiskView>;

/** The column each grouping groups by. */
const groupingColumns = {
  category: 'category',
  owner: 'owner',
  status: 'status',
  level: 'current',
} as const satisfies Record<RegisterGrouping, RegisterColumnId>;

/** Order of acceptance states when sorting: the ones needing a decision last (worst when descending). */
const acceptanceOrder: readonly AcceptanceState[] = ['none', 'active', 'expiring', 'expired'];

/** The header text key of a column id. */
function columnLabelKey(columnId: string): MessageKey | undefined {
  const id = registerColumnIds.find((candidate) => candidate === columnId);
  return id === undefined ? undefined : registerColumnLabelKeys[id];
}

/** The table meta of a row (always set: the table below passes it). */
function metaOf(row: RiskRow): RiskTableMeta | undefined {
  return row.table.options.meta;
}

/** Compares two texts in the UI language's order (a blank sorts last). */
function compareText(left: string, right: string, meta: RiskTableMeta | undefined): number {
  if (left === '' || right === '') {
    return Number(left === '') - Number(right === '');
  }
  return meta === undefined ? left.localeCompare(right) : meta.collator.compare(left, right);
}

/** Text the search looks in, folded so full-width letters and case do not matter. */
function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/** Days between a past ISO day and today. */
function daysSince(isoDate: string, today: string): number {
  return differenceInCalendarDays(parseISO(today), parseISO(isoDate));
}

// Module scope: stable column definitions, or the table would rebuild its models every render.
// Text typed by users (titles, owners) is rendered as React text nodes, never parsed as HTML.
const columns = column.columns([
  column.accessor((view) => view.risk.reference, {
    id: 'reference',
    sortFn: (left, right) =>
      left.original.risk.reference.length - right.original.risk.reference.length ||
      compareText(left.original.risk.reference, right.original.risk.reference, undefined),
    enableHiding: false,
  }),
  column.accessor((view) => view.risk.title, {
    id: 'title',
    enableHiding: false,
    sortFn: (left, right) =>
      compareText(left.original.risk.title, right.original.risk.title, metaOf(left)),
    // The text search: reference, title and owner, whatever the columns shown.
    filterFn: (row, _columnId, filterValue: string) => {
      const { risk } = row.original;
      const needle = foldForSearch(filterValue.trim());
      return [risk.reference, risk.title, risk.owner].some((text) =>
        foldForSearch(text).includes(needle),
      );
    },
    cell: (info) => <Link href={`/${info.row.original.risk.id}`}>{info.getValue()}</Link>,
  }),
  column.accessor((view) => view.risk.categoryId, {
    id: 'category',
    sortFn: (left, right) => {
      const meta = metaOf(left);
      const label = meta?.categoryLabel ?? ((id: string) => id);
      return compareText(
        label(left.original.risk.categoryId),
        label(right.original.risk.categoryId),
        meta,
      );
    },
    filterFn: (row, _columnId, filterValue: string) => row.original.risk.categoryId === filterValue,
    cell: (info) => info.table.options.meta?.categoryLabel(info.getValue()),
  }),
  column.accessor((view) => view.risk.owner, {
    id: 'owner',
    sortFn: (left, right) =>
      compareText(left.original.risk.owner, right.original.risk.owner, metaOf(left)),
    filterFn: (row, _columnId, filterValue: string) => row.original.risk.owner === filterValue,
    cell: (info) =>
      info.getValue() === '' ? (
        <span className="risk-table__muted">
          {info.table.options.meta?.t('risks.register.noOwner')}
        </span>
      ) : (
        info.getValue()
      ),
  }),
  column.accessor((view) => view.risk.status, {
    id: 'status',
    sortFn: (left, right) =>
      riskStatuses.indexOf(left.original.risk.status) -
      riskStatuses.indexOf(right.original.risk.status),
    filterFn: (row, _columnId, filterValue: string) => row.original.risk.status === filterValue,
    cell: (info) => info.table.options.meta?.t(`risks.statuses.${info.getValue()}`),
  }),
  column.accessor((view) => view.scores.inherent.score, {
    id: 'inherent',
    sortFn: (left, right) =>
      left.original.scores.inherent.score - right.original.scores.inherent.score,
    sortDescFirst: true,
    cell: (info) => {
      const scored = info.row.original.scores.inherent;
      return <ScoreBadge score={scored.score} band={scored.band} />;
    },
  }),
  column.accessor((view) => view.scores.current.score, {
    id: 'current',
    sortFn: (left, right) =>
      left.original.scores.current.score - right.original.scores.current.score,
    sortDescFirst: true,
    // The level filter and grouping look at the band of the current score.
    filterFn: (row, _columnId, filterValue: string) =>
      row.original.scores.current.band.id === filterValue,
    getGroupingValue: (view) => view.scores.current.band.id,
    cell: (info) => {
      const scored = info.row.original.scores.current;
      return <ScoreBadge score={scored.score} band={scored.band} />;
    },
  }),
  column.accessor((view) => view.scores.target.score, {
    id: 'target',
    sortFn: (left, right) => left.original.scores.target.score - right.original.scores.target.score,
    sortDescFirst: true,
    cell: (info) => {
      const scored = info.row.original.scores.target;
      return <ScoreBadge score={scored.score} band={scored.band} />;
    },
  }),
  column.accessor((view) => view.risk.treatment, {
    id: 'treatment',
    sortFn: (left, right) =>
      riskTreatments.indexOf(left.original.risk.treatment) -
      riskTreatments.indexOf(right.original.risk.treatment),
    cell: (info) => info.table.options.meta?.t(`risks.treatments.${info.getValue()}`),
  }),
  column.accessor((view) => view.flags.nextReviewOn, {
    id: 'nextReview',
    sortFn: (left, right) =>
      compareText(left.original.flags.nextReviewOn, right.original.flags.nextReviewOn, undefined),
    // The overdue filter: anything the Dashboard counts as needing attention.
    filterFn: (row) => row.original.flags.isReviewOverdue || row.original.flags.isAcceptanceExpired,
    cell: (info) => {
      const meta = info.table.options.meta;
      const { flags } = info.row.original;
      if (meta === undefined) return null;
      return (
        <>
          <time dateTime={flags.nextReviewOn}>
            {formatCalendarDate(flags.nextReviewOn, meta.language)}
          </time>
          {flags.isReviewOverdue && (
            <span className="risk-table__flag">
              {meta.t('risks.register.overdueBy', {
                count: daysSince(flags.nextReviewOn, meta.today),
              })}
            </span>
          )}
        </>
      );
    },
  }),
  column.accessor((view) => view.risk.confidence, {
    id: 'confidence',
    sortFn: (left, right) =>
      confidenceLevels.indexOf(left.original.risk.confidence) -
      confidenceLevels.indexOf(right.original.risk.confidence),
    cell: (info) => info.table.options.meta?.t(`risks.confidence.${info.getValue()}`),
  }),
  column.accessor((view) => view.flags.acceptance, {
    id: 'acceptance',
    sortFn: (left, right) =>
      acceptanceOrder.indexOf(left.original.flags.acceptance) -
      acceptanceOrder.indexOf(right.original.flags.acceptance),
    cell: (info) => {
      const state = info.getValue();
      const text = info.table.options.meta?.t(`risks.acceptanceStates.${state}`);
      return state === 'expired' ? <span className="risk-table__flag">{text}</span> : text;
    },
  }),
]);

/**
 * The order of groups: categories and owners by name (no owner last), statuses in lifecycle
 * order, levels from the highest band down, so the worst risks come first.
 */
function compareGroups(
  grouping: RegisterGrouping,
  left: RiskView,
  right: RiskView,
  matrix: RiskMatrix,
  meta: RiskTableMeta,
): number {
  switch (grouping) {
    case 'category':
      return compareText(
        meta.categoryLabel(left.risk.categoryId),
        meta.categoryLabel(right.risk.categoryId),
        meta,
      );
    case 'owner':
      return compareText(left.risk.owner, right.risk.owner, meta);
    case 'status':
      return riskStatuses.indexOf(left.risk.status) - riskStatuses.indexOf(right.risk.status);
    case 'level': {
      const bandIndex = (view: RiskView) =>
        matrix.bands.findIndex(({ id }) => id === view.scores.current.band.id);
      return bandIndex(right) - bandIndex(left);
    }
  }
}

/** A line of the virtualized body: a group's header or one risk. */
type BodyLine = { kind: 'group'; row: RiskRow } | { kind: 'risk'; row: RiskRow };

/** Props of {@link RiskTable}. */
export type RiskTableProps = {
  /** Straight from the live query: a new array only when the data changed. */
  views: RiskView[];
  matrix: RiskMatrix;
  today: string;
  viewState: RegisterViewState;
  onSortingChange: (sorting: RegisterViewState['sorting']) => void;
  /** Group ids (`category:reputation`) whose risks are hidden. */
  collapsedGroups: ReadonlySet<string>;
  onToggleGroup: (groupId: string) => void;
  /** Rendered in place of the table when filters leave no row. */
  noMatches: ReactNode;
};

/** The sorting state in the register's column ids (the table only sorts by its own columns). */
function toRegisterSorting(sorting: SortingState): RegisterViewState['sorting'] {
  return sorting.flatMap((entry) => {
    const id = registerColumnIds.find((columnId) => columnId === entry.id);
    return id === undefined ? [] : [{ id, desc: entry.desc }];
  });
}

/** The value of `aria-sort` for a column. */
function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return 'none';
}

/**
 * The register as a TanStack table: sortable headers (buttons, with `aria-sort`), filters,
 * grouping with collapsible group headers that count their risks, hideable columns, and
 * virtualized rows so 10,000 risks scroll smoothly. Each row's title is a link to the risk.
 */
export function RiskTable({
  views,
  matrix,
  today,
  viewState,
  onSortingChange,
  collapsedGroups,
  onToggleGroup,
  noMatches,
}: RiskTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const categoryLabel = useCategoryLabel();
  const localize = useLocalizedText();
  const scrollRef = useRef<HTMLDivElement>(null);
  const collator = useMemo(
    () => new Intl.Collator(language, { sensitivity: 'base', numeric: true }),
    [language],
  );

  const { search, categoryId, bandId, owner, status, isOverdueOnly, grouping, hiddenColumns } =
    viewState;
  const columnFilters = useMemo(
    () => [
      ...(search.trim() === '' ? [] : [{ id: 'title', value: search }]),
      ...(categoryId === null ? [] : [{ id: 'category', value: categoryId }]),
      ...(bandId === null ? [] : [{ id: 'current', value: bandId }]),
      ...(owner === null ? [] : [{ id: 'owner', value: owner }]),
      ...(status === null ? [] : [{ id: 'status', value: status }]),
      ...(isOverdueOnly ? [{ id: 'nextReview', value: true }] : []),
    ],
    [search, categoryId, bandId, owner, status, isOverdueOnly],
  );
  const groupingState = useMemo(
    () => (grouping === null ? [] : [groupingColumns[grouping]]),
    [grouping],
  );
  const columnVisibility = useMemo(
    () => Object.fromEntries(hiddenColumns.map((id) => [id, false])),
    [hiddenColumns],
  );
  const sorting = viewState.sorting;
  // One object while its parts stay the same, so memoized rows re-render only when they change.
  const meta = useMemo(
    () => ({ t, language, today, collator, categoryLabel }),
    [t, language, today, collator, categoryLabel],
  );

  const table = useTable(
    {
      features,
      columns,
      data: views,
      getRowId: (view) => view.risk.id,
      meta,
      state: { columnFilters, grouping: groupingState, columnVisibility, sorting },
      onSortingChange: (updater: Updater<SortingState>) =>
        onSortingChange(
          toRegisterSorting(typeof updater === 'function' ? updater(sorting) : updater),
        ),
      // Grouped columns stay where they are: the group header already names the group.
      groupedColumnMode: false,
      enableMultiSort: false,
    },
    () => null,
  );

  const topRows = table.getRowModel().rows;
  const matchCount = table.getFilteredRowModel().rows.length;
  const lines = useMemo(() => {
    if (grouping === null) {
      return topRows.map((row): BodyLine => ({ kind: 'risk', row }));
    }
    const groups = [...topRows].sort((left, right) =>
      compareGroups(grouping, left.original, right.original, matrix, {
        t,
        language,
        today,
        collator,
        categoryLabel,
      }),
    );
    return groups.flatMap((row): BodyLine[] =>
      collapsedGroups.has(row.id)
        ? [{ kind: 'group', row }]
        : [
            { kind: 'group', row },
            ...row.subRows.map((subRow): BodyLine => ({ kind: 'risk', row: subRow })),
          ],
    );
  }, [topRows, grouping, collapsedGroups, matrix, t, language, today, collator, categoryLabel]);

  // Stable between renders: the virtualizer recomputes every row's position (10,000 calls) whenever
  // this function changes, which on every scroll would cost more than the frame.
  const getItemKey = useCallback((index: number) => lines[index]?.row.id ?? index, [lines]);

  // The virtualizer's functions are used only in this render, never passed to memoized children.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey,
    overscan: 8,
  });

  /** The group header's name: which value it groups and how many risks it holds. */
  function groupLabel(row: RiskRow): string {
    const leaf = row.original;
    const count = row.subRows.length;
    switch (grouping) {
      case 'category':
        return t('risks.register.grouping.groupCategory', {
          name: categoryLabel(leaf.risk.categoryId),
          count,
        });
      case 'owner':
        return leaf.risk.owner === ''
          ? t('risks.register.grouping.groupNoOwner', { count })
          : t('risks.register.grouping.groupOwner', { name: leaf.risk.owner, count });
      case 'status':
        return t('risks.register.grouping.groupStatus', {
          name: t(`risks.statuses.${leaf.risk.status}`),
          count,
        });
      case 'level': {
        const band = matrix.bands.find(({ id }) => id === leaf.scores.current.band.id);
        return t('risks.register.grouping.groupLevel', {
          name: localize((band ?? leaf.scores.current.band).label),
          count,
        });
      }
      default:
        return '';
    }
  }

  const visibleColumns = table.getVisibleLeafColumns();
  const visibleColumnsKey = visibleColumns.map(({ id }) => id).join(',');
  return (
    <>
      <p role="status" className="risk-table__count">
        {t('risks.register.showing', { shown: matchCount, count: views.length })}
      </p>
      {matchCount === 0 ? (
        noMatches
      ) : (
        // Tabbing from link to link scrolls the next row into view, and the overscan keeps it
        // rendered, so every row is reachable from the keyboard.
        <div ref={scrollRef} className="risk-table__scroll">
          <table
            className="data-table risk-table"
            aria-label={t('risks.register.tableLabel')}
            aria-rowcount={lines.length + 1}
          >
            <thead className="risk-table__head">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} className="risk-table__row" aria-rowindex={1}>
                  {group.headers.map((header) => {
                    const columnId = header.column.id;
                    const direction = header.column.getIsSorted();
                    const labelKey = columnLabelKey(columnId);
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={ariaSort(direction)}
                        className={`risk-table__cell risk-table__cell--${columnId}`}
                      >
                        <button
                          type="button"
                          className="risk-table__sort"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          {labelKey === undefined ? columnId : t(labelKey)}
                          <span aria-hidden="true" className="risk-table__sort-mark">
                            {direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : ''}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className="risk-table__body" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((virtualRow) => {
                const line = lines[virtualRow.index];
                if (line === undefined) return null;
                const common = {
                  ref: virtualizer.measureElement,
                  'data-index': virtualRow.index,
                  'aria-rowindex': virtualRow.index + 2,
                  style: { transform: `translateY(${virtualRow.start}px)` },
                };
                if (line.kind === 'group') {
                  const isCollapsed = collapsedGroups.has(line.row.id);
                  return (
                    <tr
                      key={line.row.id}
                      {...common}
                      className="risk-table__row risk-table__row--virtual risk-table__row--group"
                    >
                      <th
                        scope="rowgroup"
                        colSpan={visibleColumns.length}
                        className="risk-table__group"
                      >
                        <button
                          type="button"
                          aria-expanded={!isCollapsed}
                          onClick={() => onToggleGroup(line.row.id)}
                        >
                          <span aria-hidden="true">{isCollapsed ? '▸ ' : '▾ '}</span>
                          {groupLabel(line.row)}
                        </button>
                      </th>
                    </tr>
                  );
                }
                return (
                  <RiskTableRow
                    key={line.row.id}
                    row={line.row}
                    index={virtualRow.index}
                    start={virtualRow.start}
                    measureElement={virtualizer.measureElement}
                    meta={meta}
                    visibleColumnsKey={visibleColumnsKey}
                  />
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
