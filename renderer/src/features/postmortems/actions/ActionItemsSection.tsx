import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../../shared/domain/postmortems/actionItems';
import { useToday } from '../../../lib/useNow';
import { useActionItemsOf, usePostmortem } from '../usePostmortemData';
import { ActionItemDialog } from './ActionItemDialog';
import { ActionItemRow } from './ActionItemRow';
import { useActionItemNames } from './useActionItemNames';

/** Props of {@link ActionItemsSection}. */
export type ActionItemsSectionProps = { postmortemId: string };

/** Which dialog is open: none, a new item, or the item edited. */
type DialogState = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; item: ActionItem };

/**
 * A postmortem's action items: a table of them (title, type, owner, due day with overdue marked,
 * status, the risk or SOP they change, and where their loop stands) with "Add action item", and
 * Edit and Delete (confirmed, then Undo) on each. Items can be changed whatever the postmortem's
 * status; once it is published, saving a linked item opens its loop at once.
 */
export function ActionItemsSection({ postmortemId }: ActionItemsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const postmortem = usePostmortem(postmortemId);
  const items = useActionItemsOf(postmortemId);
  const names = useActionItemNames();
  const today = useToday();
  const [dialog, setDialog] = useState<DialogState>({ kind: 'closed' });

  let body;
  if (postmortem === undefined || items === undefined || names === undefined) {
    body = <p role="status">{t('postmortems.actions.loading')}</p>;
  } else if (postmortem === null) {
    body = <p>{t('postmortems.validation.not-found')}</p>;
  } else {
    const isPublished = postmortem.status === 'published';
    body = (
      <>
        <div className="button-row">
          <button type="button" onClick={() => setDialog({ kind: 'add' })}>
            {t('postmortems.actions.add')}
          </button>
        </div>
        {items.length === 0 ? (
          <p className="action-items__empty">{t('postmortems.actions.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table
              className="data-table action-items__table"
              aria-label={t('postmortems.actions.tableLabel')}
            >
              <thead>
                <tr>
                  <th scope="col">{t('postmortems.actions.columns.title')}</th>
                  <th scope="col">{t('postmortems.actions.columns.type')}</th>
                  <th scope="col">{t('postmortems.actions.columns.owner')}</th>
                  <th scope="col">{t('postmortems.actions.columns.dueOn')}</th>
                  <th scope="col">{t('postmortems.actions.columns.status')}</th>
                  <th scope="col">{t('postmortems.actions.columns.link')}</th>
                  <th scope="col">{t('postmortems.actions.columns.loop')}</th>
                  <th scope="col">{t('postmortems.actions.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <ActionItemRow
                    key={item.id}
                    item={item}
                    isPublished={isPublished}
                    names={names}
                    today={today}
                    onEdit={(edited) => setDialog({ kind: 'edit', item: edited })}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {dialog.kind !== 'closed' && (
          <ActionItemDialog
            key={dialog.kind === 'edit' ? dialog.item.id : 'new'}
            postmortemId={postmortemId}
            item={dialog.kind === 'edit' ? dialog.item : null}
            isPublished={isPublished}
            lessons={postmortem.content.lessons}
            names={names}
            onClose={() => setDialog({ kind: 'closed' })}
          />
        )}
      </>
    );
  }

  return (
    <section className="action-items" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('postmortems.actions.heading')}</h2>
      {body}
    </section>
  );
}
