import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { seedReportIncident } from './reportTestSupport';

useAppTestEnvironment();

describe('Reports → list', { timeout: 20_000 }, () => {
  it('says what reports will hold when no incident has been recorded', async () => {
    await renderApp('#/reports');
    const empty = await screen.findByRole('region', { name: 'What reports will hold' });
    expect(within(empty).getByText(/executive summary, severity, a timeline/u)).toBeTruthy();
    expect(within(empty).getByText(/without contact details for external audiences/u)).toBeTruthy();
    expect(within(empty).getByText(/no incidents have been recorded yet/iu)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists incidents with severity, status and postmortem, each linking to its report', async () => {
    const incident = await seedReportIncident('會員資料外洩');
    const user = userEvent.setup();
    await renderApp('#/reports');
    const table = await screen.findByRole('table', {
      name: 'Incidents and their reports, newest first',
    });
    const row = within(table).getByRole('row', { name: new RegExp(incident.reference, 'u') });
    expect(within(row).getByText('SEV 1 · Critical')).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('Not written yet')).toBeTruthy();
    // Each row's link is named with its reference, though every one reads "Incident report".
    const link = within(row).getByRole('link', { name: `Incident report ${incident.reference}` });
    expect(link.textContent).toBe('Incident report');
    expect(link.getAttribute('href')).toBe(`#/reports/incidents/${incident.id}`);

    await user.click(link);

    expect(
      await screen.findByRole('article', {
        name: `Incident report: ${incident.reference} 會員資料外洩`,
      }),
    ).toBeTruthy();
  });
});
