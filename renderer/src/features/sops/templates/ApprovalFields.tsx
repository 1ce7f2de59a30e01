import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../../../shared/domain/sops/statements';
import type { StatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { TextField } from '../../../components/fields/TextField';
import { useLanguage } from '../../../i18n/useLanguage';
import type { FieldIssue } from '../../../lib/commandResult';
import { formatDateTime } from '../../../lib/dates';
import { issueTextAt } from '../../../lib/fieldIssueText';
import { sopIssueMessageKey } from '../sopCommands';

/** Props of {@link ApprovalFields}. */
export type ApprovalFieldsProps = {
  template: Pick<StatementTemplate, 'needsLegalApproval' | 'needsSpokespersonApproval'>;
  legalApprovedBy: string;
  spokespersonApprovedBy: string;
  onChange: (kind: 'legal' | 'spokesperson', name: string) => void;
  /** The saved statement, whose approval times are shown while the name and text are unchanged. */
  stored: Statement | null;
  /**
   * True when the values changed since the saved statement's approvals were recorded: those
   * approvals were cleared, which the fields say, and no recorded time is shown.
   */
  hasChangedSinceApproval: boolean;
  issues: readonly FieldIssue[];
};

/**
 * The approvals of a statement: a name field for each approval the template needs ("Legal
 * approved by", "Spokesperson approved by"), with the time the approval was recorded once saved,
 * and a line for each approval the template does not need. Once the values change after an
 * approval was recorded, a note says the approvals were cleared and must be asked for again.
 */
export function ApprovalFields({
  template,
  legalApprovedBy,
  spokespersonApprovedBy,
  onChange,
  stored,
  hasChangedSinceApproval,
  issues,
}: ApprovalFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  /** "Approval recorded on …" while the field still holds the saved name. */
  function recordedHint(name: string, savedName: string | null, savedAt: number | null) {
    return !hasChangedSinceApproval &&
      savedAt !== null &&
      savedName !== null &&
      name.trim() === savedName
      ? t('sops.templates.panel.approvalRecorded', { time: formatDateTime(savedAt, language) })
      : undefined;
  }

  const legalRecorded = recordedHint(
    legalApprovedBy,
    stored?.legalApprovedBy ?? null,
    stored?.legalApprovedAt ?? null,
  );
  const spokespersonRecorded = recordedHint(
    spokespersonApprovedBy,
    stored?.spokespersonApprovedBy ?? null,
    stored?.spokespersonApprovedAt ?? null,
  );
  return (
    <fieldset className="form-group statement-approvals">
      <legend>{t('sops.templates.panel.approvalsLegend')}</legend>
      {hasChangedSinceApproval && (
        <p role="status" className="statement-approvals__cleared">
          {t('sops.templates.panel.approvalsCleared')}
        </p>
      )}
      {template.needsLegalApproval ? (
        <TextField
          label={t('sops.templates.panel.legalApprovedBy')}
          hint={legalRecorded ?? t('sops.templates.panel.legalHint')}
          error={issueTextAt(issues, 'legalApprovedBy', t, sopIssueMessageKey)}
          value={legalApprovedBy}
          onChange={(name) => onChange('legal', name)}
        />
      ) : (
        <p>{t('sops.templates.panel.legalNotNeeded')}</p>
      )}
      {template.needsSpokespersonApproval ? (
        <TextField
          label={t('sops.templates.panel.spokespersonApprovedBy')}
          hint={spokespersonRecorded ?? t('sops.templates.panel.spokespersonHint')}
          error={issueTextAt(issues, 'spokespersonApprovedBy', t, sopIssueMessageKey)}
          value={spokespersonApprovedBy}
          onChange={(name) => onChange('spokesperson', name)}
        />
      ) : (
        <p>{t('sops.templates.panel.spokespersonNotNeeded')}</p>
      )}
    </fieldset>
  );
}
