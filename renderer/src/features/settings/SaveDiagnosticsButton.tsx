import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/dates';
import { saveOutcomeNotice, saveTextFile } from '../../lib/saveFile';
import { useAppStore } from '../../stores/appStore';
import { diagnosticsFileName, diagnosticsReport, type DiagnosticFact } from './diagnosticsReport';

/** Props of {@link SaveDiagnosticsButton}. */
export type SaveDiagnosticsButtonProps = {
  title: string;
  facts: readonly DiagnosticFact[];
  /** False while facts are still being read: the report would be incomplete. */
  isReady: boolean;
};

/**
 * Saves the diagnostics as a Markdown file (save dialog in the desktop app, a download in the
 * browser) and says how it went in a notice.
 */
export function SaveDiagnosticsButton({ title, facts, isReady }: SaveDiagnosticsButtonProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pushNotice = useAppStore((state) => state.pushNotice);
  const [isSaving, setIsSaving] = useState(false);

  const save = async () => {
    setIsSaving(true);
    try {
      const now = new Date();
      const outcome = await saveTextFile({
        suggestedName: diagnosticsFileName(now),
        content: diagnosticsReport(title, formatDateTime(now.toISOString(), language), facts),
        mimeType: 'text/markdown;charset=utf-8',
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      });
      const notice = saveOutcomeNotice(outcome, {
        savedKey: 'settings.diagnostics.savedTo',
        downloadedKey: 'settings.diagnostics.downloaded',
      });
      if (notice !== null) {
        pushNotice(notice);
      }
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <button
      type="button"
      className="button"
      disabled={!isReady || isSaving}
      onClick={() => void save()}
    >
      {t('settings.diagnostics.saveReport')}
    </button>
  );
}
