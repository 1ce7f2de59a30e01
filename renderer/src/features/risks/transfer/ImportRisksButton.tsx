import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportRisksDialog } from './ImportRisksDialog';

/** Opens the CSV import dialog; the register's toolbar places it next to the export button. */
export function ImportRisksButton() {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setIsOpen(true)}>
        {t('risks.transfer.import.button')}
      </button>
      {isOpen && <ImportRisksDialog onClose={() => setIsOpen(false)} />}
    </>
  );
}
