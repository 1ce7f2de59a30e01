import type { ReportVariant } from '../../../../../shared/domain/reports/incidentReport';
import type { Language } from '../../../../../shared/domain/settings';

/** The files the incident report page exports. */
export const reportFormats = ['pdf', 'markdown', 'timeline-csv', 'action-items-csv'] as const;

/** One of {@link reportFormats}. */
export type ReportFormat = (typeof reportFormats)[number];

/** The file-name part and extension of each format. */
const formatParts = {
  pdf: { part: 'incident-report', extension: 'pdf' },
  markdown: { part: 'incident-report', extension: 'md' },
  'timeline-csv': { part: 'timeline', extension: 'csv' },
  'action-items-csv': { part: 'action-items', extension: 'csv' },
} as const satisfies Record<ReportFormat, { part: string; extension: string }>;

/**
 * The file name offered for an export, e.g. `INC-0007-incident-report-zh-TW-external.md`: the
 * reference, what it holds, the document's language and variant, so copies in several languages
 * or for several audiences never overwrite each other and an external copy is recognisable by its
 * name. The reference is the app's own (`INC-` and digits), so the name needs no cleaning.
 */
export function reportFileName(
  reference: string,
  format: ReportFormat,
  language: Language,
  variant: ReportVariant,
): string {
  const { part, extension } = formatParts[format];
  return `${reference}-${part}-${language}-${variant}.${extension}`;
}

/**
 * Zones offered besides the device's: where the company's stakeholders usually read reports
 * (Taiwan, mainland China, Hong Kong, Singapore, Japan) and the usual reference zones abroad.
 */
const commonTimeZones = [
  'Asia/Taipei',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Singapore',
  'Asia/Tokyo',
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
] as const;

/**
 * The zones the report can be written in: the device's zone first (the default), then the common
 * ones without repeating it.
 */
export function reportTimeZones(deviceZone: string): string[] {
  return [deviceZone, ...commonTimeZones.filter((zone) => zone !== deviceZone)];
}
