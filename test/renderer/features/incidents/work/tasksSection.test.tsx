import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readIncidentTasks } from '../../../../../renderer/src/db/repositories/incidentRepository';
import { TasksSection } from '../../../../../renderer/src/features/incidents/work/TasksSection';
import { useAppTestEnvironment } from '../../../support/renderApp';
import { declareTestIncident, minute, renderSection, slowUiTimeout } from './workTestSupport';

useAppTestEnvironment();

const start = Date.UTC(2026, 10, 22, 1, 0);

beforeEach(() => {
  // Only Date: the database and the testing library keep their real timers.
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

/** The task list's items, top to bottom. */
function taskItems(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Tasks, overdue first' })).getAllByRole(
    'listitem',
  );
}

/** Adds a task through the dialog; `due` is a local `datetime-local` value or none. */
async function addTask(user: ReturnType<typeof userEvent.setup>, title: string, due?: string) {
  await user.click(await screen.findByRole('button', { name: 'Add task' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add task' });
  await user.type(within(dialog).getByLabelText('Task'), title);
  if (due !== undefined) {
    fireEvent.change(within(dialog).getByLabelText('Due'), { target: { value: due } });
  }
  await user.click(within(dialog).getByRole('button', { name: 'Save task' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('Incident → tasks', { timeout: slowUiTimeout }, () => {
  it('adds a task with a due time, shows it overdue once the time passes, and moves it down when done', async () => {
    const incident = await declareTestIncident(start - 10 * minute);
    await renderSection(TasksSection, incident.id);
    const user = userEvent.setup();

    await addTask(user, 'Call the regulator', format(start + 30 * minute, "yyyy-MM-dd'T'HH:mm"));
    await addTask(user, 'Brief the staff');
    await waitFor(() => expect(taskItems()).toHaveLength(2));
    expect(taskItems()[0]?.textContent).toContain('Call the regulator');
    expect(taskItems()[0]?.textContent).toContain('Due in 30 minutes');
    expect(screen.queryByText(/task is overdue/u)).toBeNull();

    vi.setSystemTime(start + 32 * minute);
    // The section re-checks due times when the window comes back into view.
    fireEvent.focus(window);
    await waitFor(() => expect(taskItems()[0]?.textContent).toContain('Overdue by 2 minutes'));
    expect(taskItems()[0]?.className).toContain('incident-task--overdue');
    expect(screen.getByText('1 task is overdue.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Done: “Call the regulator”' }));
    await waitFor(() => expect(taskItems()[1]?.textContent).toContain('Call the regulator'));
    expect(taskItems()[0]?.textContent).toContain('Brief the staff');
    expect(taskItems()[1]?.textContent).toContain('Done');
    expect(screen.queryByText('1 task is overdue.')).toBeNull();
    const stored = await readIncidentTasks(incident.id);
    expect(stored.find((task) => task.title === 'Call the regulator')).toMatchObject({
      status: 'done',
      dueAt: start + 30 * minute,
      doneAt: start + 32 * minute,
    });

    await user.click(screen.getByRole('button', { name: 'Reopen “Call the regulator”' }));
    await waitFor(() => expect(taskItems()[0]?.textContent).toContain('Call the regulator'));
    expect(taskItems()[0]?.textContent).toContain('Overdue by 2 minutes');
  });

  it('refuses a task without a title and keeps the dialog open', async () => {
    const incident = await declareTestIncident(start - 10 * minute);
    await renderSection(TasksSection, incident.id);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add task' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add task' });
    await user.click(within(dialog).getByRole('button', { name: 'Save task' }));
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    expect(await readIncidentTasks(incident.id)).toHaveLength(0);
  });

  it('keeps a task being typed across a reload, until it is saved', async () => {
    const incident = await declareTestIncident(start - 10 * minute);
    const first = await renderSection(TasksSection, incident.id);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add task' }));
    let dialog = await screen.findByRole('dialog', { name: 'Add task' });
    await user.type(within(dialog).getByLabelText('Task'), 'Call the regulator');
    await user.type(within(dialog).getByLabelText('Note'), 'Ask for the case officer');
    first.unmount();

    await renderSection(TasksSection, incident.id);
    await user.click(await screen.findByRole('button', { name: 'Add task' }));
    dialog = await screen.findByRole('dialog', { name: 'Add task' });
    expect(within(dialog).getByRole('status').textContent).toBe('Your unsaved task was restored.');
    expect(within(dialog).getByLabelText<HTMLInputElement>('Task').value).toBe(
      'Call the regulator',
    );
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('Note').value).toBe(
      'Ask for the case officer',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save task' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await readIncidentTasks(incident.id)).toMatchObject([
      { title: 'Call the regulator', note: 'Ask for the case officer' },
    ]);
    expect(localStorage.getItem(`crisis-room:draft:incident-task:${incident.id}:new`)).toBeNull();

    // Saved, the draft is gone: the next new task starts empty.
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    dialog = await screen.findByRole('dialog', { name: 'Add task' });
    expect(within(dialog).queryByRole('status')).toBeNull();
    expect(within(dialog).getByLabelText<HTMLInputElement>('Task').value).toBe('');
  });

  it('asks before Escape throws away a task being typed', async () => {
    const incident = await declareTestIncident(start - 10 * minute);
    await renderSection(TasksSection, incident.id);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add task' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add task' });
    const title = within(dialog).getByLabelText<HTMLInputElement>('Task');
    await user.type(title, 'Call the regulator');
    pressEscape(dialog);

    const confirm = await screen.findByRole('dialog', {
      name: 'Discard your changes to this task?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog', { name: 'Discard your changes to this task?' })).toBeNull();
    expect(title.value).toBe('Call the regulator');

    pressEscape(dialog);
    await user.click(
      within(
        await screen.findByRole('dialog', { name: 'Discard your changes to this task?' }),
      ).getByRole('button', { name: 'Discard' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(localStorage.getItem(`crisis-room:draft:incident-task:${incident.id}:new`)).toBeNull();
    expect(await readIncidentTasks(incident.id)).toHaveLength(0);
  });

  it('closes at once on Escape when nothing was typed', async () => {
    const incident = await declareTestIncident(start - 10 * minute);
    await renderSection(TasksSection, incident.id);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add task' }));
    pressEscape(await screen.findByRole('dialog', { name: 'Add task' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
