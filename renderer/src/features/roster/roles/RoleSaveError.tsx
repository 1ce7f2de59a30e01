import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../lib/commandResult';
import { rosterIssueMessageKey } from '../rosterCommands';

/** Props of {@link RoleSaveError}. */
export type RoleSaveErrorProps = {
  /** The issues of the refused write; nothing shows while there are none. */
  issues: readonly FieldIssue[];
  /** The role's name in the UI language. */
  roleName: string;
};

/**
 * Why a change made on the roles page was not saved (a holder removed meanwhile, a full disk),
 * announced at once: the control shows the stored value again, so the user must learn why.
 */
export function RoleSaveError({ issues, roleName }: RoleSaveErrorProps) {
  const { t } = useTranslation();
  const reasons = [...new Set(issues.map((issue) => t(rosterIssueMessageKey(issue.code))))];
  return (
    <div role="alert" className="role-card__error">
      {reasons.map((reason) => (
        <p key={reason} className="field__error">
          {t('roster.roles.saveFailed', { role: roleName, reason })}
        </p>
      ))}
    </div>
  );
}
