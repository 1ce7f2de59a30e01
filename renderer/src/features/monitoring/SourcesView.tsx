import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceConfig } from '../../../../shared/monitoring/source';
import { toStorageWriteError } from '../../db/writeErrors';
import { useAppStore } from '../../stores/appStore';
import { DeleteSourceDialog } from './DeleteSourceDialog';
import { newSourceDraft, setSourceEnabled } from './monitoringCommands';
import { requestRun } from './RunNowButton';
import { SourceFormDialog } from './SourceFormDialog';
import { SourceRow } from './SourceRow';
import { useMonitoringSources } from './useMonitoringSources';
import type { MonitoringSourceView } from './useMonitoringSources';
import { useMonitoringStatus } from './useMonitoringStatus';

/** The form being shown, if any: adding a new source or editing one. */
type FormState = { mode: 'add' | 'edit'; source: SourceConfig } | null;

/** Shows a failed write (full storage or otherwise) as a translated error notice. */
function reportWriteFailure(error: unknown): void {
  const failure = toStorageWriteError(error);
  if (failure !== error) {
    console.error(error);
  }
  useAppStore.getState().pushNotice({ kind: 'error', messageKey: `errors.${failure.code}` });
}

/**
 * Monitoring → Sources: every source with its health and schedule, "Run all now" and "Add
 * source"; per source an enabled switch, run now, edit and delete. With no sources it explains
 * what a source is and offers to add one.
 */
export function SourcesView() {
  const { t } = useTranslation();
  const sources = useMonitoringSources();
  const status = useMonitoringStatus();
  const [form, setForm] = useState<FormState>(null);
  const [deleting, setDeleting] = useState<MonitoringSourceView | null>(null);
  const headingId = useId();
  const emptyHeadingId = useId();

  function toggleEnabled(source: MonitoringSourceView, isEnabled: boolean) {
    setSourceEnabled(source.config.id, isEnabled).catch(reportWriteFailure);
  }

  function handleSaved(source: SourceConfig) {
    setForm(null);
    useAppStore.getState().pushNotice({
      kind: 'success',
      messageKey: 'monitoring.sources.saved',
      params: { name: source.name },
    });
  }

  const addButton = (
    <button
      type="button"
      className="button--primary"
      onClick={() => setForm({ mode: 'add', source: newSourceDraft() })}
    >
      {t('monitoring.sources.addSource')}
    </button>
  );

  let body;
  if (sources === undefined) {
    body = <p role="status">{t('monitoring.loading')}</p>;
  } else if (sources.length === 0) {
    body = (
      <section className="empty-state" aria-labelledby={emptyHeadingId}>
        <h3 id={emptyHeadingId} className="empty-state__heading">
          {t('monitoring.sources.empty.heading')}
        </h3>
        <p className="empty-state__summary">{t('monitoring.sources.empty.summary')}</p>
        <p className="empty-state__status">{t('monitoring.sources.empty.status')}</p>
        <div className="button-row">{addButton}</div>
      </section>
    );
  } else {
    const runtimes = new Map(status?.sources.map((runtime) => [runtime.sourceId, runtime]));
    body = (
      <>
        <div className="button-row toolbar">
          {addButton}
          <button type="button" onClick={() => void requestRun(null)}>
            {t('monitoring.sources.runAllNow')}
          </button>
        </div>
        <div className="table-scroll">
          <table
            className="data-table sources-table"
            aria-label={t('monitoring.sources.tableLabel')}
          >
            <thead>
              <tr>
                <th scope="col">{t('monitoring.sources.columns.name')}</th>
                <th scope="col">{t('monitoring.sources.columns.kind')}</th>
                <th scope="col">{t('monitoring.sources.columns.interval')}</th>
                <th scope="col">{t('monitoring.sources.columns.enabled')}</th>
                <th scope="col">{t('monitoring.sources.columns.health')}</th>
                <th scope="col">{t('monitoring.sources.columns.lastSuccess')}</th>
                <th scope="col">{t('monitoring.sources.columns.nextRun')}</th>
                <th scope="col">{t('monitoring.sources.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <SourceRow
                  key={source.config.id}
                  source={source}
                  runtime={runtimes.get(source.config.id)}
                  onToggleEnabled={toggleEnabled}
                  onEdit={(chosen) => setForm({ mode: 'edit', source: chosen.config })}
                  onDelete={setDeleting}
                />
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('monitoring.sources.title')}</h2>
      {body}
      {form !== null && (
        <SourceFormDialog
          key={form.source.id}
          mode={form.mode}
          initial={form.source}
          onSaved={handleSaved}
          onClose={() => setForm(null)}
        />
      )}
      {deleting !== null && (
        <DeleteSourceDialog
          source={deleting.config}
          onDone={() => setDeleting(null)}
          onFailed={reportWriteFailure}
        />
      )}
    </section>
  );
}
