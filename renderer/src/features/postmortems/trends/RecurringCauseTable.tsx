import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RecurringCauseText } from '../../../../../shared/domain/postmortems/trends';
import { useLanguage } from '../../../i18n/useLanguage';

/** Props of {@link RecurringCauseTable}. */
export type RecurringCauseTableProps = {
  /** Wordings found in two or more incidents, most incidents first. */
  texts: RecurringCauseText[];
  /** An incident's reference (`INC-0007`) by id. */
  incidentReference: (incidentId: string) => string;
};

/**
 * The causes worded the same way (in either Chinese script) in more than one incident: the
 * wording, whether it was a root cause or a contributing factor, and links to the incidents.
 */
export function RecurringCauseTable({ texts, incidentReference }: RecurringCauseTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  const title = t('postmortems.trends.recurringTexts.title');
  if (texts.length === 0) {
    return (
      <section className="trends-recurring" aria-label={title}>
        <h3 className="trends-chart__title">{title}</h3>
        <p>{t('postmortems.trends.recurringTexts.none')}</p>
      </section>
    );
  }
  return (
    <div className="table-scroll trends-recurring">
      <table className="data-table">
        <caption className="trends-chart__title">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('postmortems.trends.recurringTexts.cause')}</th>
            <th scope="col">{t('postmortems.trends.recurringTexts.kind')}</th>
            <th scope="col">{t('postmortems.trends.recurringTexts.incidents')}</th>
          </tr>
        </thead>
        <tbody>
          {texts.map((text) => (
            <tr key={text.normalizedText}>
              <th scope="row">{text.text}</th>
              <td>{list.format(text.kinds.map((kind) => t(`postmortems.causeKinds.${kind}`)))}</td>
              <td>
                {text.incidentIds.map((incidentId, index) => (
                  <Fragment key={incidentId}>
                    {index > 0 && ', '}
                    <Link href={`~/incidents/${incidentId}`}>{incidentReference(incidentId)}</Link>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
