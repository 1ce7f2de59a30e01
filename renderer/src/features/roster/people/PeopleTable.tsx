import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  FlexRender,
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import type { Row, SortingState, Updater } from '@tanstack/react-table';
import type { AvailabilityAt } from '../../../../../shared/domain/roster/availability';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import { SortableHeaderCell } from '../../../components/SortableHeaderCell';
import { StatusBadge } from '../../../components/StatusBadge';
import { useLanguage } from '../../../i18n/useLanguage';
import { ContactAction } from '../ContactAction';
import {
  personDisplayName,
  usePositionLabel,
  useQualificationName,
  useRoleName,
} from '../rosterLabels';
import type { PersonRow } from './peopleRows';
import { useAvailabilityText } from './useAvailabilityText';
import type { AvailabilityDisplay } from './useAvailabilityText';

/** What the cells and the sorting need from the view. */
type PeopleTableMeta = {
  t: TFunction;
  collator: Intl.Collator;
  roleName: (role: Pick<CrisisRole, 'id' | 'name'>) => string;
  positionLabel: (position: number) => string;
  qualificationName: (typeId: string) => string;
  availabilityText: (availability: AvailabilityAt) => AvailabilityDisplay;
};

const features = tableFeatures({
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  tableMeta: metaHelper<PeopleTableMeta>(),
});
const column = createColumnHelper<typeof features, PersonRow>();

type PeopleRow = Row<typeof features, PersonRow>;

/** The column ids, in the order shown. */
const columnIds = [
  'name',
  'title',
  'department',
  'roles',
  'availability',
  'alerts',
  'phone',
] as const;

/** One of {@link columnIds}. */
type ColumnId = (typeof columnIds)[number];

/** Sort order of availability: who can be called now first. */
const availabilityOrder = [null, 'outside-hours', 'away'] as const;

/** The table meta of a row (always set: the table below passes it). */
function metaOf(row: PeopleRow): PeopleTableMeta | undefined {
  return row.table.options.meta;
}

/** Compares two texts in the UI language's order; a blank sorts last. */
function compareText(left: string, right: string, meta: PeopleTableMeta | undefined): number {
  if (left === '' || right === '') {
    return Number(left === '') - Number(right === '');
  }
  return meta === undefined ? left.localeCompare(right) : meta.collator.compare(left, right);
}

/** Text the filter looks in, folded so full-width letters and case do not matter. */
function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/** How much a row's qualification alerts weigh when sorting: expired ones first. */
function alertWeight(row: PersonRow): number {
  return row.alerts.reduce((sum, alert) => sum + (alert.state === 'expired' ? 100 : 1), 0);
}

/** A muted "None" for an empty cell, so screen readers do not skip past a blank. */
function noneText(meta: PeopleTableMeta | undefined): ReactNode {
  return <span className="people-table__muted">{meta?.t('roster.people.none')}</span>;
}

// Module scope: stable column definitions, or the table would rebuild its models every render.
// Text typed by users (names, titles) is rendered as React text nodes, never parsed as HTML.
const columns = column.columns([
  column.accessor((row) => row.person.name, {
    id: 'name',
    sortFn: (left, right) =>
      compareText(left.original.person.name, right.original.person.name, metaOf(left)) ||
      compareText(left.original.person.otherName, right.original.person.otherName, metaOf(left)),
    // The text filter: name, other name, title and department, whatever the sort.
    filterFn: (row, _columnId, filterValue: string) => {
      const { person } = row.original;
      const needle = foldForSearch(filterValue.trim());
      return [person.name, person.otherName, person.title, person.department].some((text) =>
        foldForSearch(text).includes(needle),
      );
    },
    cell: (info) => {
      const { person } = info.row.original;
      return (
        <>
          <Link href={`~/roster/people/${person.id}`}>{person.name}</Link>
          {person.otherName !== '' && (
            <span className="people-table__other-name">{person.otherName}</span>
          )}
        </>
      );
    },
  }),
  column.accessor((row) => row.person.title, {
    id: 'title',
    sortFn: (left, right) =>
      compareText(left.original.person.title, right.original.person.title, metaOf(left)),
    cell: (info) => (info.getValue() === '' ? noneText(info.table.options.meta) : info.getValue()),
  }),
  column.accessor((row) => row.person.department, {
    id: 'department',
    sortFn: (left, right) =>
      compareText(left.original.person.department, right.original.person.department, metaOf(left)),
    cell: (info) => (info.getValue() === '' ? noneText(info.table.options.meta) : info.getValue()),
  }),
  column.accessor((row) => row.roles.length, {
    id: 'roles',
    // Most roles first when descending; primaries weigh more than backups.
    sortFn: (left, right) =>
      left.original.roles.length - right.original.roles.length ||
      right.original.roles.filter(({ position }) => position === 0).length -
        left.original.roles.filter(({ position }) => position === 0).length,
    sortDescFirst: true,
    cell: (info) => {
      const meta = info.table.options.meta;
      const held = info.row.original.roles;
      if (meta === undefined || held.length === 0) {
        return noneText(meta);
      }
      return (
        <ul className="plain-list people-table__roles">
          {held.map(({ role, position }) => (
            <li
              key={role.id}
              className={position === 0 ? 'people-table__role--primary' : 'people-table__role'}
            >
              {meta.t('roster.people.roleHeld', {
                role: meta.roleName(role),
                position: meta.positionLabel(position),
              })}
            </li>
          ))}
        </ul>
      );
    },
  }),
  column.accessor((row) => row.availability.reason, {
    id: 'availability',
    sortFn: (left, right) =>
      availabilityOrder.indexOf(left.original.availability.reason) -
        availabilityOrder.indexOf(right.original.availability.reason) ||
      (left.original.availability.until ?? Infinity) -
        (right.original.availability.until ?? Infinity),
    cell: (info) => {
      const meta = info.table.options.meta;
      if (meta === undefined) return null;
      const shown = meta.availabilityText(info.row.original.availability);
      return <StatusBadge tone={shown.tone}>{shown.text}</StatusBadge>;
    },
  }),
  column.accessor((row) => row.alerts.length, {
    id: 'alerts',
    sortFn: (left, right) => alertWeight(left.original) - alertWeight(right.original),
    sortDescFirst: true,
    cell: (info) => {
      const meta = info.table.options.meta;
      const { alerts } = info.row.original;
      if (meta === undefined || alerts.length === 0) {
        return noneText(meta);
      }
      return (
        <ul className="plain-list people-table__alerts">
          {alerts.map(({ qualification, state }) => (
            <li key={qualification.id}>
              <StatusBadge tone={state === 'expired' ? 'danger' : 'warning'}>
                {meta.t('roster.people.qualificationAlert', {
                  qualification: meta.qualificationName(qualification.typeId),
                  state: meta.t(`roster.qualificationStates.${state}`),
                })}
              </StatusBadge>
            </li>
          ))}
        </ul>
      );
    },
  }),
  column.accessor((row) => row.person.phones[0]?.number ?? '', {
    id: 'phone',
    enableSorting: false,
    cell: (info) => {
      const meta = info.table.options.meta;
      const { person } = info.row.original;
      const phone = person.phones[0];
      if (meta === undefined || phone === undefined) {
        return noneText(meta);
      }
      return (
        <ContactAction
          kind="call"
          address={phone.number}
          personName={personDisplayName(person)}
          detail={meta.t(`roster.phoneKinds.${phone.kind}`)}
        />
      );
    },
  }),
]);

/** True when `id` is one of the table's columns. */
function isColumnId(id: string): id is ColumnId {
  return (columnIds as readonly string[]).includes(id);
}

/** Props of {@link PeopleTable}. */
export type PeopleTableProps = {
  /** Every person's line; a new array only when the roster or the clock moved. */
  rows: PersonRow[];
  /** The text filter as typed (blank shows everyone). */
  filter: string;
  /** Rendered in place of the table when the filter leaves no one. */
  noMatches: ReactNode;
};

/**
 * The people of the roster as a sortable TanStack table (headers are buttons with `aria-sort`):
 * name (a link to the person, with their other name), title, department, the roles they hold,
 * whether they can be called now, expiring or expired qualifications, and a call button for
 * their first phone number. Teams are small, so every row is rendered.
 */
export function PeopleTable({ rows, filter, noMatches }: PeopleTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const roleName = useRoleName();
  const positionLabel = usePositionLabel();
  const qualificationName = useQualificationName();
  const availabilityText = useAvailabilityText();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const collator = useMemo(
    () => new Intl.Collator(language, { sensitivity: 'base', numeric: true }),
    [language],
  );
  const columnFilters = useMemo(
    () => (filter.trim() === '' ? [] : [{ id: 'name', value: filter }]),
    [filter],
  );
  const meta = useMemo(
    () => ({ t, collator, roleName, positionLabel, qualificationName, availabilityText }),
    [t, collator, roleName, positionLabel, qualificationName, availabilityText],
  );

  const table = useTable(
    {
      features,
      columns,
      data: rows,
      getRowId: (row) => row.person.id,
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
      <p role="status" className="people-table__count">
        {t('roster.people.showing', { shown: shownRows.length, count: rows.length })}
      </p>
      {shownRows.length === 0 ? (
        noMatches
      ) : (
        <div className="table-scroll">
          <table className="data-table people-table" aria-label={t('roster.people.tableLabel')}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const columnId = header.column.id;
                    return (
                      <SortableHeaderCell
                        key={header.id}
                        column={header.column}
                        label={
                          isColumnId(columnId) ? t(`roster.people.columns.${columnId}`) : columnId
                        }
                        buttonClassName="people-table__sort"
                        markClassName="people-table__sort-mark"
                        className={`people-table__cell--${columnId}`}
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
                    row.original.availability.isAvailable
                      ? undefined
                      : 'people-table__row--unavailable'
                  }
                >
                  {row.getAllCells().map((cell) =>
                    cell.column.id === 'name' ? (
                      <th
                        key={cell.id}
                        scope="row"
                        className="people-table__cell--name people-table__name"
                      >
                        <FlexRender cell={cell} />
                      </th>
                    ) : (
                      <td key={cell.id} className={`people-table__cell--${cell.column.id}`}>
                        <FlexRender cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
