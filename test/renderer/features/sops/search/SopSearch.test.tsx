import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Language } from '../../../../../shared/domain/settings';
import type { Sop } from '../../../../../shared/domain/sops/sop';
import type { SearchableSop } from '../../../../../renderer/src/features/sops/search/sopSearchDocuments';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';
import { SopSearch } from '../../../../../renderer/src/features/sops/search/SopSearch';
import { createI18n } from '../../../../../renderer/src/i18n/createI18n';
import type { SearchClient } from '../../../../../renderer/src/lib/search/searchClient';
import { sopWith, templateWith } from './sopSearchTestSupport';

const sops: Sop[] = [
  sopWith('breach', {
    title: '資料外洩應變',
    purpose: '發現個人資料外洩時，立即啟動本程序。',
    steps: [
      {
        id: 'step-1',
        title: '通報主管機關',
        ownerRoleId: 'legal-counsel',
        targetMinutes: 60,
        checklist: [{ id: 'item-1', text: '確認外洩範圍' }],
        resources: [],
        notes: '',
      },
    ],
  }),
  sopWith('recall', { title: 'Product recall', purpose: 'Stop shipments of the affected batch.' }),
];
const templates: StoredStatementTemplate[] = [
  templateWith('holding-cn', 'zh-CN', '初步声明', '我们发现部分客户资料外泄，正在调查。'),
  templateWith('holding-en', 'en', 'Holding statement', 'We are aware of {{incidentTitle}}.'),
];

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

/** Renders the search in `language`, inside hash routing as the app has it. */
function renderSearch(
  language: Language = 'en',
  props: { createClient?: () => SearchClient } = {},
  searched: readonly SearchableSop[] = sops,
) {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <Router hook={useHashLocation}>
        <SopSearch sops={searched} templates={templates} {...props} />
      </Router>
    </I18nextProvider>,
  );
}

/**
 * How long the search may take to settle: jsdom has no Worker, so the engine (with the search
 * library and the Chinese conversion tables) is imported in-thread on first use and indexes in
 * time slices, which takes seconds on a loaded two-core machine.
 */
const indexingTimeout = 10_000;

/**
 * Waits until the search has settled on the query typed last, which is when the status counts
 * its hits (`count`, as the status words it). Until then the list may still show the hits of a
 * query typed part-way (the search runs whenever typing pauses) or of a partly built index.
 */
async function waitForSettledResults(count: string): Promise<void> {
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain(count), {
    timeout: indexingTimeout,
  });
}

describe('SopSearch', { timeout: 20_000 }, () => {
  it('finds SOPs and templates in either Chinese script, with kind, link and snippet', async () => {
    const user = userEvent.setup();
    renderSearch();
    await user.type(
      screen.getByRole('searchbox', { name: 'Search SOPs and templates' }),
      '资料外泄',
    );

    await waitForSettledResults('2 results');
    const results = screen.getByRole('list', { name: 'Search results' });
    const items = within(results).getAllByRole('listitem');
    expect(items).toHaveLength(2);

    const [sopItem, templateItem] = items;
    expect(sopItem?.textContent).toMatch(/^SOP/u);
    const sopLink = within(sopItem!).getByRole('link', { name: '資料外洩應變' });
    expect(sopLink.getAttribute('href')).toBe('#/sops/breach');
    expect(sopLink.getAttribute('lang')).toBe('en');
    expect(within(sopItem!).getByText('資料外洩', { selector: 'mark' })).not.toBeNull();

    expect(templateItem?.textContent).toMatch(/^Statement template/u);
    const templateLink = within(templateItem!).getByRole('link', { name: '初步声明' });
    expect(templateLink.getAttribute('href')).toBe('#/sops/templates/holding-cn');
    expect(templateLink.getAttribute('lang')).toBe('zh-CN');
    expect(within(templateItem!).getByText('资料外泄', { selector: 'mark' })).not.toBeNull();
  });

  it('finds words in step titles and checklists, in English too', async () => {
    const user = userEvent.setup();
    renderSearch();
    const box = screen.getByRole('searchbox', { name: 'Search SOPs and templates' });
    await user.type(box, '外洩範圍');
    await waitForSettledResults('1 result');
    const results = screen.getByRole('list', { name: 'Search results' });
    expect(
      within(results)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['資料外洩應變']);

    await user.clear(box);
    await user.type(box, 'ship');
    await waitForSettledResults('1 result');
    const recallLink = screen.getByRole('link', { name: 'Product recall' });
    expect(recallLink.getAttribute('href')).toBe('#/sops/recall');
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    renderSearch();
    await user.type(
      screen.getByRole('searchbox', { name: 'Search SOPs and templates' }),
      'tsunami',
    );
    expect(await screen.findByText('Nothing matches “tsunami”.')).not.toBeNull();
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
  });

  it('says it is indexing while the index is not yet built', async () => {
    const user = userEvent.setup();
    const never = new Promise<never>(() => {});
    renderSearch('en', {
      createClient: () => ({ sync: () => never, search: async () => [], close: () => {} }),
    });
    await user.type(screen.getByRole('searchbox', { name: 'Search SOPs and templates' }), 'recall');
    expect(screen.getByRole('status').textContent).toContain('Indexing…');
    expect(screen.queryByText(/Nothing matches/u)).toBeNull();
  });

  it('speaks the UI language', async () => {
    const user = userEvent.setup();
    renderSearch('zh-TW');
    await user.type(
      screen.getByRole('searchbox', { name: '搜尋標準作業程序與聲明範本' }),
      'recall',
    );
    await waitForSettledResults('共 1 筆結果');
    const results = screen.getByRole('list', { name: '搜尋結果' });
    expect(within(results).getByRole('listitem').textContent).toMatch(/^標準作業程序/u);
  });

  it('marks an SOP that was never published, whose text is its draft', async () => {
    const user = userEvent.setup();
    const [breach, recall] = sops;
    if (breach === undefined || recall === undefined) {
      throw new Error('expected two SOPs');
    }
    renderSearch('en', {}, [
      { id: breach.id, content: breach.content, isPublished: true },
      {
        id: recall.id,
        content: { ...recall.content, title: 'Recall shipments' },
        isPublished: false,
      },
    ]);
    const box = screen.getByRole('searchbox', { name: 'Search SOPs and templates' });
    await user.type(box, 'ship');
    const recallHit = (await screen.findByRole('link', { name: 'Recall shipments' })).closest('li');
    expect(recallHit?.textContent).toMatch(/^SOP Not published Recall shipments/u);

    await user.clear(box);
    await user.type(box, '外洩範圍');
    const breachHit = (await screen.findByRole('link', { name: '資料外洩應變' })).closest('li');
    expect(breachHit?.textContent).not.toContain('Not published');
  });
});
