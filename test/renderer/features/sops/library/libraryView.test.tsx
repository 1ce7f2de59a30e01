import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readSopVersions } from '../../../../../renderer/src/db/repositories/sopRepository';
import { starterLibrary } from '../../../../../shared/domain/sops/starter';
import { renderApp, useAppTestEnvironment } from '../../../support/renderApp';
import {
  saveDraft,
  seedDraftSop,
  seedOverdueSop,
  seedPublishedSop,
  sopContent,
  withRenamedSecondStep,
} from './librarySupport';

useAppTestEnvironment();

const templatesPerLanguage = starterLibrary.reduce((sum, kit) => sum + kit.templates.length, 0);
const cellCount = starterLibrary.reduce((sum, kit) => sum + kit.matrix.length, 0);
const dataBreachKit = starterLibrary.find((kit) => kit.crisisTypeId === 'data-breach');

/** Opens the library. */
async function openLibrary() {
  const user = userEvent.setup();
  await renderApp('#/sops');
  return user;
}

/** The title cells of the SOP table, in order. */
function listedTitles(): string[] {
  const table = screen.getByRole('table', { name: 'SOPs' });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent ?? '');
}

/**
 * Installing the starter library writes every SOP, version, template and matrix cell through
 * fake-indexeddb, twice in one test: seconds on a loaded two-core machine.
 */
const installTimeout = 20_000;

/**
 * How long to wait for the search to settle: jsdom has no Worker, so the engine (with the search
 * library and the Chinese conversion tables) is imported in-thread on first use and indexes in
 * time slices, which takes seconds on a loaded two-core machine.
 */
const searchWait = { timeout: 10_000 };

describe('SOP library', { timeout: installTimeout }, () => {
  it('explains the empty library and offers the starter library and a new SOP', async () => {
    await openLibrary();

    const empty = await screen.findByRole('region', { name: 'Start your SOP library' });
    expect(within(empty).getByText('No SOPs have been written yet.')).toBeTruthy();
    expect(within(empty).getByRole('link', { name: 'New SOP' }).getAttribute('href')).toBe(
      '#/sops/new',
    );
    expect(within(empty).getByRole('button', { name: 'Install the starter library' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('installs the starter library in the UI language, reports the counts and lists the SOPs', async () => {
    const user = await openLibrary();
    await user.click(await screen.findByRole('button', { name: 'Install the starter library' }));

    const dialog = await screen.findByRole('dialog', { name: 'Install the starter library' });
    expect(
      within(dialog).getByText(/starting point written by the Crisis Room team/u),
    ).toBeTruthy();
    const sopLanguage = within(dialog).getByRole('group', {
      name: 'Language of the SOPs and the matrix',
    });
    expect(
      within(sopLanguage).getByRole<HTMLInputElement>('radio', { name: 'English' }).checked,
    ).toBe(true);
    const templateLanguages = within(dialog).getByRole('group', {
      name: 'Languages of the statement templates',
    });
    expect(
      within(templateLanguages)
        .getAllByRole<HTMLInputElement>('checkbox')
        .map((box) => box.checked),
    ).toEqual([true, false, false]);

    await user.click(within(dialog).getByRole('button', { name: 'Install' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });
    expect(
      await screen.findByText(
        `Starter library installed: ${starterLibrary.length} SOPs, ${templatesPerLanguage} templates and ${cellCount} matrix cells.`,
      ),
    ).toBeTruthy();
    await screen.findByRole('table', { name: 'SOPs' });
    const titles = listedTitles();
    expect(titles).toHaveLength(starterLibrary.length);
    expect(titles).toContain(dataBreachKit?.sop.title.en);

    const table = screen.getByRole('table', { name: 'SOPs' });
    const row = within(table)
      .getByRole('link', { name: dataBreachKit?.sop.title.en ?? '' })
      .closest('tr');
    if (row === null) throw new Error('expected the data-breach row');
    expect(row.textContent).toContain('Starter — adapt it');
    expect(row.textContent).toContain('v1');
    expect(row.textContent).not.toContain('Review overdue');
    expect(within(row).getByRole('link').getAttribute('href')).toBe(
      `#/sops/${dataBreachKit?.sop.id ?? ''}`,
    );
    const versions = await readSopVersions(dataBreachKit?.sop.id ?? '');
    expect(versions[0]).toMatchObject({
      changeNote: 'Installed from the starter library',
      publishedBy: 'Crisis Room starter library',
    });
  });

  it('installs SOPs in another language with templates in the languages ticked, and only what is missing', async () => {
    const user = await openLibrary();
    await user.click(await screen.findByRole('button', { name: 'Install the starter library' }));
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: '简体中文' }));
    const templateLanguages = within(dialog).getByRole('group', {
      name: 'Languages of the statement templates',
    });
    // The template language follows the SOP language until the user ticks one.
    expect(
      within(templateLanguages).getByRole<HTMLInputElement>('checkbox', { name: '简体中文' })
        .checked,
    ).toBe(true);
    await user.click(within(templateLanguages).getByRole('checkbox', { name: '简体中文' }));
    await user.click(within(dialog).getByRole('button', { name: 'Install' }));
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();

    await user.click(within(templateLanguages).getByRole('checkbox', { name: '简体中文' }));
    await user.click(within(templateLanguages).getByRole('checkbox', { name: 'English' }));
    await user.click(within(dialog).getByRole('button', { name: 'Install' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });
    expect(
      await screen.findByText(
        `Starter library installed: ${starterLibrary.length} SOPs, ${templatesPerLanguage * 2} templates and ${cellCount} matrix cells.`,
      ),
    ).toBeTruthy();
    await screen.findByRole('table', { name: 'SOPs' });
    expect(listedTitles()).toContain(dataBreachKit?.sop.title['zh-CN']);

    // With SOPs present, installing again says it adds only what is missing, and does.
    const install = screen.getByRole('button', { name: 'Install the starter library' });
    expect(install.getAttribute('aria-describedby')).not.toBeNull();
    expect(screen.getByText(/Installing again adds only what is missing/u)).toBeTruthy();
    await user.click(install);
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: '繁體中文' }));
    await user.click(within(dialog).getByRole('button', { name: 'Install' }));
    expect(
      await screen.findByText(
        `Starter library installed: 0 SOPs, ${templatesPerLanguage} templates and 0 matrix cells.`,
      ),
    ).toBeTruthy();
  });

  it('flags unpublished drafts and overdue reviews, and filters by crisis type and overdue review', async () => {
    const edited = await seedPublishedSop();
    await saveDraft(edited.id, withRenamedSecondStep(sopContent(), 'Notify the authority'));
    await seedPublishedSop(sopContent({ title: 'Product recall', crisisTypeId: 'product-safety' }));
    await seedOverdueSop(sopContent({ title: 'Rumour control', crisisTypeId: 'rumour' }));
    const user = await openLibrary();

    const table = await screen.findByRole('table', { name: 'SOPs' });
    expect(listedTitles()).toEqual(['Data breach response', 'Product recall', 'Rumour control']);
    const rowOf = (title: string) => {
      const row = within(table).getByRole('link', { name: title }).closest('tr');
      if (row === null) throw new Error(`no row for ${title}`);
      return row;
    };
    await waitFor(() =>
      expect(rowOf('Data breach response').textContent).toContain('Draft has unpublished changes'),
    );
    expect(rowOf('Product recall').textContent).not.toContain('Draft has unpublished changes');
    expect(rowOf('Product recall').textContent).toContain('v1');
    expect(rowOf('Rumour control').textContent).toContain('Not published');
    expect(rowOf('Rumour control').textContent).toContain('Review overdue');
    expect(rowOf('Rumour control').textContent).toContain('Jan 31, 2020');
    expect(rowOf('Rumour control').textContent).toContain('Spokesperson');
    expect(rowOf('Data breach response').textContent).not.toContain('Review overdue');

    await user.click(screen.getByRole('button', { name: /^Title/u }));
    expect(listedTitles()).toEqual(['Rumour control', 'Product recall', 'Data breach response']);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Crisis type' }),
      'Rumours and fake news',
    );
    expect(listedTitles()).toEqual(['Rumour control']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Crisis type' }),
      'Any crisis type',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Only overdue reviews' }));
    expect(listedTitles()).toEqual(['Rumour control']);
    expect(screen.getByText('Showing 1 of 3 SOPs.')).toBeTruthy();
  });

  it('lists, filters and searches what is in force: the published version, not an unpublished draft', async () => {
    const published = await seedPublishedSop(sopContent({ title: 'Breach playbook' }));
    // A draft that would rename it, move it to another crisis type and add words of its own.
    await saveDraft(
      published.id,
      sopContent({
        title: 'Alpha rumour rewrite',
        crisisTypeId: 'rumour',
        purpose: 'Quarantine the unicorn servers.',
      }),
    );
    await seedDraftSop(
      sopContent({
        title: 'Extortion plan',
        crisisTypeId: 'product-safety',
        purpose: 'Refuse to pay.',
      }),
    );
    const user = await openLibrary();

    const table = await screen.findByRole('table', { name: 'SOPs' });
    // In the order of the titles shown (the draft's title would come first).
    expect(listedTitles()).toEqual(['Breach playbook', 'Extortion plan']);
    const breachRow = within(table).getByRole('link', { name: 'Breach playbook' }).closest('tr');
    expect(breachRow?.textContent).toContain('Data breach or security incident');
    expect(breachRow?.textContent).toContain('v1');
    expect(breachRow?.textContent).toContain('Draft has unpublished changes');
    expect(within(table).queryByText('Alpha rumour rewrite')).toBeNull();
    const draftRow = within(table).getByRole('link', { name: 'Extortion plan' }).closest('tr');
    expect(draftRow?.textContent).toContain('Not published');

    const crisisType = screen.getByRole('combobox', { name: 'Crisis type' });
    expect(
      within(crisisType)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Any crisis type',
      'Data breach or security incident',
      'Product safety and recalls',
    ]);
    await user.selectOptions(crisisType, 'Data breach or security incident');
    expect(listedTitles()).toEqual(['Breach playbook']);

    const search = screen.getByRole('searchbox', { name: 'Search SOPs and templates' });
    await user.type(search, 'unicorn');
    expect(await screen.findByText('Nothing matches “unicorn”.', {}, searchWait)).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'truth');
    // The count shows once the search settled on "truth"; until then the list may hold the hits
    // of a query typed part-way ("t" finds the draft too) or of a partly built index.
    await screen.findByText('1 result', {}, searchWait);
    const results = screen.getByRole('list', { name: 'Search results' });
    expect(within(results).getByRole('link', { name: 'Breach playbook' })).toBeTruthy();
    expect(within(results).queryByText('Not published')).toBeNull();
    await user.clear(search);
    await user.type(search, 'pay');
    // Filtered out of the table, so the only link to it is the search hit.
    const draftHit = (
      await screen.findByRole('link', { name: 'Extortion plan' }, searchWait)
    ).closest('li');
    expect(draftHit?.closest('ul')?.getAttribute('aria-label')).toBe('Search results');
    expect(draftHit?.textContent).toContain('Not published');
  });
});
