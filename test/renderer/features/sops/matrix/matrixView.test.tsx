import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readCommMatrixCells } from '../../../../../renderer/src/db/repositories/sopRepository';
import { readSetting } from '../../../../../renderer/src/db/repositories/settingsRepository';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { cellText, findMatrixTable, seedCell } from './matrixTestSupport';

useAppTestEnvironment();

describe('SOP library → communication matrix', () => {
  it('shows stakeholder groups as rows and channels as columns, and explains an empty matrix', async () => {
    await renderApp('#/sops/matrix');
    const table = await findMatrixTable();
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(columns).toEqual([
      'Stakeholder group',
      'Website',
      'Press release',
      'Social accounts',
      'LINE / WeChat / WeCom',
      'SMS',
      'Email',
      'Phone',
    ]);
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(rows).toEqual([
      'Customers',
      'Employees',
      'Media',
      'Regulators',
      'Partners',
      'Investors',
      'Public',
    ]);
    expect(within(table).getAllByRole('button', { name: /: edit$/u })).toHaveLength(49);
    expect(cellText(table, 'Media × Email: edit')).toBe('Not set');

    const empty = screen.getByRole('region', { name: 'No communication planned yet' });
    const link = within(empty).getByRole('link', { name: /starter library/u });
    expect(link.getAttribute('href')).toBe('#/sops');
  });

  it('edits a cell for every crisis type, then shows it in the grid', async () => {
    const user = userEvent.setup();
    await renderApp('#/sops/matrix');
    const table = await findMatrixTable();
    await user.click(within(table).getByRole('button', { name: 'Customers × Website: edit' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Customers × Website (Every crisis type)',
    });
    expect(within(dialog).queryByRole('button', { name: 'Clear cell' })).toBeNull();

    const target = within(dialog).getByRole('spinbutton', {
      name: 'Target in minutes after activation',
    });
    await user.type(target, '90.5');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('Enter whole minutes from 0 to 43,200 (30 days).'),
    ).toBeTruthy();
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(await readCommMatrixCells()).toEqual([]);

    await user.clear(target);
    await user.type(target, '90');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Owner role' }),
      'Customer service',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Timing' }), 'then every 4 hours');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Statement template' }),
      'Holding statement',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Banner on top.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await readCommMatrixCells()).toEqual([
      {
        id: '*|customers|website',
        crisisTypeId: null,
        stakeholderId: 'customers',
        channelId: 'website',
        ownerRoleId: 'customer-service',
        targetMinutes: 90,
        timing: 'then every 4 hours',
        templateStage: 'holding',
        note: 'Banner on top.',
      },
    ]);
    await waitFor(() =>
      expect(cellText(table, 'Customers × Website: edit')).toBe(
        'Customer servicewithin 1 h 30 min, then every 4 hoursHolding statement',
      ),
    );
    expect(screen.queryByRole('region', { name: 'No communication planned yet' })).toBeNull();
  });

  it('marks cells a crisis type takes from every crisis type, and saves an edit as the type’s own', async () => {
    await seedCell(null, 'media', 'press-release', {
      ownerRoleId: 'spokesperson',
      targetMinutes: 120,
      templateStage: 'first-statement',
    });
    await seedCell('data-breach', 'regulators', 'email', {
      ownerRoleId: 'legal-counsel',
      targetMinutes: 30,
      templateStage: null,
    });
    const user = userEvent.setup();
    await renderApp('#/sops/matrix');
    await findMatrixTable();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Crisis type' }),
      'Data breach or security incident',
    );
    const table = await screen.findByRole('table', {
      name: 'Communication matrix for Data breach or security incident: stakeholder groups by channel',
    });
    expect(cellText(table, 'Media × Press release: edit')).toBe(
      'Spokespersonwithin 2 hFirst statement(from every crisis type)',
    );
    expect(cellText(table, 'Regulators × Email: edit')).toBe('Legal counselwithin 30 min');
    expect(
      screen.getByText('Set for Data breach or security incident: 1 · From every crisis type: 1'),
    ).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: 'Media × Press release: edit' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Media × Press release (Data breach or security incident)',
    });
    expect(within(dialog).getByText(/This cell comes from “Every crisis type”/u)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Clear cell' })).toBeNull();
    const target = within(dialog).getByRole('spinbutton', {
      name: 'Target in minutes after activation',
    });
    expect((target as HTMLInputElement).value).toBe('120');
    await user.clear(target);
    await user.type(target, '45');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(cellText(table, 'Media × Press release: edit')).toBe(
        'Spokespersonwithin 45 minFirst statement',
      ),
    );
    const stored = await readCommMatrixCells();
    expect(stored.map((cell) => [cell.id, cell.targetMinutes]).sort()).toEqual([
      ['*|media|press-release', 120],
      ['data-breach|media|press-release', 45],
      ['data-breach|regulators|email', 30],
    ]);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Crisis type' }),
      'Rumours and fake news',
    );
    const rumourTable = await screen.findByRole('table', { name: /Rumours/u });
    expect(cellText(rumourTable, 'Media × Press release: edit')).toBe(
      'Spokespersonwithin 2 hFirst statement(from every crisis type)',
    );
    expect(cellText(rumourTable, 'Regulators × Email: edit')).toBe('Not set');
  });

  it('clears a cell, and Undo on the notice brings it back', async () => {
    await seedCell(null, 'employees', 'email', { timing: 'daily at 9:00' });
    const user = userEvent.setup();
    await renderApp('#/sops/matrix');
    const table = await findMatrixTable();
    expect(cellText(table, 'Employees × Email: edit')).toBe(
      'Customer servicewithin 1 h, daily at 9:00Holding statement',
    );
    await user.click(within(table).getByRole('button', { name: 'Employees × Email: edit' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Employees × Email (Every crisis type)',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Clear cell' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(cellText(table, 'Employees × Email: edit')).toBe('Not set'));
    expect(await readCommMatrixCells()).toEqual([]);
    expect(await screen.findByText('The matrix cell was cleared.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(cellText(table, 'Employees × Email: edit')).toBe(
        'Customer servicewithin 1 h, daily at 9:00Holding statement',
      ),
    );
    expect((await readCommMatrixCells()).map((cell) => cell.id)).toEqual(['*|employees|email']);
  });

  it('adds a custom stakeholder group after refusing it without a name, and it becomes a row', async () => {
    const user = userEvent.setup();
    await renderApp('#/sops/matrix');
    await findMatrixTable();
    await user.click(screen.getByRole('button', { name: 'Edit stakeholder groups' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stakeholder groups' });
    await user.click(within(dialog).getByRole('button', { name: 'Add a stakeholder group' }));
    const name = within(dialog).getByRole('textbox', { name: 'Stakeholder group 8' });
    expect(document.activeElement).toBe(name);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(await readSetting('commStakeholders')).toHaveLength(7);

    await user.type(name, 'Franchisees');
    await user.click(within(dialog).getByRole('button', { name: 'Move Franchisees up' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const stored = await readSetting('commStakeholders');
    expect(stored.map((group) => group.name || group.id)).toEqual([
      'customers',
      'employees',
      'media',
      'regulators',
      'partners',
      'investors',
      'Franchisees',
      'public',
    ]);
    expect(stored[6]?.id).toMatch(/^custom-[0-9a-f-]{36}$/u);
    const table = await findMatrixTable();
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((header) => header.textContent),
      ).toEqual([
        'Customers',
        'Employees',
        'Media',
        'Regulators',
        'Partners',
        'Investors',
        'Franchisees',
        'Public',
      ]),
    );
    expect(within(table).getByRole('button', { name: 'Franchisees × Website: edit' })).toBeTruthy();
  });

  it('refuses to remove a stakeholder group that cells use, naming it, and removes an unused one', async () => {
    await seedCell('data-breach', 'investors', 'email');
    await seedCell(null, 'investors', 'phone');
    const user = userEvent.setup();
    await renderApp('#/sops/matrix');
    await findMatrixTable();
    await user.click(screen.getByRole('button', { name: 'Edit stakeholder groups' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stakeholder groups' });
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Remove Investors' }));
    await user.click(within(dialog).getByRole('button', { name: 'Remove Public' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await within(dialog).findByText(
        '“Investors” is used by 2 matrix cells, so nothing was saved. Clear those cells in the matrix first, or cancel to keep the list as it was.',
      ),
    ).toBeTruthy();
    expect((await readSetting('commStakeholders')).map((group) => group.id)).toContain('public');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Edit stakeholder groups' }));
    const again = await screen.findByRole('dialog', { name: 'Stakeholder groups' });
    await user.click(within(again).getByRole('button', { name: 'Remove Public' }));
    await user.click(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const table = await findMatrixTable();
    await waitFor(() =>
      expect(within(table).queryByRole('rowheader', { name: 'Public' })).toBeNull(),
    );
    expect((await readSetting('commStakeholders')).map((group) => group.id)).not.toContain(
      'public',
    );
  });
});
