import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CrisisType } from '../../../../../shared/domain/crisisTypes';
import { starterKitFor } from '../../../../../shared/domain/sops/starter';
import { useLanguage } from '../../../i18n/useLanguage';
import { useRisksOfCrisisType } from '../../risks';
import { useCrisisTypeName } from '../sopLabels';

/** What the library holds for one crisis type, counted. */
export type CrisisTypeCounts = { sops: number; templates: number; cells: number };

/** Props of {@link CrisisTypeCard}. */
export type CrisisTypeCardProps = {
  crisisTypeId: CrisisType;
  counts: CrisisTypeCounts;
};

/**
 * One crisis type on the crisis types page: its name linking to its page, the starter library's
 * summary of it in the UI language, and how many SOPs, statement templates, matrix cells and
 * register risks are filed under it.
 */
export function CrisisTypeCard({ crisisTypeId, counts }: CrisisTypeCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const crisisTypeName = useCrisisTypeName();
  const risks = useRisksOfCrisisType(crisisTypeId);
  const name = crisisTypeName(crisisTypeId);
  const summary = starterKitFor(crisisTypeId)?.summary[language];
  return (
    <li className="crisis-type-card">
      <article className="panel crisis-type-card__body" aria-labelledby={headingId}>
        <h3 id={headingId} className="crisis-type-card__name">
          <Link href={`~/sops/types/${crisisTypeId}`}>{name}</Link>
        </h3>
        {summary !== undefined && <p className="crisis-type-card__summary">{summary}</p>}
        <ul
          className="crisis-type-card__counts"
          aria-label={t('sops.matrix.types.countsLabel', { type: name })}
        >
          <li>{t('sops.matrix.types.counts.sops', { count: counts.sops })}</li>
          <li>{t('sops.matrix.types.counts.templates', { count: counts.templates })}</li>
          <li>{t('sops.matrix.types.counts.cells', { count: counts.cells })}</li>
          {risks !== undefined && (
            <li>{t('sops.matrix.types.counts.risks', { count: risks.length })}</li>
          )}
        </ul>
      </article>
    </li>
  );
}
