import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readIncidentDeadlines } from '../../../../../renderer/src/db/repositories/incidentRepository';
import { DeadlinesSection } from '../../../../../renderer/src/features/incidents/time/DeadlinesSection';
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

/** This machine's zone, whatever it is: the assertions below hold in every zone. */
const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Opens "Add deadline" and fills it in. */
async function addDeadline(
  user: ReturnType<typeof userEvent.setup>,
  values: { label: string; local: string; timeZone: string; setBy: string },
) {
  await user.click(await screen.findByRole('button', { name: 'Add deadline' }));
  const dialog = screen.getByRole('dialog', { name: 'Add deadline' });
  const zone = within(dialog).getByLabelText<HTMLInputElement>('Time zone');
  expect(zone.value).toBe(deviceZone);
  await user.type(within(dialog).getByLabelText('What is due'), values.label);
  fireEvent.change(within(dialog).getByLabelText('Date and time'), {
    target: { value: values.local },
  });
  await user.clear(zone);
  await user.type(zone, values.timeZone);
  const setBy = within(dialog).getByLabelText('Set by');
  await user.clear(setBy);
  await user.type(setBy, values.setBy);
  return dialog;
}

describe('Deadlines section', { timeout: 20_000 }, () => {
  it('saves a deadline given in London time and shows it in London time and this device’s time', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup({ delay: null });
    await renderSection(DeadlinesSection, incident.id);
    expect(await screen.findByText(/No deadlines yet/u)).toBeTruthy();

    // 18:00 on 1 July is British Summer Time: 17:00 UTC.
    const dialog = await addDeadline(user, {
      label: 'Regulator notification',
      local: '2027-07-01T18:00',
      timeZone: 'Europe/London',
      setBy: 'Counsel',
    });
    const dueAt = Date.UTC(2027, 6, 1, 17, 0);
    const deviceTime = new Intl.DateTimeFormat('en-GB', {
      timeZone: deviceZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(dueAt);
    const devicePart =
      deviceZone === 'Europe/London' ? '(your time zone)' : `your time (${deviceZone})`;
    expect(dialog.textContent).toContain('Due Jul 1, 2027, 18:00 Europe/London');
    expect(dialog.textContent).toContain(devicePart);
    await user.click(within(dialog).getByRole('button', { name: 'Save deadline' }));

    const item = await screen.findByRole('listitem', { name: 'Regulator notification' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(item.textContent).toContain('Due Jul 1, 2027, 18:00 Europe/London');
    expect(item.textContent).toContain(devicePart);
    if (deviceZone !== 'Europe/London') {
      expect(item.textContent).toContain(`= ${deviceTime}`);
    }
    expect(item.textContent).toContain('Set by Counsel');
    expect(item.textContent).toContain('Due in');
    const [stored] = await readIncidentDeadlines(incident.id);
    expect(stored).toMatchObject({
      label: 'Regulator notification',
      local: '2027-07-01T18:00',
      timeZone: 'Europe/London',
      dueAt,
      metAt: null,
    });
  });

  it('refuses a deadline without a label or with an unknown zone, beside the fields', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup({ delay: null });
    await renderSection(DeadlinesSection, incident.id);
    const dialog = await addDeadline(user, {
      label: ' ',
      local: '2026-11-22T18:00',
      timeZone: 'Mars/Olympus',
      setBy: 'Counsel',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save deadline' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('What is due').getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    expect(dialog.textContent).toContain('This field is required.');
    expect(dialog.textContent).toContain('Choose a time zone from the list');
    expect(await readIncidentDeadlines(incident.id)).toEqual([]);
  });

  it('shows a missed deadline overdue, then met late once marked met', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup({ delay: null });
    await renderSection(DeadlinesSection, incident.id);
    const dialog = await addDeadline(user, {
      label: 'Notify the data protection authority',
      local: '2026-11-22T01:30',
      timeZone: 'UTC',
      setBy: 'Counsel',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save deadline' }));
    const name = 'Notify the data protection authority';
    expect((await screen.findByRole('listitem', { name })).textContent).toContain(
      'Due in 30 minutes',
    );

    travelTo(start + 45 * minute);
    await waitFor(() =>
      expect(screen.getByRole('listitem', { name }).textContent).toContain('OVERDUE by 15 minutes'),
    );
    expect(screen.getByRole('listitem', { name }).className).toContain('deadline--overdue');

    await user.click(screen.getByRole('button', { name: `Mark met: ${name}` }));
    await waitFor(() =>
      expect(screen.getByRole('listitem', { name }).textContent).toContain('15 minutes late'),
    );
    expect(screen.getByRole('listitem', { name }).textContent).not.toContain('OVERDUE');
    expect(screen.getByRole('button', { name: `Mark not met: ${name}` })).toBeTruthy();
    const [stored] = await readIncidentDeadlines(incident.id);
    expect(stored?.metAt).toBe(start + 45 * minute);
  });
});
