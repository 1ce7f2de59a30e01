import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusBadge } from '../../../components/StatusBadge';
import { useStatementTemplate, useStatements } from '../useSopData';
import { DeleteTemplateButton } from './DeleteTemplateButton';
import { EditTemplateButton } from './EditTemplateButton';
import { StatementPanel } from './StatementPanel';
import { TemplateFacts } from './TemplateFacts';

/**
 * One statement template (`#/sops/templates/<id>`): its title and facts, the starter library's
 * note when it came from there, the template text as plain text with its line breaks (never
 * HTML), Edit and Delete (asked first, with Undo; released statements are kept), the "Fill a
 * statement" panel and the statements filled from it. An unknown id says so and links back to the
 * list.
 */
export function TemplatePage({ templateId }: { templateId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const bodyHeadingId = useId();
  const template = useStatementTemplate(templateId);
  const statements = useStatements(templateId);

  const backLink = (
    <p>
      <Link href="~/sops/templates">{t('sops.templates.page.back')}</Link>
    </p>
  );
  if (template === undefined) {
    return <p role="status">{t('sops.templates.page.loading')}</p>;
  }
  if (template === null) {
    return (
      <section className="template-page">
        {backLink}
        <p>{t('sops.templates.page.notFound')}</p>
      </section>
    );
  }
  const unreleasedCount =
    statements?.filter((statement) => statement.releasedAt === null).length ?? 0;
  return (
    <article aria-labelledby={headingId} className="template-page">
      {backLink}
      <h2 id={headingId} lang={template.language} className="template-page__heading">
        {template.title}
      </h2>
      {template.isStarter && (
        <div className="template-page__starter">
          <StatusBadge tone="neutral">{t('sops.starterBadge')}</StatusBadge>
          <p>{t('sops.starterExplanation')}</p>
        </div>
      )}
      <div className="button-row toolbar">
        <EditTemplateButton template={template} />
        <DeleteTemplateButton
          template={template}
          unreleasedCount={unreleasedCount}
          releasedCount={(statements?.length ?? 0) - unreleasedCount}
        />
      </div>
      <TemplateFacts template={template} />
      <section aria-labelledby={bodyHeadingId} className="panel">
        <h3 id={bodyHeadingId}>{t('sops.templates.page.bodyHeading')}</h3>
        <div className="statement-text" lang={template.language}>
          {template.body}
        </div>
      </section>
      <StatementPanel template={template} statements={statements} />
    </article>
  );
}
