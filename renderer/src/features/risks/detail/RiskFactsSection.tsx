import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../../shared/domain/risks/risk';
import { FactList } from '../../../components/FactList';
import { useCategoryLabel } from '../riskLabels';

/** Props of {@link RiskFactsSection}. */
export type RiskFactsSectionProps = {
  risk: Risk;
};

/**
 * What the risk is about and who holds it: description, category, owner, stakeholders, crisis
 * type, status, treatment and the confidence in the estimate.
 */
export function RiskFactsSection({ risk }: RiskFactsSectionProps) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const headingId = useId();
  const notSet = t('risks.detail.notSet');
  return (
    <section aria-labelledby={headingId} className="panel risk-section">
      <h3 id={headingId}>{t('risks.detail.facts.heading')}</h3>
      {risk.description !== '' && <p className="risk-text">{risk.description}</p>}
      <FactList
        facts={[
          {
            id: 'category',
            label: t('risks.fields.categoryId'),
            value: categoryLabel(risk.categoryId),
          },
          {
            id: 'owner',
            label: t('risks.fields.owner'),
            value: risk.owner === '' ? notSet : risk.owner,
          },
          {
            id: 'stakeholders',
            label: t('risks.fields.stakeholders'),
            value:
              risk.stakeholders.length === 0 ? (
                notSet
              ) : (
                <ul className="tag-list">
                  {risk.stakeholders.map((name, index) => (
                    // The same name may be listed twice; its position tells the two apart.
                    <li key={`${index}-${name}`} className="tag">
                      {name}
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            id: 'crisis-type',
            label: t('risks.fields.crisisType'),
            value: risk.crisisType === null ? notSet : t(`crisisTypes.${risk.crisisType}`),
          },
          {
            id: 'status',
            label: t('risks.fields.status'),
            value: t(`risks.statuses.${risk.status}`),
          },
          {
            id: 'treatment',
            label: t('risks.fields.treatment'),
            value: t(`risks.treatments.${risk.treatment}`),
          },
          {
            id: 'confidence',
            label: t('risks.fields.confidence'),
            value: t(`risks.confidence.${risk.confidence}`),
          },
        ]}
      />
    </section>
  );
}
