import { useTranslation } from 'react-i18next';
import type { SourceRuntime } from '../../../../shared/monitoring/status';
import { useAppStore } from '../../stores/appStore';
import { runNow } from './monitoringCommands';
import type { MonitoringSourceView } from './useMonitoringSources';

/**
 * Asks the main process to run one source (or every enabled one, for `null`) now and says in a
 * notice what it did: queued, already running, nothing to run, or why it could not ask.
 */
export async function requestRun(source: MonitoringSourceView | null): Promise<void> {
  const { pushNotice } = useAppStore.getState();
  const result = await runNow(source === null ? null : source.config.id);
  if (!result.ok) {
    pushNotice({ kind: 'error', messageKey: `errors.${result.error.code}` });
    return;
  }
  const { queued, alreadyRunning } = result.value;
  if (queued.length === 0 && alreadyRunning.length === 0) {
    pushNotice({ kind: 'info', messageKey: 'monitoring.sources.runNothing' });
  } else if (queued.length === 0) {
    pushNotice({ kind: 'info', messageKey: 'monitoring.sources.runAlreadyRunning' });
  } else if (source !== null) {
    pushNotice({
      kind: 'info',
      messageKey: 'monitoring.sources.runQueuedOne',
      params: { name: source.config.name },
    });
  } else {
    pushNotice({
      kind: 'info',
      messageKey: 'monitoring.sources.runQueuedMany',
      params: { count: queued.length },
    });
  }
}

/** Props of {@link RunNowButton}. */
export type RunNowButtonProps = {
  source: MonitoringSourceView;
  runtime: SourceRuntime | undefined;
};

/**
 * "Run now" for one source, named after it for screen readers; unavailable while the source is
 * disabled or already running.
 */
export function RunNowButton({ source, runtime }: RunNowButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      disabled={!source.config.enabled || runtime?.isRunning === true}
      aria-label={t('monitoring.sources.runNowFor', { name: source.config.name })}
      onClick={() => void requestRun(source)}
    >
      {t('monitoring.sources.runNow')}
    </button>
  );
}
