import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultEventFilters,
  exerciseModes,
  isEventDateRangeReversed,
} from '../../../../../shared/domain/postmortems/eventDocuments';
import type { EventFilters } from '../../../../../shared/domain/postmortems/eventDocuments';
import { FilterSelect } from '../../../components/fields/FilterSelect';
import type { FilterOption } from '../../../components/fields/FilterSelect';

/** Props of {@link EventFiltersBar}: the filters, their choices (already named) and where changes go. */
export type EventFiltersBarProps = {
  filters: EventFilters;
  crisisTypeOptions: readonly FilterOption[];
  severityOptions: readonly FilterOption[];
  tagOptions: readonly FilterOption[];
  onChange: (filters: EventFilters) => void;
};

/** True when `filters` narrow anything beyond the defaults (exercises left out). */
function isFiltering(filters: EventFilters): boolean {
  return (
    filters.crisisTypeIds.length > 0 ||
    filters.severityIds.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    filters.tag !== null ||
    filters.exercise !== defaultEventFilters.exercise
  );
}

/**
 * The crisis-event database's filters: crisis type, severity, detection days from and to (the
 * device's calendar), tag and whether exercises are left out (the default), shown too or alone.
 * A reversed date range is said in words beside the "to" date, and kept as typed.
 */
export function EventFiltersBar({
  filters,
  crisisTypeOptions,
  severityOptions,
  tagOptions,
  onChange,
}: EventFiltersBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const isReversed = isEventDateRangeReversed(filters);
  const change = (patch: Partial<EventFilters>) => onChange({ ...filters, ...patch });

  return (
    <div
      role="group"
      aria-label={t('postmortems.database.filters.label')}
      className="event-db__filters"
    >
      <FilterSelect
        label={t('postmortems.database.filters.crisisType')}
        anyLabel={t('postmortems.database.filters.anyCrisisType')}
        value={filters.crisisTypeIds[0] ?? null}
        options={crisisTypeOptions}
        onChange={(value) => change({ crisisTypeIds: value === null ? [] : [value] })}
      />
      <FilterSelect
        label={t('postmortems.database.filters.severity')}
        anyLabel={t('postmortems.database.filters.anySeverity')}
        value={filters.severityIds[0] ?? null}
        options={severityOptions}
        onChange={(value) => change({ severityIds: value === null ? [] : [value] })}
      />
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('postmortems.database.filters.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change({ from: value === '' ? null : value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('postmortems.database.filters.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to ?? ''}
          aria-invalid={isReversed}
          aria-describedby={isReversed ? `${id}-to-error` : undefined}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change({ to: value === '' ? null : value });
          }}
        />
        {isReversed ? (
          <p id={`${id}-to-error`} className="field__error">
            {t('postmortems.database.filters.reversedRange')}
          </p>
        ) : null}
      </div>
      <FilterSelect
        label={t('postmortems.database.filters.tag')}
        anyLabel={t('postmortems.database.filters.anyTag')}
        value={filters.tag}
        options={tagOptions}
        onChange={(value) => change({ tag: value })}
      />
      <div className="field">
        <label htmlFor={`${id}-exercises`}>{t('postmortems.database.filters.exercises')}</label>
        <select
          id={`${id}-exercises`}
          value={filters.exercise}
          onChange={(event) => {
            const chosen = exerciseModes.find((mode) => mode === event.currentTarget.value);
            if (chosen !== undefined) change({ exercise: chosen });
          }}
        >
          {exerciseModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`postmortems.database.filters.exerciseModes.${mode}`)}
            </option>
          ))}
        </select>
      </div>
      {isFiltering(filters) ? (
        <button type="button" onClick={() => onChange(defaultEventFilters)}>
          {t('postmortems.database.filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
