import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/fields/FilterSelect';
import { useLanguage } from '../../../i18n/useLanguage';
import { useCrisisTypeName } from '../sopLabels';
import type { PublishedSop } from '../useSopData';
import { generalCrisisFilterValue, usedCrisisTypeValues } from './libraryRows';
import type { LibraryFilters } from './libraryRows';

/** Props of {@link LibraryFilterControls}. */
export type LibraryFilterControlsProps = {
  /** The SOPs listed, with the content in force (their crisis types fill the filter). */
  sops: readonly PublishedSop[];
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
};

/**
 * The library's filters: a crisis type among those the SOPs in force use (by name), and "Only
 * overdue reviews".
 */
export function LibraryFilterControls({ sops, filters, onChange }: LibraryFilterControlsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const crisisTypeName = useCrisisTypeName();
  const overdueId = useId();
  const options = useMemo(() => {
    const collator = new Intl.Collator(language, { sensitivity: 'base' });
    return usedCrisisTypeValues(sops)
      .map((value) => ({
        value,
        label: crisisTypeName(value === generalCrisisFilterValue ? null : value),
      }))
      .sort((left, right) => collator.compare(left.label, right.label));
  }, [sops, language, crisisTypeName]);

  return (
    <div
      className="filters sop-library__filters"
      role="group"
      aria-label={t('sops.library.filters.label')}
    >
      <FilterSelect
        label={t('sops.library.filters.crisisType')}
        anyLabel={t('sops.library.filters.anyCrisisType')}
        value={filters.crisisTypeId}
        options={options}
        onChange={(crisisTypeId) => onChange({ ...filters, crisisTypeId })}
      />
      <div className="choice">
        <input
          id={overdueId}
          type="checkbox"
          checked={filters.isOverdueOnly}
          onChange={(event) => onChange({ ...filters, isOverdueOnly: event.currentTarget.checked })}
        />
        <label htmlFor={overdueId}>{t('sops.library.filters.overdueOnly')}</label>
      </div>
    </div>
  );
}
