import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../../../shared/domain/sops/statements';
import type { StatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { FactList } from '../../../components/FactList';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../lib/dates';
import type { PanelAction } from './useStatementPanel';

/** Props of {@link ReleasedStatement}. */
export type ReleasedStatementProps = {
  statement: Statement;
  /** When it was released (the first time). */
  releasedAt: number;
  template: Pick<
    StatementTemplate,
    'language' | 'needsLegalApproval' | 'needsSpokespersonApproval'
  >;
  busy: PanelAction | null;
  onCopy: () => void;
  onExport: () => void;
  /** Starts a new, unsaved statement with this one's values and no approvals. */
  onStartFrom: () => void;
};

/**
 * A released statement, read-only: it is the record of what was said, so its text, approvals and
 * release time are shown and never edited. Its text can be copied or exported again (the release
 * time stays the first one), and "Start a new statement from this" copies its values into a new
 * statement, without its approvals, to send an update.
 */
export function ReleasedStatement({
  statement,
  releasedAt,
  template,
  busy,
  onCopy,
  onExport,
  onStartFrom,
}: ReleasedStatementProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const textHeadingId = useId();

  function approval(name: string | null, at: number | null, isNeeded: boolean) {
    if (name !== null && at !== null) {
      return t('sops.templates.statements.approvedBy', {
        name,
        time: formatDateTime(at, language),
      });
    }
    return isNeeded
      ? t('sops.templates.statements.notRecorded')
      : t('sops.templates.released.notNeeded');
  }

  const isBusy = busy !== null;
  return (
    <div>
      <p>{t('sops.templates.released.intro')}</p>
      <section aria-labelledby={textHeadingId}>
        <h4 id={textHeadingId}>{t('sops.templates.released.textHeading')}</h4>
        <div className="statement-text" lang={template.language}>
          {statement.text}
        </div>
      </section>
      <FactList
        facts={[
          {
            id: 'released',
            label: t('sops.templates.statements.columns.released'),
            value: formatDateTime(releasedAt, language),
          },
          {
            id: 'legal',
            label: t('sops.templates.statements.columns.legal'),
            value: approval(
              statement.legalApprovedBy,
              statement.legalApprovedAt,
              template.needsLegalApproval,
            ),
          },
          {
            id: 'spokesperson',
            label: t('sops.templates.statements.columns.spokesperson'),
            value: approval(
              statement.spokespersonApprovedBy,
              statement.spokespersonApprovedAt,
              template.needsSpokespersonApproval,
            ),
          },
        ]}
      />
      <div className="statement-actions">
        <div className="button-row">
          <button type="button" className="button--primary" disabled={isBusy} onClick={onCopy}>
            {t('sops.templates.released.copy')}
          </button>
          <button type="button" disabled={isBusy} onClick={onExport}>
            {t('sops.templates.released.export')}
          </button>
          <button type="button" disabled={isBusy} onClick={onStartFrom}>
            {t('sops.templates.released.startFrom')}
          </button>
        </div>
      </div>
    </div>
  );
}
