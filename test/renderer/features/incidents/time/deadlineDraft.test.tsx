import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readIncidentDeadlines } from '../../../../../renderer/src/db/repositories/incidentRepository';
import { saveDeadline } from '../../../../../renderer/src/features/incidents/incidentCommands';
import { DeadlinesSection } from '../../../../../renderer/src/features/incidents/time/DeadlinesSection';
import { useAppTestEnvironment } from '../../../support/renderApp';
import { declareTestIncident, renderSection, start, valueOf } from './timeTestSupport';

useAppTestEnvironment();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
});

afterEach(() => {
  vi.useRealTimers();
});

/** Escape on a modal dialog: jsdom does not turn the key into the cancel event, so send it. */
function pressEscape(dialog: HTMLElement): void {
  fireEvent(dialog, new Event('cancel', { bubbles: false, cancelable: true }));
}

/** A stored deadline of the incident, set through the command. */
async function storedDeadline(incidentId: string, label: string) {
  return valueOf(
    await saveDeadline(incidentId, null, {
      label,
      local: '2027-07-01T18:00',
      timeZone: 'Europe/London',
      note: '',
      setBy: 'Counsel',
    }),
  );
}

describe('Deadline form drafts', { timeout: 20_000 }, () => {
  it('keeps a new deadline being typed across a reload, until it is saved', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup({ delay: null });
    const first = await renderSection(DeadlinesSection, incident.id);
    await user.click(await screen.findByRole('button', { name: 'Add deadline' }));
    let dialog = screen.getByRole('dialog', { name: 'Add deadline' });
    await user.type(within(dialog).getByLabelText('What is due'), 'Regulator notification');
    fireEvent.change(within(dialog).getByLabelText('Date and time'), {
      target: { value: '2027-07-01T18:00' },
    });
    first.unmount();

    await renderSection(DeadlinesSection, incident.id);
    await user.click(await screen.findByRole('button', { name: 'Add deadline' }));
    dialog = screen.getByRole('dialog', { name: 'Add deadline' });
    expect(within(dialog).getByText('Your unsaved deadline was restored.')).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLInputElement>('What is due').value).toBe(
      'Regulator notification',
    );
    expect(within(dialog).getByLabelText<HTMLInputElement>('Date and time').value).toBe(
      '2027-07-01T18:00',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save deadline' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await readIncidentDeadlines(incident.id)).toMatchObject([
      { label: 'Regulator notification', local: '2027-07-01T18:00' },
    ]);
    expect(
      localStorage.getItem(`crisis-room:draft:incident-deadline:${incident.id}:new`),
    ).toBeNull();
  });

  it('restores a change to a deadline only while the deadline is as it was opened', async () => {
    const incident = await declareTestIncident();
    const deadline = await storedDeadline(incident.id, 'Regulator notification');
    const user = userEvent.setup({ delay: null });
    const first = await renderSection(DeadlinesSection, incident.id);
    const editName = 'Edit deadline: Regulator notification';
    await user.click(await screen.findByRole('button', { name: editName }));
    let dialog = screen.getByRole('dialog', { name: 'Edit deadline' });
    await user.type(within(dialog).getByLabelText('Note'), 'Ask for an extension');
    first.unmount();

    const second = await renderSection(DeadlinesSection, incident.id);
    await user.click(await screen.findByRole('button', { name: editName }));
    dialog = screen.getByRole('dialog', { name: 'Edit deadline' });
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('Note').value).toBe(
      'Ask for an extension',
    );
    second.unmount();

    // Someone else moves the deadline meanwhile: the draft of the old one must not undo that.
    valueOf(
      await saveDeadline(incident.id, deadline.id, {
        label: 'Regulator notification',
        local: '2027-07-02T09:00',
        timeZone: 'Europe/London',
        note: '',
        setBy: 'Counsel',
      }),
    );
    await renderSection(DeadlinesSection, incident.id);
    await user.click(await screen.findByRole('button', { name: editName }));
    dialog = screen.getByRole('dialog', { name: 'Edit deadline' });
    expect(within(dialog).queryByText('Your unsaved deadline was restored.')).toBeNull();
    expect(within(dialog).getByLabelText<HTMLInputElement>('Date and time').value).toBe(
      '2027-07-02T09:00',
    );
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('Note').value).toBe('');
  });

  it('asks before Escape throws away a deadline being typed', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup({ delay: null });
    await renderSection(DeadlinesSection, incident.id);
    await user.click(await screen.findByRole('button', { name: 'Add deadline' }));
    const dialog = screen.getByRole('dialog', { name: 'Add deadline' });
    const label = within(dialog).getByLabelText<HTMLInputElement>('What is due');
    await user.type(label, 'Regulator notification');
    pressEscape(dialog);

    const question = 'Discard your changes to this deadline?';
    await user.click(
      within(await screen.findByRole('dialog', { name: question })).getByRole('button', {
        name: 'Keep editing',
      }),
    );
    expect(screen.queryByRole('dialog', { name: question })).toBeNull();
    expect(label.value).toBe('Regulator notification');

    pressEscape(dialog);
    await user.click(
      within(await screen.findByRole('dialog', { name: question })).getByRole('button', {
        name: 'Discard',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      localStorage.getItem(`crisis-room:draft:incident-deadline:${incident.id}:new`),
    ).toBeNull();
    expect(await readIncidentDeadlines(incident.id)).toHaveLength(0);
  });
});
