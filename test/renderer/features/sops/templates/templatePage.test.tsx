import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../../renderer/src/db/database';
import { ok } from '../../../../../shared/ipc/result';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidTemplate } from './templatesTestSupport';

/** Typing through user-event takes seconds per test, more on a loaded two-core machine. */
const slowUiTimeout = 20_000;

const mainProcess = useAppTestEnvironment();

/** What the fake clipboard was given. */
let clipboardWrites: string[] = [];

afterEach(() => {
  clipboardWrites = [];
});

/**
 * Replaces the browser clipboard (jsdom has none) after user-event installed its own: writes are
 * recorded, or refused when `isRefusing`.
 */
function installClipboard(isRefusing = false) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: vi.fn(async (text: string) => {
        if (isRefusing) {
          throw new DOMException('Document is not focused.', 'NotAllowedError');
        }
        clipboardWrites.push(text);
      }),
    },
  });
}

/**
 * How long to wait for the notice of a save, a copy or an export: copying and exporting save and
 * release the statement in two IndexedDB transactions (fake-indexeddb), and the page's live
 * queries re-read after each, which on a loaded two-core machine takes longer than findBy's
 * default second.
 */
const writeWait = { timeout: 5_000 };

/** Opens a template's page and waits for its title. */
async function openTemplate(id: string, title: string) {
  const user = userEvent.setup();
  await renderApp(`#/sops/templates/${id}`);
  await screen.findByRole('heading', { level: 2, name: title });
  return user;
}

/** The "Fill a statement" panel. */
function panel(): HTMLElement {
  return screen.getByRole('region', { name: 'Fill a statement' });
}

/**
 * The list of the template's statements: it appears once its live query has answered with a
 * saved statement, which can be after the notice of the write.
 */
function statementTable(): Promise<HTMLElement> {
  return screen.findByRole('table', { name: 'Statements from this template, newest first' });
}

/** The statements stored for a template. */
async function storedStatements(templateId: string) {
  return getDatabase().statements.where('templateId').equals(templateId).toArray();
}

describe('SOP library → a statement template', { timeout: slowUiTimeout }, () => {
  it('says so for an unknown id and links back to the list', async () => {
    await renderApp('#/sops/templates/no-such-template');
    await screen.findByText('This template does not exist. It may have been deleted.');
    expect(screen.getByRole('link', { name: 'All statement templates' }).getAttribute('href')).toBe(
      '#/sops/templates',
    );
  });

  it('shows the template text as plain text with its line breaks, and its facts', async () => {
    const template = await createValidTemplate({
      body: '<b>Not bold</b> {{company}}\n<img src=x onerror=alert(1)>',
      requiredPlaceholders: ['spokesperson'],
    });
    await getDatabase().statementTemplates.update(template.id, { isStarter: true });
    await openTemplate(template.id, 'Holding statement');
    const text = screen.getByRole('region', { name: 'Template text' });
    expect(text.textContent).toBe(
      'Template text<b>Not bold</b> {{company}}\n<img src=x onerror=alert(1)>',
    );
    expect(text.querySelector('b, img')).toBeNull();
    expect(screen.getByText(/Installed from the starter library/u)).toBeTruthy();
    const facts = screen.getByRole('region', { name: 'About this template' });
    expect(facts.textContent).toContain('Values neededSpokesperson');
    expect(facts.textContent).toContain('Approvals neededLegal and Spokesperson');
    expect(
      within(facts)
        .getByRole('link', { name: 'Data breach or security incident' })
        .getAttribute('href'),
    ).toBe('#/sops/types/data-breach');
  });

  it('never previews a blank: names each missing value and blocks copy and export', async () => {
    const template = await createValidTemplate({
      needsLegalApproval: false,
      needsSpokespersonApproval: false,
    });
    const user = await openTemplate(template.id, 'Holding statement');
    const copy = within(panel()).getByRole('button', { name: 'Copy as plain text' });
    const exportButton = within(panel()).getByRole('button', { name: 'Export as file' });
    const preview = () => within(panel()).getByRole('region', { name: 'Preview' });

    expect(preview().textContent).toContain(
      'Fill in: Company, Time of detection, and What we know',
    );
    expect(copy).toHaveProperty('disabled', true);
    expect(exportButton).toHaveProperty('disabled', true);

    await user.type(within(panel()).getByLabelText('Company'), 'Acme');
    await user.type(within(panel()).getByLabelText('What we know'), 'Little so far.');
    expect(preview().textContent).toContain('Fill in: Time of detection');
    expect(preview().textContent).not.toContain('Acme');
    expect(copy).toHaveProperty('disabled', true);
    const reasonsId = copy.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(reasonsId)?.textContent).toContain(
      'every value is filled in (Time of detection missing);',
    );
    // Whitespace is not a value.
    await user.type(within(panel()).getByLabelText('Time of detection'), '   ');
    expect(preview().textContent).toContain('Fill in: Time of detection');
    expect(copy).toHaveProperty('disabled', true);

    await user.type(within(panel()).getByLabelText('Time of detection'), '09:00');
    expect(preview().textContent).toBe(
      'PreviewOn 09:00, Acme found a problem.\n\nWhat we know: Little so far.',
    );
    expect(copy).toHaveProperty('disabled', false);
    expect(exportButton).toHaveProperty('disabled', false);
    expect(within(panel()).getByText('Legal approval: not needed for this template.')).toBeTruthy();
    expect(await storedStatements(template.id)).toEqual([]);
  });

  it('keeps copy and export closed until each approval the template needs is entered', async () => {
    const template = await createValidTemplate();
    const user = await openTemplate(template.id, 'Holding statement');
    const copy = within(panel()).getByRole('button', { name: 'Copy as plain text' });
    await user.type(within(panel()).getByLabelText('Company'), 'Acme');
    await user.type(within(panel()).getByLabelText('Time of detection'), '09:00');
    await user.type(within(panel()).getByLabelText('What we know'), 'Little so far.');
    const reasons = () =>
      document.getElementById(copy.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(copy).toHaveProperty('disabled', true);
    expect(reasons()).toContain('the legal approver is entered;');
    expect(reasons()).toContain('the spokesperson approver is entered.');

    await user.type(within(panel()).getByLabelText('Legal approved by'), 'Wang Li');
    expect(copy).toHaveProperty('disabled', true);
    expect(reasons()).not.toContain('legal');
    expect(reasons()).toContain('the spokesperson approver is entered.');

    await user.type(within(panel()).getByLabelText('Spokesperson approved by'), 'Chen Mei');
    expect(copy).toHaveProperty('disabled', false);
    expect(within(panel()).getByRole('button', { name: 'Export as file' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('copies the filled text, records the release and keeps the statement in the list', async () => {
    const template = await createValidTemplate();
    const user = await openTemplate(template.id, 'Holding statement');
    installClipboard();
    await user.type(within(panel()).getByLabelText('Company'), 'Acme');
    await user.type(within(panel()).getByLabelText('Time of detection'), '09:00');
    await user.type(within(panel()).getByLabelText('What we know'), 'Little so far.');
    await user.type(within(panel()).getByLabelText('Legal approved by'), 'Wang Li');
    await user.type(within(panel()).getByLabelText('Spokesperson approved by'), 'Chen Mei');
    await user.click(within(panel()).getByRole('button', { name: 'Copy as plain text' }));

    await screen.findByText('The statement was copied as plain text.', {}, writeWait);
    expect(clipboardWrites).toEqual([
      'On 09:00, Acme found a problem.\n\nWhat we know: Little so far.',
    ]);
    const [statement] = await storedStatements(template.id);
    expect(statement).toMatchObject({
      text: 'On 09:00, Acme found a problem.\n\nWhat we know: Little so far.',
      legalApprovedBy: 'Wang Li',
      spokespersonApprovedBy: 'Chen Mei',
    });
    expect(statement?.releasedAt).toEqual(expect.any(Number));
    expect(statement?.legalApprovedAt).toEqual(expect.any(Number));

    // The list and the panel's released view follow the stored statement through a live query,
    // which can answer after the notice.
    const list = await statementTable();
    await waitFor(() => {
      const [, row] = within(list).getAllByRole('row');
      expect(row?.textContent).not.toContain('Not released');
      expect(row?.textContent).toContain('Wang Li, ');
      expect(row?.textContent).toContain('Shown in the panel');
    });
    expect(await within(panel()).findByText(/^Statement saved on .*, released on /u)).toBeTruthy();
  });

  it('offers the text to copy by hand when the clipboard refuses it', async () => {
    const template = await createValidTemplate({
      needsLegalApproval: false,
      needsSpokespersonApproval: false,
    });
    const user = await openTemplate(template.id, 'Holding statement');
    installClipboard(true);
    await user.type(within(panel()).getByLabelText('Company'), 'Acme');
    await user.type(within(panel()).getByLabelText('Time of detection'), '09:00');
    await user.type(within(panel()).getByLabelText('What we know'), 'Little so far.');
    await user.click(within(panel()).getByRole('button', { name: 'Copy as plain text' }));

    const fallback =
      await within(panel()).findByLabelText<HTMLTextAreaElement>('Statement text to copy');
    expect(fallback.value).toBe('On 09:00, Acme found a problem.\n\nWhat we know: Little so far.');
    expect(fallback.readOnly).toBe(true);
    expect(document.activeElement).toBe(fallback);
    expect(screen.queryByText('The statement was copied as plain text.')).toBeNull();
    const [statement] = await storedStatements(template.id);
    expect(statement?.releasedAt).toEqual(expect.any(Number));
  });

  it('exports the text as a UTF-8 .txt file through the save dialog and then marks it released', async () => {
    const template = await createValidTemplate({
      title: 'Holding: “breach” / v2',
      needsLegalApproval: false,
      needsSpokespersonApproval: false,
    });
    const saved: { suggestedName: string; content: string; encoding: string }[] = [];
    let isCancelling = true;
    mainProcess.responders['files:save-file'] = (payload) => {
      saved.push(payload);
      return isCancelling
        ? ok({ saved: false })
        : ok({ saved: true, path: `/tmp/${payload.suggestedName}` });
    };
    const user = await openTemplate(template.id, 'Holding: “breach” / v2');
    await user.type(within(panel()).getByLabelText('Company'), '台灣範例公司');
    await user.type(within(panel()).getByLabelText('Time of detection'), '09:00');
    await user.type(within(panel()).getByLabelText('What we know'), 'Little so far.');
    const exportButton = within(panel()).getByRole('button', { name: 'Export as file' });

    // A cancelled save dialog releases nothing.
    await user.click(exportButton);
    await waitFor(() => expect(saved).toHaveLength(1));
    await waitFor(() => expect(exportButton).toHaveProperty('disabled', false));
    const [draft] = await storedStatements(template.id);
    expect(draft?.releasedAt).toBeNull();

    isCancelling = false;
    await user.click(exportButton);
    const notice = await screen.findByText(/^The statement was saved to \/tmp\//u, {}, writeWait);
    expect(notice.textContent).toMatch(
      /^The statement was saved to \/tmp\/Holding- “breach” - v2-\d{4}-\d{2}-\d{2}\.txt\.$/u,
    );
    expect(saved[1]).toMatchObject({
      content: 'On 09:00, 台灣範例公司 found a problem.\n\nWhat we know: Little so far.',
      encoding: 'utf8',
    });
    expect(saved[1]?.suggestedName).toMatch(/^Holding- “breach” - v2-\d{4}-\d{2}-\d{2}\.txt$/u);
    const statements = await storedStatements(template.id);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.releasedAt).toEqual(expect.any(Number));
  });

  it('fills a labelled sample in the template’s language, and saves into the same statement', async () => {
    const template = await createValidTemplate({
      title: '网络安全事件初步回应声明',
      language: 'zh-CN',
      body: '{{company}}于{{detectedAt}}发现问题。',
      needsLegalApproval: false,
      needsSpokespersonApproval: false,
    });
    const user = await openTemplate(template.id, '网络安全事件初步回应声明');
    expect(screen.queryByText(/Sample values are filled in/u)).toBeNull();
    await user.click(within(panel()).getByRole('button', { name: 'Fill in sample values' }));
    expect(within(panel()).getByLabelText<HTMLInputElement>('Company').value).toBe(
      '示例科技有限公司',
    );
    expect(within(panel()).getByRole('status').textContent).toBe(
      'Sample values are filled in: they are an example, not facts about your incident. Replace each one before you release the statement.',
    );
    expect(within(panel()).getByRole('region', { name: 'Preview' }).textContent).toBe(
      'Preview示例科技有限公司于3 月 3 日上午 9:40（示例时间）发现问题。',
    );

    await user.click(within(panel()).getByRole('button', { name: 'Save statement' }));
    await screen.findByText('The statement was saved.', {}, writeWait);
    const [first] = await storedStatements(template.id);

    // Replacing every sample value removes the sample note; saving updates the same statement.
    const company = within(panel()).getByLabelText('Company');
    await user.clear(company);
    await user.type(company, '真实公司');
    const detectedAt = within(panel()).getByLabelText('Time of detection');
    await user.clear(detectedAt);
    await user.type(detectedAt, '今天上午');
    expect(screen.queryByText(/Sample values are filled in/u)).toBeNull();
    await user.click(within(panel()).getByRole('button', { name: 'Save statement' }));
    await waitFor(async () =>
      expect((await storedStatements(template.id))[0]?.text).toBe('真实公司于今天上午发现问题。'),
    );
    const statements = await storedStatements(template.id);
    expect(statements.map(({ id }) => id)).toEqual([first?.id]);

    // A new statement starts empty; the saved one opens back into the panel.
    await user.click(within(panel()).getByRole('button', { name: 'Start a new statement' }));
    expect(within(panel()).getByLabelText<HTMLInputElement>('Company').value).toBe('');
    await user.type(within(panel()).getByLabelText('Company'), 'Unsaved');
    const list = await statementTable();
    await user.click(within(list).getByRole('button', { name: /^Open the statement saved on / }));
    const discard = await screen.findByRole('dialog', {
      name: 'Discard the values you have not saved?',
    });
    await user.click(within(discard).getByRole('button', { name: 'Discard' }));
    expect(within(panel()).getByLabelText<HTMLInputElement>('Company').value).toBe('真实公司');
  });

  it('deletes the template and its statements after asking, and Undo brings both back', async () => {
    const template = await createValidTemplate({
      needsLegalApproval: false,
      needsSpokespersonApproval: false,
    });
    const user = await openTemplate(template.id, 'Holding statement');
    await user.type(within(panel()).getByLabelText('Company'), 'Acme');
    await user.click(within(panel()).getByRole('button', { name: 'Save statement' }));
    await screen.findByText('The statement was saved.', {}, writeWait);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Holding statement”?' });
    expect(dialog.textContent).toContain(
      'The template and the 1 unreleased statement filled from it will be deleted. You can undo this from the notice that follows.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await getDatabase().statementTemplates.get(template.id)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Delete “Holding statement”?' })).getByRole(
        'button',
        { name: 'Delete' },
      ),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/sops/templates'));
    expect(await getDatabase().statementTemplates.get(template.id)).toBeUndefined();
    expect(await storedStatements(template.id)).toEqual([]);

    const notice = await screen.findByText('The template “Holding statement” was deleted.');
    await user.click(
      within(notice.closest('li') ?? document.body).getByRole('button', { name: 'Undo' }),
    );
    await screen.findByRole('link', { name: 'Holding statement' });
    expect(await getDatabase().statementTemplates.get(template.id)).toBeDefined();
    expect(await storedStatements(template.id)).toHaveLength(1);
  });
});
