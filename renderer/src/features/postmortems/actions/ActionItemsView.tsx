import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionItemTypes } from '../../../../../shared/domain/postmortems/actionItems';
import { EmptyState } from '../../../components/EmptyState';
import { FilterSelect } from '../../../components/fields/FilterSelect';
import { useToday } from '../../../lib/useNow';
import { personDisplayName } from '../../roster';
import { useActionItems, usePostmortems } from '../usePostmortemData';
import {
  actionItemListRows,
  actionItemStatusFilters,
  noOwnerFilter,
  openItemsByOwner,
} from './actionItemListRows';
import type { ActionItemStatusFilter } from './actionItemListRows';
import { ActionItemsTable } from './ActionItemsTable';
import { OpenItemsByOwner } from './OpenItemsByOwner';
import { useActionItemNames } from './useActionItemNames';
import { useIncidentsById } from './useIncidentsById';

/**
 * Every action item across postmortems (`#/postmortems/actions`): how many are open per owner at
 * the top, then a table filtered by status (open by default, overdue, all), owner and type, each
 * row linking to its postmortem and incident. Says what the list is for while there are none.
 */
export function ActionItemsView() {
  const { t } = useTranslation();
  const items = useActionItems();
  const postmortems = usePostmortems();
  const incidentsById = useIncidentsById();
  const names = useActionItemNames();
  const today = useToday();
  const statusId = useId();
  const [status, setStatus] = useState<ActionItemStatusFilter>('open');
  const [owner, setOwner] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);

  const rows = useMemo(
    () =>
      items === undefined || postmortems === undefined || incidentsById === undefined
        ? undefined
        : actionItemListRows(items, postmortems, incidentsById),
    [items, postmortems, incidentsById],
  );
  const ownerCounts = useMemo(
    () => (items === undefined ? [] : openItemsByOwner(items, today)),
    [items, today],
  );

  if (rows === undefined || names === undefined) {
    return <p role="status">{t('postmortems.actions.loading')}</p>;
  }
  if (rows.length === 0) {
    return (
      <EmptyState
        heading={t('postmortems.actions.view.empty.heading')}
        summary={t('postmortems.actions.view.empty.summary')}
        status={t('postmortems.actions.view.empty.status')}
      />
    );
  }

  const ownerOptions = [
    ...names.people.map((person) => ({ value: person.id, label: personDisplayName(person) })),
    { value: noOwnerFilter, label: t('postmortems.actions.noOwner') },
  ];
  return (
    <>
      <h2>{t('postmortems.actions.view.heading')}</h2>
      <OpenItemsByOwner counts={ownerCounts} ownerName={names.ownerName} />
      <div
        role="group"
        aria-label={t('postmortems.actions.view.filters.label')}
        className="toolbar action-items__filters"
      >
        <div className="field">
          <label htmlFor={statusId}>{t('postmortems.actions.view.filters.status')}</label>
          <select
            id={statusId}
            value={status}
            onChange={(event) => {
              const chosen = actionItemStatusFilters.find(
                (filter) => filter === event.currentTarget.value,
              );
              if (chosen !== undefined) setStatus(chosen);
            }}
          >
            {actionItemStatusFilters.map((filter) => (
              <option key={filter} value={filter}>
                {t(`postmortems.actions.view.filters.statuses.${filter}`)}
              </option>
            ))}
          </select>
        </div>
        <FilterSelect
          label={t('postmortems.actions.view.filters.owner')}
          anyLabel={t('postmortems.actions.view.filters.anyOwner')}
          value={owner}
          options={ownerOptions}
          onChange={setOwner}
        />
        <FilterSelect
          label={t('postmortems.actions.view.filters.type')}
          anyLabel={t('postmortems.actions.view.filters.anyType')}
          value={type}
          options={actionItemTypes.map((value) => ({
            value,
            label: t(`postmortems.actionItemTypes.${value}`),
          }))}
          onChange={setType}
        />
      </div>
      <ActionItemsTable
        rows={rows}
        names={names}
        today={today}
        status={status}
        owner={owner}
        type={type}
        noMatches={<p>{t('postmortems.actions.view.noMatches')}</p>}
      />
    </>
  );
}
