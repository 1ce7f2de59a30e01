import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../../renderer/src/db/database';
import {
  readIncident,
  readTimeline,
} from '../../../../../renderer/src/db/repositories/incidentRepository';
import { useAppTestEnvironment } from '../../../support/renderApp';
import {
  appendNotes,
  declareTestIncident,
  findEntry,
  renderTimeline,
  timelineList,
} from './timelineTestSupport';

useAppTestEnvironment();

beforeEach(() => {
  // jsdom lays nothing out: give the list's scroll area a height so the virtualizer shows rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  // …and its rows a height, or the virtualizer would measure every row as 0 and render them all.
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(120);
});

/** The value of a text field, select or checkbox-less input. */
function fieldValue(element: HTMLElement): string {
  if (
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement
  ) {
    return element.value;
  }
  throw new Error('not a form field');
}

/** Whether a checkbox is ticked. */
function isChecked(element: HTMLElement): boolean {
  if (element instanceof HTMLInputElement) {
    return element.checked;
  }
  throw new Error('not a checkbox');
}

/** Escape on a modal dialog: jsdom does not turn the key into the cancel event, so send it. */
function pressEscape(dialog: HTMLElement): void {
  fireEvent(dialog, new Event('cancel', { bubbles: false, cancelable: true }));
}

/** The stored entries of an incident, in chain order. */
async function storedEntries(incidentId: string) {
  return readTimeline(incidentId);
}

describe('TimelineSection quick entry', () => {
  it('adds an entry on Enter with source keyboard, clears the field and keeps focus', async () => {
    localStorage.setItem('crisis-room.operatorName', 'Mei Chen');
    const incident = await declareTestIncident();
    const user = userEvent.setup();
    await renderTimeline(incident.id);

    const field = await screen.findByRole('textbox', { name: 'New timeline entry' });
    await user.click(field);
    await user.type(field, 'Called the hosting provider{Enter}');

    await waitFor(async () => expect(await storedEntries(incident.id)).toHaveLength(2));
    const [, added] = await storedEntries(incident.id);
    expect(added).toMatchObject({
      kind: 'note',
      source: 'keyboard',
      author: 'Mei Chen',
      isExternal: false,
      text: 'Called the hosting provider',
      supersedesId: null,
    });
    await waitFor(() => expect(fieldValue(field)).toBe(''));
    expect(document.activeElement).toBe(field);
    expect((await findEntry(2)).textContent).toContain('Called the hosting provider');

    // The next entry follows without touching the mouse.
    await user.type(field, 'Second entry{Enter}');
    await waitFor(async () => expect(await storedEntries(incident.id)).toHaveLength(3));
    expect(document.activeElement).toBe(field);
  });

  it('records the button as the manual source', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup();
    await renderTimeline(incident.id);

    await user.type(
      await screen.findByRole('textbox', { name: 'New timeline entry' }),
      'Typed, then clicked',
    );
    await user.click(screen.getByRole('button', { name: 'Add entry' }));

    await waitFor(async () => expect(await storedEntries(incident.id)).toHaveLength(2));
    expect((await storedEntries(incident.id))[1]?.source).toBe('manual');
  });

  it('starts a new line on Shift+Enter instead of adding the entry', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup();
    await renderTimeline(incident.id);

    const field = await screen.findByRole('textbox', { name: 'New timeline entry' });
    await user.type(field, 'First line{Shift>}{Enter}{/Shift}Second line');
    expect(fieldValue(field)).toBe('First line\nSecond line');
    expect(await storedEntries(incident.id)).toHaveLength(1);

    await user.type(field, '{Enter}');
    await waitFor(async () => expect(await storedEntries(incident.id)).toHaveLength(2));
    expect((await storedEntries(incident.id))[1]?.text).toBe('First line\nSecond line');
    // Shown as plain text with its line break kept.
    const entry = await findEntry(2);
    expect(within(entry).getByText(/First line/u).textContent).toBe('First line\nSecond line');
  });

  it('does not add the entry while an input method is composing', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup();
    await renderTimeline(incident.id);

    const field = await screen.findByRole('textbox', { name: 'New timeline entry' });
    await user.type(field, '聯絡主機商');
    const composingEnter = new KeyboardEvent('keydown', {
      key: 'Enter',
      bubbles: true,
      cancelable: true,
      isComposing: true,
    });
    act(() => {
      field.dispatchEvent(composingEnter);
    });
    expect(composingEnter.defaultPrevented).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await storedEntries(incident.id)).toHaveLength(1);
    expect(fieldValue(field)).toBe('聯絡主機商');
  });

  it('chooses the kind with Ctrl+number and records the external flag', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup();
    await renderTimeline(incident.id);

    const field = await screen.findByRole('textbox', { name: 'New timeline entry' });
    const kind = screen.getByRole('combobox', { name: 'Kind' });
    expect(fieldValue(kind)).toBe('note');
    await user.click(field);
    await user.keyboard('{Control>}1{/Control}');
    expect(fieldValue(kind)).toBe('decision');
    expect(screen.getByText('Kind: Decision')).toBeDefined();
    await user.keyboard('{Control>}3{/Control}');
    expect(fieldValue(kind)).toBe('communication');
    await user.click(screen.getByRole('checkbox', { name: 'External' }));
    await user.click(field);
    await user.type(field, 'Holding statement published{Enter}');

    await waitFor(async () => expect(await storedEntries(incident.id)).toHaveLength(2));
    expect((await storedEntries(incident.id))[1]).toMatchObject({
      kind: 'communication',
      isExternal: true,
    });
    // The form starts afresh for the next entry.
    await waitFor(() => expect(fieldValue(kind)).toBe('note'));
    expect(isChecked(screen.getByRole('checkbox', { name: 'External' }))).toBe(false);
    const entry = await findEntry(2);
    expect(entry.getAttribute('aria-label')).toMatch(/^Entry 2: Communication,/u);
    expect(within(entry).getByText('External')).toBeDefined();
  });

  it('uses the typed "happened at" time and refuses one in the future, keeping the text', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup();
    const now = new Date(2026, 10, 22, 15, 30).getTime();
    await renderTimeline(incident.id, () => now);

    const field = await screen.findByRole('textbox', { name: 'New timeline entry' });
    const happenedAt = screen.getByLabelText('Happened at');
    await user.type(happenedAt, '2026-11-22T16:45');
    await user.type(field, 'Too early to know{Enter}');
    expect(await screen.findByText('This time is in the future.')).toBeDefined();
    expect(fieldValue(field)).toBe('Too early to know');
    expect(await storedEntries(incident.id)).toHaveLength(1);

    await user.clear(happenedAt);
    await user.type(happenedAt, '2026-11-22T15:05');
    await user.type(field, '{Enter}');
    await waitFor(async () => expect(await storedEntries(incident.id)).toHaveLength(2));
    expect((await storedEntries(incident.id))[1]?.at).toBe(new Date(2026, 10, 22, 15, 5).getTime());
  });

  it('shows why an empty entry was refused and writes nothing', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup();
    await renderTimeline(incident.id);

    const field = await screen.findByRole('textbox', { name: 'New timeline entry' });
    await user.type(field, '   {Enter}');
    expect(await screen.findByText('This field is required.')).toBeDefined();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await storedEntries(incident.id)).toHaveLength(1);
  });

  it('keeps unsent text as a draft across a reload', async () => {
    const incident = await declareTestIncident();
    const user = userEvent.setup();
    const first = await renderTimeline(incident.id);
    await user.type(
      await screen.findByRole('textbox', { name: 'New timeline entry' }),
      'Half-written note',
    );
    first.unmount();

    await renderTimeline(incident.id);
    expect(fieldValue(await screen.findByRole('textbox', { name: 'New timeline entry' }))).toBe(
      'Half-written note',
    );
  });
});

describe('TimelineSection list', () => {
  it('shows entries newest first, or oldest first when asked, with author, source and badge', async () => {
    const incident = await declareTestIncident();
    await appendNotes(incident, 3);
    const user = userEvent.setup();
    await renderTimeline(incident.id);

    await findEntry(4);
    const names = () =>
      within(timelineList())
        .getAllByRole('article')
        .map((article) => /^Entry (\d+)/u.exec(article.getAttribute('aria-label') ?? '')?.[1]);
    expect(names()).toEqual(['4', '3', '2', '1']);
    const entry = await findEntry(4);
    expect(within(entry).getByText('By Scribe')).toBeDefined();
    expect(within(entry).getByText('Source: Quick entry')).toBeDefined();
    expect(within(entry).getByText('Internal')).toBeDefined();
    expect(
      screen.getByText(/Times are shown in .+, the time zone of this device\./u),
    ).toBeDefined();

    await user.click(screen.getByRole('checkbox', { name: 'Oldest first' }));
    expect(names()).toEqual(['1', '2', '3', '4']);
  });

  it('filters by kind and by internal or external', async () => {
    const incident = await declareTestIncident();
    await appendNotes(incident, 2);
    const user = userEvent.setup();
    await renderTimeline(incident.id);
    await findEntry(3);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show kind' }), 'status-change');
    expect(within(timelineList()).getAllByRole('article')).toHaveLength(1);
    expect((await findEntry(1)).getAttribute('aria-label')).toMatch(/Status change/u);
    expect(screen.getByText(/^Showing 1 of 3 entries\./u)).toBeDefined();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show kind' }), '');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Show internal or external' }),
      'external',
    );
    expect(screen.queryByRole('list', { name: 'Timeline entries' })).toBeNull();
    expect(screen.getByText('No entry matches these filters.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Show all entries' }));
    expect(within(timelineList()).getAllByRole('article')).toHaveLength(3);
  });

  it('pins an entry to the Pinned list and unpins it', async () => {
    const incident = await declareTestIncident();
    await appendNotes(incident, 2);
    const user = userEvent.setup();
    await renderTimeline(incident.id);

    expect(screen.queryByRole('list', { name: 'Pinned entries' })).toBeNull();
    await user.click(within(await findEntry(2)).getByRole('button', { name: 'Pin entry 2' }));

    const pinned = await screen.findByRole('list', { name: 'Pinned entries' });
    expect(within(pinned).getByRole('article', { name: /^Entry 2:/u }).textContent).toContain(
      'Entry 1',
    );
    expect((await readIncident(incident.id))?.pinnedEntryIds).toEqual(['note-1']);
    expect(within(await findEntry(2)).getByText('Pinned')).toBeDefined();

    await user.click(within(pinned).getByRole('button', { name: 'Unpin entry 2' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Pinned entries' })).toBeNull());
    expect((await readIncident(incident.id))?.pinnedEntryIds).toEqual([]);
    expect(within(await findEntry(2)).getByRole('button', { name: 'Pin entry 2' })).toBeDefined();
    // Each entry's buttons name their own entry, so a screen-reader list of buttons tells them apart.
    expect(within(await findEntry(3)).getByRole('button', { name: 'Pin entry 3' })).toBeDefined();
    expect(
      within(await findEntry(3)).getByRole('button', { name: 'Correct entry 3…' }).textContent,
    ).toBe('Correct…');
  });

  it('corrects an entry with a superseding one, keeping the original marked and the chain intact', async () => {
    localStorage.setItem('crisis-room.operatorName', 'Mei Chen');
    const incident = await declareTestIncident();
    await appendNotes(incident, 1);
    const user = userEvent.setup();
    await renderTimeline(incident.id);

    await user.click(within(await findEntry(2)).getByRole('button', { name: 'Correct entry 2…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Correct entry 2' });
    const text = within(dialog).getByRole('textbox', { name: 'Corrected text' });
    expect(fieldValue(text)).toBe('Entry 1');
    await user.clear(text);
    await user.type(text, 'Entry 1, corrected: 4,000 accounts');
    await user.click(within(dialog).getByRole('button', { name: 'Add correction' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stored = await storedEntries(incident.id);
    expect(stored).toHaveLength(3);
    expect(stored[1]?.text).toBe('Entry 1');
    expect(stored[2]).toMatchObject({
      supersedesId: 'note-1',
      text: 'Entry 1, corrected: 4,000 accounts',
      source: 'manual',
      author: 'Mei Chen',
      at: stored[1]?.at,
    });

    const original = await findEntry(2);
    expect(within(original).getByText('Corrected by a later entry')).toBeDefined();
    expect(within(original).getByText('Entry 1').tagName).toBe('S');
    const correction = await findEntry(3);
    expect(within(correction).getByText('Corrects entry 2')).toBeDefined();
    expect(within(correction).getByText('Entry 1, corrected: 4,000 accounts').tagName).toBe('P');
    expect(
      await screen.findByText('Timeline intact: 3 entries, none changed or removed.'),
    ).toBeDefined();

    // The link from the original brings the correction into focus.
    await user.click(within(original).getByRole('button', { name: 'Show the correction' }));
    await waitFor(() => expect(document.activeElement).toBe(correction.closest('li')));

    // Correcting the original again corrects the correction, so corrections form one line.
    await user.click(within(await findEntry(2)).getByRole('button', { name: 'Correct entry 2…' }));
    const again = await screen.findByRole('dialog', { name: 'Correct entry 3' });
    await user.type(within(again).getByRole('textbox', { name: 'Corrected text' }), '!');
    await user.click(within(again).getByRole('button', { name: 'Add correction' }));
    await waitFor(async () => expect(await storedEntries(incident.id)).toHaveLength(4));
    expect((await storedEntries(incident.id))[3]?.supersedesId).toBe(stored[2]?.id);
  });

  it('keeps a correction being written across a reload, until it is saved', async () => {
    const incident = await declareTestIncident();
    await appendNotes(incident, 1);
    const user = userEvent.setup();
    const first = await renderTimeline(incident.id);

    await user.click(within(await findEntry(2)).getByRole('button', { name: 'Correct entry 2…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Correct entry 2' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Corrected text' }), ' (4,000)');
    first.unmount();

    await renderTimeline(incident.id);
    await user.click(within(await findEntry(2)).getByRole('button', { name: 'Correct entry 2…' }));
    dialog = await screen.findByRole('dialog', { name: 'Correct entry 2' });
    expect(within(dialog).getByRole('status').textContent).toBe(
      'Your unsaved correction was restored.',
    );
    expect(fieldValue(within(dialog).getByRole('textbox', { name: 'Corrected text' }))).toBe(
      'Entry 1 (4,000)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add correction' }));
    await waitFor(async () => expect(await storedEntries(incident.id)).toHaveLength(3));
    expect((await storedEntries(incident.id))[2]?.text).toBe('Entry 1 (4,000)');
    expect(localStorage.getItem('crisis-room:draft:incident-correction:note-1')).toBeNull();
  });

  it('asks before Escape throws away a correction being written', async () => {
    const incident = await declareTestIncident();
    await appendNotes(incident, 1);
    const user = userEvent.setup();
    await renderTimeline(incident.id);

    await user.click(within(await findEntry(2)).getByRole('button', { name: 'Correct entry 2…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Correct entry 2' });
    const text = within(dialog).getByRole('textbox', { name: 'Corrected text' });
    await user.type(text, ' (4,000)');
    pressEscape(dialog);

    const confirm = await screen.findByRole('dialog', { name: 'Discard this correction?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog', { name: 'Discard this correction?' })).toBeNull();
    expect(fieldValue(text)).toBe('Entry 1 (4,000)');
    pressEscape(dialog);
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard this correction?' })).getByRole(
        'button',
        { name: 'Discard' },
      ),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(localStorage.getItem('crisis-room:draft:incident-correction:note-1')).toBeNull();
    expect(await storedEntries(incident.id)).toHaveLength(2);
  });

  it('alerts when a stored entry was changed behind the app', async () => {
    const incident = await declareTestIncident();
    await appendNotes(incident, 3);
    await renderTimeline(incident.id);
    expect(
      await screen.findByText('Timeline intact: 4 entries, none changed or removed.'),
    ).toBeDefined();
    expect(screen.queryByText(/Timeline altered/u)).toBeNull();

    await act(async () => {
      await getDatabase().incidentTimeline.update('note-2', { text: 'Entry 2, rewritten' });
    });

    const alert = await screen.findByText(
      'Timeline altered at entry 3: an entry was changed after it was recorded.',
    );
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(screen.queryByText(/Timeline intact/u)).toBeNull();
  });

  it('renders only a window of rows for 5,000 entries', async () => {
    const incident = await declareTestIncident();
    await appendNotes(incident, 5_000);
    await renderTimeline(incident.id);

    const newest = await findEntry(5_001);
    expect(newest.textContent).toContain('Entry 5000');
    expect(
      screen.getByText('Timeline intact: 5001 entries, none changed or removed.'),
    ).toBeDefined();
    const rows = within(timelineList()).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('5001');
    expect(screen.queryByText('Entry 1', { exact: true })).toBeNull();
  }, 60_000);
});
