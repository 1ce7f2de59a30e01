import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActionItemsView } from '../../../../../renderer/src/features/postmortems/actions/ActionItemsView';
import { useAppTestEnvironment } from '../../../support/renderApp';
import { createValidPerson } from '../../roster/people/peopleTestSupport';
import { renderWithApp, seedDraftPostmortem, seedItem } from './actionItemsTestSupport';

/** The titles of the rows the table shows, in order. */
function shownTitles(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');
}

describe('ActionItemsView', { timeout: 20_000 }, () => {
  useAppTestEnvironment();

  it('says what the list is for while no postmortem has action items', async () => {
    await renderWithApp(<ActionItemsView />, '#/postmortems/actions');
    expect(await screen.findByRole('heading', { name: 'No action items yet' })).toBeDefined();
  });

  it('counts open items by owner and filters by status, owner and type', async () => {
    const owner = await createValidPerson({ name: 'Chen Mei' });
    const postmortem = await seedDraftPostmortem();
    await seedItem(postmortem.id, {
      title: 'Overdue script',
      dueOn: '2020-01-01',
      ownerPersonId: owner.id,
    });
    await seedItem(postmortem.id, {
      title: 'Train the desk',
      type: 'training',
      ownerPersonId: owner.id,
    });
    await seedItem(postmortem.id, { title: 'Unowned fix' });
    await seedItem(postmortem.id, { title: 'Done already', status: 'done' });
    const user = userEvent.setup();
    await renderWithApp(<ActionItemsView />, '#/postmortems/actions');

    const byOwner = await screen.findByRole('region', { name: 'Open action items by owner' });
    const owners = within(byOwner).getAllByRole('listitem');
    expect(owners.map((entry) => entry.textContent)).toEqual([
      'Chen Mei 2 open⚠ 1 overdue',
      'No owner 1 open',
    ]);

    const table = await screen.findByRole('table', { name: 'Action items across postmortems' });
    // Open by default, in follow-up order: overdue first.
    expect(shownTitles(table)).toEqual(['Overdue script', 'Train the desk', 'Unowned fix']);
    const [firstRow] = within(table).getAllByRole('row').slice(1);
    if (firstRow === undefined) throw new Error('no row');
    expect(within(firstRow).getByRole('link', { name: postmortem.reference })).toBeDefined();
    expect(within(firstRow).getByRole('link', { name: /Member data leak/ })).toBeDefined();
    expect(within(firstRow).getByText(/^Overdue by \d+ days$/)).toBeDefined();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Overdue');
    await waitFor(() => expect(shownTitles(table)).toEqual(['Overdue script']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'All');
    await waitFor(() => expect(shownTitles(table)).toHaveLength(4));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'No owner');
    await waitFor(() => expect(shownTitles(table)).toEqual(['Unowned fix', 'Done already']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Chen Mei');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Training');
    await waitFor(() => expect(shownTitles(table)).toEqual(['Train the desk']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Prevent');
    expect(await screen.findByText('No action item matches these filters.')).toBeDefined();
  });
});
