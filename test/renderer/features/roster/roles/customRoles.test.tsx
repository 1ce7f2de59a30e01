import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readRoles } from '../../../../../renderer/src/db/repositories/rosterRepository';
import {
  addCustomRole,
  assignRole,
  deleteCustomRole,
} from '../../../../../renderer/src/features/roster/rosterCommands';
import type { CrisisRole } from '../../../../../shared/domain/roster/crisisRoles';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidPerson, roleRegion } from './rolesTestSupport';

useAppTestEnvironment();

/** The custom roles stored. */
async function customRoles(): Promise<CrisisRole[]> {
  return (await readRoles()).filter((role) => !role.isBuiltIn);
}

/** Adds a custom role through the command; seeding data must be valid. */
async function seedCustomRole(name: string): Promise<CrisisRole> {
  const result = await addCustomRole({
    name,
    description: 'Watches the night shift.',
    isRequired: false,
    requiredQualificationTypeId: null,
  });
  if (!result.ok) {
    throw new Error(`expected a valid role, got ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

describe('Roster → Roles → custom roles', () => {
  it('adds a role after refusing one without a name', async () => {
    const user = userEvent.setup();
    await renderApp('#/roster/roles');
    await user.click(await screen.findByRole('button', { name: 'Add role' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a role' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(await customRoles()).toEqual([]);

    await user.type(name, 'Duty officer');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Night shift.');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Required qualification' }),
      'First aid',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const region = await roleRegion('Duty officer');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(region).getByText('Night shift.')).toBeTruthy();
    expect(within(region).getByText('Custom role')).toBeTruthy();
    const [stored] = await customRoles();
    expect(stored).toMatchObject({
      name: 'Duty officer',
      description: 'Night shift.',
      isRequired: true,
      requiredQualificationTypeId: 'first-aid',
    });
    expect(within(region).getByText('No primary holder')).toBeTruthy();
  });

  it('renames a custom role', async () => {
    const role = await seedCustomRole('Night watch');
    const user = userEvent.setup();
    await renderApp('#/roster/roles');
    const region = await roleRegion('Night watch');
    await user.click(within(region).getByRole('button', { name: 'Edit Night watch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the role “Night watch”' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect((name as HTMLInputElement).value).toBe('Night watch');
    await user.clear(name);
    await user.type(name, 'Shift lead');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await roleRegion('Shift lead')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Night watch' })).toBeNull();
    expect((await customRoles()).map(({ id, name: stored }) => [id, stored])).toEqual([
      [role.id, 'Shift lead'],
    ]);
  });

  it('deletes a custom role after confirming, and Undo brings it back with its holders', async () => {
    const ana = await createValidPerson('Ana Lee');
    const role = await seedCustomRole('Night watch');
    expect((await assignRole(role.id, { primaryPersonId: ana.id, backupPersonIds: [] })).ok).toBe(
      true,
    );
    const user = userEvent.setup();
    await renderApp('#/roster/roles');
    const region = await roleRegion('Night watch');

    await user.click(within(region).getByRole('button', { name: 'Delete Night watch' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete the role “Night watch”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await customRoles()).toHaveLength(1);

    await user.click(within(region).getByRole('button', { name: 'Delete Night watch' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete the role “Night watch”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete role' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Night watch' })).toBeNull());
    expect(await customRoles()).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add role' }));

    expect(await screen.findByText('The role “Night watch” was deleted.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const restored = await roleRegion('Night watch');
    expect(
      within(restored).getByRole<HTMLSelectElement>('combobox', { name: 'Primary for Night watch' })
        .value,
    ).toBe(ana.id);
    expect((await customRoles()).map(({ id }) => id)).toEqual([role.id]);
  });

  it('refuses to delete a built-in role', async () => {
    expect(await deleteCustomRole('spokesperson')).toEqual({
      ok: false,
      issues: [{ path: '', code: 'built-in-role' }],
    });
    await renderApp('#/roster/roles');
    const region = await roleRegion('Spokesperson');
    expect(within(region).queryByRole('button', { name: 'Delete Spokesperson' })).toBeNull();
    expect(within(region).queryByRole('button', { name: 'Edit Spokesperson' })).toBeNull();
  });
});
