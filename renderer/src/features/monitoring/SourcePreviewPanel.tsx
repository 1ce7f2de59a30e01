import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourcePreview } from '../../../../shared/monitoring/preview';
import { FactList } from '../../components/FactList';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/dates';
import { FetchProblemText } from './FetchProblemText';

/** Props of {@link SourcePreviewPanel}. */
export type SourcePreviewPanelProps = {
  preview: SourcePreview;
};

/**
 * What testing a source found, before it is saved: outcome, HTTP status, final address, detected
 * kind, character set, item count, time taken, the error and warnings in words, and the first
 * items' titles, dates and links. Everything from the feed is shown as plain text: links are
 * printed, not made clickable, since nothing here has been chosen by the user yet.
 */
export function SourcePreviewPanel({ preview }: SourcePreviewPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const unknown = t('monitoring.preview.unknown');
  const facts = [
    {
      id: 'outcome',
      label: t('monitoring.preview.outcome'),
      value: t(`monitoring.outcomes.${preview.outcome}`),
    },
    {
      id: 'status',
      label: t('monitoring.preview.httpStatus'),
      value: preview.httpStatus === null ? unknown : String(preview.httpStatus),
    },
    {
      id: 'final-url',
      label: t('monitoring.preview.finalUrl'),
      value: preview.finalUrl === null ? unknown : <code className="path">{preview.finalUrl}</code>,
    },
    {
      id: 'kind',
      label: t('monitoring.preview.detectedKind'),
      value:
        preview.detectedKind === null ? unknown : t(`monitoring.kinds.${preview.detectedKind}`),
    },
    { id: 'charset', label: t('monitoring.preview.charset'), value: preview.charset ?? unknown },
    { id: 'items', label: t('monitoring.preview.itemsFound'), value: String(preview.itemsFound) },
    {
      id: 'duration',
      label: t('monitoring.preview.duration'),
      value: t('monitoring.preview.durationValue', {
        seconds: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(
          preview.durationMs / 1000,
        ),
      }),
    },
  ];
  const hasProblems = preview.error !== null || preview.warnings.length > 0;
  return (
    <section className="preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('monitoring.preview.heading')}</h3>
      <FactList facts={facts} />
      {hasProblems && (
        <div className="preview__problems">
          <h4>
            {preview.error === null
              ? t('monitoring.preview.warnings')
              : t('monitoring.preview.error')}
          </h4>
          <FetchProblemText error={preview.error} warnings={preview.warnings} />
        </div>
      )}
      <h4>{t('monitoring.preview.itemsHeading')}</h4>
      {preview.items.length === 0 ? (
        <p>{t('monitoring.preview.noItems')}</p>
      ) : (
        <ol className="preview__items">
          {preview.items.map((item) => (
            <li key={item.dedupeKey}>
              <p className="preview__item-title">{item.title || t('monitoring.items.untitled')}</p>
              <p className="preview__item-meta">
                {formatDateTime(item.publishedAt, language)}
                {item.dateSource === 'fetch-time' && ` (${t('monitoring.preview.dateFromFetch')})`}
              </p>
              {item.link !== null && <p className="preview__item-link path">{item.link}</p>}
            </li>
          ))}
        </ol>
      )}
      <p className="field__description">{t('monitoring.preview.nothingSaved')}</p>
    </section>
  );
}
