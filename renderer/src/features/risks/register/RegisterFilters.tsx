import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { riskStatuses } from '../../../../../shared/domain/risks/risk';
import type { RiskStatus } from '../../../../../shared/domain/risks/risk';
import type { RiskMatrix } from '../../../../../shared/domain/risks/riskMatrix';
import { useLanguage } from '../../../i18n/useLanguage';
import { useCategoryLabel, useLocalizedText } from '../riskLabels';
import { useRiskCategories } from '../useRiskData';
import type { RiskView } from '../useRiskData';
import { FilterSelect } from '../../../components/fields/FilterSelect';
import type { FilterOption } from '../../../components/fields/FilterSelect';
import type { RegisterViewState } from './registerViewState';

/** Props of {@link RegisterFilters}. */
export type RegisterFiltersProps = {
  views: readonly RiskView[];
  matrix: RiskMatrix;
  viewState: RegisterViewState;
  onChange: (update: Partial<RegisterViewState>) => void;
};

function isRiskStatus(value: string): value is RiskStatus {
  return (riskStatuses as readonly string[]).includes(value);
}

/**
 * The register's filters: a text search over reference, title and owner, category, level (band
 * of the current score), owner, status, and "overdue only" (a review overdue or an acceptance
 * expired). Each change applies at once; the table below counts what is left.
 */
export function RegisterFilters({ views, matrix, viewState, onChange }: RegisterFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const categories = useRiskCategories();
  const categoryLabel = useCategoryLabel();
  const localize = useLocalizedText();

  const owners = useMemo(() => {
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    const named = new Set(views.map((view) => view.risk.owner).filter((owner) => owner !== ''));
    return [...named].sort((left, right) => collator.compare(left, right));
  }, [views, language]);
  const hasUnowned = useMemo(() => views.some((view) => view.risk.owner === ''), [views]);
  const ownerOptions: FilterOption[] = [
    ...(hasUnowned ? [{ value: '', label: t('risks.register.noOwner') }] : []),
    ...owners.map((owner) => ({ value: owner, label: owner })),
    // A filter kept from earlier whose owner no longer has risks stays selectable.
    ...(viewState.owner !== null && viewState.owner !== '' && !owners.includes(viewState.owner)
      ? [{ value: viewState.owner, label: viewState.owner }]
      : []),
  ];

  return (
    <div role="search" aria-label={t('risks.register.filters.label')} className="filters">
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('risks.register.filters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={viewState.search}
          maxLength={200}
          placeholder={t('risks.register.filters.searchPlaceholder')}
          onChange={(event) => onChange({ search: event.currentTarget.value })}
        />
      </div>
      <FilterSelect
        label={t('risks.register.filters.category')}
        anyLabel={t('risks.register.filters.anyCategory')}
        value={viewState.categoryId}
        options={(categories ?? []).map((category) => ({
          value: category.id,
          label: categoryLabel(category.id),
        }))}
        onChange={(categoryId) => onChange({ categoryId })}
      />
      <FilterSelect
        label={t('risks.register.filters.level')}
        anyLabel={t('risks.register.filters.anyLevel')}
        value={viewState.bandId}
        options={matrix.bands.map((band) => ({ value: band.id, label: localize(band.label) }))}
        onChange={(bandId) => onChange({ bandId })}
      />
      <FilterSelect
        label={t('risks.register.filters.owner')}
        anyLabel={t('risks.register.filters.anyOwner')}
        value={viewState.owner}
        options={ownerOptions}
        onChange={(owner) => onChange({ owner })}
      />
      <FilterSelect
        label={t('risks.register.filters.status')}
        anyLabel={t('risks.register.filters.anyStatus')}
        value={viewState.status}
        options={riskStatuses.map((status) => ({
          value: status,
          label: t(`risks.statuses.${status}`),
        }))}
        onChange={(status) =>
          onChange({ status: status !== null && isRiskStatus(status) ? status : null })
        }
      />
      <div className="field field--switch">
        <input
          id={`${id}-overdue`}
          type="checkbox"
          checked={viewState.isOverdueOnly}
          onChange={(event) => onChange({ isOverdueOnly: event.currentTarget.checked })}
        />
        <label htmlFor={`${id}-overdue`}>{t('risks.register.filters.overdueOnly')}</label>
      </div>
    </div>
  );
}
