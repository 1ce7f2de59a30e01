import type { Language } from '../../../../../shared/domain/settings';
import type {
  StatementStage,
  StoredStatementTemplate,
} from '../../../../../shared/domain/sops/statementTemplates';

/**
 * The template list's filters. Each is null when off. The crisis type filter takes
 * {@link generalTemplatesFilter} for templates written for every crisis type (stored with a null
 * crisis type), which no real id can equal.
 */
export type TemplateFilters = {
  crisisTypeId: string | null;
  stage: StatementStage | null;
  audience: string | null;
  language: Language | null;
};

/** The crisis type filter's value for templates written for every crisis type. */
export const generalTemplatesFilter = '';

/** No filter on: every template shows. */
export const noTemplateFilters: TemplateFilters = {
  crisisTypeId: null,
  stage: null,
  audience: null,
  language: null,
};

/** True when at least one filter is on. */
export function hasTemplateFilters(filters: TemplateFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

/** The templates that pass every filter that is on, in the order given. */
export function filterTemplates(
  templates: readonly StoredStatementTemplate[],
  filters: TemplateFilters,
): StoredStatementTemplate[] {
  return templates.filter(
    (template) =>
      (filters.crisisTypeId === null ||
        (template.crisisTypeId ?? generalTemplatesFilter) === filters.crisisTypeId) &&
      (filters.stage === null || template.stage === filters.stage) &&
      (filters.audience === null || template.audience === filters.audience) &&
      (filters.language === null || template.language === filters.language),
  );
}
