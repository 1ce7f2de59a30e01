import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CommGroup } from '../../../../../shared/domain/sops/commMatrix';
import { statementStages } from '../../../../../shared/domain/sops/communication';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { languageNames } from '../../../i18n/languageNames';
import { useStakeholderName } from '../sopLabels';

/** Props of {@link CrisisTypeTemplates}. */
export type CrisisTypeTemplatesProps = {
  /** The crisis type's templates, by title. */
  templates: readonly StoredStatementTemplate[];
  /** The stakeholder groups, for custom audience names. */
  stakeholders: readonly CommGroup[];
};

/**
 * A crisis type's statement templates grouped by stage in the order statements are sent: each
 * title links to the template (marked with its language) with its audience and language.
 */
export function CrisisTypeTemplates({ templates, stakeholders }: CrisisTypeTemplatesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const stakeholderName = useStakeholderName();
  const stages = statementStages
    .map((stage) => ({ stage, items: templates.filter((template) => template.stage === stage) }))
    .filter(({ items }) => items.length > 0);
  return (
    <section aria-labelledby={headingId} className="panel crisis-type-page__section">
      <h3 id={headingId}>{t('sops.matrix.typePage.templates.heading')}</h3>
      {stages.length === 0 ? (
        <p>{t('sops.matrix.typePage.templates.empty')}</p>
      ) : (
        stages.map(({ stage, items }) => (
          <section key={stage} aria-labelledby={`${headingId}-${stage}`}>
            <h4 id={`${headingId}-${stage}`}>{t(`sops.stages.${stage}`)}</h4>
            <ul className="plain-list crisis-type-page__list">
              {items.map((template) => (
                <li key={template.id}>
                  <Link href={`~/sops/templates/${template.id}`} lang={template.language}>
                    {template.title}
                  </Link>{' '}
                  <span className="crisis-type-page__meta">
                    {t('sops.matrix.typePage.templates.audience', {
                      audience: stakeholderName(template.audience, stakeholders),
                    })}
                  </span>{' '}
                  <span className="crisis-type-page__meta" lang={template.language}>
                    {languageNames[template.language]}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <p>
        <Link href="~/sops/templates">{t('sops.matrix.typePage.templates.allTemplates')}</Link>
      </p>
    </section>
  );
}
