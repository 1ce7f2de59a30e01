import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CrisisType } from '../../../../../shared/domain/crisisTypes';
import type { Written } from '../../../../../shared/domain/sops/starterLibrary';
import { useLanguage } from '../../../i18n/useLanguage';
import { useRisksOfCrisisType } from '../../risks';

/** Props of {@link CrisisTypeRisks}. */
export type CrisisTypeRisksProps = {
  crisisTypeId: CrisisType;
  /** The starter library's typical risks of the type (none when it has no kit). */
  typicalRisks: readonly Written[];
};

/**
 * A crisis type's typical risks: the starter library's suggestions in the UI language, labelled
 * as suggestions rather than register entries, then the risks in the register filed under the
 * type (each linking to its page), or a note and a link to the register when there are none.
 */
export function CrisisTypeRisks({ crisisTypeId, typicalRisks }: CrisisTypeRisksProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const risks = useRisksOfCrisisType(crisisTypeId);
  return (
    <section aria-labelledby={headingId} className="panel crisis-type-page__section">
      <h3 id={headingId}>{t('sops.matrix.typePage.risks.heading')}</h3>
      {typicalRisks.length > 0 && (
        <section aria-labelledby={`${headingId}-starter`}>
          <h4 id={`${headingId}-starter`}>{t('sops.matrix.typePage.risks.starterHeading')}</h4>
          <p className="crisis-type-page__intro">{t('sops.matrix.typePage.risks.starterNote')}</p>
          <ul className="crisis-type-page__suggestions">
            {typicalRisks.map((risk) => (
              <li key={risk.en}>{risk[language]}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby={`${headingId}-register`}>
        <h4 id={`${headingId}-register`}>{t('sops.matrix.typePage.risks.registerHeading')}</h4>
        {risks === undefined && <p role="status">{t('sops.matrix.typePage.loading')}</p>}
        {risks !== undefined && risks.length === 0 && (
          <>
            <p>{t('sops.matrix.typePage.risks.registerEmpty')}</p>
            <p>
              <Link href="~/risks">{t('sops.matrix.typePage.risks.registerLink')}</Link>
            </p>
          </>
        )}
        {risks !== undefined && risks.length > 0 && (
          <ul className="plain-list crisis-type-page__list">
            {risks.map((risk) => (
              <li key={risk.id}>
                <Link href={`~/risks/${risk.id}`}>
                  <span className="crisis-type-page__reference">{risk.reference}</span> {risk.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
