import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SituationReport } from '../../../../../shared/domain/incidents/sitreps';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { reportFieldTexts } from './sitrepDraft';

/** Props of {@link SitrepItem}. */
export type SitrepItemProps = { report: SituationReport };

/**
 * One situation report in the history: its kind and when it was written (its name in the list),
 * who wrote it, and its fields as written, blank ones left out. Text keeps its line breaks.
 */
export function SitrepItem({ report }: SitrepItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const fields = reportFieldTexts(report).filter(({ text }) => text !== '');
  return (
    <li className={`sitrep sitrep--${report.kind}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="sitrep__heading">
        {t('incidents.time.sitreps.written', {
          kind: t(`incidents.sitrepKinds.${report.kind}`),
          time: formatDateTime(report.createdAt, language),
        })}
      </h3>
      <p className="sitrep__author">
        {report.author === ''
          ? t('incidents.time.sitreps.noAuthor')
          : t('incidents.time.sitreps.author', { name: report.author })}
      </p>
      <dl className="sitrep__fields">
        {fields.map(({ field, text }) => (
          <div key={field} className="sitrep__field">
            <dt>{t(`incidents.time.sitreps.fields.${field}`)}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
