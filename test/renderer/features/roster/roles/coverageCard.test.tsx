import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  assignRole,
  updateRoleSettings,
} from '../../../../../renderer/src/features/roster/rosterCommands';
import { builtInRoles } from '../../../../../shared/domain/roster/crisisRoles';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidPerson } from './rolesTestSupport';

useAppTestEnvironment();

/** The Dashboard's coverage card. */
async function card(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Crisis team coverage' });
}

/** The count shown under a label of the card ("Roles not covered"). */
function countOf(region: HTMLElement, label: string): string {
  const term = within(region).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

/** The uncovered roles the card lists, each as "role — first problem". */
function listedRoles(region: HTMLElement): string[] {
  const list = within(region).queryByRole('list', { name: 'Roles not covered' });
  return list === null
    ? []
    : within(list)
        .getAllByRole('listitem')
        .map((item) => [...item.children].map((child) => child.textContent ?? '').join(' — '));
}

describe('Dashboard → Crisis team coverage', () => {
  it('says the roster is empty and links to it', async () => {
    await renderApp('#/dashboard');
    const region = await card();
    expect(
      await within(region).findByText('Nobody is in the crisis team roster yet.'),
    ).toBeTruthy();
    expect(
      within(region).getByRole('link', { name: 'Add people to the roster' }).getAttribute('href'),
    ).toBe('#/roster');
    expect(within(region).queryByRole('link', { name: 'Open coverage' })).toBeNull();
  });

  it('counts uncovered roles and roles needing attention, live', async () => {
    const ana = await createValidPerson('Ana Lee');
    const mei = await createValidPerson('Chen Mei', {
      qualifications: [
        { id: 'q-1', typeId: 'media-training', awardedOn: null, expiresOn: null, note: '' },
      ],
    });
    await renderApp('#/dashboard');
    const region = await card();
    await waitFor(() => expect(countOf(region, 'Roles not covered')).toBe('7'));
    expect(countOf(region, 'Roles needing attention')).toBe('0');
    expect(listedRoles(region)).toEqual([
      'Crisis commander — No primary holder',
      'Deputy commander — No primary holder',
      'Spokesperson — No primary holder',
      'Legal counsel — No primary holder',
      'Public relations — No primary holder',
      'Customer service — No primary holder',
      'Scribe — No primary holder',
    ]);
    expect(within(region).getByRole('link', { name: 'Open coverage' }).getAttribute('href')).toBe(
      '#/roster/coverage',
    );

    // Staffed, but the backup lacks the training the role requires: covered, needs attention.
    expect(
      (
        await updateRoleSettings('spokesperson', {
          name: '',
          description: '',
          isRequired: true,
          requiredQualificationTypeId: 'media-training',
        })
      ).ok,
    ).toBe(true);
    expect(
      (await assignRole('spokesperson', { primaryPersonId: mei.id, backupPersonIds: [ana.id] })).ok,
    ).toBe(true);
    // Only a primary: still not covered, with the next problem first.
    expect((await assignRole('scribe', { primaryPersonId: ana.id, backupPersonIds: [] })).ok).toBe(
      true,
    );
    await waitFor(() => expect(listedRoles(region)).toContain('Scribe — No backup'));
    expect(countOf(region, 'Roles not covered')).toBe('6');
    expect(countOf(region, 'Roles needing attention')).toBe('1');
    expect(listedRoles(region).some((entry) => entry.startsWith('Spokesperson'))).toBe(false);
  });

  it('says when every role is covered, and opens the coverage check', async () => {
    const ana = await createValidPerson('Ana Lee');
    const mei = await createValidPerson('Chen Mei');
    for (const role of builtInRoles.filter(({ isRequired }) => isRequired)) {
      expect(
        (await assignRole(role.id, { primaryPersonId: ana.id, backupPersonIds: [mei.id] })).ok,
      ).toBe(true);
    }
    const user = userEvent.setup();
    await renderApp('#/dashboard');
    const region = await card();
    expect(await within(region).findByText('Every crisis role is covered.')).toBeTruthy();
    expect(countOf(region, 'Roles not covered')).toBe('0');
    expect(listedRoles(region)).toEqual([]);

    await user.click(within(region).getByRole('link', { name: 'Open coverage' }));
    expect(await screen.findByText('All 12 roles are covered.')).toBeTruthy();
  });
});
