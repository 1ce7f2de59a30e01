import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import {
  confidenceLevels,
  riskStatuses,
  riskTreatments,
} from '../../../../../shared/domain/risks/risk';
import { builtInRiskCategories } from '../../../../../shared/domain/risks/riskCategories';
import { comparableText } from '../../../../../shared/domain/csvTable';
import type { RiskCsvChoiceLabels } from '../../../../../shared/domain/risks/riskCsv';
import {
  crisisTypesEn,
  crisisTypesZhCN,
  crisisTypesZhTW,
  riskDomainEn,
  riskDomainZhCN,
  riskDomainZhTW,
} from '../../../i18n/resources/risks/riskDomainMessages';
import type { RiskCategoryOption } from '../useRiskData';

/**
 * What the CSV rules need from the app: the names of choices and categories in every app
 * language (a register typed by hand in Chinese says 處理中, not `open`) and the custom
 * categories that exist. Read from the bundled message trees, not the current language, so a
 * file imports the same whichever language the UI is in.
 */

/** Every app language's domain names. */
const domainMessages = [riskDomainEn, riskDomainZhTW, riskDomainZhCN] as const;

/** Every app language's crisis type names. */
const crisisTypeMessages = [crisisTypesEn, crisisTypesZhTW, crisisTypesZhCN] as const;

/** Names of each id in every language. */
function namesById<T extends string>(
  ids: readonly T[],
  name: (id: T, language: number) => string,
): Record<string, string[]> {
  return Object.fromEntries(ids.map((id) => [id, [0, 1, 2].map((index) => name(id, index))]));
}

/** The names import accepts for each choice field besides its ids. */
export const riskCsvChoiceLabels: RiskCsvChoiceLabels = {
  status: namesById(riskStatuses, (id, index) => domainMessages[index]?.statuses[id] ?? id),
  confidence: namesById(
    confidenceLevels,
    (id, index) => domainMessages[index]?.confidence[id] ?? id,
  ),
  treatment: namesById(riskTreatments, (id, index) => domainMessages[index]?.treatments[id] ?? id),
  crisis_type: namesById(crisisTypes, (id, index) => crisisTypeMessages[index]?.[id] ?? id),
};

/**
 * Finds the category a cell names: a built-in id or its name in any app language, or a custom
 * category's name (ignoring case and full-width forms, like adding a category does); null when
 * none has that name.
 */
export function categoryFinder(
  categories: readonly RiskCategoryOption[],
): (value: string) => string | null {
  // Ids first, then custom names, then translated built-in names: an export writes built-in ids
  // and custom names, so a custom category named like a built-in one still maps back to itself.
  const byName = new Map<string, string>(builtInRiskCategories.map((id) => [id, id]));
  const add = (name: string, id: string) => {
    if (!byName.has(comparableText(name))) byName.set(comparableText(name), id);
  };
  for (const category of categories) {
    if (category.customName !== null) add(category.customName, category.id);
  }
  for (const id of builtInRiskCategories) {
    for (const messages of domainMessages) add(messages.categories[id], id);
  }
  return (value) => byName.get(comparableText(value)) ?? null;
}

/** The name of a custom category id, for the export's category column; null for any other id. */
export function customCategoryNames(
  categories: readonly RiskCategoryOption[],
): (categoryId: string) => string | null {
  const names = new Map(
    categories.flatMap(({ id, customName }) => (customName === null ? [] : [[id, customName]])),
  );
  return (categoryId) => names.get(categoryId) ?? null;
}
