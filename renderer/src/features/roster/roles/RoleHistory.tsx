import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleTenureList } from './RoleTenureList';

/** Props of {@link RoleHistory}. */
export type RoleHistoryProps = {
  roleId: string;
  /** The role's name in the UI language. */
  roleName: string;
};

/**
 * A role's history in a disclosure: who held it as primary from when to when. The tenures are
 * only read while it is open, so a page of a dozen roles does not keep a dozen queries live.
 */
export function RoleHistory({ roleId, roleName }: RoleHistoryProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details
      className="role-history"
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary>{t('roster.roles.history.summary', { role: roleName })}</summary>
      {isOpen && <RoleTenureList roleId={roleId} />}
    </details>
  );
}
