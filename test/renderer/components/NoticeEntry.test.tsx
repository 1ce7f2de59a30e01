import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoticeEntry } from '../../../renderer/src/components/NoticeEntry';
import type { NoticeItem } from '../../../renderer/src/components/NoticeEntry';

afterEach(cleanup);

/** Renders one notice in its list and returns the dismiss callback. */
function renderNotice(item: NoticeItem) {
  const onDismiss = vi.fn();
  render(
    <ul>
      <NoticeEntry item={item} dismissLabel="Dismiss" onDismiss={onDismiss} />
    </ul>,
  );
  return { onDismiss };
}

/** The text of the elements `element` is described by (aria-describedby). */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('NoticeEntry', () => {
  it('shows an action as a button named by its label and described by the notice', () => {
    renderNotice({
      id: 7,
      kind: 'info',
      text: 'R-0001 moved to the recycle bin.',
      action: { label: 'Undo', run: vi.fn() },
    });
    const action = screen.getByRole('button', { name: 'Undo' });
    expect(descriptionOf(action)).toBe('R-0001 moved to the recycle bin.');
    expect(descriptionOf(screen.getByRole('button', { name: 'Dismiss' }))).toBe(
      'R-0001 moved to the recycle bin.',
    );
  });

  it('runs the action once and dismisses the notice', async () => {
    const user = userEvent.setup();
    const run = vi.fn();
    const { onDismiss } = renderNotice({
      id: 7,
      kind: 'info',
      text: 'R-0001 moved to the recycle bin.',
      action: { label: 'Undo', run },
    });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(run).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledWith(7);
  });

  it('dismissing does not run the action', async () => {
    const user = userEvent.setup();
    const run = vi.fn();
    const { onDismiss } = renderNotice({
      id: 3,
      kind: 'info',
      text: 'R-0002 moved to the recycle bin.',
      action: { label: 'Undo', run },
    });
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledWith(3);
    expect(run).not.toHaveBeenCalled();
  });

  it('has only the dismiss button without an action', () => {
    renderNotice({ id: 1, kind: 'success', text: 'Saved.' });
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Dismiss']);
  });
});
