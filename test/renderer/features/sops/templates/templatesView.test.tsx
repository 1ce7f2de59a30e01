import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../../renderer/src/db/database';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import { createValidTemplate } from './templatesTestSupport';

/** Typing through user-event takes seconds per test, more on a loaded two-core machine. */
const slowUiTimeout = 20_000;

useAppTestEnvironment();

/** The titles in the template table, in order. */
function shownTitles(): string[] {
  const table = screen.getByRole('table', { name: 'Statement templates' });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
}

describe('SOP library → statement templates list', { timeout: slowUiTimeout }, () => {
  it('points to the starter library and offers a new template when there is none', async () => {
    await renderApp('#/sops/templates');
    const empty = await screen.findByRole('region', { name: 'No statement templates yet' });
    expect(
      within(empty)
        .getByRole('link', { name: 'Install the starter library from the SOP library' })
        .getAttribute('href'),
    ).toBe('#/sops');
    expect(screen.getByRole('button', { name: 'New template' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists templates with their facts and filters them', async () => {
    const breach = await createValidTemplate({ title: 'Breach holding line' });
    await createValidTemplate({
      title: '致歉聲明',
      crisisTypeId: null,
      stage: 'apology',
      audience: 'customers',
      language: 'zh-TW',
      needsLegalApproval: false,
      needsSpokespersonApproval: false,
    });
    await createValidTemplate({
      title: 'Rumour update',
      crisisTypeId: 'rumour',
      stage: 'update',
      audience: 'media',
      needsSpokespersonApproval: false,
    });
    await getDatabase().statementTemplates.update(breach.id, { isStarter: true });
    const user = userEvent.setup();
    await renderApp('#/sops/templates');
    await screen.findByRole('table', { name: 'Statement templates' });
    expect(shownTitles()).toEqual(['Breach holding line', 'Rumour update', '致歉聲明']);

    const table = screen.getByRole('table', { name: 'Statement templates' });
    const breachRow = within(table)
      .getByRole('link', { name: 'Breach holding line' })
      .closest('tr');
    expect(
      within(breachRow ?? document.body)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Data breach or security incident',
      'Holding statement',
      'Public',
      'English',
      'Legal and Spokesperson',
    ]);
    expect(breachRow?.textContent).toContain('Starter — adapt it');
    expect(
      within(table).getByRole('link', { name: 'Breach holding line' }).getAttribute('href'),
    ).toBe(`#/sops/templates/${breach.id}`);
    const apologyRow = within(table).getByRole('link', { name: '致歉聲明' }).closest('tr');
    expect(
      within(apologyRow ?? document.body)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Every crisis type', 'Apology', 'Customers', '繁體中文', 'None']);

    const filters = screen.getByRole('search', { name: 'Filter templates' });
    await user.selectOptions(within(filters).getByLabelText('Stage'), 'Apology');
    expect(shownTitles()).toEqual(['致歉聲明']);
    expect(screen.getByText('Showing 1 of 3 templates.')).toBeTruthy();
    await user.selectOptions(within(filters).getByLabelText('Stage'), 'Any stage');

    await user.selectOptions(
      within(filters).getByLabelText('Crisis type'),
      'Written for every crisis type',
    );
    expect(shownTitles()).toEqual(['致歉聲明']);
    await user.selectOptions(
      within(filters).getByLabelText('Crisis type'),
      'Rumours and fake news',
    );
    expect(shownTitles()).toEqual(['Rumour update']);
    await user.selectOptions(within(filters).getByLabelText('Crisis type'), 'Any crisis type');

    await user.selectOptions(within(filters).getByLabelText('Audience'), 'Media');
    expect(shownTitles()).toEqual(['Rumour update']);
    await user.selectOptions(within(filters).getByLabelText('Audience'), 'Any audience');

    const uiLanguageOnly = within(filters).getByRole('checkbox', {
      name: 'Only templates in English',
    });
    await user.click(uiLanguageOnly);
    expect(shownTitles()).toEqual(['Breach holding line', 'Rumour update']);
    expect(within(filters).getByLabelText<HTMLSelectElement>('Language').value).toBe('en');
    await user.selectOptions(within(filters).getByLabelText('Language'), '繁體中文');
    expect(shownTitles()).toEqual(['致歉聲明']);
    expect(uiLanguageOnly).toHaveProperty('checked', false);

    await user.selectOptions(within(filters).getByLabelText('Stage'), 'Update');
    expect(screen.getByText('No template matches these filters.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shownTitles()).toHaveLength(3);
  });
});

describe('SOP library → new statement template', { timeout: slowUiTimeout }, () => {
  it('reports unknown and malformed placeholders with their position and writes nothing', async () => {
    const user = userEvent.setup();
    await renderApp('#/sops/templates');
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    const dialog = await screen.findByRole('dialog', { name: 'New statement template' });
    await user.type(within(dialog).getByLabelText('Title'), 'Typo template');
    const body = within(dialog).getByLabelText('Text');
    await user.click(body);
    await user.paste('Dear all,\nOn {{detectedAt}} {{compnay}} said {{ company }}.');

    expect(dialog.textContent).toContain(
      'Line 2, column 19: {{compnay}} is not a placeholder the app knows.',
    );
    expect(within(dialog).getAllByText(/is not a placeholder the app knows/u)).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(body.getAttribute('aria-invalid')).toBe('true'));
    expect(dialog.textContent).toContain('The text uses a placeholder the app does not know.');
    expect(await getDatabase().statementTemplates.count()).toBe(0);

    // A broken brace is reported where it starts, in characters (a CJK line counts each one).
    await user.clear(body);
    await user.paste('第一行\n公司：{{company');
    expect(dialog.textContent).toContain(
      'Line 2, column 4: a placeholder is opened with two braces but not closed on the same line.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(dialog.textContent).toContain('The text has a broken placeholder'));
    expect(await getDatabase().statementTemplates.count()).toBe(0);
  });

  it('inserts placeholders at the cursor and saves the template, then opens it', async () => {
    const user = userEvent.setup();
    await renderApp('#/sops/templates');
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    const dialog = await screen.findByRole('dialog', { name: 'New statement template' });
    await user.type(within(dialog).getByLabelText('Title'), 'Customer apology');
    await user.selectOptions(within(dialog).getByLabelText('Crisis type'), 'Rumours and fake news');
    await user.selectOptions(within(dialog).getByLabelText('Stage'), 'Apology');
    await user.selectOptions(within(dialog).getByLabelText('Audience'), 'Customers');
    await user.selectOptions(
      within(dialog).getByLabelText('Language of the statement'),
      '简体中文',
    );
    const body = within(dialog).getByLabelText<HTMLTextAreaElement>('Text');
    await user.type(body, 'Sorry from . Next update: ');
    await user.click(
      within(dialog).getByRole('button', { name: 'Insert placeholder Next update time' }),
    );
    expect(body.value).toBe('Sorry from . Next update: {{nextUpdateAt}}');
    // Put the cursor after "from " and insert there.
    body.setSelectionRange(11, 11);
    await user.click(within(dialog).getByRole('button', { name: 'Insert placeholder Company' }));
    expect(body.value).toBe('Sorry from {{company}}. Next update: {{nextUpdateAt}}');
    expect(body.selectionStart).toBe('Sorry from {{company}}'.length);
    expect(dialog.textContent).toContain('Every placeholder in the text is one the app knows.');

    await user.click(within(dialog).getByRole('checkbox', { name: 'Spokesperson' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Legal approval' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));

    await screen.findByRole('heading', { level: 2, name: 'Customer apology' });
    const [stored] = await getDatabase().statementTemplates.toArray();
    expect(window.location.hash).toBe(`#/sops/templates/${stored?.id}`);
    expect(stored).toMatchObject({
      title: 'Customer apology',
      crisisTypeId: 'rumour',
      stage: 'apology',
      audience: 'customers',
      language: 'zh-CN',
      body: 'Sorry from {{company}}. Next update: {{nextUpdateAt}}',
      requiredPlaceholders: ['spokesperson'],
      needsLegalApproval: true,
      needsSpokespersonApproval: false,
      isStarter: false,
    });
  });
});
