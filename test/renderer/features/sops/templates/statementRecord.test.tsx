import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../../renderer/src/db/database';
import {
  releaseStatement,
  saveStatement,
} from '../../../../../renderer/src/features/sops/sopCommands';
import type { StatementInput } from '../../../../../renderer/src/features/sops/sopCommands';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidTemplate } from './templatesTestSupport';

/** Typing through user-event takes seconds per test, more on a loaded two-core machine. */
const slowUiTimeout = 20_000;

useAppTestEnvironment();

/** Replaces the browser clipboard (jsdom has none) after user-event installed its own. */
function installClipboard(): string[] {
  const writes: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: vi.fn(async (text: string) => {
        writes.push(text);
      }),
    },
  });
  return writes;
}

/**
 * How long to wait for the notice of a save or a copy: copying saves and releases the statement in
 * two IndexedDB transactions (fake-indexeddb), and the page's live queries re-read after each,
 * which on a loaded two-core machine takes longer than findBy's default second.
 */
const writeWait = { timeout: 5_000 };

/** Opens a template's page and waits for its title. */
async function openTemplate(id: string) {
  const user = userEvent.setup();
  await renderApp(`#/sops/templates/${id}`);
  await screen.findByRole('heading', { level: 2, name: 'Holding statement' });
  return user;
}

/**
 * The list of the template's statements. It comes from its own live query, which can answer after
 * the template's heading is shown: wait for it.
 */
function statementTable(): Promise<HTMLElement> {
  return screen.findByRole('table', { name: 'Statements from this template, newest first' });
}

/** The "Fill a statement" panel. */
function panel(): HTMLElement {
  return screen.getByRole('region', { name: 'Fill a statement' });
}

/** The statements stored for a template. */
function storedStatements(templateId: string) {
  return getDatabase().statements.where('templateId').equals(templateId).toArray();
}

/** Values for every placeholder of the support template, approved by legal. */
const approvedInput: StatementInput = {
  context: { company: 'Acme', detectedAt: '09:00', whatWeKnow: 'Little so far.' },
  legalApprovedBy: 'Wang Li',
  spokespersonApprovedBy: '',
};

/** Saves and releases a statement through the commands; the released statement. */
async function releasedStatement(templateId: string) {
  const saved = await saveStatement(templateId, null, approvedInput);
  if (!saved.ok) {
    expect.fail(JSON.stringify(saved.issues));
  }
  const released = await releaseStatement(saved.value.id);
  if (!released.ok) {
    expect.fail(JSON.stringify(released.issues));
  }
  return released.value;
}

describe('SOP library → statements as a record', { timeout: slowUiTimeout }, () => {
  it('clears recorded approvals as soon as a value changes, and records them again for the new text', async () => {
    const template = await createValidTemplate({ needsSpokespersonApproval: false });
    const saved = await saveStatement(template.id, null, approvedInput);
    if (!saved.ok) {
      expect.fail(JSON.stringify(saved.issues));
    }
    // Approved well before now, so a new approval is told apart by its time.
    const approvedAt = Date.UTC(2026, 0, 1, 10);
    await getDatabase().statements.update(saved.value.id, { legalApprovedAt: approvedAt });
    const user = await openTemplate(template.id);
    const list = await statementTable();
    await user.click(
      await within(list).findByRole('button', { name: /^Open the statement saved on / }),
    );
    const legal = within(panel()).getByLabelText<HTMLInputElement>('Legal approved by');
    expect(legal.value).toBe('Wang Li');
    expect(within(panel()).getByText(/^Approval recorded on /u)).toBeTruthy();
    const copy = within(panel()).getByRole('button', { name: 'Copy as plain text' });
    expect(copy).toHaveProperty('disabled', false);

    await user.type(within(panel()).getByLabelText('What we know'), ' More soon.');
    expect(legal.value).toBe('');
    expect(within(panel()).getByRole('status').textContent).toBe(
      'The values changed since the approvals were recorded, so those approvals were cleared: an approval only covers the text that was approved. Ask the approvers again for this text and enter their names.',
    );
    expect(within(panel()).queryByText(/^Approval recorded on /u)).toBeNull();
    expect(copy).toHaveProperty('disabled', true);
    expect(
      document.getElementById(copy.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('the legal approver is entered;');

    // A name entered before the next change is cleared by it too: it approved the earlier text.
    await user.type(legal, 'Wang Li');
    await user.type(within(panel()).getByLabelText('Company'), ' Ltd');
    expect(legal.value).toBe('');

    const writes = installClipboard();
    await user.type(legal, 'Wang Li');
    expect(copy).toHaveProperty('disabled', false);
    await user.click(copy);
    await screen.findByText('The statement was copied as plain text.', {}, writeWait);
    const text = 'On 09:00, Acme Ltd found a problem.\n\nWhat we know: Little so far. More soon.';
    expect(writes).toEqual([text]);
    const [statement] = await storedStatements(template.id);
    expect(statement).toMatchObject({ id: saved.value.id, text, legalApprovedBy: 'Wang Li' });
    expect(statement?.legalApprovedAt).toBeGreaterThan(approvedAt);
    expect(statement?.releasedAt).toEqual(expect.any(Number));
  });

  it('saves a changed text without the approval recorded for the earlier one', async () => {
    const template = await createValidTemplate({ needsSpokespersonApproval: false });
    const saved = await saveStatement(template.id, null, approvedInput);
    if (!saved.ok) {
      expect.fail(JSON.stringify(saved.issues));
    }
    const user = await openTemplate(template.id);
    const list = await statementTable();
    await user.click(
      await within(list).findByRole('button', { name: /^Open the statement saved on / }),
    );
    await user.type(within(panel()).getByLabelText('Company'), ' Ltd');
    await user.click(within(panel()).getByRole('button', { name: 'Save statement' }));
    await screen.findByText('The statement was saved.', {}, writeWait);
    const [statement] = await storedStatements(template.id);
    expect(statement).toMatchObject({
      text: 'On 09:00, Acme Ltd found a problem.\n\nWhat we know: Little so far.',
      legalApprovedBy: null,
      legalApprovedAt: null,
    });
    expect(within(panel()).getByLabelText<HTMLInputElement>('Legal approved by').value).toBe('');
    // The list follows the stored row through its live query, which may answer after the notice.
    await waitFor(() =>
      expect(within(list).getAllByRole('row')[1]?.textContent).toContain('Not recorded'),
    );
  });

  it('shows a released statement read-only, copies it again without moving its release, and starts a new one from it', async () => {
    const template = await createValidTemplate({ needsSpokespersonApproval: false });
    const released = await releasedStatement(template.id);
    const user = await openTemplate(template.id);
    const list = await statementTable();
    await user.click(
      await within(list).findByRole('button', { name: /^Open the statement saved on / }),
    );

    const text = within(panel()).getByRole('region', { name: 'Released text' });
    expect(text.textContent).toBe(
      'Released textOn 09:00, Acme found a problem.\n\nWhat we know: Little so far.',
    );
    expect(within(panel()).queryByRole('textbox')).toBeNull();
    expect(within(panel()).queryByRole('button', { name: 'Save statement' })).toBeNull();
    expect(within(panel()).getByText(/^Statement saved on .*, released on /u)).toBeTruthy();
    expect(within(panel()).getByText(/^Wang Li, /u)).toBeTruthy();
    expect(within(panel()).getByText('Not needed for this template')).toBeTruthy();

    const writes = installClipboard();
    await user.click(within(panel()).getByRole('button', { name: 'Copy the text again' }));
    await screen.findByText('The statement was copied as plain text.', {}, writeWait);
    expect(writes).toEqual([released.text]);
    expect(await getDatabase().statements.get(released.id)).toEqual(released);

    await user.click(
      within(panel()).getByRole('button', { name: 'Start a new statement from this' }),
    );
    expect(within(panel()).getByLabelText<HTMLInputElement>('Company').value).toBe('Acme');
    expect(within(panel()).getByLabelText<HTMLInputElement>('Legal approved by').value).toBe('');
    expect(
      within(panel()).getByText(
        /^A new statement, not saved yet, with the values of the statement released on .*Its approvals were not copied: ask for them again\.$/u,
      ),
    ).toBeTruthy();
    expect(document.activeElement).toBe(
      within(panel()).getByRole('heading', { name: 'Fill a statement' }),
    );
    expect(within(panel()).getByRole('button', { name: 'Copy as plain text' })).toHaveProperty(
      'disabled',
      true,
    );

    await user.type(within(panel()).getByLabelText('Company'), ' Ltd');
    await user.click(within(panel()).getByRole('button', { name: 'Save statement' }));
    await screen.findByText('The statement was saved.', {}, writeWait);
    await waitFor(async () => expect(await storedStatements(template.id)).toHaveLength(2));
    expect(await getDatabase().statements.get(released.id)).toEqual(released);
  });

  it('asks about the unreleased statements only when deleting a template, and keeps the released ones', async () => {
    const template = await createValidTemplate({ needsSpokespersonApproval: false });
    const released = await releasedStatement(template.id);
    const draft = await saveStatement(template.id, null, { ...approvedInput, context: {} });
    if (!draft.ok) {
      expect.fail(JSON.stringify(draft.issues));
    }
    const user = await openTemplate(template.id);
    await within(await statementTable()).findAllByRole('button', {
      name: /^Open the statement saved on /,
    });

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Holding statement”?' });
    expect(dialog.textContent).toContain(
      'The template and the 1 unreleased statement filled from it will be deleted. The 1 statement released from it is kept as the record of what was said. You can undo this from the notice that follows.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(window.location.hash).toBe('#/sops/templates'));
    expect(await getDatabase().statements.get(draft.value.id)).toBeUndefined();
    expect(await getDatabase().statements.get(released.id)).toEqual(released);
  });

  it('says released statements are kept when they are all a template has', async () => {
    const template = await createValidTemplate({ needsSpokespersonApproval: false });
    await releasedStatement(template.id);
    await releasedStatement(template.id);
    const user = await openTemplate(template.id);
    await within(await statementTable()).findAllByRole('button', {
      name: /^Open the statement saved on /,
    });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Holding statement”?' });
    expect(dialog.textContent).toContain(
      'The template will be deleted. The 2 statements released from it are kept as the record of what was said.',
    );
  });
});
