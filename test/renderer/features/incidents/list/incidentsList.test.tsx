import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readIncidents } from '../../../../../renderer/src/db/repositories/incidentRepository';
import {
  changeStatus,
  declareIncident,
} from '../../../../../renderer/src/features/incidents/incidentCommands';
import type { Incident, IncidentInput } from '../../../../../shared/domain/incidents/incident';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { valueOf } from '../../sops/runs/runsTestSupport';

useAppTestEnvironment();

const minute = 60_000;

/** Declares an incident detected `minutesAgo` minutes ago (active, no roles). */
async function declare(
  title: string,
  minutesAgo: number,
  overrides: Partial<IncidentInput> = {},
): Promise<Incident> {
  return valueOf(
    await declareIncident(
      {
        title,
        crisisTypeId: 'data-breach',
        severityId: 'sev-1',
        priority: 'p1',
        detectionSource: 'monitoring',
        detectionNote: '',
        summary: '',
        startedAt: null,
        detectedAt: Date.now() - minutesAgo * minute,
        affectedAudiences: [],
        tags: [],
        visibility: 'normal',
        riskIds: [],
        isExercise: false,
        ...overrides,
      },
      { declareNow: true, by: 'Ana Lee', entryText: `Declared: ${title}`, roles: [] },
    ),
  );
}

/** Three incidents: one closed (detected last), one open, one open exercise. */
async function seedIncidents(): Promise<{ closed: Incident; open: Incident; drill: Incident }> {
  const open = await declare('Forum leak', 90, { severityId: 'sev-2', crisisTypeId: null });
  const drill = await declare('Tabletop: recall', 60, { isExercise: true, severityId: 'sev-3' });
  const closed = await declare('Fake coupon rumour', 5, { crisisTypeId: 'rumour' });
  valueOf(await changeStatus(closed.id, 'closed', 'Ana Lee', 'Closed'));
  return { closed, open, drill };
}

/** The body rows of the incident table, each as the text of its cells. */
function tableRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Incidents, open ones first' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('incident list', () => {
  it('says what incidents are and offers to declare one while there are none', async () => {
    await renderApp('#/incidents');
    expect(await screen.findByText('No incidents have been recorded yet.')).toBeTruthy();
    expect(screen.getByText(/from detection to close/iu)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Declare incident' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('declares from the empty list and opens the new incident inside the Incidents area', async () => {
    const user = userEvent.setup();
    await renderApp('#/incidents');
    await user.click(await screen.findByRole('button', { name: 'Declare incident' }));
    await screen.findByRole('textbox', { name: 'Title' });
    await user.keyboard('Forum leak{Enter}');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/incidents\/[^/]+$/u));
    const [incident] = await readIncidents();
    expect(window.location.hash).toBe(`#/incidents/${incident?.id ?? 'none'}`);
  });

  it('lists open incidents first, marks exercises and links each title to its page', async () => {
    const { closed, open, drill } = await seedIncidents();
    await renderApp('#/incidents');
    await screen.findByRole('table', { name: 'Incidents, open ones first' });

    const rows = tableRows();
    expect(rows.map((cells) => cells[0])).toEqual([
      drill.reference,
      open.reference,
      closed.reference,
    ]);
    expect(rows[0]?.[1]).toBe('Tabletop: recall Exercise');
    expect(rows[1]?.[1]).toBe('Forum leak');
    expect(rows.map((cells) => cells[2])).toEqual([
      'SEV 3 · Moderate',
      'SEV 2 · Major',
      'SEV 1 · Critical',
    ]);
    expect(rows.map((cells) => cells[3])).toEqual(['Active', 'Active', 'Closed']);
    expect(rows[1]?.[5]).toBe('about 2 hours ago');
    // Closed incidents have no running time since detection.
    expect(rows[2]?.[5]).toBe('');
    expect(rows.map((cells) => cells[6])).toEqual([
      'Data breach or security incident',
      'Not known yet',
      'Rumours and fake news',
    ]);
    expect(screen.getByRole('link', { name: 'Forum leak' }).getAttribute('href')).toBe(
      `#/incidents/${open.id}`,
    );
  });

  it('filters by status and hides exercises on request', async () => {
    const { closed, open } = await seedIncidents();
    const user = userEvent.setup();
    await renderApp('#/incidents');
    await screen.findByRole('table', { name: 'Incidents, open ones first' });

    await user.click(screen.getByRole('checkbox', { name: 'Include exercises' }));
    expect(tableRows().map((cells) => cells[0])).toEqual([open.reference, closed.reference]);

    const show = screen.getByRole('combobox', { name: 'Show' });
    await user.selectOptions(show, ['closed']);
    expect(tableRows().map((cells) => cells[0])).toEqual([closed.reference]);
    await user.selectOptions(show, ['open']);
    expect(tableRows().map((cells) => cells[0])).toEqual([open.reference]);
  });
});

describe('active incidents on the Dashboard', () => {
  it('lists the open incidents with their war rooms and leaves closed ones out', async () => {
    const { closed, open, drill } = await seedIncidents();
    await renderApp('#/dashboard');
    const card = await screen.findByRole('region', { name: 'Active incidents' });
    const items = await within(card).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(card).queryByText(closed.title)).toBeNull();

    const [first, second] = items;
    if (first === undefined || second === undefined) {
      throw new Error('expected two incidents');
    }
    expect(within(first).getByRole('link', { name: drill.title })).toBeTruthy();
    expect(within(first).getByText('Exercise')).toBeTruthy();
    expect(within(second).getByText('SEV 2 · Major')).toBeTruthy();
    expect(within(second).getByText('Active')).toBeTruthy();
    expect(within(second).getByText('Detected about 2 hours ago')).toBeTruthy();
    expect(
      within(second)
        .getByRole('link', { name: `War room: ${open.title}` })
        .getAttribute('href'),
    ).toBe(`#/incidents/${open.id}/war-room`);
    expect(within(second).getByRole('link', { name: open.title }).getAttribute('href')).toBe(
      `#/incidents/${open.id}`,
    );
  });

  it('shows where each incident’s first statement and next update stand, overdue in words and ⚠', async () => {
    const late = await declare('Payment outage', 70);
    const fresh = await declare('Forum leak', 10, { severityId: 'sev-2' });
    await renderApp('#/dashboard');
    const card = await screen.findByRole('region', { name: 'Active incidents' });
    const lateItem = (await within(card).findByRole('link', { name: late.title })).closest('li');
    const freshItem = within(card).getByRole('link', { name: fresh.title }).closest('li');
    if (lateItem === null || freshItem === null) {
      throw new Error('expected both incidents listed');
    }

    // SEV 1: the first statement was due 60 minutes after detection, 10 minutes ago.
    await waitFor(() =>
      expect(lateItem.textContent).toMatch(
        /⚠ Overdue ?First statement: OVERDUE by 10 minutes, was due /u,
      ),
    );
    expect(lateItem.textContent).toMatch(/Running ?Next update: due .+, (59 minutes|1 hour) left/u);
    // SEV 2: 110 minutes of its 120 are left; nothing is overdue, so no ⚠ anywhere.
    expect(freshItem.textContent).toMatch(/First statement: due .+, 1 hour (49|50) minutes left/u);
    expect(freshItem.textContent).toContain('Next update: due');
    expect(freshItem.textContent).not.toContain('⚠');
    expect(freshItem.textContent).not.toContain('OVERDUE');
  });

  it('says when no incident is active', async () => {
    const { closed } = await seedIncidents().then(async (seeded) => {
      valueOf(await changeStatus(seeded.open.id, 'closed', 'Ana Lee', 'Closed'));
      valueOf(await changeStatus(seeded.drill.id, 'closed', 'Ana Lee', 'Closed'));
      return seeded;
    });
    await renderApp('#/dashboard');
    const card = await screen.findByRole('region', { name: 'Active incidents' });
    expect(await within(card).findByText('No active incidents.')).toBeTruthy();
    expect(within(card).queryByText(closed.title)).toBeNull();
  });
});
