import { useState } from 'react';
import { buildIncidentReport } from '../../../../../shared/domain/reports/incidentReport';
import type {
  IncidentReport,
  IncidentReportInput,
} from '../../../../../shared/domain/reports/incidentReport';
import { actionItemsCsv, timelineCsv } from '../../../../../shared/domain/reports/reportCsv';
import type { ReportLabels } from '../../../../../shared/domain/reports/reportLabels';
import { incidentReportMarkdown } from '../../../../../shared/domain/reports/reportMarkdown';
import { exportPdf } from '../../../lib/printToPdf';
import type { PdfExportOutcome } from '../../../lib/printToPdf';
import { saveOutcomeNotice, saveTextFile } from '../../../lib/saveFile';
import type { SaveFileRequest } from '../../../lib/saveFile';
import type { NoticeInput } from '../../../stores/slices/noticesSlice';
import { useAppStore } from '../../../stores/appStore';
import { reportFileName } from './reportFiles';
import type { ReportFormat } from './reportFiles';

/** Messages of a finished export, shared by every format. */
const outcomeMessages = {
  savedKey: 'reports.page.exports.savedTo',
  downloadedKey: 'reports.page.exports.downloaded',
} as const;

/** The save request of a text format: the rendering of the report and how the file is offered. */
function textFileRequest(
  format: Exclude<ReportFormat, 'pdf'>,
  report: IncidentReport,
  labels: ReportLabels,
): SaveFileRequest {
  const suggestedName = reportFileName(report.reference, format, report.language, report.variant);
  switch (format) {
    case 'markdown':
      return {
        suggestedName,
        content: incidentReportMarkdown(report, labels),
        mimeType: 'text/markdown;charset=utf-8',
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      };
    case 'timeline-csv':
      return {
        suggestedName,
        content: timelineCsv(report, labels),
        mimeType: 'text/csv;charset=utf-8',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      };
    case 'action-items-csv':
      return {
        suggestedName,
        content: actionItemsCsv(report, labels),
        mimeType: 'text/csv;charset=utf-8',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      };
  }
}

/** The notice that tells how a PDF export ended; null when there is nothing to say. */
function pdfOutcomeNotice(outcome: PdfExportOutcome): NoticeInput | null {
  switch (outcome.kind) {
    case 'saved':
      return saveOutcomeNotice(outcome, outcomeMessages);
    case 'failed':
      return saveOutcomeNotice(outcome, outcomeMessages);
    // The browser's print dialog was the whole interaction: the user saw where the file went.
    case 'print-dialog':
    case 'cancelled':
      return null;
  }
}

/** The state of the page's export buttons and the action behind them. */
export type ReportExports = {
  /** The format being exported, or null when none is (every button is enabled again). */
  exporting: ReportFormat | null;
  exportAs: (format: ReportFormat) => Promise<void>;
};

/**
 * Exports the report shown: PDF prints the page itself (the desktop app's native PDF printing
 * with a save dialog; the browser's print dialog otherwise), Markdown and the two CSV files are
 * rendered from the same report model and saved through the save dialog or as a download. Each
 * export rebuilds the report from `input` with the generation time `stamp` returns at that moment
 * (which the page shows before printing), so a file never states when the page was opened. One
 * export at a time; the outcome is told in a notice (a cancelled dialog says nothing).
 */
export function useReportExports(
  input: IncidentReportInput | undefined,
  labels: ReportLabels | undefined,
  stamp: () => number,
): ReportExports {
  const pushNotice = useAppStore((state) => state.pushNotice);
  const [exporting, setExporting] = useState<ReportFormat | null>(null);

  async function exportAs(format: ReportFormat): Promise<void> {
    if (input === undefined || labels === undefined || exporting !== null) {
      return;
    }
    setExporting(format);
    try {
      const report: IncidentReport = buildIncidentReport({ ...input, generatedAt: stamp() });
      const notice =
        format === 'pdf'
          ? pdfOutcomeNotice(
              await exportPdf(
                reportFileName(report.reference, 'pdf', report.language, report.variant),
              ),
            )
          : saveOutcomeNotice(
              await saveTextFile(textFileRequest(format, report, labels)),
              outcomeMessages,
            );
      if (notice !== null) {
        pushNotice(notice);
      }
    } catch {
      // A rendering bug must not leave the buttons disabled or fail silently.
      pushNotice({ kind: 'error', messageKey: 'errors.internal' });
    } finally {
      setExporting(null);
    }
  }

  return { exporting, exportAs };
}
