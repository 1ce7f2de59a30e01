import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  readRoleTenures,
  readRoles,
} from '../../../../../renderer/src/db/repositories/rosterRepository';
import { saveSetting } from '../../../../../renderer/src/db/repositories/settingsRepository';
import { assignRole } from '../../../../../renderer/src/features/roster/rosterCommands';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidPerson, optionTexts, roleRegion } from './rolesTestSupport';

useAppTestEnvironment();

/** The stored role with `id`. */
async function storedRole(id: string): Promise<CrisisRole | undefined> {
  return (await readRoles()).find((role) => role.id === id);
}

/** The names shown in a role's backup list, in order. */
function backupNames(region: HTMLElement): string[] {
  const list = within(region).queryByRole('list', { name: /^Backups of / });
  return list === null
    ? []
    : within(list)
        .getAllByRole('link')
        .map((link) => link.textContent ?? '');
}

describe('Roster → Roles', () => {
  it('assigns a primary and ordered backups, stores them and records the tenure', async () => {
    const ana = await createValidPerson('Ana Lee');
    const ming = await createValidPerson('王小明', { otherName: 'Ming Wang' });
    const mei = await createValidPerson('Chen Mei');
    const user = userEvent.setup();
    await renderApp('#/roster/roles');
    const region = await roleRegion('Spokesperson');
    expect(
      within(region).getByText(/The one voice to media and the public/u, { exact: false }),
    ).toBeTruthy();

    await user.selectOptions(
      within(region).getByRole('combobox', { name: 'Primary for Spokesperson' }),
      'Ana Lee',
    );
    const toAdd = () =>
      within(region).getByRole('combobox', { name: 'Backup to add for Spokesperson' });
    await user.selectOptions(toAdd(), '王小明 (Ming Wang)');
    await user.click(within(region).getByRole('button', { name: 'Add backup for Spokesperson' }));
    await user.selectOptions(toAdd(), 'Chen Mei');
    await user.click(within(region).getByRole('button', { name: 'Add backup for Spokesperson' }));

    await waitFor(async () => {
      const role = await storedRole('spokesperson');
      expect(role?.primaryPersonId).toBe(ana.id);
      expect(role?.backupPersonIds).toEqual([ming.id, mei.id]);
    });
    expect(backupNames(region)).toEqual(['王小明 (Ming Wang)', 'Chen Mei']);
    // Everyone holds the role now: the add controls are gone, focus is on the new backup.
    expect(
      within(region).getByText('Everyone in the roster already holds this role.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(
      within(region).getByRole('button', { name: 'Remove Backup 2 of Spokesperson' }),
    );
    const tenures = await readRoleTenures('spokesperson');
    expect(tenures).toHaveLength(1);
    expect(tenures[0]).toMatchObject({ personId: ana.id, scope: 'roster', to: null });

    await user.click(within(region).getByText('History of Spokesperson'));
    expect(await within(region).findByText(/^Ana Lee: primary since /u)).toBeTruthy();
  });

  it('closes the tenure of the old primary when the primary changes', async () => {
    const ana = await createValidPerson('Ana Lee');
    const mei = await createValidPerson('Chen Mei');
    expect(
      (await assignRole('commander', { primaryPersonId: ana.id, backupPersonIds: [] })).ok,
    ).toBe(true);
    const user = userEvent.setup();
    await renderApp('#/roster/roles');
    const region = await roleRegion('Crisis commander');
    await user.selectOptions(
      within(region).getByRole('combobox', { name: 'Primary for Crisis commander' }),
      'Chen Mei',
    );

    await waitFor(async () => expect(await readRoleTenures('commander')).toHaveLength(2));
    const [current, previous] = await readRoleTenures('commander');
    expect(current).toMatchObject({ personId: mei.id, to: null });
    expect(previous?.personId).toBe(ana.id);
    expect(previous?.to).not.toBeNull();
    await user.click(within(region).getByText('History of Crisis commander'));
    expect(await within(region).findByText(/^Chen Mei: primary since /u)).toBeTruthy();
    expect(within(region).getByText(/^Ana Lee: primary from .+ to .+/u)).toBeTruthy();
  });

  it('moves and removes backups, keeping the order of quick successive moves', async () => {
    const ana = await createValidPerson('Ana Lee');
    const ming = await createValidPerson('王小明', { otherName: 'Ming Wang' });
    const mei = await createValidPerson('Chen Mei');
    const bo = await createValidPerson('Bo Chang');
    expect(
      (
        await assignRole('spokesperson', {
          primaryPersonId: ana.id,
          backupPersonIds: [ming.id, mei.id, bo.id],
        })
      ).ok,
    ).toBe(true);
    const user = userEvent.setup();
    await renderApp('#/roster/roles');
    const region = await roleRegion('Spokesperson');
    await waitFor(() =>
      expect(backupNames(region)).toEqual(['王小明 (Ming Wang)', 'Chen Mei', 'Bo Chang']),
    );

    // The second click comes before the first write is read back: it must apply to the new order.
    await user.click(
      within(region).getByRole('button', { name: 'Move Backup 1 of Spokesperson down' }),
    );
    await user.click(
      within(region).getByRole('button', { name: 'Move Backup 2 of Spokesperson down' }),
    );
    await waitFor(async () =>
      expect((await storedRole('spokesperson'))?.backupPersonIds).toEqual([mei.id, bo.id, ming.id]),
    );
    expect(backupNames(region)).toEqual(['Chen Mei', 'Bo Chang', '王小明 (Ming Wang)']);
    // Focus followed the moved backup; at the bottom, "down" is disabled, so it is on "up".
    expect(document.activeElement).toBe(
      within(region).getByRole('button', { name: 'Move Backup 3 of Spokesperson up' }),
    );
    expect(
      within(region).getByRole<HTMLButtonElement>('button', {
        name: 'Move Backup 1 of Spokesperson up',
      }).disabled,
    ).toBe(true);

    await user.click(
      within(region).getByRole('button', { name: 'Move Backup 3 of Spokesperson up' }),
    );
    await waitFor(async () =>
      expect((await storedRole('spokesperson'))?.backupPersonIds).toEqual([mei.id, ming.id, bo.id]),
    );

    await user.click(
      within(region).getByRole('button', { name: 'Remove Backup 1 of Spokesperson' }),
    );
    await waitFor(async () =>
      expect((await storedRole('spokesperson'))?.backupPersonIds).toEqual([ming.id, bo.id]),
    );
    expect(backupNames(region)).toEqual(['王小明 (Ming Wang)', 'Bo Chang']);
    expect(document.activeElement).toBe(
      within(region).getByRole('button', { name: 'Remove Backup 1 of Spokesperson' }),
    );
    expect((await storedRole('spokesperson'))?.primaryPersonId).toBe(ana.id);
  });

  it('never offers a person twice in one role', async () => {
    const ana = await createValidPerson('Ana Lee');
    const ming = await createValidPerson('王小明', { otherName: 'Ming Wang' });
    await createValidPerson('Chen Mei');
    expect(
      (await assignRole('spokesperson', { primaryPersonId: ana.id, backupPersonIds: [ming.id] }))
        .ok,
    ).toBe(true);
    const user = userEvent.setup();
    await renderApp('#/roster/roles');
    const region = await roleRegion('Spokesperson');
    await waitFor(() => expect(backupNames(region)).toEqual(['王小明 (Ming Wang)']));

    expect(
      optionTexts(within(region).getByRole('combobox', { name: 'Backup to add for Spokesperson' })),
    ).toEqual(['Choose a person', 'Chen Mei']);
    expect(
      optionTexts(within(region).getByRole('combobox', { name: 'Primary for Spokesperson' })),
    ).toEqual(['Nobody', 'Ana Lee', 'Chen Mei']);
    // Another role offers everyone.
    const commander = await roleRegion('Crisis commander');
    expect(
      optionTexts(
        within(commander).getByRole('combobox', { name: 'Backup to add for Crisis commander' }),
      ),
    ).toEqual(['Choose a person', 'Ana Lee', 'Chen Mei', '王小明 (Ming Wang)']);

    // Adding without choosing says what to do instead of saving anything.
    await user.click(within(region).getByRole('button', { name: 'Add backup for Spokesperson' }));
    expect(within(region).getByText('Choose a person to add as a backup first.')).toBeTruthy();
    expect((await storedRole('spokesperson'))?.backupPersonIds).toEqual([ming.id]);
  });

  it('shows coverage problems beside the holders while assigning', async () => {
    const ana = await createValidPerson('Ana Lee');
    const user = userEvent.setup();
    await renderApp('#/roster/roles');
    const region = await roleRegion('Deputy commander');
    const status = within(region).getByRole('group', { name: 'Coverage of Deputy commander' });
    expect(within(status).getByText('Not covered')).toBeTruthy();
    expect(within(status).getByText('No primary holder')).toBeTruthy();

    await user.selectOptions(
      within(region).getByRole('combobox', { name: 'Primary for Deputy commander' }),
      'Ana Lee',
    );
    await waitFor(() => expect(within(status).queryByText('No primary holder')).toBeNull());
    expect(within(status).getByText('No backup')).toBeTruthy();
    expect((await storedRole('deputy-commander'))?.primaryPersonId).toBe(ana.id);
  });

  it('saves whether a role is required and the qualification it requires', async () => {
    await createValidPerson('Ana Lee');
    const user = userEvent.setup();
    await renderApp('#/roster/roles');
    const region = await roleRegion('Technical expert');
    const required = within(region).getByRole<HTMLInputElement>('checkbox', {
      name: 'Required for coverage: Technical expert',
    });
    expect(required.checked).toBe(false);
    expect(within(region).getByText(/Optional role: nobody holds it/u)).toBeTruthy();

    await user.click(required);
    expect(required.checked).toBe(true);
    await waitFor(async () =>
      expect((await storedRole('technical-expert'))?.isRequired).toBe(true),
    );
    expect(await within(region).findByText('No primary holder')).toBeTruthy();

    await user.selectOptions(
      within(region).getByRole('combobox', { name: 'Required qualification for Technical expert' }),
      'Security incident response',
    );
    await waitFor(async () =>
      expect((await storedRole('technical-expert'))?.requiredQualificationTypeId).toBe(
        'incident-response',
      ),
    );
    expect((await storedRole('technical-expert'))?.isRequired).toBe(true);
  });

  it('says the roster is empty and links to the people page', async () => {
    await renderApp('#/roster/roles');
    expect(
      await screen.findByText('Nobody is in the roster yet, so nobody can be assigned to a role.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add or import people' }).getAttribute('href')).toBe(
      '#/roster',
    );
    const region = await roleRegion('Spokesperson');
    expect(
      optionTexts(within(region).getByRole('combobox', { name: 'Primary for Spokesperson' })),
    ).toEqual(['Nobody']);
    expect(within(region).queryByRole('button', { name: /^Delete/u })).toBeNull();
  });

  it.each([
    [
      'zh-TW',
      '發言人',
      '發言人的主要負責人',
      '移除發言人的第 1 代理人',
      /對媒體與大眾的唯一窗口/u,
      /^刪除/u,
    ],
    [
      'zh-CN',
      '发言人',
      '发言人的主要负责人',
      '移除发言人的第 1 替补',
      /对媒体与公众的唯一窗口/u,
      /^删除/u,
    ],
  ] as const)(
    'speaks %s, with built-in roles named in it and no delete button',
    async (language, spokesperson, primaryLabel, removeLabel, description, deleteName) => {
      const ana = await createValidPerson('王小明');
      const mei = await createValidPerson('陳美玲');
      expect(
        (await assignRole('spokesperson', { primaryPersonId: ana.id, backupPersonIds: [mei.id] }))
          .ok,
      ).toBe(true);
      await saveSetting('language', language);
      await renderApp('#/roster/roles');
      const region = await screen.findByRole('region', { name: spokesperson });
      expect(within(region).getByRole('combobox', { name: primaryLabel })).toBeTruthy();
      expect(await within(region).findByRole('button', { name: removeLabel })).toBeTruthy();
      expect(within(region).getByText(description)).toBeTruthy();
      expect(screen.queryByRole('button', { name: deleteName })).toBeNull();
    },
  );
});
