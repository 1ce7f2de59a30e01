import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnerCount } from './actionItemListRows';

/** Props of {@link OpenItemsByOwner}. */
export type OpenItemsByOwnerProps = {
  counts: readonly OwnerCount[];
  ownerName: (personId: string | null) => string;
};

/** "Open action items by owner": each owner with how many items are open and how many overdue. */
export function OpenItemsByOwner({ counts, ownerName }: OpenItemsByOwnerProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel action-items__by-owner" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('postmortems.actions.view.byOwner.heading')}</h2>
      {counts.length === 0 ? (
        <p>{t('postmortems.actions.view.byOwner.none')}</p>
      ) : (
        <ul className="action-items__owner-list">
          {counts.map((count) => (
            <li key={count.ownerPersonId ?? ''} className="action-items__owner">
              <span className="action-items__owner-name">{ownerName(count.ownerPersonId)}</span>{' '}
              <span>{t('postmortems.actions.view.byOwner.count', { count: count.open })}</span>
              {count.overdue > 0 && (
                <span className="action-items__overdue">
                  <span aria-hidden="true" className="action-items__overdue-mark">
                    ⚠
                  </span>{' '}
                  {t('postmortems.actions.view.byOwner.overdue', { count: count.overdue })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
