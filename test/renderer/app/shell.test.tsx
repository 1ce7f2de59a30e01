import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, useAppTestEnvironment } from '../support/renderApp';

/** Each area's navigation label and the sentence its empty state must contain. */
const emptyAreas = [
  { path: '#/drills', title: 'Drills', says: /tabletop/i, empty: /no drills have been recorded/i },
  {
    path: '#/reports',
    title: 'Reports',
    says: /after-action reports/i,
    empty: /no incidents have been recorded yet/i,
  },
] as const;

const allTitles = [
  'Dashboard',
  'Risks',
  'Crisis team',
  'SOPs',
  'Incidents',
  'Postmortems',
  'Monitoring',
  'Drills',
  'Reports',
  'Settings',
];

useAppTestEnvironment();

describe('app shell', () => {
  it('offers a link to each of the ten areas in the main navigation', async () => {
    await renderApp();
    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    const links = within(navigation).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(allTitles);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#/dashboard',
      '#/risks',
      '#/roster',
      '#/sops',
      '#/incidents',
      '#/postmortems',
      '#/monitoring',
      '#/drills',
      '#/reports',
      '#/settings',
    ]);
  });

  it.each(emptyAreas)('shows $title with its heading and an honest empty state', async (area) => {
    await renderApp(area.path);
    expect(await screen.findByRole('heading', { level: 1, name: area.title })).toBeTruthy();
    const main = screen.getByRole('main');
    // Reports lists the incidents once its live query answers: the empty state follows it.
    expect(await within(main).findByText(area.says)).toBeTruthy();
    expect(within(main).getByText(area.empty)).toBeTruthy();
    // No fake content and no dead controls: an empty area offers nothing to press.
    expect(within(main).queryAllByRole('button')).toHaveLength(0);
    const current = within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole(
      'link',
      { current: 'page' },
    );
    expect(current.textContent).toBe(area.title);
  });

  it('shows the Dashboard with "Declare incident" first and says honestly what is still to come', async () => {
    await renderApp('#/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    const main = screen.getByRole('main');
    // Declaring is the one action offered before anything is recorded, and it is offered once.
    const buttons = within(main).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Declare incident']);
    const card = await within(main).findByRole('region', { name: 'Active incidents' });
    expect(await within(card).findByText('No active incidents.')).toBeTruthy();
    expect(
      await within(main).findByRole('region', { name: 'Postmortem action items' }),
    ).toBeTruthy();
    expect(within(main).getByText(/monitoring alerts and upcoming drills/i)).toBeTruthy();
    expect(
      within(main).getByText(
        /active incidents, open and overdue action items, crisis team coverage and overdue risk reviews are shown so far/i,
      ),
    ).toBeTruthy();
  });

  it('opens the dashboard when the address names no area', async () => {
    await renderApp('#/no-such-area');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    expect(window.location.hash).toBe('#/dashboard');
  });

  it('moves between areas through the navigation and names the page in the title', async () => {
    const user = userEvent.setup();
    await renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(screen.getByRole('link', { name: 'Incidents' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Incidents' });
    expect(window.location.hash).toBe('#/incidents');
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Incidents · Crisis Room');
    expect(screen.getByRole('link', { name: 'Incidents' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBeNull();
  });

  it('has a skip link that moves focus to the main content without changing the route', async () => {
    const user = userEvent.setup();
    await renderApp('#/risks');
    await screen.findByRole('heading', { level: 1, name: 'Risks' });
    await user.click(screen.getByRole('link', { name: 'Skip to main content' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('#/risks');
  });
});
