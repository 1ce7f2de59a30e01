import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closeSopRun,
  completeRunStep,
} from '../../../../../renderer/src/features/sops/sopCommands';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createPublishedSop, drillContent, minute, startRun, valueOf } from './runsTestSupport';

useAppTestEnvironment();

const start = Date.UTC(2026, 10, 22, 6, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Runs screen', () => {
  it('explains runs and how to start one when there are none', async () => {
    await renderApp('#/sops/runs');
    expect(await screen.findByRole('heading', { name: 'No runs yet' })).toBeTruthy();
    expect(screen.getByText(/choose “Start a run” for a tabletop read-through/u)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the SOP library' }).getAttribute('href')).toBe(
      '#/sops',
    );
  });

  it('lists open runs first with their overdue steps, then recently closed runs', async () => {
    const breach = await createPublishedSop();
    const outage = await createPublishedSop(drillContent('Service outage'));
    const closed = await startRun(breach.id);
    valueOf(await closeSopRun(closed.id));
    vi.setSystemTime(start + 10 * minute);
    const overdue = await startRun(breach.id);
    valueOf(await completeRunStep(overdue.id, 'brief', ''));
    vi.setSystemTime(start + 70 * minute);
    const fresh = await startRun(outage.id);

    await renderApp('#/sops/runs');

    const open = await screen.findByRole('table', { name: 'Open runs' });
    const openRows = within(open).getAllByRole('row').slice(1);
    expect(
      openRows.map((row) => within(row).getAllByRole('link')[0]?.getAttribute('href')),
    ).toEqual([`#/sops/runs/${fresh.id}`, `#/sops/runs/${overdue.id}`]);
    expect(openRows[0]?.textContent).toContain('Service outage');
    expect(openRows[0]?.textContent).toContain('None');
    // Activated 60 minutes ago with a 60-minute target: not yet overdue.
    expect(openRows[1]?.textContent).toContain('Data breach response');
    expect(openRows[1]?.textContent).toContain('1 of 3 steps finished');
    expect(openRows[1]?.textContent).toContain('None');

    vi.setSystemTime(start + 71 * minute);
    // Rendered afresh so the screen reads the moved clock at once.
    cleanup();
    await renderApp('#/sops/runs');
    const openLater = await screen.findByRole('table', { name: 'Open runs' });
    expect(within(openLater).getAllByRole('row')[2]?.textContent).toContain('1 step overdue');

    const closedTable = screen.getByRole('table', { name: 'Recently closed runs' });
    const closedRows = within(closedTable).getAllByRole('row').slice(1);
    expect(closedRows).toHaveLength(1);
    expect(closedRows[0]?.textContent).toContain('Data breach response');
    expect(closedRows[0]?.textContent).toContain('Tabletop read-through');
    expect(
      within(closedRows[0] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe(`#/sops/runs/${closed.id}`);
  });
});
