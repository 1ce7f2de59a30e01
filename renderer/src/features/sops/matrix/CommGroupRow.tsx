import { useTranslation } from 'react-i18next';
import type { CommGroup } from '../../../../../shared/domain/sops/commMatrix';
import { TextField } from '../../../components/fields/TextField';

/** Props of {@link CommGroupRow}. */
export type CommGroupRowProps = {
  group: CommGroup;
  /** 0-based position in the list being edited. */
  index: number;
  /** How many entries the list has. */
  count: number;
  /** The entry's name as shown (translated when built in; "Channel 8" while a new one is unnamed). */
  displayName: string;
  /** The label of a custom entry's name field ("Stakeholder group 8"). */
  entryLabel: string;
  /** Why the name was refused, if it was. */
  nameError: string | undefined;
  onRename: (name: string) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
};

/**
 * One entry of a stakeholder group or channel list being edited: a built-in one shows its
 * translated name (it cannot be renamed), a custom one a name field; then Up, Down and Remove,
 * each naming its entry ("Move Customers up"), since every row has the same three.
 */
export function CommGroupRow({
  group,
  index,
  count,
  displayName,
  entryLabel,
  nameError,
  onRename,
  onMove,
  onRemove,
}: CommGroupRowProps) {
  const { t } = useTranslation();
  return (
    <li className="comm-group-row" data-group-id={group.id}>
      <div className="comm-group-row__name">
        {group.isBuiltIn ? (
          <p>
            <span className="comm-group-row__built-in-name">{displayName}</span>{' '}
            <span className="tag">{t('sops.matrix.groups.builtIn')}</span>
          </p>
        ) : (
          <TextField label={entryLabel} error={nameError} value={group.name} onChange={onRename} />
        )}
      </div>
      <div className="button-row button-row--compact comm-group-row__actions">
        <button
          type="button"
          data-move="up"
          aria-label={t('sops.matrix.groups.moveUp', { name: displayName })}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          {t('sops.matrix.groups.up')}
        </button>
        <button
          type="button"
          data-move="down"
          aria-label={t('sops.matrix.groups.moveDown', { name: displayName })}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          {t('sops.matrix.groups.down')}
        </button>
        <button
          type="button"
          aria-label={t('sops.matrix.groups.remove', { name: displayName })}
          disabled={count === 1}
          onClick={onRemove}
        >
          {t('sops.matrix.groups.removeShort')}
        </button>
      </div>
    </li>
  );
}
