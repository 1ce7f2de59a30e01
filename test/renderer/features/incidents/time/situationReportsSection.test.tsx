import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  readSituationReports,
  readTimeline,
} from '../../../../../renderer/src/db/repositories/incidentRepository';
import { SituationReportsSection } from '../../../../../renderer/src/features/incidents/time/SituationReportsSection';
import { useAppTestEnvironment } from '../../../support/renderApp';
import { declareTestIncident, minute, renderSection, start, travelTo } from './timeTestSupport';

useAppTestEnvironment();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

/** The section's region. */
function section(): HTMLElement {
  return screen.getByRole('region', { name: 'Situation reports' });
}

/** Opens "Write situation report". */
async function openForm(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(within(section()).getByRole('button', { name: 'Write situation report' }));
  return screen.getByRole('dialog', { name: 'Write situation report' });
}

describe('Situation reports section', { timeout: 20_000 }, () => {
  it('refuses an empty report beside its first field and writes nothing', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup({ delay: null });
    await renderSection(SituationReportsSection, incident.id);
    expect(await screen.findByText('No situation reports yet.')).toBeTruthy();

    const dialog = await openForm(user);
    await user.type(within(dialog).getByLabelText('Conditions'), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Save report' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Conditions').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(dialog.textContent).toContain('Write at least one part of the report.');
    expect(await readSituationReports(incident.id)).toEqual([]);
  });

  it('keeps every report in the history, newest first, with an update on the timeline', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup({ delay: null });
    await renderSection(SituationReportsSection, incident.id);
    expect((await screen.findByText(/^Next situation report due in/u)).textContent).toContain(
      'due in 4 hours',
    );

    let dialog = await openForm(user);
    await user.type(within(dialog).getByLabelText('Conditions'), 'Login service down for 30%');
    await user.type(within(dialog).getByLabelText('Needs'), 'A second database engineer');
    const author = within(dialog).getByLabelText('Written by');
    await user.clear(author);
    await user.type(author, 'Lin Yu');
    await user.click(within(dialog).getByRole('button', { name: 'Save report' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    travelTo(start + 10 * minute);
    dialog = await openForm(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Executive report' }));
    expect(within(dialog).queryByLabelText('Conditions')).toBeNull();
    await user.type(within(dialog).getByLabelText('Status'), 'Contained; no new exposure');
    await user.type(within(dialog).getByLabelText('Next steps'), 'Notify customers by 18:00');
    await user.click(within(dialog).getByRole('button', { name: 'Save report' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const history = within(section()).getByRole('list', { name: 'Report history, newest first' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));
    const [newest, oldest] = within(history).getAllByRole('listitem');
    expect(newest?.textContent).toContain('Executive report');
    expect(newest?.textContent).toContain('Next stepsNotify customers by 18:00');
    expect(newest?.textContent).not.toContain('Overview');
    expect(oldest?.textContent).toContain('Tactical report');
    expect(oldest?.textContent).toContain('By Lin Yu');
    expect(oldest?.textContent).toContain('ConditionsLogin service down for 30%');
    expect(oldest?.textContent).toContain('NeedsA second database engineer');
    expect(oldest?.textContent).not.toContain('Actions');

    const updates = (await readTimeline(incident.id)).filter((entry) => entry.kind === 'update');
    expect(updates.map((entry) => [entry.text, entry.author])).toEqual([
      ['Tactical report written', 'Lin Yu'],
      ['Executive report written', ''],
    ]);
    // The cadence counts from the latest report.
    expect(screen.getByText(/^Next situation report due in/u).textContent).toContain(
      'due in 4 hours',
    );
  });

  it('makes the reminder prominent once a report is overdue', async () => {
    const incident = await declareTestIncident();
    await renderSection(SituationReportsSection, incident.id);
    await screen.findByText(/^Next situation report due in/u);

    travelTo(start + 4 * 60 * minute + 25 * minute);
    const reminder = await screen.findByText(/^Situation report OVERDUE by 25 minutes/u);
    expect(reminder.closest('p')?.className).toContain('sitrep-reminder--overdue');
  });

  it('keeps an unsaved report through a reload', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup({ delay: null });
    await renderSection(SituationReportsSection, incident.id);
    await screen.findByText('No situation reports yet.');
    const dialog = await openForm(user);
    await user.type(within(dialog).getByLabelText('Actions'), 'Rotating credentials');

    cleanup();
    await renderSection(SituationReportsSection, incident.id);
    await screen.findByText('No situation reports yet.');
    const reopened = await openForm(user);
    expect(within(reopened).getByRole('status').textContent).toBe(
      'Your unsaved report was restored.',
    );
    expect(within(reopened).getByLabelText<HTMLTextAreaElement>('Actions').value).toBe(
      'Rotating credentials',
    );
  });
});
