import { useTranslation } from 'react-i18next';
import { NoticeList } from '../components/NoticeList';
import { useAppStore } from '../stores/appStore';

/** The notices of the store, translated into the current language and shown in live regions. */
export function NoticeRegion() {
  const { t } = useTranslation();
  const notices = useAppStore((state) => state.notices);
  const dismissNotice = useAppStore((state) => state.dismissNotice);
  const items = notices.map((notice) => ({
    id: notice.id,
    kind: notice.kind,
    text: t(notice.messageKey, { ...notice.params }),
    ...(notice.action === undefined
      ? {}
      : { action: { label: t(notice.action.labelKey), run: notice.action.run } }),
  }));
  return (
    <NoticeList
      items={items}
      statusLabel={t('notices.regionLabel')}
      alertLabel={t('notices.alertRegionLabel')}
      dismissLabel={t('notices.dismiss')}
      onDismiss={dismissNotice}
    />
  );
}
