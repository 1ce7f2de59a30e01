import { useId } from 'react';
import type { TFunction } from 'i18next';
import type { IncidentReport } from '../../../../../shared/domain/reports/incidentReport';
import { FactList } from '../../../components/FactList';
import { ReportActionItemsTable } from './ReportActionItemsTable';
import { ReportCommunicationsTable } from './ReportCommunicationsTable';
import { ReportImpact } from './ReportImpact';
import { ReportRolesTable } from './ReportRolesTable';
import { ReportSection } from './ReportSection';
import { ReportTasksTable } from './ReportTasksTable';
import { ReportText } from './ReportText';
import { ReportTimelineTable } from './ReportTimelineTable';
import { formatElapsed } from '../../../lib/dates';

/** Props of {@link IncidentReportDocument}. */
export type IncidentReportDocumentProps = {
  report: IncidentReport;
  /** Translations fixed to the document's language (`report.language`), not the UI's. */
  t: TFunction;
};

/**
 * The stakeholder incident report as a document, exactly what is printed and saved as PDF: an
 * article in the report's language (`lang` set, so screen readers and fonts follow) with the
 * title, when it was generated, the one time zone every time is written in (and, across a
 * summer-time change, that times at another offset carry theirs), the variant, then
 * executive summary, severity, facts, timeline, impact, roles on duty, actions, communications,
 * causes, lessons and action items. User text is React text (escaped); only http, https and
 * mailto links are links.
 */
export function IncidentReportDocument({ report, t }: IncidentReportDocumentProps) {
  const titleId = useId();
  const duration = (ms: number | null) =>
    ms === null
      ? t('reports.document.notReached')
      : (formatElapsed(ms, report.language) ?? t('reports.document.underAMinute'));

  return (
    <article lang={report.language} className="incident-report" aria-labelledby={titleId}>
      <header className="incident-report__header">
        <h2 id={titleId} className="incident-report__title">
          {t('reports.document.title', { reference: report.reference, title: report.title })}
        </h2>
        {report.isExercise && (
          <p className="incident-report__exercise">{t('reports.document.exercise')}</p>
        )}
        <p className="incident-report__variant">
          {t(`reports.document.variants.${report.variant}`)}
        </p>
        <p className="incident-report__generated">
          {t('reports.document.generatedAt', { time: report.generatedAt.text })}
        </p>
        <p className="incident-report__zone">
          {t('reports.document.timeZoneStatement', { zone: report.timeZoneLabel })}
          {report.timeZoneOffsets.length > 1 &&
            ` ${t('reports.document.offsetsDiffer', { offset: report.timeZoneOffsets[0] ?? '' })}`}
        </p>
      </header>

      <ReportSection heading={t('reports.document.sections.summary')}>
        {report.executiveSummary.trim() === '' ? (
          <p>{t('reports.document.summaryMissing')}</p>
        ) : (
          <p className="incident-report__text">
            <ReportText text={report.executiveSummary} />
          </p>
        )}
      </ReportSection>

      <ReportSection heading={t('reports.document.sections.severity')}>
        <p className="incident-report__severity">{report.severityName}</p>
        {report.severityDefinition !== '' && <p>{report.severityDefinition}</p>}
      </ReportSection>

      <ReportSection heading={t('reports.document.sections.facts')}>
        <FactList
          facts={[
            {
              id: 'status',
              label: t('reports.document.facts.status'),
              value: t(`incidents.statuses.${report.status}`),
            },
            {
              id: 'crisisType',
              label: t('reports.document.facts.crisisType'),
              value: report.crisisTypeName ?? t('reports.document.facts.noCrisisType'),
            },
            {
              id: 'detectedAt',
              label: t('reports.document.facts.detectedAt'),
              value: report.detectedAt.text,
            },
            {
              id: 'startedAt',
              label: t('reports.document.facts.startedAt'),
              value: report.startedAt?.text ?? t('reports.document.unknown'),
            },
            {
              id: 'closedAt',
              label: t('reports.document.facts.closedAt'),
              value: report.closedAt?.text ?? t('reports.document.notReached'),
            },
            {
              id: 'timeToFirstStatement',
              label: t('reports.document.facts.timeToFirstStatement'),
              value: duration(report.timeToFirstStatementMs),
            },
            {
              id: 'timeToStable',
              label: t('reports.document.facts.timeToStable'),
              value: duration(report.timeToStableMs),
            },
            {
              id: 'postmortem',
              label: t('reports.document.facts.postmortem'),
              value:
                report.postmortemReference === null || report.postmortemStatus === null
                  ? t('reports.document.facts.noPostmortem')
                  : t('reports.document.facts.postmortemValue', {
                      reference: report.postmortemReference,
                      status: t(`postmortems.statuses.${report.postmortemStatus}`),
                    }),
            },
          ]}
        />
      </ReportSection>

      <ReportSection
        heading={t('reports.document.sections.timeline')}
        className="incident-report__section--long"
      >
        <ReportTimelineTable report={report} t={t} />
      </ReportSection>

      <ReportSection heading={t('reports.document.sections.impact')}>
        <ReportImpact report={report} t={t} />
      </ReportSection>

      <ReportSection heading={t('reports.document.sections.roles')}>
        <ReportRolesTable report={report} t={t} />
      </ReportSection>

      <ReportSection heading={t('reports.document.sections.tasks')}>
        <ReportTasksTable report={report} t={t} />
      </ReportSection>

      <ReportSection heading={t('reports.document.sections.communications')}>
        <ReportCommunicationsTable report={report} t={t} />
      </ReportSection>

      <ReportSection heading={t('reports.document.sections.causes')}>
        {report.hasWithheldFindings ? (
          <p>{t('reports.document.postmortemNotPublished')}</p>
        ) : report.causes.length === 0 ? (
          <p>{t('reports.document.causes.empty')}</p>
        ) : (
          <ul className="incident-report__list">
            {report.causes.map((cause) => (
              <li key={cause.id}>
                <strong>
                  {t(`postmortems.causeKinds.${cause.kind}`)} ·{' '}
                  {t(`postmortems.causeCategories.${cause.category}`)}
                </strong>
                {': '}
                <span className="incident-report__text">
                  <ReportText text={cause.text} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </ReportSection>

      <ReportSection heading={t('reports.document.sections.lessons')}>
        {report.hasWithheldFindings ? (
          <p>{t('reports.document.postmortemNotPublished')}</p>
        ) : report.lessons.length === 0 ? (
          <p>{t('reports.document.lessons.empty')}</p>
        ) : (
          <ul className="incident-report__list">
            {report.lessons.map((lesson, index) => (
              // Lessons are plain text in the report; their order is the postmortem's.
              <li key={index} className="incident-report__text">
                <ReportText text={lesson} />
              </li>
            ))}
          </ul>
        )}
      </ReportSection>

      <ReportSection heading={t('reports.document.sections.actionItems')}>
        <ReportActionItemsTable report={report} t={t} />
      </ReportSection>
    </article>
  );
}
