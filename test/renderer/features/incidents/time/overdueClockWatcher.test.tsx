import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordCommunication } from '../../../../../renderer/src/features/incidents/incidentCommands';
import { ok } from '../../../../../shared/ipc/result';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { declareTestIncident, minute, start, travelTo, valueOf } from './timeTestSupport';

const mainProcess = useAppTestEnvironment();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

/** The notifications asked of the main process so far. */
function notifications(): unknown[] {
  return mainProcess.calls
    .filter((call) => call.channel === 'notifications:show-notification')
    .map((call) => call.payload);
}

/** The Dashboard's entry of the incident titled `title`, as it is now. */
function entryNow(title: string): HTMLElement {
  const card = screen.getByRole('region', { name: 'Active incidents' });
  const item = within(card).getByRole('link', { name: title }).closest('li');
  if (item === null) {
    throw new Error(`no list item around ${title}`);
  }
  return item;
}

/** The Dashboard's entry of the incident titled `title`, once it has loaded. */
async function dashboardEntry(title: string): Promise<HTMLElement> {
  const card = await screen.findByRole('region', { name: 'Active incidents' });
  const link = await within(card).findByRole('link', { name: title });
  const item = link.closest('li');
  if (item === null) {
    throw new Error(`no list item around ${title}`);
  }
  return item;
}

describe('overdue clock watcher', { timeout: 20_000 }, () => {
  it('notifies from the Dashboard, once per clock crossing into overdue', async () => {
    const incident = await declareTestIncident();
    await renderApp('#/dashboard');
    const entry = await dashboardEntry(incident.title);
    await waitFor(() => expect(entry.textContent).toContain('First statement: due'));
    expect(screen.queryByRole('region', { name: 'Clocks' })).toBeNull();
    expect(notifications()).toEqual([]);

    travelTo(start + 56 * minute);
    await waitFor(() => expect(notifications()).toHaveLength(1));
    expect(notifications()[0]).toEqual({
      title: `${incident.reference}: First statement is overdue`,
      body: expect.stringContaining('Customer data exposed — First statement was due') as unknown,
    });

    // Later readings while it stays overdue send nothing more.
    travelTo(start + 57 * minute);
    travelTo(start + 58 * minute);
    await waitFor(() =>
      expect(entryNow(incident.title).textContent).toContain(
        'First statement: OVERDUE by 3 minutes',
      ),
    );
    expect(notifications()).toHaveLength(1);

    // The next clock to cross sends its own.
    travelTo(start + 61 * minute);
    await waitFor(() => expect(notifications()).toHaveLength(2));
    expect(notifications()[1]).toMatchObject({
      title: `${incident.reference}: Next update is overdue`,
    });
  });

  it('notifies again after an update restarts the clock and it runs out again', async () => {
    const incident = await declareTestIncident();
    await renderApp('#/dashboard');
    await dashboardEntry(incident.title);
    travelTo(start + 61 * minute);
    await waitFor(() => expect(notifications()).toHaveLength(2));

    valueOf(
      await recordCommunication(
        incident.id,
        {
          audienceId: 'customers',
          channelId: 'website',
          templateId: null,
          statementId: null,
          text: 'We are investigating.',
          isExternal: true,
          legalApprovedBy: null,
          spokespersonApprovedBy: null,
          releasedAt: start + 61 * minute,
        },
        'Mei Chen',
        'Update released',
      ),
    );
    const entry = await dashboardEntry(incident.title);
    await waitFor(() => expect(entry.textContent).toContain('Next update: due'));
    travelTo(start + 122 * minute);
    await waitFor(() => expect(notifications()).toHaveLength(3));
    expect(notifications()[2]).toMatchObject({
      title: `${incident.reference}: Next update is overdue`,
    });
  });

  it('sends nothing for clocks already overdue when the app starts', async () => {
    vi.setSystemTime(start + 3 * 60 * minute);
    const incident = await declareTestIncident({ detectedAt: start });
    travelTo(start + 6 * 60 * minute);
    await renderApp('#/dashboard');
    const entry = await dashboardEntry(incident.title);
    await waitFor(() => expect(entry.textContent).toContain('First statement: OVERDUE'));
    travelTo(start + 6 * 60 * minute + minute);
    await waitFor(() =>
      expect(entryNow(incident.title).textContent).toContain('OVERDUE by 5 hours 1 minute'),
    );
    expect(notifications()).toEqual([]);
  });

  it('shows nothing extra when notifications are refused', async () => {
    mainProcess.responders['notifications:show-notification'] = () => ok({ shownBy: 'none' });
    const incident = await declareTestIncident();
    await renderApp('#/dashboard');
    await dashboardEntry(incident.title);
    travelTo(start + 56 * minute);
    await waitFor(() => expect(notifications()).toHaveLength(1));
    expect(screen.getByRole('alert', { name: 'Errors' }).textContent).toBe('');
  });
});
