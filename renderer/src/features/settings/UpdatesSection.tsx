import { useId } from 'react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/settings';
import type { UpdateStatus } from '../../../../shared/ipc/contract';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/dates';
import { formatPercent } from '../../lib/numbers';
import { useAppStore } from '../../stores/appStore';
import { checkForUpdates, installUpdate } from './updateCommands';

/** The sentence describing where the updater stands. */
function describeStatus(status: UpdateStatus, t: TFunction, language: Language): string {
  const version = status.availableVersion ?? t('settings.updates.unknownVersion');
  switch (status.state) {
    case 'unsupported':
      return t('settings.updates.states.unsupported');
    case 'idle':
      return t('settings.updates.states.idle');
    case 'checking':
      return t('settings.updates.states.checking');
    case 'up-to-date':
      return t('settings.updates.states.upToDate');
    case 'available':
      return t('settings.updates.states.available', { version });
    case 'downloading':
      return status.percent === null
        ? t('settings.updates.states.downloading', { version })
        : t('settings.updates.states.downloadingPercent', {
            version,
            percent: formatPercent(status.percent, language),
          });
    case 'downloaded':
      return t('settings.updates.states.downloaded', { version });
    case 'offline':
      return t('settings.updates.states.offline');
    case 'error':
      // The updater's own message is English detail; it is shown apart, under technical details.
      return t('settings.updates.states.error');
  }
}

/** States during which another check would only repeat the one already running. */
const busyStates: ReadonlySet<UpdateStatus['state']> = new Set(['checking', 'downloading']);

/**
 * Settings → Updates: where the updater stands, live as the main process pushes changes, with
 * "Check for updates" and, once an update is downloaded, "Restart and install". In the browser
 * version updates are not handled by the app, and the section says so instead of offering
 * buttons that could do nothing. A failure is told in the UI language first; the updater's raw
 * English message sits apart, under "Technical details", for whoever helps the user.
 */
export function UpdatesSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const status = useAppStore((state) => state.updateStatus);
  const errorCode = useAppStore((state) => state.updateStatusError);

  let body: ReactNode;
  if (status === null) {
    body = (
      <p role="status">
        {errorCode === null ? t('settings.updates.loading') : t(`errors.${errorCode}`)}
      </p>
    );
  } else {
    const canCheck = status.state !== 'unsupported';
    body = (
      <>
        <p role="status">{describeStatus(status, t, language)}</p>
        {status.state === 'error' && status.errorMessage !== null && (
          <details className="technical-details">
            <summary>{t('settings.updates.technicalDetails')}</summary>
            {/* Written by the updater in English: `lang` lets screen readers read it as such. */}
            <pre lang="en">{status.errorMessage}</pre>
          </details>
        )}
        <p>{t('settings.updates.currentVersion', { version: status.currentVersion })}</p>
        {status.lastCheckedAt !== null && (
          <p>
            {t('settings.updates.lastChecked', {
              when: formatDateTime(status.lastCheckedAt, language),
            })}
          </p>
        )}
        {canCheck && (
          <div className="button-row">
            <button
              type="button"
              disabled={busyStates.has(status.state)}
              onClick={() => void checkForUpdates()}
            >
              {t('settings.updates.check')}
            </button>
            {status.state === 'downloaded' && (
              <button
                type="button"
                className="button--primary"
                onClick={() => void installUpdate()}
              >
                {t('settings.updates.install')}
              </button>
            )}
          </div>
        )}
      </>
    );
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.updates.heading')}</h2>
      {body}
    </section>
  );
}
