import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CommGroup } from '../../../../../shared/domain/sops/commMatrix';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { StatusBadge } from '../../../components/StatusBadge';
import { languageNames } from '../../../i18n/languageNames';
import { useCrisisTypeName, useStakeholderName } from '../sopLabels';
import { useApprovalsText } from './useApprovalsText';

/** Props of {@link TemplateTable}. */
export type TemplateTableProps = {
  /** The templates to show, in order. */
  templates: readonly StoredStatementTemplate[];
  /** The communication matrix's stakeholder groups, for custom audience names. */
  groups: readonly CommGroup[];
};

/**
 * The statement templates as a table: the title (a link to the template, with the starter badge
 * for one from the starter library), crisis type, stage, audience, language and the approvals a
 * statement needs before release. The template's own title is marked with its language, so
 * screen readers and fonts treat Chinese titles as Chinese.
 */
export function TemplateTable({ templates, groups }: TemplateTableProps) {
  const { t } = useTranslation();
  const crisisTypeName = useCrisisTypeName();
  const stakeholderName = useStakeholderName();
  const approvalsText = useApprovalsText();
  return (
    <div className="table-scroll">
      <table
        className="data-table templates-table"
        aria-label={t('sops.templates.list.tableLabel')}
      >
        <thead>
          <tr>
            <th scope="col">{t('sops.templates.list.columns.title')}</th>
            <th scope="col">{t('sops.templates.list.columns.crisisType')}</th>
            <th scope="col">{t('sops.templates.list.columns.stage')}</th>
            <th scope="col">{t('sops.templates.list.columns.audience')}</th>
            <th scope="col">{t('sops.templates.list.columns.language')}</th>
            <th scope="col">{t('sops.templates.list.columns.approvals')}</th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.id}>
              <th scope="row" className="templates-table__title">
                <Link href={`~/sops/templates/${template.id}`} lang={template.language}>
                  {template.title}
                </Link>
                {template.isStarter && (
                  <>
                    {' '}
                    <StatusBadge tone="neutral">{t('sops.starterBadge')}</StatusBadge>
                  </>
                )}
              </th>
              <td>{crisisTypeName(template.crisisTypeId)}</td>
              <td>{t(`sops.stages.${template.stage}`)}</td>
              <td>{stakeholderName(template.audience, groups)}</td>
              <td lang={template.language}>{languageNames[template.language]}</td>
              <td>{approvalsText(template)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
