import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisTypes } from '../../../../../shared/domain/crisisTypes';
import { useCommMatrixCells, usePublishedSops, useStatementTemplates } from '../useSopData';
import { CrisisTypeCard } from './CrisisTypeCard';
import type { CrisisTypeCounts } from './CrisisTypeCard';

/** How many of `items` each crisis type has, by the type id `typeOf` reads. */
function countByType<T>(
  items: readonly T[],
  typeOf: (item: T) => string | null,
): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const item of items) {
    const type = typeOf(item);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

/**
 * The crisis types (`#/sops/types`): a card per starter crisis type with its summary and what the
 * library holds for it (SOPs, counted by the crisis type of the version in force; statement
 * templates, matrix cells of its own, register risks), each linking to the type's page.
 */
export function CrisisTypesView() {
  const { t } = useTranslation();
  const headingId = useId();
  const sops = usePublishedSops();
  const templates = useStatementTemplates();
  const cells = useCommMatrixCells();
  const counts = useMemo(() => {
    if (sops === undefined || templates === undefined || cells === undefined) {
      return undefined;
    }
    const bySop = countByType(sops, ({ content }) => content.crisisTypeId);
    const byTemplate = countByType(templates, (template) => template.crisisTypeId);
    const byCell = countByType(cells, (cell) => cell.crisisTypeId);
    return (crisisTypeId: string): CrisisTypeCounts => ({
      sops: bySop.get(crisisTypeId) ?? 0,
      templates: byTemplate.get(crisisTypeId) ?? 0,
      cells: byCell.get(crisisTypeId) ?? 0,
    });
  }, [sops, templates, cells]);

  return (
    <section aria-labelledby={headingId} className="crisis-types-view">
      <h2 id={headingId}>{t('sops.matrix.types.heading')}</h2>
      <p className="crisis-types-view__intro">{t('sops.matrix.types.intro')}</p>
      {counts === undefined ? (
        <p role="status">{t('sops.matrix.types.loading')}</p>
      ) : (
        <ul
          className="plain-list crisis-types-view__list"
          aria-label={t('sops.matrix.types.listLabel')}
        >
          {crisisTypes.map((crisisTypeId) => (
            <CrisisTypeCard
              key={crisisTypeId}
              crisisTypeId={crisisTypeId}
              counts={counts(crisisTypeId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
