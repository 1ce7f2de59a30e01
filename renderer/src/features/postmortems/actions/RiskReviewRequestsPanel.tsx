import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { openRiskRequests } from '../../../../../shared/domain/postmortems/loop';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatCalendarDate } from '../../../lib/dates';
import { useToday } from '../../../lib/useNow';
import { useActionItems } from '../usePostmortemData';
import { daysOverdue } from './actionItemText';
import { LoopRequestsPanel } from './LoopRequestsPanel';

/** Props of {@link RiskReviewRequestsPanel}. */
export type RiskReviewRequestsPanelProps = { riskId: string };

/**
 * On a risk's page: the reviews of the risk that postmortem action items scheduled and that are
 * not done yet ("Review scheduled by PM-0001 — due …", overdue in words with a ⚠ badge), each
 * with the item's title, the lesson attached and a link back to the postmortem. Recording a review
 * of the risk completes them, which the panel says. Renders nothing when there are none.
 */
export function RiskReviewRequestsPanel({ riskId }: RiskReviewRequestsPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const items = useActionItems();
  const requests = useMemo(
    () => (items === undefined ? [] : openRiskRequests(items, riskId)),
    [items, riskId],
  );
  return (
    <LoopRequestsPanel
      requests={requests}
      heading={t('postmortems.actions.riskRequests.heading')}
      note={t('postmortems.actions.riskRequests.completes')}
      renderRequest={(item, reference) => {
        if (item.loop?.kind !== 'risk-review') return null;
        const { dueOn } = item.loop;
        return (
          <>
            <p className="loop-requests__request">
              {t('postmortems.actions.riskRequests.request', {
                reference,
                date: formatCalendarDate(dueOn, language),
              })}
              {dueOn < today && (
                <>
                  {' '}
                  <span className="action-items__overdue">
                    <span aria-hidden="true" className="action-items__overdue-mark">
                      ⚠
                    </span>{' '}
                    {t('postmortems.actions.overdueBy', { count: daysOverdue(dueOn, today) })}
                  </span>
                </>
              )}
            </p>
            <p className="loop-requests__title">{item.title}</p>
          </>
        );
      }}
      lessonText={(text) => t('postmortems.actions.riskRequests.lesson', { text })}
      openPostmortemText={(reference) =>
        t('postmortems.actions.riskRequests.openPostmortem', { reference })
      }
    />
  );
}
