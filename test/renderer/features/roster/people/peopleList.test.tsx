import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { assignRole } from '../../../../../renderer/src/features/roster/rosterCommands';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidPerson, hourMs } from './peopleTestSupport';

useAppTestEnvironment();

/** The people table, once it has rendered. */
async function peopleTable(): Promise<HTMLElement> {
  return screen.findByRole('table', { name: 'Crisis team members' });
}

/** The person names in the table's rows, top to bottom. */
function shownNames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
}

/** The table row of the person whose name is `name`. */
function rowOf(table: HTMLElement, name: string): HTMLElement {
  const link = within(table).getByRole('link', { name });
  const row = link.closest('tr');
  if (row === null) {
    throw new Error(`no row for ${name}`);
  }
  return row;
}

describe('People list', () => {
  it('says the roster is empty and what to do about it', async () => {
    await renderApp('#/roster');
    expect(
      await screen.findByRole('heading', { name: 'No one is in the crisis team yet' }),
    ).toBeTruthy();
    expect(
      screen.getByText('Add a person, or import people from a vCard (.vcf) or CSV file.'),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('searchbox', { name: 'Filter people' })).toBeNull();
  });

  it('lists people by name, with their other name, and sorts by a column on request', async () => {
    await createValidPerson({ name: 'Lin Yu', department: 'Legal', title: 'Counsel' });
    await createValidPerson({
      name: 'Chen Mei',
      otherName: '陳美',
      department: 'Communications',
      title: 'Head of PR',
    });
    await createValidPerson({ name: 'Wang Hao', department: 'Operations' });
    const user = userEvent.setup();
    await renderApp('#/roster');
    const table = await peopleTable();

    expect(shownNames(table)).toEqual(['Chen Mei', 'Lin Yu', 'Wang Hao']);
    expect(rowOf(table, 'Chen Mei').textContent).toContain('陳美');
    expect(rowOf(table, 'Chen Mei').textContent).toContain('Head of PR');
    const chen = within(table).getByRole('link', { name: 'Chen Mei' });
    expect(chen.getAttribute('href')).toMatch(/^#\/roster\/people\/[\w-]+$/u);
    expect(screen.getByText('Showing 3 of 3 people.')).toBeTruthy();

    const nameHeader = within(table).getByRole('columnheader', { name: /^Name/u });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(shownNames(table)).toEqual(['Wang Hao', 'Lin Yu', 'Chen Mei']);

    await user.click(within(table).getByRole('button', { name: /^Department/u }));
    expect(shownNames(table)).toEqual(['Chen Mei', 'Lin Yu', 'Wang Hao']);
    await user.click(within(table).getByRole('button', { name: /^Department/u }));
    expect(shownNames(table)).toEqual(['Wang Hao', 'Lin Yu', 'Chen Mei']);
  });

  it('filters by name, other name, title and department, and says when nobody matches', async () => {
    await createValidPerson({ name: '王小明', otherName: 'Ming Wang', department: 'Legal' });
    await createValidPerson({ name: 'Chen Mei', title: 'Spokesperson', department: 'PR' });
    await createValidPerson({ name: 'Lin Yu', department: 'Operations' });
    const user = userEvent.setup();
    await renderApp('#/roster');
    const table = await peopleTable();
    const filter = screen.getByRole('searchbox', { name: 'Filter people' });

    await user.type(filter, 'ming');
    expect(shownNames(table)).toEqual(['王小明']);
    expect(screen.getByText('Showing 1 of 3 people.')).toBeTruthy();

    await user.clear(filter);
    // Full-width letters typed by a Chinese input method match too.
    await user.type(filter, 'ＳＰＯＫＥＳ');
    expect(shownNames(table)).toEqual(['Chen Mei']);

    await user.clear(filter);
    await user.type(filter, 'operations');
    expect(shownNames(table)).toEqual(['Lin Yu']);

    await user.clear(filter);
    await user.type(filter, 'nobody here');
    expect(screen.getByText('Nobody matches “nobody here”.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(shownNames(await peopleTable())).toHaveLength(3);
    expect(filter).toHaveProperty('value', '');
  });

  it('shows who is away now, the roles each holds and their qualification alerts', async () => {
    const now = Date.now();
    const away = await createValidPerson({
      name: 'Lin Yu',
      phones: [{ kind: 'mobile', number: '+886 912 345 678' }],
      availability: {
        workingHours: null,
        absences: [
          { id: 'trip', start: now - hourMs, end: now + 2 * hourMs, reason: 'travel', note: '' },
        ],
      },
      qualifications: [
        {
          id: 'training',
          typeId: 'media-training',
          awardedOn: '2018-01-01',
          expiresOn: '2020-01-01',
          note: '',
        },
      ],
    });
    const present = await createValidPerson({ name: 'Chen Mei' });
    await assignRole('spokesperson', {
      primaryPersonId: away.id,
      backupPersonIds: [present.id],
    });
    await renderApp('#/roster');
    const table = await peopleTable();

    const awayRow = rowOf(table, 'Lin Yu');
    expect(awayRow.textContent).toMatch(/Unavailable until .+ \(Travelling\)/u);
    expect(awayRow.textContent).toContain('Spokesperson · Primary');
    // Qualification type names come from their own query, which may land after the table.
    await waitFor(() => expect(awayRow.textContent).toContain('Media training: Expired'));
    expect(
      within(awayRow).getByRole('button', {
        name: 'Call Lin Yu, Mobile: +886 912 345 678',
      }),
    ).toBeTruthy();

    const presentRow = rowOf(table, 'Chen Mei');
    expect(presentRow.textContent).toContain('Available');
    expect(presentRow.textContent).not.toContain('Unavailable');
    expect(presentRow.textContent).toContain('Spokesperson · Backup 1');

    // Who can be called now comes first when sorting by availability.
    const user = userEvent.setup();
    await user.click(within(table).getByRole('button', { name: /^Availability now/u }));
    await waitFor(() => expect(shownNames(table)).toEqual(['Chen Mei', 'Lin Yu']));
    await user.click(within(table).getByRole('button', { name: /^Availability now/u }));
    expect(shownNames(table)).toEqual(['Lin Yu', 'Chen Mei']);
  });
});
