import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { peopleToCsv, rosterCsvFileName } from '../../../../../shared/domain/roster/rosterCsv';
import { peopleToVcard, vcardFileName } from '../../../../../shared/domain/roster/rosterVcard';
import { saveOutcomeNotice, saveTextFile } from '../../../lib/saveFile';
import type { SaveFileRequest } from '../../../lib/saveFile';
import { useToday } from '../../../lib/useNow';
import { useAppStore } from '../../../stores/appStore';
import { usePeople, useQualificationTypes } from '../useRosterData';
import { qualificationExportName } from './peopleImport';

/** The formats the roster is exported in. */
type ExportFormat = 'csv' | 'vcard';

/**
 * "Export CSV" and "Export vCard": the whole roster saved through the save dialog (desktop) or as
 * a download (browser), the outcome told in a notice. CSV (UTF-8 with a BOM, English column ids,
 * formulas neutralised) keeps every field and imports back; vCard 4.0 carries what an address
 * book holds (names, title, department, phones, emails, messaging, time zone, notes) for phones
 * and mail programs. CSV export works on an empty roster too: its header is a template to fill.
 */
export function ExportPeopleButtons() {
  const { t } = useTranslation();
  const today = useToday();
  const people = usePeople();
  const types = useQualificationTypes();
  const pushNotice = useAppStore((state) => state.pushNotice);
  const [savingFormat, setSavingFormat] = useState<ExportFormat | null>(null);
  const isReady = people !== undefined && types !== undefined && savingFormat === null;

  async function exportAs(format: ExportFormat) {
    if (people === undefined || types === undefined) return;
    setSavingFormat(format);
    try {
      const request: SaveFileRequest =
        format === 'csv'
          ? {
              suggestedName: rosterCsvFileName(today),
              content: peopleToCsv(people, { qualificationName: qualificationExportName(types) }),
              mimeType: 'text/csv;charset=utf-8',
              filters: [{ name: 'CSV', extensions: ['csv'] }],
            }
          : {
              suggestedName: vcardFileName(today),
              content: peopleToVcard(people),
              mimeType: 'text/vcard;charset=utf-8',
              filters: [{ name: 'vCard', extensions: ['vcf'] }],
            };
      const notice = saveOutcomeNotice(await saveTextFile(request), {
        savedKey: 'roster.transfer.export.savedTo',
        downloadedKey: 'roster.transfer.export.downloaded',
      });
      if (notice !== null) pushNotice(notice);
    } finally {
      setSavingFormat(null);
    }
  }

  return (
    <div
      className="button-row roster-transfer__export"
      role="group"
      aria-label={t('roster.transfer.export.label')}
    >
      <button type="button" disabled={!isReady} onClick={() => void exportAs('csv')}>
        {t('roster.transfer.export.csv')}
      </button>
      <button
        type="button"
        disabled={!isReady || people === undefined || people.length === 0}
        onClick={() => void exportAs('vcard')}
      >
        {t('roster.transfer.export.vcard')}
      </button>
    </div>
  );
}
