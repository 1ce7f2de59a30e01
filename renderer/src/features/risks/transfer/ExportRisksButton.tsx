import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { riskCsvFileName, risksToCsv } from '../../../../../shared/domain/risks/riskCsv';
import { useLanguage } from '../../../i18n/useLanguage';
import { saveOutcomeNotice, saveTextFile } from '../../../lib/saveFile';
import { useAppStore } from '../../../stores/appStore';
import { useRiskCategories, useRiskMatrix, useRiskViews, useToday } from '../useRiskData';
import { customCategoryNames } from './riskCsvContext';

/**
 * Exports the register (every risk not in the recycle bin) as a CSV file: UTF-8 with a BOM so
 * Excel reads Chinese correctly, English column ids so the file imports back, and every cell a
 * spreadsheet could run as a formula neutralised. Saved through the save dialog (desktop) or as a
 * download (browser) as `risk-register-YYYY-MM-DD.csv`; the outcome is told in a notice.
 */
export function ExportRisksButton() {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const views = useRiskViews();
  const matrix = useRiskMatrix();
  const categories = useRiskCategories();
  const pushNotice = useAppStore((state) => state.pushNotice);
  const [isSaving, setIsSaving] = useState(false);
  const isReady = views !== undefined && matrix !== undefined && categories !== undefined;

  async function exportRisks() {
    if (!isReady) return;
    setIsSaving(true);
    try {
      const content = risksToCsv(
        views.map(({ risk }) => risk),
        { matrix, language, customCategoryName: customCategoryNames(categories) },
      );
      const outcome = await saveTextFile({
        suggestedName: riskCsvFileName(today),
        content,
        mimeType: 'text/csv;charset=utf-8',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      const notice = saveOutcomeNotice(outcome, {
        savedKey: 'risks.transfer.export.savedTo',
        downloadedKey: 'risks.transfer.export.downloaded',
      });
      if (notice !== null) {
        pushNotice(notice);
      }
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <button type="button" disabled={!isReady || isSaving} onClick={() => void exportRisks()}>
      {t('risks.transfer.export.button')}
    </button>
  );
}
