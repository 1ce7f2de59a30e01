import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/appStore';
import { useMonitoringStatus } from './useMonitoringStatus';

/**
 * What stops monitoring right now, said once above both tabs: no network (nothing is fetched
 * until it returns, then missed time is caught up), the computer asleep, or fetched records not
 * reaching the database. Silent while all is well; a polite live region, so a change is announced.
 */
export function MonitoringStatusBanner() {
  const { t } = useTranslation();
  const status = useMonitoringStatus();
  const syncError = useAppStore((state) => state.monitoringSyncError);
  const messages: { id: string; text: string }[] = [];
  if (status?.isOnline === false) {
    messages.push({ id: 'offline', text: t('monitoring.offline') });
  }
  if (status?.isSuspended === true) {
    messages.push({ id: 'suspended', text: t('monitoring.suspended') });
  }
  if (syncError !== null) {
    messages.push({
      id: 'sync',
      text: t('monitoring.syncFailed', { reason: t(`errors.${syncError}`) }),
    });
  }
  return (
    <div role="status" className="monitoring-banner">
      {messages.map((message) => (
        <p key={message.id} className="monitoring-banner__message">
          {message.text}
        </p>
      ))}
    </div>
  );
}
