import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { buildIncidentReport } from '../../../../../shared/domain/reports/incidentReport';
import type { ReportVariant } from '../../../../../shared/domain/reports/incidentReport';
import { useLanguage } from '../../../i18n/useLanguage';
import { deviceTimeZone } from '../../../lib/dates';
import { documentLabels } from './documentLabels';
import { IncidentReportDocument } from './IncidentReportDocument';
import { reportTimeZones } from './reportFiles';
import { ReportOptionsBar } from './ReportOptionsBar';
import { useGenerationTime } from './useGenerationTime';
import { useIncidentReportInput } from './useIncidentReportInput';
import { useReportExports } from './useReportExports';

/** Props of {@link IncidentReportPage}. */
export type IncidentReportPageProps = {
  incidentId: string;
  /** The clock that stamps the document's generation time (injected by tests). Keep it stable. */
  clock?: () => number;
};

/**
 * One incident's stakeholder report (`#/reports/incidents/<id>`): the options (language, variant,
 * time zone — the UI language and the device's zone by default) and exports above, not printed,
 * then the document itself, rendered in the chosen language whatever the UI's and exactly what the
 * PDF holds. Live: a new timeline entry appears in the report as it is written, and the stated
 * generation time is the current one (to the minute), stamped afresh by every export.
 */
export function IncidentReportPage({ incidentId, clock = Date.now }: IncidentReportPageProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage = useLanguage();
  const [language, setLanguage] = useState(uiLanguage);
  const [variant, setVariant] = useState<ReportVariant>('internal');
  const deviceZone = useMemo(() => deviceTimeZone(), []);
  const [timeZone, setTimeZone] = useState(deviceZone);
  const { generatedAt, stamp } = useGenerationTime(clock);
  const input = useIncidentReportInput(incidentId, { language, variant, timeZone, generatedAt });
  const documentT = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  const report = useMemo(() => (input == null ? undefined : buildIncidentReport(input)), [input]);
  const labels = useMemo(() => documentLabels(documentT, language), [documentT, language]);
  const exports = useReportExports(input ?? undefined, labels, stamp);

  return (
    <div className="incident-report-page">
      <p className="incident-report-page__back">
        {/* Absolute: a nested link to '/' would address `#/reports/` with a trailing slash. */}
        <Link href="~/reports">{t('reports.page.backToList')}</Link>
      </p>
      <ReportOptionsBar
        language={language}
        variant={variant}
        timeZone={timeZone}
        timeZones={reportTimeZones(deviceZone)}
        deviceZone={deviceZone}
        onLanguageChange={setLanguage}
        onVariantChange={setVariant}
        onTimeZoneChange={setTimeZone}
        isReady={report !== undefined}
        exports={exports}
      />
      {input === null ? (
        <p role="alert">{t('reports.page.notFound')}</p>
      ) : report === undefined ? (
        <p role="status">{t('reports.page.loading')}</p>
      ) : (
        <IncidentReportDocument report={report} t={documentT} />
      )}
    </div>
  );
}
