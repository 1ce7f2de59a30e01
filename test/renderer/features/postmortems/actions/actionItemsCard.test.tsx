import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActionItemsCard } from '../../../../../renderer/src/features/postmortems/actions/ActionItemsCard';
import { useAppTestEnvironment } from '../../../support/renderApp';
import { createValidPerson } from '../../roster/people/peopleTestSupport';
import { renderWithApp, seedDraftPostmortem, seedItem } from './actionItemsTestSupport';

/** The count shown under `term` in the card's counts. */
function countOf(card: HTMLElement, term: string): string {
  const termElement = within(card).getByText(term, { selector: 'dt' });
  return termElement.nextElementSibling?.textContent ?? '';
}

describe('ActionItemsCard', { timeout: 20_000 }, () => {
  useAppTestEnvironment();

  it('says there are none yet before any postmortem has action items', async () => {
    await renderWithApp(<ActionItemsCard />);
    const card = await screen.findByRole('region', { name: 'Postmortem action items' });
    expect(
      await within(card).findByText('No action items yet: they are added to postmortems.'),
    ).toBeDefined();
  });

  it('counts open and overdue items and lists the most urgent with due day and owner', async () => {
    const owner = await createValidPerson({ name: 'Chen Mei' });
    const postmortem = await seedDraftPostmortem();
    await seedItem(postmortem.id, {
      title: 'Long overdue fix',
      dueOn: '2020-01-01',
      ownerPersonId: owner.id,
    });
    await seedItem(postmortem.id, { title: 'Later fix', dueOn: '2099-12-01' });
    await seedItem(postmortem.id, { title: 'Finished fix', dueOn: '2020-01-01', status: 'done' });
    await renderWithApp(<ActionItemsCard />);

    const card = await screen.findByRole('region', { name: 'Postmortem action items' });
    const list = await within(card).findByRole('list', { name: 'Most urgent action items' });
    expect(countOf(card, 'Open')).toBe('2');
    expect(countOf(card, 'Overdue')).toBe('1');
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getByRole('link').textContent)).toEqual([
      'Long overdue fix',
      'Later fix',
    ]);
    const [overdueEntry, laterEntry] = entries;
    if (overdueEntry === undefined || laterEntry === undefined) throw new Error('missing entries');
    expect(within(overdueEntry).getByText(/^Overdue by \d+ days$/)).toBeDefined();
    expect(within(overdueEntry).getByText('Chen Mei')).toBeDefined();
    expect(within(laterEntry).getByText('Due Dec 1, 2099')).toBeDefined();
    expect(within(laterEntry).getByText('No owner')).toBeDefined();
    expect(within(laterEntry).queryByText(/Overdue/)).toBeNull();
    expect(within(card).getByRole('link', { name: 'All action items' }).getAttribute('href')).toBe(
      '#/postmortems/actions',
    );
  });
});
