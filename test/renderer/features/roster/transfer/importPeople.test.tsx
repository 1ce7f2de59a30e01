import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../../renderer/src/db/database';
import { readPeople } from '../../../../../renderer/src/db/repositories/rosterRepository';
import { createPerson } from '../../../../../renderer/src/features/roster/rosterCommands';
import { emptyPersonInput } from '../../../../../shared/domain/roster/person';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';

useAppTestEnvironment();

/** A fixture file's bytes. */
function fixture(name: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(`test/fixtures/roster/${name}`));
}

/** The lines of vCards joined with CRLF. */
function vcard(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

/** Opens the people view and the import dialog. */
async function openImportDialog() {
  const user = userEvent.setup();
  await renderApp('#/roster');
  await user.click(await screen.findByRole('button', { name: 'Import people' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import people' });
  return { user, dialog };
}

/** Picks a file in the dialog's file field. */
async function upload(
  user: ReturnType<typeof userEvent.setup>,
  dialog: HTMLElement,
  content: BlobPart,
  name: string,
) {
  const input = within(dialog).getByLabelText('vCard or CSV file');
  await user.upload(input, new File([content], name));
}

/** The names of the stored people, sorted. */
async function storedNames(): Promise<string[]> {
  return (await readPeople()).map(({ name }) => name).sort();
}

describe('Crisis team → Import people', () => {
  it('previews the people of a vCard file, writes nothing until confirmed, then adds them all', async () => {
    const { user, dialog } = await openImportDialog();
    expect(within(dialog).getByLabelText('vCard or CSV file').getAttribute('accept')).toContain(
      '.vcf',
    );
    await upload(user, dialog, fixture('team-v4.vcf'), 'team.vcf');
    expect(within(dialog).getByText('team.vcf: vCard, 3 cards')).toBeTruthy();
    expect(
      within(within(dialog).getByRole('list', { name: 'Import steps' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['File', 'Check and import']);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    expect(await within(dialog).findByText('Everyone can be imported.')).toBeTruthy();
    const preview = within(dialog).getByRole('table', { name: 'People to import' });
    expect(
      within(preview)
        .getAllByRole('rowheader')
        .map((cell) => cell.closest('tr')?.querySelector('td')?.textContent),
    ).toEqual(['陳美玲 (Mei-ling Chen)', 'David Lin', 'Sarah Wu']);
    expect(await storedNames()).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Import 3 people' }));
    expect(await screen.findByText('3 people were imported.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await storedNames()).toEqual(['David Lin', 'Sarah Wu', '陳美玲']);
    const meiling = (await readPeople()).find(({ name }) => name === '陳美玲');
    expect(meiling?.phones).toEqual([
      { kind: 'mobile', number: '+886-922-000-111' },
      { kind: 'work', number: '+886-2-5555-1234 ext. 12' },
    ]);
    expect(meiling?.timeZone).toBe('Asia/Taipei');
  });

  it('maps Chinese CSV headers, lets the user change the mapping and adds new qualification types', async () => {
    const { user, dialog } = await openImportDialog();
    await upload(user, dialog, fixture('hr-export-zh-tw.csv'), 'hr.csv');
    expect(within(dialog).getByText(/Marked in the file: UTF-8/u)).toBeTruthy();
    expect(within(dialog).getByText('hr.csv: CSV, 2 rows')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    const selected = (header: string) =>
      within(
        within(dialog).getByRole('combobox', { name: `Column “${header}” maps to` }),
      ).getByRole('option', { selected: true }).textContent;
    expect(selected('姓名')).toBe('Name');
    expect(selected('手機')).toBe('Mobile phone');
    expect(selected('電話')).toBe('Work phone');
    expect(selected('電子郵件')).toBe('Work email');
    expect(selected('微信')).toBe('WeChat');
    expect(selected('備註')).toBe('Notes');

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Column “姓名” maps to' }),
      '— Not imported —',
    );
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Choose the column with the name (or the columns with the family and given names).',
    );
    expect(within(dialog).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Column “姓名” maps to' }),
      'Name',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Column “備註” maps to' }),
      '— Not imported —',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    expect(await within(dialog).findByText('Everyone can be imported.')).toBeTruthy();
    expect(
      within(dialog).getByText('New qualification types that will be added: 無人機操作證'),
    ).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 people' }));
    await screen.findByText('2 people were imported.');
    const people = await readPeople();
    const meiling = people.find(({ name }) => name === '陳美玲');
    expect(meiling?.notes).toBe('');
    expect(meiling?.qualifications.map(({ typeId }) => typeId)).toEqual(['media-training']);
    const [added] = await getDatabase().qualificationTypes.toArray();
    expect(added?.name).toBe('無人機操作證');
    expect(added?.id).toMatch(/^custom-[0-9a-f-]{36}$/u);
    expect(people.find(({ name }) => name === '林志明')?.qualifications[0]?.typeId).toBe(added?.id);
  });

  it.each([
    ['Big5', 'big5', 'Big5 (Traditional Chinese)', '許功蓋', '發言人'],
    ['GBK', 'gbk', 'GBK (Simplified Chinese)', '许功盖', '发言人'],
  ])(
    'reads a %s CSV file with the Chinese names intact',
    async (_name, charset, label, name, title) => {
      const { user, dialog } = await openImportDialog();
      const text = `姓名,職稱,手機\r\n${name},${title},0912-345-678\r\n王小明,,0933-111-222\r\n`;
      await upload(user, dialog, new Uint8Array(iconv.encode(text, charset)), 'team.csv');
      expect(
        within(dialog).getByText(`Detected: ${label} Change it if Chinese text looks garbled.`),
      ).toBeTruthy();
      await user.click(within(dialog).getByRole('button', { name: 'Next' }));
      await user.click(within(dialog).getByRole('button', { name: 'Next' }));
      await user.click(await within(dialog).findByRole('button', { name: 'Import 2 people' }));
      await screen.findByText('2 people were imported.');
      const people = await readPeople();
      expect(people.map((person) => [person.name, person.title]).sort()).toEqual(
        [
          [name, title],
          ['王小明', ''],
        ].sort(),
      );
    },
  );

  it('refuses the whole import while one row has a problem, naming its row, field and column', async () => {
    const { user, dialog } = await openImportDialog();
    await upload(
      user,
      dialog,
      'Name,Mobile,Email\r\nLin Hui,0912-345-678,lin@example.com\r\nChen Yu,0933-111-222,chen at example\r\n',
      'team.csv',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    const issues = await within(dialog).findByRole('region', {
      name: '1 problem to fix before importing',
    });
    expect(
      within(issues)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Row 3 · Work email (column “Email”): Enter an email address such as name@example.com.',
    ]);
    expect(
      within(issues).getByText(/Nothing will be imported until every problem is fixed/u),
    ).toBeTruthy();
    const commit = within(dialog).getByRole('button', { name: 'Import 2 people' });
    expect(commit).toHaveProperty('disabled', true);
    await user.click(commit);
    expect(await storedNames()).toEqual([]);
  });

  it('refuses vCard 2.1 with the card number, before any preview', async () => {
    const { user, dialog } = await openImportDialog();
    await upload(
      user,
      dialog,
      vcard('BEGIN:VCARD', 'VERSION:2.1', 'N:Doe;John', 'TEL;CELL:0912345678', 'END:VCARD'),
      'old-phone.vcf',
    );
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Card 1 is vCard 2.1. Only vCard 3.0 and 4.0 can be imported: export the contacts again as vCard 3.0 or 4.0.',
    );
    expect(within(dialog).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });

  it('flags possible duplicates of people already in the roster and skips them unless told not to', async () => {
    const existing = await createPerson({
      ...emptyPersonInput('Asia/Taipei'),
      name: '王小明',
      phones: [{ kind: 'mobile', number: '+886 912 345 678' }],
    });
    expect(existing.ok).toBe(true);
    const { user, dialog } = await openImportDialog();
    await upload(
      user,
      dialog,
      vcard(
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:王小明',
        'TEL;VALUE=uri;TYPE=cell:tel:+886912345678',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:王小明',
        'TEL;VALUE=uri;TYPE=cell:tel:+886933000000',
        'END:VCARD',
      ),
      'team.vcf',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    const skip = await within(dialog).findByRole('checkbox', {
      name: 'Skip the 1 possible duplicate (same name and phone or email)',
    });
    expect(skip).toHaveProperty('checked', true);
    const preview = within(dialog).getByRole('table', { name: 'People to import' });
    expect(
      within(preview).getByText('Possible duplicate of 王小明, already in the roster'),
    ).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Import 1 person' })).toBeTruthy();
    await user.click(skip);
    expect(within(dialog).getByRole('button', { name: 'Import 2 people' })).toBeTruthy();
    await user.click(skip);

    await user.click(within(dialog).getByRole('button', { name: 'Import 1 person' }));
    await screen.findByText('1 person was imported.');
    const numbers = (await readPeople()).map((person) => person.phones[0]?.number).sort();
    expect(numbers).toEqual(['+886 912 345 678', '+886933000000']);
  });

  it('shows a failed write as a problem of the whole file and keeps nothing', async () => {
    const { user, dialog } = await openImportDialog();
    await upload(user, dialog, fixture('team-v4.vcf'), 'team.vcf');
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await within(dialog).findByText('Everyone can be imported.');
    // The browser's storage is the boundary: make IndexedDB refuse writes as a full disk does.
    const quotaExceeded = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quotaExceeded);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quotaExceeded);

    await user.click(within(dialog).getByRole('button', { name: 'Import 3 people' }));
    const issues = await within(dialog).findByRole('region', {
      name: '1 problem to fix before importing',
    });
    expect(within(issues).getByRole('listitem').textContent).toMatch(/^Whole file: /u);
    expect(await screen.findByText('Nothing was imported.')).toBeTruthy();
    vi.restoreAllMocks();
    expect(await storedNames()).toEqual([]);
  });
});
