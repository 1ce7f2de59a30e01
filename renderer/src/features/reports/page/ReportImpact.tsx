import type { TFunction } from 'i18next';
import type { IncidentReport } from '../../../../../shared/domain/reports/incidentReport';
import type { Language } from '../../../../../shared/domain/settings';
import { FactList } from '../../../components/FactList';
import { reportCount, reportMoney, reportPercent } from './reportFormat';
import { ReportText } from './ReportText';

/** Props of {@link ReportImpact}. */
export type ReportImpactProps = {
  report: IncidentReport;
  /** Translations in the document's language. */
  t: TFunction;
};

/**
 * The impact recorded in the postmortem (customers, revenue, records, media reach, negative
 * sentiment peak, note), figures in the document's language; "Unknown" where nobody knows. Says
 * so when there is no postmortem to take it from.
 */
export function ReportImpact({ report, t }: ReportImpactProps) {
  const { impact } = report;
  if (impact === null) {
    return <p>{t('reports.document.impact.missing')}</p>;
  }
  const language: Language = report.language;
  const unknown = t('reports.document.unknown');
  const count = (value: number | null) => (value === null ? unknown : reportCount(value, language));
  return (
    <FactList
      facts={[
        {
          id: 'customersAffected',
          label: t('reports.document.impact.customersAffected'),
          value: count(impact.customersAffected),
        },
        {
          id: 'revenueLoss',
          label: t('reports.document.impact.revenueLoss'),
          value:
            impact.revenueLoss === null
              ? unknown
              : reportMoney(impact.revenueLoss, impact.currency, language),
        },
        {
          id: 'recordsAffected',
          label: t('reports.document.impact.recordsAffected'),
          value: count(impact.recordsAffected),
        },
        {
          id: 'mediaReach',
          label: t('reports.document.impact.mediaReach'),
          value: count(impact.mediaReach),
        },
        {
          id: 'negativeSentimentPeak',
          label: t('reports.document.impact.negativeSentimentPeak'),
          value:
            impact.negativeSentimentPeakPercent === null
              ? unknown
              : reportPercent(impact.negativeSentimentPeakPercent, language),
        },
        {
          id: 'note',
          label: t('reports.document.impact.note'),
          value:
            impact.note.trim() === '' ? (
              t('reports.document.none')
            ) : (
              <span className="incident-report__text">
                <ReportText text={impact.note} />
              </span>
            ),
        },
      ]}
    />
  );
}
