import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommMatrixCell } from '../../../../../shared/domain/sops/commMatrix';
import type { CellText } from './useCellText';

/** Props of {@link MatrixCellButton}. */
export type MatrixCellButtonProps = {
  /** The cell shown here, or undefined when none applies. */
  cell: CommMatrixCell | undefined;
  /** The cell in words (undefined with no cell). */
  text: CellText | undefined;
  /** True when the cell comes from "every crisis type" rather than the chosen type. */
  isInherited: boolean;
  /** The button's accessible name ("Customers × Website: edit"). */
  label: string;
  onEdit: () => void;
};

/**
 * One cell of the matrix grid as a button that opens its dialog: it shows the owner role, the
 * timing and the template stage, marked "(from every crisis type)" when inherited, or "Not set".
 * The name says which cell it edits; what it says now is its description.
 */
export function MatrixCellButton({
  cell,
  text,
  isInherited,
  label,
  onEdit,
}: MatrixCellButtonProps) {
  const { t } = useTranslation();
  const summaryId = useId();
  let className = 'matrix-cell';
  if (cell === undefined) {
    className += ' matrix-cell--empty';
  } else if (isInherited) {
    className += ' matrix-cell--inherited';
  }
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      aria-describedby={summaryId}
      onClick={onEdit}
    >
      <span id={summaryId} className="matrix-cell__summary">
        {cell === undefined || text === undefined ? (
          <span className="matrix-cell__empty">{t('sops.matrix.grid.notSet')}</span>
        ) : (
          <>
            <span className="matrix-cell__owner">{text.owner}</span>
            {text.timing !== '' && <span className="matrix-cell__timing">{text.timing}</span>}
            {text.stage !== null && <span className="matrix-cell__stage">{text.stage}</span>}
            {isInherited && (
              <span className="matrix-cell__inherited">{t('sops.matrix.grid.inherited')}</span>
            )}
          </>
        )}
      </span>
    </button>
  );
}
