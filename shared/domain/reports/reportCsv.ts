import Papa from 'papaparse';
import { neutralizeFormula, utf8Bom } from '../csvCells';
import type { IncidentReport } from './incidentReport';
import { actionItemCsvColumns, actionItemLinkText, timelineCsvColumns } from './reportLabels';
import type { ReportLabels } from './reportLabels';

/**
 * The incident report's tables as CSV for spreadsheets: the timeline and the action items. Headers
 * and kind and status names are in the document's language (these files are read, not imported);
 * the time column's header names the report's zone, since every time in it is written there. Like
 * the risk register's export: a UTF-8 byte order mark so Excel reads Chinese correctly, CRLF line
 * ends, and every cell a spreadsheet would run as a formula neutralised (csvCells.ts). Pure.
 */

/** The file text: BOM, header, rows, each cell neutralised, CRLF after every line. */
function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const csv = Papa.unparse(
    {
      fields: header.map(neutralizeFormula),
      data: rows.map((row) => row.map(neutralizeFormula)),
    },
    { newline: '\r\n' },
  );
  return `${utf8Bom}${csv}\r\n`;
}

/**
 * The report's timeline (the entries it shows, in its order) as CSV, one row per entry: time (in
 * the report's zone, named in the header), kind, author (internal variant only: the external one
 * names no author), text, whether it faced outside, and whether it corrects an earlier entry.
 */
export function timelineCsv(report: IncidentReport, labels: ReportLabels): string {
  const columns = labels.timelineColumns;
  const shown = timelineCsvColumns.filter(
    (column) => column !== 'author' || report.variant === 'internal',
  );
  const header = shown.map((column) =>
    column === 'time' ? `${columns.time} (${report.timeZoneLabel})` : columns[column],
  );
  const rows = report.timeline.map((row) =>
    shown.map((column) => {
      switch (column) {
        case 'time':
          return row.time.text;
        case 'kind':
          return labels.timelineKinds[row.kind];
        case 'author':
          return row.author ?? '';
        case 'text':
          return row.text;
        case 'external':
          return row.isExternal ? labels.yes : labels.no;
        case 'correction':
          return row.isCorrection ? labels.yes : labels.no;
      }
    }),
  );
  return csvText(header, rows);
}

/**
 * The postmortem's action items as CSV, in the report's order: title, type, status, owner (empty
 * when nobody owns it; no owner column in the external variant), due day and what it changes
 * (`SOP: <title>`, a risk; empty without a link).
 */
export function actionItemsCsv(report: IncidentReport, labels: ReportLabels): string {
  const shown = actionItemCsvColumns.filter(
    (column) => column !== 'owner' || report.variant === 'internal',
  );
  const header = shown.map((column) => labels.actionItemColumns[column]);
  const rows = report.actionItems.map((item) =>
    shown.map((column) => {
      switch (column) {
        case 'title':
          return item.title;
        case 'type':
          return labels.actionItemTypes[item.type];
        case 'status':
          return labels.actionItemStatuses[item.status];
        case 'owner':
          return item.ownerName ?? '';
        case 'dueOn':
          return item.dueOn;
        case 'link':
          return item.link === null ? '' : actionItemLinkText(item.link, labels);
      }
    }),
  );
  return csvText(header, rows);
}
