import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { openSopRequests } from '../../../../../shared/domain/postmortems/loop';
import { useActionItems } from '../usePostmortemData';
import { LoopRequestsPanel } from './LoopRequestsPanel';

/** Props of {@link SopChangeRequestsPanel}. */
export type SopChangeRequestsPanelProps = { sopId: string };

/**
 * On an SOP's page and editor: the drafts of its next version that postmortem action items
 * requested and that are not published yet ("Draft of the next version requested by PM-0001: …"),
 * each with the lesson behind it and a link back to the postmortem, and "Edit draft". Publishing
 * the next version completes them, and the panel goes away. Renders nothing when there are none.
 */
export function SopChangeRequestsPanel({ sopId }: SopChangeRequestsPanelProps) {
  const { t } = useTranslation();
  const items = useActionItems();
  const requests = useMemo(
    () => (items === undefined ? [] : openSopRequests(items, sopId)),
    [items, sopId],
  );
  return (
    <LoopRequestsPanel
      requests={requests}
      heading={t('postmortems.actions.sopRequests.heading')}
      note={t('postmortems.actions.sopRequests.completes')}
      renderRequest={(item, reference) => (
        <p className="loop-requests__request">
          {t('postmortems.actions.sopRequests.request', { reference, title: item.title })}
        </p>
      )}
      lessonText={(text) => t('postmortems.actions.sopRequests.lesson', { text })}
      openPostmortemText={(reference) =>
        t('postmortems.actions.sopRequests.openPostmortem', { reference })
      }
      footer={
        <p>
          <Link href={`~/sops/${encodeURIComponent(sopId)}/edit`}>
            {t('postmortems.actions.sopRequests.editDraft')}
          </Link>
        </p>
      }
    />
  );
}
