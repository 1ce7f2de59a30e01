import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { createValidRisk, resetRegisterScreen, riskInput } from './riskTestSupport';

useAppTestEnvironment();

beforeEach(async () => {
  await resetRegisterScreen();
  // Only the clock is faked: IndexedDB and React keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

const overdue = 'If a rumour spreads on PTT, then sales drop';
const fresh = 'If the sole chip supplier stops shipping, then production halts';
const accepted = 'If the exchange rate swings, then margins shrink';

/** Reviewed on 1 October every 30 days: due on 31 October, 22 days overdue on 22 November. */
const overdueRisk = riskInput({
  title: overdue,
  reviewIntervalDays: 30,
  lastReviewedOn: '2026-10-01',
});

async function panel() {
  return screen.findByRole('region', { name: 'Overdue reviews' });
}

describe('Dashboard → Overdue reviews', () => {
  it('lists overdue reviews and expired acceptances, longest first, and not fresh risks', async () => {
    await createValidRisk(riskInput({ title: fresh }));
    await createValidRisk(
      riskInput({
        title: accepted,
        treatment: 'accept',
        acceptance: {
          approver: 'CFO',
          justification: 'Hedging costs more than the exposure.',
          acceptedOn: '2025-11-01',
          expiresOn: '2026-11-01',
        },
      }),
    );
    await createValidRisk(overdueRisk);
    await renderApp('#/dashboard');
    const region = await panel();
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(2));

    expect(within(region).getByText('2 risks need attention.', { exact: false })).toBeTruthy();
    expect(
      within(region).getByText('Reviews overdue: 1. Acceptances expired: 1.', { exact: false }),
    ).toBeTruthy();
    const [first, second] = within(region).getAllByRole('listitem');
    expect(within(first as HTMLElement).getByRole('link').textContent).toBe(overdue);
    expect(within(first as HTMLElement).getByText('R-0003')).toBeTruthy();
    expect(
      within(first as HTMLElement).getByText('Review overdue by 22 days (due Oct 31, 2026)'),
    ).toBeTruthy();
    expect(within(second as HTMLElement).getByRole('link').textContent).toBe(accepted);
    expect(
      within(second as HTMLElement).getByText('Acceptance expired on Nov 1, 2026'),
    ).toBeTruthy();
    expect(within(region).queryByRole('link', { name: fresh })).toBeNull();
    expect(
      within(first as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toMatch(/^#\/risks\/[\w-]+$/u);
  });

  it('opens the register filtered to the risks needing attention', async () => {
    await createValidRisk(riskInput({ title: fresh }));
    await createValidRisk(overdueRisk);
    const user = userEvent.setup();
    await renderApp('#/dashboard');
    const region = await panel();
    await user.click(await within(region).findByRole('link', { name: 'Show all in the register' }));

    const table = await screen.findByRole('table', { name: 'Risk register' });
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual([overdue]),
    );
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', {
        name: 'Only overdue reviews and expired acceptances',
      }).checked,
    ).toBe(true);
    expect(screen.getByText('Showing 1 of 2 risks')).toBeTruthy();
  });

  it('says no reviews are overdue when every risk is on schedule', async () => {
    await createValidRisk(riskInput({ title: fresh }));
    await renderApp('#/dashboard');
    const region = await panel();
    expect(await within(region).findByText('No reviews are overdue.')).toBeTruthy();
    expect(within(region).queryByRole('link')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Still to come on the dashboard' })).toBeTruthy();
  });
});
