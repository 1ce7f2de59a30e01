import { useTranslation } from 'react-i18next';
import { isActionItemOverdue } from '../../../../../shared/domain/postmortems/actionItems';
import type { ActionItem } from '../../../../../shared/domain/postmortems/actionItems';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatCalendarDate } from '../../../lib/dates';
import { daysOverdue } from './actionItemText';

/** Props of {@link ActionItemDue}. */
export type ActionItemDueProps = {
  item: Pick<ActionItem, 'dueOn' | 'status'>;
  /** Today, `YYYY-MM-DD`, in the device's zone. */
  today: string;
  /** True where no column header says it is the due day: it reads "Due <date>". */
  isWordy?: boolean;
};

/**
 * An item's due day, and when it is still open after that day an unmissable "Overdue by N days"
 * in words inside a bordered badge with a ⚠ mark, so it never depends on colour alone.
 */
export function ActionItemDue({ item, today, isWordy = false }: ActionItemDueProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <time dateTime={item.dueOn}>
        {isWordy
          ? t('postmortems.actions.card.dueOn', {
              date: formatCalendarDate(item.dueOn, language),
            })
          : formatCalendarDate(item.dueOn, language)}
      </time>
      {isActionItemOverdue(item, today) && (
        <span className="action-items__overdue">
          <span aria-hidden="true" className="action-items__overdue-mark">
            ⚠
          </span>{' '}
          {t('postmortems.actions.overdueBy', { count: daysOverdue(item.dueOn, today) })}
        </span>
      )}
    </>
  );
}
