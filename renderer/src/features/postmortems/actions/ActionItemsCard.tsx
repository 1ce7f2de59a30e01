import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  isActionItemOpen,
  sortActionItemsForFollowUp,
  summarizeActionItems,
} from '../../../../../shared/domain/postmortems/actionItems';
import { useToday } from '../../../lib/useNow';
import { useActionItems } from '../usePostmortemData';
import { ActionItemDue } from './ActionItemDue';
import { useActionItemNames } from './useActionItemNames';

/** Items listed on the card; the list of action items shows them all. */
const listedCount = 5;

/**
 * The Dashboard's "Postmortem action items": how many are open and how many of those are overdue
 * (today in the device's zone), the five most urgent with their due day (overdue in words with a ⚠
 * badge) and owner, and a link to every action item. Live: it follows saves and the loops closing.
 */
export function ActionItemsCard() {
  const { t } = useTranslation();
  const headingId = useId();
  const items = useActionItems();
  const names = useActionItemNames();
  const today = useToday();
  const urgent = useMemo(
    () =>
      items === undefined
        ? []
        : sortActionItemsForFollowUp(items.filter((item) => isActionItemOpen(item))).slice(
            0,
            listedCount,
          ),
    [items],
  );

  let body;
  if (items === undefined || names === undefined) {
    body = <p role="status">{t('postmortems.actions.loading')}</p>;
  } else if (items.length === 0) {
    body = <p>{t('postmortems.actions.card.noneYet')}</p>;
  } else {
    const summary = summarizeActionItems(items, today);
    body = (
      <>
        <dl className="action-items-card__counts">
          <div className="action-items-card__count">
            <dt>{t('postmortems.actions.card.open')}</dt>
            <dd>{summary.open}</dd>
          </div>
          <div
            className={
              summary.overdue > 0
                ? 'action-items-card__count action-items-card__count--overdue'
                : 'action-items-card__count'
            }
          >
            <dt>
              {summary.overdue > 0 && (
                <span aria-hidden="true" className="action-items__overdue-mark">
                  ⚠{' '}
                </span>
              )}
              {t('postmortems.actions.card.overdue')}
            </dt>
            <dd>{summary.overdue}</dd>
          </div>
        </dl>
        {urgent.length === 0 ? (
          <p>{t('postmortems.actions.card.noneOpen')}</p>
        ) : (
          <ol
            className="action-items-card__list"
            aria-label={t('postmortems.actions.card.listLabel')}
          >
            {urgent.map((item) => (
              <li key={item.id} className="action-items-card__item">
                <Link href={`~/postmortems/${encodeURIComponent(item.postmortemId)}`}>
                  {item.title}
                </Link>
                <span className="action-items-card__meta">
                  <ActionItemDue item={item} today={today} isWordy />
                  <span className="action-items-card__owner">
                    {names.ownerName(item.ownerPersonId)}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        )}
        <p>
          <Link href="~/postmortems/actions">{t('postmortems.actions.card.showAll')}</Link>
        </p>
      </>
    );
  }

  return (
    <section className="panel action-items-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('postmortems.actions.card.heading')}</h2>
      {body}
    </section>
  );
}
