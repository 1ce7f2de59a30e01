import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { DeclareIncidentDialog } from './DeclareIncidentDialog';

/** Props of {@link DeclareIncidentButton}. */
export type DeclareIncidentButtonProps = {
  /** `primary` where declaring is the page's main action (Dashboard, empty list). */
  variant?: 'primary' | 'default';
};

/**
 * "Declare incident": opens the declare dialog (title focused, Enter declares) and, once the
 * incident is stored, opens its command page (`#/incidents/<id>`). Works from any page: the link
 * is absolute, whatever router it is rendered in.
 */
export function DeclareIncidentButton({ variant = 'default' }: DeclareIncidentButtonProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={variant === 'primary' ? 'button--primary' : undefined}
        onClick={() => setIsOpen(true)}
      >
        {t('incidents.declare.button')}
      </button>
      {isOpen && (
        <DeclareIncidentDialog
          onDeclared={(incident) => {
            setIsOpen(false);
            navigate(`~/incidents/${encodeURIComponent(incident.id)}`);
          }}
          onClose={() => setIsOpen(false)}
        />
      )}
    </>
  );
}
