import { useTranslation } from 'react-i18next';
import { isActionItemOverdue } from '../../../../../shared/domain/postmortems/actionItems';
import type { ActionItem } from '../../../../../shared/domain/postmortems/actionItems';
import { useLanguage } from '../../../i18n/useLanguage';
import { ActionItemDue } from './ActionItemDue';
import { ActionItemLinkLabel } from './ActionItemLinkLabel';
import { loopStateText } from './actionItemText';
import { DeleteActionItemButton } from './DeleteActionItemButton';
import type { ActionItemNames } from './useActionItemNames';

/** Props of {@link ActionItemRow}. */
export type ActionItemRowProps = {
  item: ActionItem;
  /** True when the postmortem is published (its linked items' loops are open). */
  isPublished: boolean;
  names: ActionItemNames;
  today: string;
  onEdit: (item: ActionItem) => void;
};

/**
 * One action item of a postmortem's table: title (and description), type, owner, due day (overdue
 * unmissable), status, what it changes as a link, where its loop stands in words, and Edit and
 * Delete named after the item.
 */
export function ActionItemRow({ item, isPublished, names, today, onEdit }: ActionItemRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const loopText = loopStateText(item, isPublished, t, language);
  const isOverdue = isActionItemOverdue(item, today);
  return (
    <tr
      className={isOverdue ? 'action-items__row action-items__row--overdue' : 'action-items__row'}
    >
      <th scope="row" className="action-items__title">
        {item.title}
        {item.description !== '' && (
          <span className="action-items__description">{item.description}</span>
        )}
      </th>
      <td>{t(`postmortems.actionItemTypes.${item.type}`)}</td>
      <td>{names.ownerName(item.ownerPersonId)}</td>
      <td>
        <ActionItemDue item={item} today={today} />
      </td>
      <td>{t(`postmortems.actionItemStatuses.${item.status}`)}</td>
      <td>
        <ActionItemLinkLabel link={item.link} names={names} />
      </td>
      <td>{loopText}</td>
      <td>
        <div className="button-row button-row--compact">
          <button
            type="button"
            aria-label={t('postmortems.actions.editLabel', { title: item.title })}
            onClick={() => onEdit(item)}
          >
            {t('postmortems.actions.edit')}
          </button>
          <DeleteActionItemButton item={item} />
        </div>
      </td>
    </tr>
  );
}
