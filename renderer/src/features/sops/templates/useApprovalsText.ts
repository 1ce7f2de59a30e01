import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { useLanguage } from '../../../i18n/useLanguage';

/**
 * The approvals a template needs before release, in words ("Legal and Spokesperson", "None"),
 * for the template list and the template's facts.
 */
export function useApprovalsText(): (
  template: Pick<StatementTemplate, 'needsLegalApproval' | 'needsSpokespersonApproval'>,
) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (template) => {
      const names = [
        ...(template.needsLegalApproval ? [t('sops.templates.approvals.legal')] : []),
        ...(template.needsSpokespersonApproval ? [t('sops.templates.approvals.spokesperson')] : []),
      ];
      return names.length === 0
        ? t('sops.templates.approvals.none')
        : new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
    },
    [t, language],
  );
}
