import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { declare, writePostmortem } from '../postmortemTestSupport';

useAppTestEnvironment();

/**
 * How long the search may take to settle: jsdom has no Worker, so the engine (with the Chinese
 * conversion tables) is imported in-thread on first use and indexes in time slices.
 */
const indexingTimeout = 10_000;

/** Waits until the status line (the live region) says `text`. */
async function waitForStatus(text: string): Promise<void> {
  await waitFor(
    () => expect(within(screen.getByRole('main')).getByRole('status').textContent).toBe(text),
    {
      timeout: indexingTimeout,
    },
  );
}

/** The body rows of the incident table, each as the text of its first two cells. */
function tableRows(): string[] {
  const table = screen.getByRole('table', {
    name: 'Incidents and their postmortems, newest first',
  });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row).getAllByRole('cell');
      return `${cells[0]?.textContent ?? ''} ${cells[1]?.textContent ?? ''}`;
    });
}

const day = (date: number) => Date.UTC(2026, 2, date, 4, 0);

/** A breach with a Traditional Chinese postmortem, a rumour, and a drill. */
async function seed() {
  const breach = await declare('會員資料外洩', day(2), {
    tags: ['個資'],
    summary: '客服系統遭入侵。',
  });
  const postmortem = await writePostmortem(breach, {
    lessons: [
      { id: 'lesson-1', text: '供應商合約須載明通報時限' },
      { id: 'lesson-2', text: 'Keep the vendor hotline in the SOP' },
    ],
  });
  const rumour = await declare('Fake recall rumour', day(5), {
    crisisTypeId: 'rumour',
    severityId: 'sev-3',
  });
  const drill = await declare('Tabletop: breach', day(7), { isExercise: true });
  return { breach, postmortem, rumour, drill };
}

describe('crisis-event database', { timeout: 20_000 }, () => {
  it('says what it will hold while nothing has been recorded', async () => {
    await renderApp('#/postmortems');
    expect(
      await screen.findByText('No incidents or postmortems have been recorded yet.'),
    ).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('lists every real incident newest first with its postmortem, and filters narrow the list', async () => {
    const user = userEvent.setup();
    const { postmortem } = await seed();
    await renderApp('#/postmortems');
    await screen.findByRole('table', { name: 'Incidents and their postmortems, newest first' });
    expect(tableRows()).toEqual(['INC-0002 Fake recall rumour', 'INC-0001 會員資料外洩']);
    const postmortemLink = screen.getByRole('link', { name: 'PM-0001' });
    expect(postmortemLink.getAttribute('href')).toBe(`#/postmortems/${postmortem.id}`);
    expect(screen.getByText('Draft')).toBeTruthy();
    expect(screen.getByText('None yet')).toBeTruthy();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Crisis type' }),
      'Rumours and fake news',
    );
    expect(tableRows()).toEqual(['INC-0002 Fake recall rumour']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), '個資');
    await waitForStatus('No incidents match these filters.');
    expect(screen.queryByRole('table')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(tableRows()).toHaveLength(2);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Severity' }),
      'SEV 3 · Moderate',
    );
    expect(tableRows()).toEqual(['INC-0002 Fake recall rumour']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Exercises' }), 'Only exercises');
    expect(tableRows()).toEqual(['INC-0003 Tabletop: breach Exercise']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Exercises' }),
      'Include exercises',
    );
    expect(tableRows()).toHaveLength(3);

    await user.type(screen.getByLabelText('Detected from'), '2026-03-04');
    expect(tableRows()).toEqual([
      'INC-0003 Tabletop: breach Exercise',
      'INC-0002 Fake recall rumour',
    ]);
    await user.type(screen.getByLabelText('Detected to'), '2026-03-03');
    expect(
      screen.getByText('The “Detected to” date is before the “Detected from” date.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Detected to').getAttribute('aria-invalid')).toBe('true');
  });

  it('finds a postmortem by a Chinese lesson word in the other script, marked in the snippet', async () => {
    const user = userEvent.setup();
    const { postmortem } = await seed();
    await renderApp('#/postmortems');
    const box = await screen.findByRole('searchbox', { name: 'Search incidents and postmortems' });
    await user.type(box, '通报时限');
    await waitForStatus('1 result');
    const results = screen.getByRole('list', { name: 'Search results' });
    const link = within(results).getByRole('link', { name: 'PM-0001 · 會員資料外洩' });
    expect(link.getAttribute('href')).toBe(`#/postmortems/${postmortem.id}`);
    expect(within(results).getByText('通報時限').tagName).toBe('MARK');
    expect(within(results).getByText(/Postmortem of INC-0001/u)).toBeTruthy();

    // The postmortem hit is filtered by its incident's crisis type.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Crisis type' }),
      'Rumours and fake news',
    );
    await waitForStatus('Nothing matches “通报时限” with these filters.');
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
  });

  it('links incident hits to the incident and says when nothing matches', async () => {
    const user = userEvent.setup();
    const { rumour } = await seed();
    await renderApp('#/postmortems');
    const box = await screen.findByRole('searchbox', { name: 'Search incidents and postmortems' });
    await user.type(box, 'recall');
    await waitForStatus('1 result');
    expect(
      screen.getByRole('link', { name: 'INC-0002 · Fake recall rumour' }).getAttribute('href'),
    ).toBe(`#/incidents/${rumour.id}`);
    // The drill matches "tabletop", but exercises are left out by default.
    await user.clear(box);
    await user.type(box, 'tabletop');
    await waitForStatus('Nothing matches “tabletop” with these filters.');
    await user.clear(box);
    await user.type(box, 'zebra');
    await waitForStatus('Nothing matches “zebra”.');
  });
});
