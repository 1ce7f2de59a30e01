import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { saveView } from '../../../../renderer/src/features/risks/riskCommands';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { createValidRisk, resetRegisterScreen, riskInput } from './riskTestSupport';

useAppTestEnvironment();

beforeEach(resetRegisterScreen);

const rumour = 'If a rumour spreads on PTT, then sales drop';
const supplier = 'If the sole chip supplier stops shipping, then production halts';
const breach = 'If customer data leaks, then regulators fine us';

/**
 * Three risks, created in this order (R-0001 … R-0003): a critical rumour risk (4 × 5), a medium
 * supply-chain one (2 × 3) and a high data-breach draft (3 × 4) without owner whose review is
 * long overdue.
 */
async function seedRisks() {
  await createValidRisk(
    riskInput({
      title: rumour,
      categoryId: 'rumour',
      owner: 'Mei-Ling Chen',
      inherent: { likelihood: 4, impact: 5, dimensions: {} },
    }),
  );
  await createValidRisk(riskInput({ title: supplier, owner: 'Procurement' }));
  await createValidRisk(
    riskInput({
      title: breach,
      categoryId: 'data-breach',
      owner: '',
      status: 'draft',
      inherent: { likelihood: 3, impact: 4, dimensions: {} },
      lastReviewedOn: '2020-01-02',
    }),
  );
}

async function openRegister() {
  const user = userEvent.setup();
  await renderApp('#/risks');
  const table = await screen.findByRole('table', { name: 'Risk register' });
  await waitFor(() => expect(titles()).toHaveLength(3));
  return { user, table };
}

/** The titles of the risk rows shown, top to bottom. */
function titles(): string[] {
  const table = screen.queryByRole('table', { name: 'Risk register' });
  if (table === null) return [];
  return within(table)
    .queryAllByRole('link')
    .map((link) => link.textContent ?? '');
}

function columnHeaders(): string[] {
  return within(screen.getByRole('table', { name: 'Risk register' }))
    .getAllByRole('columnheader')
    .map((header) => header.textContent?.replace(/[▲▼]/gu, '').trim() ?? '');
}

describe('Risks → Register', () => {
  it('lists every risk with its scores, links and review flags, and counts them', async () => {
    await seedRisks();
    const { table } = await openRegister();
    expect(titles()).toEqual([rumour, supplier, breach]);
    expect(columnHeaders()).toEqual([
      'Reference',
      'Title',
      'Category',
      'Owner',
      'Status',
      'Inherent score',
      'Current score',
      'Target score',
      'Treatment',
      'Next review',
      'Confidence',
      'Acceptance',
    ]);
    expect(screen.getByText('Showing 3 of 3 risks').getAttribute('role')).toBe('status');
    expect(table.getAttribute('aria-rowcount')).toBe('4');
    const rumourLink = within(table).getByRole('link', { name: rumour });
    const rumourRow = rumourLink.closest('tr') as HTMLElement;
    expect(rumourLink.getAttribute('href')).toMatch(/^#\/risks\/[\w-]+$/u);
    expect(within(rumourRow).getByText('R-0001')).toBeTruthy();
    expect(within(rumourRow).getByText('Rumour and fake news')).toBeTruthy();
    expect(within(rumourRow).getAllByText('Critical')).toHaveLength(3);
    const breachRow = within(table)
      .getByRole('link', { name: breach })
      .closest('tr') as HTMLElement;
    expect(within(breachRow).getByText('No owner')).toBeTruthy();
    expect(within(breachRow).getByText(/^Review overdue by \d+ days$/u)).toBeTruthy();
    expect(within(rumourRow).queryByText(/Review overdue/u)).toBeNull();
  });

  it('sorts by a column from its header, announcing the direction', async () => {
    await seedRisks();
    const { user } = await openRegister();
    const header = () => screen.getByRole('columnheader', { name: /Current score/u });
    expect(header().getAttribute('aria-sort')).toBe('none');

    await user.click(screen.getByRole('button', { name: 'Current score' }));
    await waitFor(() => expect(titles()).toEqual([rumour, breach, supplier]));
    expect(header().getAttribute('aria-sort')).toBe('descending');

    await user.click(screen.getByRole('button', { name: 'Current score' }));
    await waitFor(() => expect(titles()).toEqual([supplier, breach, rumour]));
    expect(header().getAttribute('aria-sort')).toBe('ascending');

    screen.getByRole('button', { name: 'Title' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(titles()).toEqual([rumour, breach, supplier]));
    expect(header().getAttribute('aria-sort')).toBe('none');
  });

  it('filters by category, level, owner, status, overdue and text, and clears the filters', async () => {
    await seedRisks();
    const { user } = await openRegister();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Supply chain');
    await waitFor(() => expect(titles()).toEqual([supplier]));
    expect(screen.getByText('Showing 1 of 3 risks')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'All categories');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Level (current score)' }),
      'Critical',
    );
    await waitFor(() => expect(titles()).toEqual([rumour]));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Level (current score)' }),
      'All levels',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Procurement');
    await waitFor(() => expect(titles()).toEqual([supplier]));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'No owner');
    await waitFor(() => expect(titles()).toEqual([breach]));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'All owners');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Draft');
    await waitFor(() => expect(titles()).toEqual([breach]));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All statuses');

    await user.click(
      screen.getByRole('checkbox', { name: 'Only overdue reviews and expired acceptances' }),
    );
    await waitFor(() => expect(titles()).toEqual([breach]));
    await user.click(
      screen.getByRole('checkbox', { name: 'Only overdue reviews and expired acceptances' }),
    );

    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'CHIP');
    await waitFor(() => expect(titles()).toEqual([supplier]));
    await user.clear(search);
    await user.type(search, 'r-0001');
    await waitFor(() => expect(titles()).toEqual([rumour]));
    await user.clear(search);
    await user.type(search, 'mei-ling');
    await waitFor(() => expect(titles()).toEqual([rumour]));

    await user.type(search, ' nobody');
    expect(await screen.findByText('No risk matches these filters.')).toBeTruthy();
    expect(screen.getByText('Showing 0 of 3 risks')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(titles()).toEqual([rumour, supplier, breach]));
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search' }).value).toBe('');
  });

  it('groups rows under headers that count them and collapse', async () => {
    await seedRisks();
    await createValidRisk(
      riskInput({
        title: 'If a competitor files a patent suit, then launch slips',
        categoryId: 'legal-regulatory',
        owner: 'Procurement',
        inherent: { likelihood: 1, impact: 2, dimensions: {} },
      }),
    );
    const user = userEvent.setup();
    await renderApp('#/risks');
    await waitFor(() => expect(titles()).toHaveLength(4));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Owner');
    const procurement = await screen.findByRole('button', {
      name: /Owner: Procurement \(2 risks\)/u,
    });
    expect(screen.getByRole('button', { name: /Owner: Mei-Ling Chen \(1 risk\)/u })).toBeTruthy();
    expect(screen.getByRole('button', { name: /No owner \(1 risk\)/u })).toBeTruthy();
    expect(procurement.getAttribute('aria-expanded')).toBe('true');
    expect(titles()).toHaveLength(4);

    await user.click(procurement);
    await waitFor(() => expect(titles()).toEqual([rumour, breach]));
    expect(procurement.getAttribute('aria-expanded')).toBe('false');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Group by' }),
      'Level (current score)',
    );
    const groups = within(screen.getByRole('table', { name: 'Risk register' }))
      .getAllByRole('button', { name: /^Level:/u })
      .map((button) => button.textContent?.replace(/^[▸▾]\s*/u, ''));
    expect(groups).toEqual([
      'Level: Critical (1 risk)',
      'Level: High (1 risk)',
      'Level: Medium (1 risk)',
      'Level: Low (1 risk)',
    ]);
  });

  it('hides and shows columns from the columns menu', async () => {
    await seedRisks();
    const { user } = await openRegister();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const owner = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Owner' });
    expect(owner.checked).toBe(true);
    expect(screen.queryByRole('checkbox', { name: 'Title' })).toBeNull();

    await user.click(owner);
    await waitFor(() => expect(columnHeaders()).not.toContain('Owner'));
    expect(screen.queryByText('Mei-Ling Chen', { selector: 'td' })).toBeNull();
    expect(columnHeaders()).toContain('Category');

    await user.click(screen.getByRole('checkbox', { name: 'Owner' }));
    await waitFor(() => expect(columnHeaders()).toContain('Owner'));
    expect(screen.getByText('Mei-Ling Chen', { selector: 'td' })).toBeTruthy();
  });

  it('saves a view and applies it again', async () => {
    await seedRisks();
    const { user } = await openRegister();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Level (current score)' }),
      'Critical',
    );
    await user.click(screen.getByRole('button', { name: 'Current score' }));
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Treatment' }));
    await user.type(screen.getByRole('textbox', { name: 'View name' }), 'Critical only');
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(await screen.findByText('View “Critical only” saved.')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Treatment' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Level (current score)' }),
      'All levels',
    );
    await waitFor(() => expect(titles()).toHaveLength(3));

    const picker = screen.getByRole('combobox', { name: 'Saved view' });
    await user.selectOptions(picker, 'Choose a saved view');
    await user.selectOptions(picker, 'Critical only');
    await waitFor(() => expect(titles()).toEqual([rumour]));
    expect(columnHeaders()).not.toContain('Treatment');
    expect(
      screen.getByRole('columnheader', { name: /Current score/u }).getAttribute('aria-sort'),
    ).toBe('descending');
  });

  it('ignores a saved view it cannot read, with a notice, and deletes it after confirming', async () => {
    await seedRisks();
    const saved = await saveView('risks', 'From an old version', {
      version: 0,
      filters: { level: 'critical' },
    });
    expect(saved.ok).toBe(true);
    const { user } = await openRegister();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Draft');
    await waitFor(() => expect(titles()).toEqual([breach]));

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Saved view' }),
      'From an old version',
    );
    expect(
      await screen.findByText(
        'The saved view “From an old version” could not be read (it may come from another version of the app), so it was not applied.',
      ),
    ).toBeTruthy();
    expect(titles()).toEqual([breach]);

    await user.click(screen.getByRole('button', { name: 'Delete view' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this saved view?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete view' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('combobox', { name: 'Saved view' })).queryByRole('option', {
          name: 'From an old version',
        }),
      ).toBeNull(),
    );
    expect(await getDatabase().savedViews.count()).toBe(0);
  });

  it('keeps filters, sort and grouping after visiting another page', async () => {
    await seedRisks();
    const { user } = await openRegister();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Procurement');
    await waitFor(() => expect(titles()).toEqual([supplier]));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Status');
    await user.click(screen.getByRole('button', { name: 'Title' }));

    await user.click(screen.getByRole('link', { name: 'Heat map' }));
    await screen.findByRole('heading', { name: 'Heat map', level: 2 });
    expect(screen.queryByRole('table', { name: 'Risk register' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Register' }));
    await waitFor(() => expect(titles()).toEqual([supplier]));
    expect(screen.getByRole('button', { name: /Status: Open \(1 risk\)/u })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Title/u }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(
      screen.getByRole<HTMLSelectElement>('combobox', { name: 'Owner' }).selectedOptions[0]
        ?.textContent,
    ).toBe('Procurement');
  });

  it('says when there are no risks yet and offers to add or import some', async () => {
    await renderApp('#/risks');
    expect(await screen.findByRole('heading', { name: 'No risks yet' })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Risk register' })).toBeNull();
    expect(screen.getByRole('button', { name: /new risk/iu })).toBeTruthy();
    expect(screen.getByRole('button', { name: /import/iu })).toBeTruthy();
  });
});
