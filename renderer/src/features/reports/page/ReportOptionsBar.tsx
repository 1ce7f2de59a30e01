import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { reportVariants } from '../../../../../shared/domain/reports/incidentReport';
import type { ReportVariant } from '../../../../../shared/domain/reports/incidentReport';
import { languages } from '../../../../../shared/domain/settings';
import type { Language } from '../../../../../shared/domain/settings';
import { languageNames } from '../../../i18n/languageNames';
import type { ReportExports } from './useReportExports';
import { reportFormats } from './reportFiles';
import type { ReportFormat } from './reportFiles';
import { toLanguage } from '../../../i18n/useLanguage';

/** The button label key of each export format. */
const exportLabelKeys = {
  pdf: 'reports.page.exports.pdf',
  markdown: 'reports.page.exports.markdown',
  'timeline-csv': 'reports.page.exports.timelineCsv',
  'action-items-csv': 'reports.page.exports.actionItemsCsv',
} as const satisfies Record<ReportFormat, string>;

/** True when `value` is a report variant. */
function isReportVariant(value: string): value is ReportVariant {
  return (reportVariants as readonly string[]).includes(value);
}

/** Props of {@link ReportOptionsBar}. */
export type ReportOptionsBarProps = {
  language: Language;
  variant: ReportVariant;
  timeZone: string;
  /** The zones offered, the device's first. */
  timeZones: readonly string[];
  deviceZone: string;
  onLanguageChange: (language: Language) => void;
  onVariantChange: (variant: ReportVariant) => void;
  onTimeZoneChange: (timeZone: string) => void;
  /** False until the report is built: exports need it. */
  isReady: boolean;
  exports: ReportExports;
};

/**
 * The report page's controls (in the UI language, and never printed): the document's language,
 * variant and time zone, and the four exports, all disabled while one runs (which one is said in a
 * status line, so the buttons keep their names).
 */
export function ReportOptionsBar({
  language,
  variant,
  timeZone,
  timeZones,
  deviceZone,
  onLanguageChange,
  onVariantChange,
  onTimeZoneChange,
  isReady,
  exports,
}: ReportOptionsBarProps) {
  const { t } = useTranslation();
  const languageId = useId();
  const variantId = useId();
  const zoneId = useId();
  const isBusy = exports.exporting !== null;

  return (
    <section className="report-options" aria-label={t('reports.page.options.label')}>
      <div className="report-options__choices">
        <div className="field">
          <label htmlFor={languageId}>{t('reports.page.options.language')}</label>
          <select
            id={languageId}
            value={language}
            onChange={(event) => onLanguageChange(toLanguage(event.currentTarget.value))}
          >
            {languages.map((option) => (
              // Each language's own name, so a reader finds theirs whatever the UI language.
              <option key={option} value={option} lang={option}>
                {languageNames[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={variantId}>{t('reports.page.options.variant')}</label>
          <select
            id={variantId}
            value={variant}
            onChange={(event) => {
              const chosen = event.currentTarget.value;
              if (isReportVariant(chosen)) {
                onVariantChange(chosen);
              }
            }}
          >
            {reportVariants.map((option) => (
              <option key={option} value={option}>
                {t(`reports.page.options.variants.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={zoneId}>{t('reports.page.options.timeZone')}</label>
          <select
            id={zoneId}
            value={timeZone}
            onChange={(event) => onTimeZoneChange(event.currentTarget.value)}
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone === deviceZone ? t('reports.page.options.deviceZone', { zone }) : zone}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div
        className="button-row report-options__exports"
        role="group"
        aria-label={t('reports.page.exports.label')}
        aria-busy={isBusy}
      >
        {reportFormats.map((format) => (
          <button
            key={format}
            type="button"
            className={format === 'pdf' ? 'button--primary' : undefined}
            disabled={!isReady || isBusy}
            onClick={() => void exports.exportAs(format)}
          >
            {t(exportLabelKeys[format])}
          </button>
        ))}
      </div>
      <p role="status" className="report-options__status">
        {isBusy ? t('reports.page.exports.exporting') : ''}
      </p>
    </section>
  );
}
