import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import { languages } from '../../../../../shared/domain/settings';
import type { Language } from '../../../../../shared/domain/settings';
import type { CommGroup } from '../../../../../shared/domain/sops/commMatrix';
import { statementStages } from '../../../../../shared/domain/sops/statementTemplates';
import type {
  StatementStage,
  StoredStatementTemplate,
} from '../../../../../shared/domain/sops/statementTemplates';
import { languageNames } from '../../../i18n/languageNames';
import { useLanguage } from '../../../i18n/useLanguage';
import { useCrisisTypeName, useStakeholderName } from '../sopLabels';
import { FilterSelect } from '../../../components/fields/FilterSelect';
import { generalTemplatesFilter } from './templateFilters';
import type { TemplateFilters } from './templateFilters';

/** Props of {@link TemplateFiltersBar}. */
export type TemplateFiltersBarProps = {
  /** Every template (not only those shown), so a value in use is always offered. */
  templates: readonly StoredStatementTemplate[];
  /** The communication matrix's stakeholder groups, the audiences offered. */
  groups: readonly CommGroup[];
  filters: TemplateFilters;
  onChange: (update: Partial<TemplateFilters>) => void;
};

/** True when `value` is a statement stage. */
function isStage(value: string): value is StatementStage {
  return (statementStages as readonly string[]).includes(value);
}

/** True when `value` is an app language. */
function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

/** The values of `used` that `known` lacks, once each, after the known ones. */
function withUsed(known: readonly string[], used: readonly string[]): string[] {
  return [...new Set([...known, ...used])];
}

/**
 * The template list's filters: crisis type (with "written for every crisis type"), stage,
 * audience and language, all off at first, plus a quick switch to show only templates in the
 * app's own language. Each change applies at once.
 */
export function TemplateFiltersBar({
  templates,
  groups,
  filters,
  onChange,
}: TemplateFiltersBarProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const checkboxId = useId();
  const crisisTypeName = useCrisisTypeName();
  const stakeholderName = useStakeholderName();

  const crisisTypeIds = withUsed(
    crisisTypes,
    templates.flatMap((template) =>
      template.crisisTypeId === null ? [] : [template.crisisTypeId],
    ),
  );
  const audienceIds = withUsed(
    groups.map((group) => group.id),
    templates.map((template) => template.audience),
  );
  return (
    <div role="search" aria-label={t('sops.templates.filters.label')} className="filters">
      <FilterSelect
        label={t('sops.templates.filters.crisisType')}
        anyLabel={t('sops.templates.filters.anyCrisisType')}
        value={filters.crisisTypeId}
        options={[
          { value: generalTemplatesFilter, label: t('sops.templates.filters.generalTemplates') },
          ...crisisTypeIds.map((id) => ({ value: id, label: crisisTypeName(id) })),
        ]}
        onChange={(crisisTypeId) => onChange({ crisisTypeId })}
      />
      <FilterSelect
        label={t('sops.templates.filters.stage')}
        anyLabel={t('sops.templates.filters.anyStage')}
        value={filters.stage}
        options={statementStages.map((stage) => ({
          value: stage,
          label: t(`sops.stages.${stage}`),
        }))}
        onChange={(stage) => onChange({ stage: stage !== null && isStage(stage) ? stage : null })}
      />
      <FilterSelect
        label={t('sops.templates.filters.audience')}
        anyLabel={t('sops.templates.filters.anyAudience')}
        value={filters.audience}
        options={audienceIds.map((id) => ({ value: id, label: stakeholderName(id, groups) }))}
        onChange={(audience) => onChange({ audience })}
      />
      <FilterSelect
        label={t('sops.templates.filters.language')}
        anyLabel={t('sops.templates.filters.anyLanguage')}
        value={filters.language}
        options={languages.map((language) => ({
          value: language,
          label: languageNames[language],
        }))}
        onChange={(language) =>
          onChange({ language: language !== null && isLanguage(language) ? language : null })
        }
      />
      <div className="choice templates-filters__ui-language">
        <input
          id={checkboxId}
          type="checkbox"
          checked={filters.language === uiLanguage}
          onChange={(event) =>
            onChange({ language: event.currentTarget.checked ? uiLanguage : null })
          }
        />
        <label htmlFor={checkboxId}>
          {t('sops.templates.filters.uiLanguageOnly', { language: languageNames[uiLanguage] })}
        </label>
      </div>
    </div>
  );
}
