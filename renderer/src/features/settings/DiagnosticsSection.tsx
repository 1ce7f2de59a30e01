import { useId } from 'react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language, StoragePersistence } from '../../../../shared/domain/settings';
import { FactList } from '../../components/FactList';
import type { Fact } from '../../components/FactList';
import { currentSchemaVersion } from '../../db/schema';
import { useLanguage } from '../../i18n/useLanguage';
import { getTransportKind } from '../../ipc/client';
import { formatDateTime } from '../../lib/dates';
import { formatBytes } from '../../lib/numbers';
import type { StorageStatus } from '../../lib/storage';
import { useAppInfo } from './useAppInfo';
import type { AppInfoState } from './useAppInfo';
import { useStorageStatus } from './useStorageStatus';

/** Props of {@link DiagnosticsSection}. */
export type DiagnosticsSectionProps = {
  /** The saved answer to the persistent-storage request, `null` before it was asked. */
  storagePersistence: StoragePersistence;
};

function appInfoFacts(state: AppInfoState, t: TFunction): Fact[] {
  if (state.status === 'loading') {
    return [
      {
        id: 'app',
        label: t('settings.diagnostics.appName'),
        value: t('settings.diagnostics.loading'),
      },
    ];
  }
  if (state.status === 'failed') {
    return [
      {
        id: 'app',
        label: t('settings.diagnostics.appName'),
        value: t('settings.diagnostics.infoFailed', { reason: t(`errors.${state.code}`) }),
      },
    ];
  }
  const { info } = state;
  const notApplicable = t('settings.diagnostics.notApplicable');
  return [
    { id: 'app', label: t('settings.diagnostics.appName'), value: info.name },
    { id: 'version', label: t('settings.diagnostics.version'), value: info.version },
    { id: 'os', label: t('settings.diagnostics.os'), value: info.os },
    { id: 'node', label: t('settings.diagnostics.nodeVersion'), value: info.versions.node },
    {
      id: 'electron',
      label: t('settings.diagnostics.electronVersion'),
      value: info.versions.electron ?? notApplicable,
    },
    {
      id: 'chrome',
      label: t('settings.diagnostics.chromeVersion'),
      value: info.versions.chrome ?? notApplicable,
    },
    {
      id: 'data-folder',
      label: t('settings.diagnostics.dataFolder'),
      value: <code className="path">{info.dataDirectory}</code>,
    },
  ];
}

function persistenceValue(
  status: StorageStatus | undefined,
  persistence: StoragePersistence,
  t: TFunction,
  language: Language,
): ReactNode {
  const answer =
    status === undefined
      ? t('settings.diagnostics.loading')
      : status.isPersisted === null
        ? t('settings.diagnostics.persistenceUnsupported')
        : status.isPersisted
          ? t('settings.diagnostics.persistenceGranted')
          : t('settings.diagnostics.persistenceDenied');
  const asked =
    persistence === null
      ? t('settings.diagnostics.persistenceNotAsked')
      : t('settings.diagnostics.persistenceAskedAt', {
          when: formatDateTime(persistence.requestedAt, language),
        });
  return (
    <>
      <span className="fact-list__line">{answer}</span>
      <span className="fact-list__line">{asked}</span>
    </>
  );
}

function storageFacts(status: StorageStatus | undefined, t: TFunction, language: Language): Fact[] {
  const unknown = t('settings.diagnostics.storageUnknown');
  const usage = status?.usageBytes ?? null;
  const quota = status?.quotaBytes ?? null;
  return [
    {
      id: 'storage-used',
      label: t('settings.diagnostics.storageUsed'),
      value: usage === null ? unknown : formatBytes(usage, language),
    },
    {
      id: 'storage-available',
      label: t('settings.diagnostics.storageAvailable'),
      value:
        usage === null || quota === null
          ? unknown
          : t('settings.diagnostics.storageAvailableValue', {
              available: formatBytes(quota - usage, language),
              quota: formatBytes(quota, language),
            }),
    },
  ];
}

/**
 * Settings → Diagnostics: facts about this installation for support (app, versions, data
 * folder, transport), the database schema version, whether storage is persistent and when that
 * was asked, and how much storage is used and left.
 */
export function DiagnosticsSection({ storagePersistence }: DiagnosticsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const appInfo = useAppInfo();
  const storageStatus = useStorageStatus();
  const transport = getTransportKind();

  const facts: Fact[] = [
    ...appInfoFacts(appInfo, t),
    {
      id: 'transport',
      label: t('settings.diagnostics.transport'),
      value:
        transport === 'electron'
          ? t('settings.diagnostics.transportElectron')
          : t('settings.diagnostics.transportWeb'),
    },
    {
      id: 'schema',
      label: t('settings.diagnostics.schemaVersion'),
      value: String(currentSchemaVersion),
    },
    {
      id: 'persistence',
      label: t('settings.diagnostics.persistence'),
      value: persistenceValue(storageStatus, storagePersistence, t, language),
    },
    ...storageFacts(storageStatus, t, language),
  ];

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.diagnostics.heading')}</h2>
      <p>{t('settings.diagnostics.description')}</p>
      <FactList facts={facts} />
    </section>
  );
}
