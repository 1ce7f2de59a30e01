import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineEntryKinds } from '../../../../../shared/domain/incidents/timeline';
import type { TimelineFilters } from './timelineView';

/** Props of {@link TimelineFiltersBar}. */
export type TimelineFiltersBarProps = {
  filters: TimelineFilters;
  onChange: (filters: TimelineFilters) => void;
};

/** The values of the internal/external filter, '' standing for both. */
const visibilityValues = ['', 'internal', 'external'] as const;

/**
 * The timeline's filters: one kind or all, internal, external or both, and the order (newest
 * first unless "Oldest first" is ticked).
 */
export function TimelineFiltersBar({ filters, onChange }: TimelineFiltersBarProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div
      role="group"
      aria-label={t('incidents.timeline.filters.label')}
      className="timeline-filters"
    >
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('incidents.timeline.filters.kind')}</label>
        <select
          id={`${id}-kind`}
          value={filters.kind ?? ''}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            onChange({
              ...filters,
              kind: timelineEntryKinds.find((kind) => kind === chosen) ?? null,
            });
          }}
        >
          <option value="">{t('incidents.timeline.filters.allKinds')}</option>
          {timelineEntryKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`incidents.entryKinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-visibility`}>{t('incidents.timeline.filters.visibility')}</label>
        <select
          id={`${id}-visibility`}
          value={filters.visibility ?? ''}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            onChange({
              ...filters,
              visibility: chosen === 'internal' || chosen === 'external' ? chosen : null,
            });
          }}
        >
          {visibilityValues.map((value) => (
            <option key={value} value={value}>
              {value === ''
                ? t('incidents.timeline.filters.allVisibilities')
                : value === 'internal'
                  ? t('incidents.timeline.filters.internalOnly')
                  : t('incidents.timeline.filters.externalOnly')}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--switch">
        <input
          id={`${id}-order`}
          type="checkbox"
          checked={filters.isOldestFirst}
          onChange={(event) => onChange({ ...filters, isOldestFirst: event.currentTarget.checked })}
        />
        <label htmlFor={`${id}-order`}>{t('incidents.timeline.filters.oldestFirst')}</label>
      </div>
    </div>
  );
}
