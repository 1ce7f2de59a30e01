import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InstallStarterDialog } from './InstallStarterDialog';

/** Props of {@link InstallStarterButton}. */
export type InstallStarterButtonProps = {
  /** Styled as the page's main action (the empty library). */
  isPrimary?: boolean;
  /** A sentence beside the button that describes it (installing again adds only what is missing). */
  hint?: string;
};

/** "Install the starter library": opens the dialog that chooses languages and installs. */
export function InstallStarterButton({ isPrimary = false, hint }: InstallStarterButtonProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={isPrimary ? 'button--primary' : undefined}
        aria-describedby={hint === undefined ? undefined : hintId}
        onClick={() => setIsOpen(true)}
      >
        {t('sops.library.actions.install')}
      </button>
      {hint !== undefined && (
        <p id={hintId} className="sop-library__install-hint">
          {hint}
        </p>
      )}
      {isOpen && <InstallStarterDialog onClose={() => setIsOpen(false)} />}
    </>
  );
}
