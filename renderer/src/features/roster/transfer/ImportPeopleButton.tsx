import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportPeopleDialog } from './ImportPeopleDialog';

/** Opens the people import (vCard or CSV); the people view's toolbar places it. */
export function ImportPeopleButton() {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setIsOpen(true)}>
        {t('roster.transfer.import.button')}
      </button>
      {isOpen && <ImportPeopleDialog onClose={() => setIsOpen(false)} />}
    </>
  );
}
