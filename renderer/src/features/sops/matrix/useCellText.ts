import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommMatrixCell } from '../../../../../shared/domain/sops/commMatrix';
import { useRoleNameOf, useTargetText } from '../sopFormat';

/** What a matrix cell says, in words: who speaks, how soon, and with which template. */
export type CellText = {
  /** The owner role's name, or "No owner role". */
  owner: string;
  /** The target ("within 1 h") and the timing text joined; '' when the cell has neither. */
  timing: string;
  /** The template stage's name, or null when the cell names none. */
  stage: string | null;
};

/**
 * A matrix cell in words, the same on the grid and on a crisis type's page, so one cell reads
 * alike wherever it appears.
 */
export function useCellText(): (cell: CommMatrixCell) => CellText {
  const { t } = useTranslation();
  const roleNameOf = useRoleNameOf();
  const targetText = useTargetText();
  return useCallback(
    (cell) => {
      const target = cell.targetMinutes === null ? '' : targetText(cell.targetMinutes);
      let timing = target === '' ? cell.timing : target;
      if (target !== '' && cell.timing !== '') {
        timing = t('sops.matrix.grid.targetAndTiming', { target, timing: cell.timing });
      }
      return {
        owner: roleNameOf(cell.ownerRoleId),
        timing,
        stage: cell.templateStage === null ? null : t(`sops.stages.${cell.templateStage}`),
      };
    },
    [t, roleNameOf, targetText],
  );
}
