import { useTranslation } from 'react-i18next';
import type { CommMatrixCell } from '../../../../../shared/domain/sops/commMatrix';
import type { CommGroupKind } from '../sopCommands';
import { useStatementTemplates } from '../useSopData';

/**
 * The explanation of a `group-in-use` refusal of the stakeholder group or channel editor: the
 * entry's name and what still uses it, counted now. Matrix cells use both kinds; statement
 * templates use stakeholder groups as their audience, and `saveCommGroups` refuses to remove
 * either. When nothing is counted any more (changed since the refusal, or the templates are still
 * loading), it falls back to saying the entry is still in use, without a number.
 */
export function useGroupInUseText(
  kind: CommGroupKind,
  cells: readonly CommMatrixCell[],
): (groupId: string, name: string) => string {
  const { t } = useTranslation();
  const templates = useStatementTemplates();
  return (groupId, name) => {
    const cellCount = cells.filter((cell) =>
      kind === 'stakeholders' ? cell.stakeholderId === groupId : cell.channelId === groupId,
    ).length;
    const templateCount =
      kind === 'stakeholders'
        ? (templates ?? []).filter((template) => template.audience === groupId).length
        : 0;
    if (templateCount === 0) {
      return cellCount === 0
        ? t('sops.matrix.groups.inUseSomewhere', { name })
        : t('sops.matrix.groups.inUse', { name, count: cellCount });
    }
    return cellCount === 0
      ? t('sops.matrix.groups.inUseByTemplates', { name, count: templateCount })
      : t('sops.matrix.groups.inUseByBoth', {
          name,
          count: templateCount,
          cells: t('sops.matrix.groups.cellCount', { count: cellCount }),
        });
  };
}
