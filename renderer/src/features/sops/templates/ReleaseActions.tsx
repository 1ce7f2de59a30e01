import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlaceholderName } from '../../../../../shared/domain/sops/statementTemplates';
import type { PlaceholderName } from '../../../../../shared/domain/sops/statementTemplates';
import { useLanguage } from '../../../i18n/useLanguage';
import type { FieldIssue } from '../../../lib/commandResult';
import type { PanelAction } from './useStatementPanel';

/** Props of {@link ReleaseActions}. */
export type ReleaseActionsProps = {
  /** Why the statement may not be released yet (from `releaseIssues`); empty when it may. */
  blockers: readonly FieldIssue[];
  busy: PanelAction | null;
  onSave: () => void;
  onCopy: () => void;
  onExport: () => void;
};

/** The placeholder name of a `context.<name>` issue path, or null for another path. */
function placeholderOfPath(path: string): PlaceholderName | null {
  const name = path.startsWith('context.') ? path.slice('context.'.length) : null;
  return name !== null && isPlaceholderName(name) ? name : null;
}

/**
 * "Save statement", "Copy as plain text" and "Export as file". Copy and export stay disabled
 * until every value is filled in and every approval the template needs is entered, and the
 * buttons are described by the list of what is still missing, so nobody has to guess why.
 */
export function ReleaseActions({ blockers, busy, onSave, onCopy, onExport }: ReleaseActionsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const blockersId = `${id}-blockers`;

  const missing = blockers.flatMap((issue) => {
    const name = placeholderOfPath(issue.path);
    return name === null ? [] : [t(`sops.placeholders.${name}`)];
  });
  const reasons = [
    ...(missing.length > 0
      ? [
          t('sops.templates.panel.blocked.values', {
            names: new Intl.ListFormat(language, { type: 'conjunction' }).format(missing),
          }),
        ]
      : []),
    ...(blockers.some((issue) => issue.path === 'body')
      ? [t('sops.templates.panel.blocked.template')]
      : []),
    ...(blockers.some((issue) => issue.path === 'legalApprovedBy')
      ? [t('sops.templates.panel.blocked.legal')]
      : []),
    ...(blockers.some((issue) => issue.path === 'spokespersonApprovedBy')
      ? [t('sops.templates.panel.blocked.spokesperson')]
      : []),
  ];
  const canRelease = reasons.length === 0;
  const isBusy = busy !== null;
  return (
    <div className="statement-actions">
      <div className="button-row">
        <button type="button" disabled={isBusy} onClick={onSave}>
          {busy === 'save' ? t('sops.templates.panel.saving') : t('sops.templates.panel.save')}
        </button>
        <button
          type="button"
          className="button--primary"
          disabled={!canRelease || isBusy}
          aria-describedby={canRelease ? undefined : blockersId}
          onClick={onCopy}
        >
          {t('sops.templates.panel.copy')}
        </button>
        <button
          type="button"
          disabled={!canRelease || isBusy}
          aria-describedby={canRelease ? undefined : blockersId}
          onClick={onExport}
        >
          {t('sops.templates.panel.export')}
        </button>
      </div>
      {!canRelease && (
        <div id={blockersId} className="statement-actions__blockers">
          <p>{t('sops.templates.panel.blockedHeading')}</p>
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
