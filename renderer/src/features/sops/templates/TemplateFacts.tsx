import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isPlaceholderName } from '../../../../../shared/domain/sops/statementTemplates';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { FactList } from '../../../components/FactList';
import { languageNames } from '../../../i18n/languageNames';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import { useCrisisTypeName, useStakeholderName } from '../sopLabels';
import { useCommStakeholders } from '../useSopData';
import { useApprovalsText } from './useApprovalsText';

/**
 * What a template is for: its crisis type (a link to the crisis type's page), stage, audience,
 * language, the values it needs beyond those its text uses, the approvals it needs and when it
 * last changed.
 */
export function TemplateFacts({ template }: { template: StoredStatementTemplate }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const groups = useCommStakeholders();
  const crisisTypeName = useCrisisTypeName();
  const stakeholderName = useStakeholderName();
  const approvalsText = useApprovalsText();
  const listFormat = new Intl.ListFormat(language, { type: 'conjunction' });
  const required = template.requiredPlaceholders.map((name) =>
    // Stored names are checked on save; one from elsewhere the app does not know shows as is.
    isPlaceholderName(name) ? t(`sops.placeholders.${name}`) : name,
  );
  return (
    <section aria-label={t('sops.templates.page.factsLabel')}>
      <FactList
        facts={[
          {
            id: 'crisisType',
            label: t('sops.templates.page.crisisType'),
            value:
              template.crisisTypeId === null ? (
                crisisTypeName(null)
              ) : (
                <Link href={`~/sops/types/${template.crisisTypeId}`}>
                  {crisisTypeName(template.crisisTypeId)}
                </Link>
              ),
          },
          {
            id: 'stage',
            label: t('sops.templates.page.stage'),
            value: t(`sops.stages.${template.stage}`),
          },
          {
            id: 'audience',
            label: t('sops.templates.page.audience'),
            value: stakeholderName(template.audience, groups),
          },
          {
            id: 'language',
            label: t('sops.templates.page.language'),
            value: <span lang={template.language}>{languageNames[template.language]}</span>,
          },
          {
            id: 'required',
            label: t('sops.templates.page.required'),
            value:
              required.length === 0
                ? t('sops.templates.page.requiredNone')
                : listFormat.format(required),
          },
          {
            id: 'approvals',
            label: t('sops.templates.page.approvals'),
            value: approvalsText(template),
          },
          {
            id: 'updated',
            label: t('sops.templates.page.updated'),
            value: formatDateTime(template.updatedAt, language),
          },
        ]}
      />
    </section>
  );
}
