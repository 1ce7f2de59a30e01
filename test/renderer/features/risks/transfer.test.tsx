import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { readRisks } from '../../../../renderer/src/db/repositories/riskRepository';
import { saveSetting } from '../../../../renderer/src/db/repositories/settingsRepository';
import { maxRiskCsvColumns, maxRiskCsvRows } from '../../../../shared/domain/risks/riskCsv';
import { ok } from '../../../../shared/ipc/result';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { createValidRisk, riskInput } from './riskTestSupport';

const mainProcess = useAppTestEnvironment();

beforeEach(async () => {
  await Promise.all(getDatabase().tables.map((table) => table.clear()));
  window.sessionStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The names the import dialog is found by, per UI language. */
const dialogNames = {
  en: {
    button: 'Import CSV',
    dialog: 'Import risks from a CSV file',
    file: 'CSV file',
    next: 'Next',
  },
  'zh-TW': { button: '匯入 CSV', dialog: '從 CSV 檔匯入風險', file: 'CSV 檔案', next: '下一步' },
} as const;

/** Opens the register and the import dialog. */
async function openImportDialog(language: keyof typeof dialogNames = 'en') {
  const user = userEvent.setup();
  await renderApp('#/risks');
  await user.click(await screen.findByRole('button', { name: dialogNames[language].button }));
  const dialog = await screen.findByRole('dialog', { name: dialogNames[language].dialog });
  return { user, dialog };
}

/** Picks a file in the dialog's file field. */
async function upload(
  user: ReturnType<typeof userEvent.setup>,
  dialog: HTMLElement,
  content: BlobPart,
  name = 'risks.csv',
  label: string = dialogNames.en.file,
) {
  const input = within(dialog).getByLabelText(label);
  await user.upload(input, new File([content], name, { type: 'text/csv' }));
}

/** Goes from the file step through the mapping step to the review step. */
async function goToReview(
  user: ReturnType<typeof userEvent.setup>,
  dialog: HTMLElement,
  next: string = dialogNames.en.next,
) {
  await user.click(within(dialog).getByRole('button', { name: next }));
  await user.click(within(dialog).getByRole('button', { name: next }));
}

describe('Risks → Import CSV', () => {
  it('maps Chinese headers, lists row errors and refuses to import until they are fixed', async () => {
    const { user, dialog } = await openImportDialog();
    await upload(
      user,
      dialog,
      '標題,類別,負責人,可能性,影響\n' +
        '若供應商倒閉則停產,供應鏈,王小明,4,3\n' +
        '若謠言擴散則商譽受損,rumour,陳美玲,9,2\n',
    );
    expect(within(dialog).getByText(/Detected: UTF-8/u)).toBeTruthy();
    expect(within(dialog).getByText('risks.csv: 2 rows')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    const titleSelect = within(dialog).getByRole('combobox', { name: 'Title (required)' });
    expect(within(titleSelect).getByRole('option', { selected: true }).textContent).toBe('標題');
    const impactSelect = within(dialog).getByRole('combobox', { name: 'Impact (required)' });
    expect(within(impactSelect).getByRole('option', { selected: true }).textContent).toBe('影響');
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    const issues = await within(dialog).findByRole('region', {
      name: '1 problem to fix before importing',
    });
    expect(
      within(issues)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Row 3 · Likelihood (column “可能性”): Choose a level on the matrix.']);
    const commit = within(dialog).getByRole('button', { name: 'Import 2 risks' });
    expect(commit).toHaveProperty('disabled', true);
    await user.click(commit);
    expect(await readRisks()).toEqual([]);

    // Unmapping the likelihood is refused at the mapping step instead.
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Likelihood (required)' }),
      '— Not in the file —',
    );
    expect(within(dialog).getByRole('alert').textContent).toBe('Choose a column for: Likelihood.');
    expect(within(dialog).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });

  it('imports every row at once and says how many', async () => {
    const { user, dialog } = await openImportDialog();
    await upload(
      user,
      dialog,
      'Title,Category,Owner,Likelihood,Impact,Status\r\n' +
        'If the supplier fails then production halts,supply-chain,Lin,4,3,open\r\n' +
        'If floods close the plant then orders slip,Weather,Chen,2,5,Draft\r\n',
    );
    await goToReview(user, dialog);
    expect(await within(dialog).findByText('Every row can be imported.')).toBeTruthy();
    expect(within(dialog).getByText('New categories that will be added: Weather')).toBeTruthy();
    const preview = within(dialog).getByRole('table');
    expect(within(preview).getByText('Weather (new)')).toBeTruthy();
    expect(within(preview).getAllByText('4 × 3 = 12 (High)')).toHaveLength(2);

    await user.click(within(dialog).getByRole('button', { name: 'Import 2 risks' }));
    expect(await screen.findByText('2 risks were imported.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const risks = await readRisks();
    expect(risks.map((risk) => [risk.title, risk.owner, risk.status])).toEqual([
      ['If the supplier fails then production halts', 'Lin', 'open'],
      ['If floods close the plant then orders slip', 'Chen', 'draft'],
    ]);
    const categories = await getDatabase().riskCategories.toArray();
    expect(categories.map(({ name }) => name)).toEqual(['Weather']);
    expect(risks[1]?.categoryId).toBe(categories[0]?.id);
  });

  it('reads a Big5 file with the right Chinese text', async () => {
    const { user, dialog } = await openImportDialog();
    const text = '標題,負責人,可能性,影響\r\n若網路謠言擴散則商譽受損,陳美玲,3,4\r\n';
    await upload(user, dialog, new Uint8Array(iconv.encode(text, 'big5')));
    expect(within(dialog).getByText(/Detected: Big5/u)).toBeTruthy();
    await goToReview(user, dialog);
    await user.click(await within(dialog).findByRole('button', { name: 'Import 1 risk' }));
    await screen.findByText('1 risk was imported.');
    const [risk] = await readRisks();
    expect(risk?.title).toBe('若網路謠言擴散則商譽受損');
    expect(risk?.owner).toBe('陳美玲');
  });

  it('says when the charset is wrong and re-reads the file in the one chosen', async () => {
    const { user, dialog } = await openImportDialog();
    const text = 'title,likelihood,impact\r\n若供应商延迟出货则生产线停摆,3,4\r\n';
    await upload(user, dialog, new Uint8Array(iconv.encode(text, 'gbk')));
    const charset = within(dialog).getByRole('combobox', { name: 'Character set' });
    await user.selectOptions(charset, 'UTF-8');
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Line 2 has bytes that are not valid UTF-8. Choose another character set.',
    );
    expect(within(dialog).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    await user.selectOptions(charset, 'GBK (Simplified Chinese)');
    await goToReview(user, dialog);
    expect(
      within(await within(dialog).findByRole('table')).getByText('若供应商延迟出货则生产线停摆'),
    ).toBeTruthy();
  });

  it('refuses a file over the size limit', async () => {
    const { user, dialog } = await openImportDialog();
    await upload(user, dialog, new Uint8Array(5 * 1024 * 1024 + 1));
    expect(
      within(dialog).getByText('This file is 5.2 MB; files up to 5.2 MB can be imported.'),
    ).toBeTruthy();
  });

  it('refuses a file with too many rows or columns before its columns are mapped', async () => {
    const { user, dialog } = await openImportDialog();
    const rows = Array.from({ length: maxRiskCsvRows + 1 }, (_, index) => `Risk ${index},1,1`);
    await upload(user, dialog, `title,likelihood,impact\n${rows.join('\n')}\n`);
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'The file has more than 20,000 rows; split it into smaller files.',
    );
    expect(within(dialog).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);

    await upload(
      user,
      dialog,
      `title,likelihood,impact\nA,1,1\n${','.repeat(maxRiskCsvColumns)}\n`,
    );
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Row 3 has more than 200 columns. Check that this is the risk register, saved as CSV.',
    );
    expect(within(dialog).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });

  it('shows a failed write as a problem of the whole file, not of a row', async () => {
    const { user, dialog } = await openImportDialog();
    await upload(user, dialog, 'title,likelihood,impact\nA,1,1\nB,2,2\n');
    await goToReview(user, dialog);
    await within(dialog).findByText('Every row can be imported.');
    // The browser's storage is the boundary: make IndexedDB refuse writes as a full disk does.
    const quotaExceeded = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quotaExceeded);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);

    await user.click(within(dialog).getByRole('button', { name: 'Import 2 risks' }));
    const issues = await within(dialog).findByRole('region', {
      name: '1 problem to fix before importing',
    });
    expect(within(issues).getByRole('listitem').textContent).toBe(
      'Whole file: The change was not saved: the disk or the browser’s storage quota is full. Free some space and try again.',
    );
    vi.restoreAllMocks();
    expect(await readRisks()).toEqual([]);
  });

  it('lists names the way the UI language does', async () => {
    await saveSetting('language', 'zh-TW');
    const { user, dialog } = await openImportDialog('zh-TW');
    await upload(
      user,
      dialog,
      'title,category,likelihood,impact\nA,Weather,1,1\nB,Floods,2,2\n',
      'risks.csv',
      dialogNames['zh-TW'].file,
    );
    await goToReview(user, dialog, dialogNames['zh-TW'].next);
    expect(await within(dialog).findByText('將新增的類別：Weather和Floods')).toBeTruthy();
    expect(within(within(dialog).getByRole('table')).getAllByText('2 × 2 = 4（低）')).toHaveLength(
      2,
    );

    await user.click(within(dialog).getByRole('button', { name: '上一步' }));
    for (const field of ['可能性 （必填）', '影響 （必填）']) {
      await user.selectOptions(
        within(dialog).getByRole('combobox', { name: field }),
        '— 檔案中沒有 —',
      );
    }
    expect(within(dialog).getByRole('alert').textContent).toBe(
      '請為以下欄位選擇檔案欄：可能性和影響。',
    );
  });

  it('refuses references already in the register', async () => {
    const existing = await createValidRisk();
    const { user, dialog } = await openImportDialog();
    await upload(
      user,
      dialog,
      `reference,title,likelihood,impact\n${existing.reference},Copy,1,1\n`,
    );
    await goToReview(user, dialog);
    const issues = await within(dialog).findByRole('region', {
      name: '1 problem to fix before importing',
    });
    expect(within(issues).getByRole('listitem').textContent).toBe(
      'Row 2 · Reference (column “reference”): This reference is already used by another risk.',
    );
  });
});

describe('Risks → Export CSV', () => {
  it('saves the register as UTF-8 CSV with a BOM and neutralised formulas', async () => {
    await createValidRisk(riskInput({ title: '=HYPERLINK("http://evil")', owner: '王小明' }));
    const saved: { suggestedName: string; content: string }[] = [];
    mainProcess.responders['files:save-file'] = (payload) => {
      saved.push(payload);
      return ok({ saved: true, path: `/tmp/${payload.suggestedName}` });
    };
    const user = userEvent.setup();
    await renderApp('#/risks');
    const button = await screen.findByRole('button', { name: 'Export CSV' });
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    await user.click(button);
    await screen.findByText(
      /The risk register was saved to \/tmp\/risk-register-\d{4}-\d{2}-\d{2}\.csv\./u,
    );
    const [file] = saved;
    expect(file?.suggestedName).toMatch(/^risk-register-\d{4}-\d{2}-\d{2}\.csv$/u);
    expect(file?.content.startsWith('\uFEFFreference,title,')).toBe(true);
    const [, row] = file?.content.split('\r\n') ?? [];
    expect(row).toContain('R-0001,"\'=HYPERLINK(""http://evil"")",,supply-chain,王小明');
  });
});
