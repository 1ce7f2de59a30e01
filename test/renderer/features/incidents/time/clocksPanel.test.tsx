import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClocksPanel } from '../../../../../renderer/src/features/incidents/time/ClocksPanel';
import { recordCommunication } from '../../../../../renderer/src/features/incidents/incidentCommands';
import { useAppTestEnvironment } from '../../../support/renderApp';
import {
  declareTestIncident,
  minute,
  renderSection,
  start,
  travelTo,
  valueOf,
} from './timeTestSupport';

const mainProcess = useAppTestEnvironment();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

/** The tile of the clock named `name`. */
function tile(name: string): HTMLElement {
  const panel = screen.getByRole('region', { name: 'Clocks' });
  return within(panel).getByRole('listitem', { name });
}

/** The notifications asked of the main process so far. */
function notifications(): unknown[] {
  return mainProcess.calls
    .filter((call) => call.channel === 'notifications:show-notification')
    .map((call) => call.payload);
}

describe('Clocks panel', { timeout: 20_000 }, () => {
  it('counts down to the first statement, then shows it met once an external statement is released', async () => {
    const incident = await declareTestIncident();
    await renderSection(ClocksPanel, incident.id);

    const firstStatement = await screen.findByRole('listitem', { name: 'First statement' });
    expect(firstStatement.textContent).toContain('Running');
    expect(firstStatement.textContent).toContain('55:00');
    expect(firstStatement.textContent).toContain('55 minutes left');
    expect(tile('Since detection').textContent).toContain('05:00');
    expect(tile('Next update').textContent).toContain('1:00:00');
    expect(tile('Next situation report').textContent).toContain('4:00:00');

    travelTo(start + 20 * minute);
    valueOf(
      await recordCommunication(
        incident.id,
        {
          audienceId: 'customers',
          channelId: 'website',
          templateId: null,
          statementId: null,
          text: 'We are investigating a possible exposure of customer data.',
          isExternal: true,
          legalApprovedBy: 'Counsel',
          spokespersonApprovedBy: null,
          releasedAt: start + 20 * minute,
        },
        'Mei Chen',
        'Holding statement released',
      ),
    );

    await waitFor(() => expect(tile('First statement').textContent).toContain('Met'));
    const met = tile('First statement');
    expect(met.className).toContain('incident-clock--met');
    expect(met.textContent).toContain('35 minutes before the target');
    expect(met.textContent).not.toContain('left');
    // The release also restarts the update cadence: the next update is an hour after it.
    expect(tile('Next update').textContent).toContain('1:00:00');
  });

  it('shows a clock overdue, in words and shape, once its due time passes', async () => {
    const incident = await declareTestIncident();
    await renderSection(ClocksPanel, incident.id);
    await screen.findByRole('listitem', { name: 'First statement' });

    travelTo(start + 50 * minute);
    await waitFor(() => expect(tile('First statement').textContent).toContain('Due soon'));

    travelTo(start + 67 * minute + 30_000);
    await waitFor(() => expect(tile('First statement').textContent).toContain('Overdue'));
    const overdue = tile('First statement');
    expect(overdue.textContent).toContain('OVERDUE by 12 minutes');
    expect(overdue.textContent).toContain('+12:30');
    expect(overdue.className).toContain('incident-clock--overdue');
    expect(tile('Next update').textContent).toContain('OVERDUE by 7 minutes');
    expect(tile('Next situation report').textContent).not.toContain('OVERDUE');
  });

  it('leaves desktop notifications to the app-wide watcher', async () => {
    const incident = await declareTestIncident();
    await renderSection(ClocksPanel, incident.id);
    await screen.findByRole('listitem', { name: 'First statement' });
    travelTo(start + 56 * minute);
    await waitFor(() => expect(tile('First statement').textContent).toContain('OVERDUE'));
    // Mounted on its own (no app shell), the panel must not notify: the watcher does, once.
    expect(notifications()).toEqual([]);
  });
});
