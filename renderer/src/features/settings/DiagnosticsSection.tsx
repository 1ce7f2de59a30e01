import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language, StoragePersistence } from '../../../../shared/domain/settings';
import { FactList } from '../../components/FactList';
import { currentSchemaVersion } from '../../db/schema';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/dates';
import { formatBytes } from '../../lib/numbers';
import type { StorageStatus } from '../../lib/storage';
import { useAppInfo } from './useAppInfo';
import type { AppInfoState } from './useAppInfo';
import { useStorageStatus } from './useStorageStatus';
import type { DiagnosticFact } from './diagnosticsReport';
import { SaveDiagnosticsButton } from './SaveDiagnosticsButton';

function toDisplayedFact(fact: DiagnosticFact) {
  const lines = fact.value.split('\n');
  const value = fact.isPath ? (
    <code className="path">{fact.value}</code>
  ) : lines.length === 1 ? (
    fact.value
  ) : (
    <>
      {lines.map((line) => (
        <span key={line} className="fact-list__line">
          {line}
        </span>
      ))}
    </>
  );
  return { id: fact.id, label: fact.label, value };
}

/** Props of {@link DiagnosticsSection}. */
export type DiagnosticsSectionProps = {
  /** The saved answer to the persistent-storage request, `null` before it was asked. */
  storagePersistence: StoragePersistence;
};

function appInfoFacts(state: AppInfoState, t: TFunction): DiagnosticFact[] {
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
      value: info.dataDirectory,
      isPath: true,
    },
    {
      // Reported by the main process: no renderer code outside ipc/ knows which transport it got.
      id: 'transport',
      label: t('settings.diagnostics.transport'),
      value:
        info.transport === 'electron'
          ? t('settings.diagnostics.transportElectron')
          : t('settings.diagnostics.transportWeb'),
    },
  ];
}

function persistenceLines(
  status: StorageStatus | undefined,
  persistence: StoragePersistence,
  t: TFunction,
  language: Language,
): [string, string] {
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
  return [answer, asked];
}

function storageFacts(
  status: StorageStatus | undefined,
  t: TFunction,
  language: Language,
): DiagnosticFact[] {
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

  const [persistenceAnswer, persistenceAsked] = persistenceLines(
    storageStatus,
    storagePersistence,
    t,
    language,
  );
  const facts: DiagnosticFact[] = [
    ...appInfoFacts(appInfo, t),
    {
      id: 'schema',
      label: t('settings.diagnostics.schemaVersion'),
      value: String(currentSchemaVersion),
    },
    {
      id: 'persistence',
      label: t('settings.diagnostics.persistence'),
      value: `${persistenceAnswer}\n${persistenceAsked}`,
    },
    ...storageFacts(storageStatus, t, language),
  ];

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.diagnostics.heading')}</h2>
      <p>{t('settings.diagnostics.description')}</p>
      <FactList facts={facts.map(toDisplayedFact)} />
      <SaveDiagnosticsButton
        title={t('settings.diagnostics.heading')}
        facts={facts}
        isReady={appInfo.status === 'ready' && storageStatus !== undefined}
      />
    </section>
  );
}
