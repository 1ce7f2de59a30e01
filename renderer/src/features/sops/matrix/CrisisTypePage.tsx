import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isCrisisType } from '../../../../../shared/domain/crisisTypes';
import { cellsForCrisisType } from '../../../../../shared/domain/sops/commMatrix';
import { starterKitFor } from '../../../../../shared/domain/sops/starter';
import { useLanguage } from '../../../i18n/useLanguage';
import { useCrisisTypeName } from '../sopLabels';
import {
  useCommChannels,
  useCommMatrixCells,
  useCommStakeholders,
  usePublishedSops,
  useStatementTemplates,
} from '../useSopData';
import { CrisisTypeMatrixRow } from './CrisisTypeMatrixRow';
import { CrisisTypeRisks } from './CrisisTypeRisks';
import { CrisisTypeSops } from './CrisisTypeSops';
import { CrisisTypeTemplates } from './CrisisTypeTemplates';

/**
 * One crisis type (`#/sops/types/<id>`): its name and the starter library's summary, its SOPs as
 * in force (filed by the crisis type of their latest published version; version, review flag), its statement templates by stage, its row of the communication matrix
 * (inherited cells marked), and its typical risks: the starter library's suggestions and the
 * register's risks of the type. An id that is no crisis type says so and links back.
 */
export function CrisisTypePage({ crisisTypeId }: { crisisTypeId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const crisisTypeName = useCrisisTypeName();
  const sops = usePublishedSops();
  const templates = useStatementTemplates();
  const cells = useCommMatrixCells();
  const stakeholders = useCommStakeholders();
  const channels = useCommChannels();
  const applying = useMemo(
    () => (cells === undefined ? [] : cellsForCrisisType(cells, crisisTypeId)),
    [cells, crisisTypeId],
  );

  const backLink = (
    <p>
      <Link href="~/sops/types">{t('sops.matrix.typePage.back')}</Link>
    </p>
  );
  if (!isCrisisType(crisisTypeId)) {
    return (
      <section className="crisis-type-page">
        {backLink}
        <p>{t('sops.matrix.typePage.notFound', { id: crisisTypeId })}</p>
      </section>
    );
  }
  if (
    sops === undefined ||
    templates === undefined ||
    cells === undefined ||
    stakeholders === undefined ||
    channels === undefined
  ) {
    return <p role="status">{t('sops.matrix.typePage.loading')}</p>;
  }
  const kit = starterKitFor(crisisTypeId);
  return (
    <article aria-labelledby={headingId} className="crisis-type-page">
      {backLink}
      <h2 id={headingId}>{crisisTypeName(crisisTypeId)}</h2>
      {kit !== undefined && (
        <p
          className="crisis-type-page__summary"
          aria-label={t('sops.matrix.typePage.summaryLabel')}
        >
          {kit.summary[language]}
        </p>
      )}
      <CrisisTypeSops sops={sops.filter(({ content }) => content.crisisTypeId === crisisTypeId)} />
      <CrisisTypeTemplates
        templates={templates.filter((template) => template.crisisTypeId === crisisTypeId)}
        stakeholders={stakeholders}
      />
      <CrisisTypeMatrixRow
        crisisTypeId={crisisTypeId}
        cells={applying}
        stakeholders={stakeholders}
        channels={channels}
      />
      <CrisisTypeRisks crisisTypeId={crisisTypeId} typicalRisks={kit?.typicalRisks ?? []} />
    </article>
  );
}
