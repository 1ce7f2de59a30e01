import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSetting } from '../../../../../renderer/src/db/repositories/settingsRepository';
import {
  addTimelineEntry,
  saveTask,
} from '../../../../../renderer/src/features/incidents/incidentCommands';
import { startSopRun } from '../../../../../renderer/src/features/sops/sopCommands';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { seedPublishedSop } from '../../sops/library/librarySupport';
import { createValidPerson } from '../../roster/people/peopleTestSupport';
import { declare, incidentInput, minuteMs, valueOf } from './warRoomTestSupport';

useAppTestEnvironment();

const start = Date.UTC(2026, 10, 22, 1, 0);

beforeEach(() => {
  // Only Date is faked: the clocks read a fixed "now", while timers and IndexedDB run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

/** A SEV 1 incident detected 90 minutes ago, with a commander and two open tasks. */
async function seededIncident() {
  const person = await createValidPerson({ name: 'Chen Mei' });
  const incident = await declare(incidentInput(start - 90 * minuteMs), [
    { roleId: 'commander', personId: person.id },
  ]);
  valueOf(
    await saveTask(incident.id, null, {
      title: 'Notify the regulator',
      ownerPersonId: person.id,
      ownerRoleId: null,
      dueAt: start - 10 * minuteMs,
      status: 'open',
      sopRunId: null,
      sopStepId: null,
      note: '',
    }),
  );
  valueOf(
    await saveTask(incident.id, null, {
      title: 'Draft the holding statement',
      ownerPersonId: null,
      ownerRoleId: 'spokesperson',
      dueAt: start + 60 * minuteMs,
      status: 'in-progress',
      sopRunId: null,
      sopStepId: null,
      note: '',
    }),
  );
  valueOf(
    await saveTask(incident.id, null, {
      title: 'Already finished',
      ownerPersonId: null,
      ownerRoleId: null,
      dueAt: null,
      status: 'done',
      sopRunId: null,
      sopStepId: null,
      note: '',
    }),
  );
  return incident;
}

/** The panel (a region) with this heading. */
function panel(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('War room', () => {
  it('shows severity, status, clocks, roles, tasks and entries, and updates live', async () => {
    const incident = await seededIncident();
    await renderApp(`#/incidents/${incident.id}/war-room`);

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'INC-0001 Customer records exposed' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(await screen.findByText('SEV 1 · Critical')).toBeTruthy();
    expect(screen.getByText(/^Threatens the company itself/u)).toBeTruthy();
    expect(screen.getByText('Active')).toBeTruthy();

    const clocks = panel('Clocks');
    // First statement: due 60 min after detection, detected 90 min ago.
    await within(clocks).findByText('Overdue by 0:30:00');
    expect(within(clocks).getByText('1:30:00 elapsed')).toBeTruthy();
    // The next update counts 60 min from the declaration (now).
    expect(within(clocks).getByText('1:00:00 left')).toBeTruthy();
    expect(within(clocks).getAllByText('Overdue')).toHaveLength(1);

    const roles = panel('Roles on duty');
    await within(roles).findByText('Chen Mei');
    expect(within(roles).getByText('Crisis commander')).toBeTruthy();

    const tasks = panel('Open tasks');
    const items = await within(tasks).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.warroom-item__title')?.textContent)).toEqual([
      'Notify the regulator',
      'Draft the holding statement',
    ]);
    expect(within(items[0] ?? tasks).getByText('Overdue by 0:10:00')).toBeTruthy();
    expect(within(tasks).queryByText('Already finished')).toBeNull();

    const timeline = panel('Latest entries');
    expect(await within(timeline).findByText('Declared the incident')).toBeTruthy();

    valueOf(
      await addTimelineEntry(incident.id, {
        kind: 'decision',
        at: start,
        author: 'Chen Mei',
        source: 'keyboard',
        isExternal: false,
        text: 'Take the member portal offline',
        supersedesId: null,
      }),
    );
    expect(await within(timeline).findByText('Take the member portal offline')).toBeTruthy();
    expect(within(timeline).getByText('Decision')).toBeTruthy();
  });

  it('moves the clocks as time passes', async () => {
    const incident = await declare(incidentInput(start - 30 * minuteMs, { severityId: 'sev-2' }));
    await renderApp(`#/incidents/${incident.id}/war-room`);
    const clocks = await screen.findByRole('region', { name: 'Clocks' });
    // SEV 2: first statement within 120 min.
    await within(clocks).findByText('1:30:00 left');
    await act(async () => {
      vi.setSystemTime(start + 91 * minuteMs);
      // useNow also re-reads the time when the window regains focus.
      window.dispatchEvent(new Event('focus'));
      await Promise.resolve();
    });
    await within(clocks).findByText('Overdue by 0:01:00');
    expect(within(clocks).getByText('Overdue')).toBeTruthy();
  });

  it("lists the pending steps of the incident's open SOP runs, overdue first", async () => {
    const incident = await declare(incidentInput(start - minuteMs));
    const sop = await seedPublishedSop();
    valueOf(await startSopRun(sop.id, incident.id));
    vi.setSystemTime(start + 40 * minuteMs);
    await renderApp(`#/incidents/${incident.id}/war-room`);
    const steps = await screen.findByRole('region', { name: 'Next steps' }, { timeout: 5000 });
    await within(steps).findByText('Data breach response');
    const items = within(steps).getAllByRole('listitem').slice(1);
    expect(items.map((item) => item.querySelector('.warroom-item__title')?.textContent)).toEqual([
      'Convene the team',
      'Notify the regulator',
    ]);
    expect(within(items[0] ?? steps).getByText('Overdue by 0:10:00')).toBeTruthy();
    expect(within(items[1] ?? steps).getByText('Due in 0:50:00')).toBeTruthy();
  });

  it('switches to the war-room display and leads back to the incident', async () => {
    const incident = await declare(incidentInput(start - minuteMs));
    const user = userEvent.setup();
    await renderApp(`#/incidents/${incident.id}/war-room`);
    const toggle = await screen.findByRole('button', { name: 'Use war-room display' });
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('false'));
    await user.click(toggle);
    await waitFor(async () => expect(await readSetting('displayMode')).toBe('war-room'));
    await waitFor(() => expect(document.documentElement.dataset['display']).toBe('war-room'));
    expect(toggle.getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('link', { name: 'Leave war room' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/incidents/${incident.id}`));
  });

  it('says so when the incident does not exist', async () => {
    await renderApp('#/incidents/missing/war-room');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Incident not found' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to incidents' })).toBeTruthy();
  });
});
