import { useTranslation } from 'react-i18next';

/** Props of {@link RowEditActions}: already-translated accessible names. */
export type RowEditActionsProps = {
  /** Names the row's edit button ("Edit control Backup site"), since every row has one. */
  editLabel: string;
  /** Names the row's remove button likewise. */
  removeLabel: string;
  onEdit: () => void;
  onRemove: () => void;
};

/** The Edit and Remove buttons of a row in a table of a risk's parts (controls, indicators). */
export function RowEditActions({ editLabel, removeLabel, onEdit, onRemove }: RowEditActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="button-row button-row--compact">
      <button type="button" aria-label={editLabel} onClick={onEdit}>
        {t('risks.detail.edit')}
      </button>
      <button type="button" aria-label={removeLabel} onClick={onRemove}>
        {t('risks.detail.remove')}
      </button>
    </div>
  );
}
