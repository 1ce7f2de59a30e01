import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { applyRecords } from '../../../../renderer/src/db/repositories/monitoringRecordRepository';
import { saveSetting } from '../../../../renderer/src/db/repositories/settingsRepository';
import { fail } from '../../../../shared/ipc/result';
import { fetchRecord, item, seedSource } from '../../db/monitoringFixtures';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { clearMonitoringData } from './monitoringTestSupport';

const mainProcess = useAppTestEnvironment();

const hour = 3_600_000;

beforeEach(async () => {
  await clearMonitoringData();
  // jsdom lays nothing out: give the table's scroll area a height so the virtualizer shows rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
});

/** Two sources with items an hour, two days and two months old. */
async function seedItems() {
  const db = getDatabase();
  const now = Date.now();
  await seedSource(db, { id: 'cna', name: 'Central News Agency' });
  await seedSource(db, { id: 'forum', name: 'PTT forum' });
  await applyRecords(
    [
      fetchRecord(now, {
        sourceId: 'cna',
        items: [
          item('recent', {
            title: '颱風警報發布',
            text: '中央氣象署發布海上颱風警報。',
            language: 'zh-Hant',
            publishedAt: now - hour,
            link: 'https://news.example.tw/recent',
          }),
          item('old', {
            title: 'Quarterly results',
            text: 'Revenue grew.',
            publishedAt: now - 60 * 24 * hour,
            dateSource: 'fetch-time',
          }),
        ],
      }),
      fetchRecord(now, {
        sourceId: 'forum',
        items: [
          item('forum', {
            title: '<img src=x onerror=alert(1)> recall rumour',
            text: 'A'.repeat(500),
            publishedAt: now - 48 * hour,
            link: null,
          }),
        ],
      }),
    ],
    db,
  );
}

async function openItems() {
  const user = userEvent.setup();
  await renderApp('#/monitoring/items');
  const table = await screen.findByRole('table', { name: 'Fetched items, newest first' });
  return { user, table };
}

function titles(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[2]?.textContent ?? '');
}

describe('Monitoring → Items', () => {
  it('lists every item newest first with its source, title, snippet and language', async () => {
    await seedItems();
    const { table } = await openItems();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Published', 'Source', 'Title', 'Text', 'Language', 'Actions']);
    await waitFor(() =>
      expect(titles(table)).toEqual([
        '颱風警報發布',
        '<img src=x onerror=alert(1)> recall rumour',
        'Quarterly results',
      ]),
    );
    expect(table.querySelector('img')).toBeNull();
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(first).getByText('Central News Agency')).toBeTruthy();
    expect(within(first).getByText('Chinese (Traditional)')).toBeTruthy();
    const forum = within(table).getAllByRole('row')[2] as HTMLElement;
    expect(within(forum).getByText(/^A{160}…$/u)).toBeTruthy();
    expect(within(forum).getByText('No link')).toBeTruthy();
    const old = within(table).getAllByRole('row')[3] as HTMLElement;
    expect(within(old).getByText('Date from fetch time: the feed gave none')).toBeTruthy();
    expect(screen.getByText('Showing all 3 matching items.')).toBeTruthy();
    expect(table.getAttribute('aria-rowcount')).toBe('4');
  });

  it('filters by source, time and text', async () => {
    await seedItems();
    const { user, table } = await openItems();
    await waitFor(() => expect(titles(table)).toHaveLength(3));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'PTT forum');
    await waitFor(() =>
      expect(titles(screen.getByRole('table'))).toEqual([
        '<img src=x onerror=alert(1)> recall rumour',
      ]),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Source' }), 'All sources');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time' }), 'Last 7 days');
    await waitFor(() => expect(titles(screen.getByRole('table'))).toHaveLength(2));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time' }), 'Last 24 hours');
    await waitFor(() => expect(titles(screen.getByRole('table'))).toEqual(['颱風警報發布']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time' }), 'All time');

    await user.type(screen.getByRole('searchbox', { name: 'Search text' }), 'revenue');
    await waitFor(() => expect(titles(screen.getByRole('table'))).toEqual(['Quarterly results']));
    await user.clear(screen.getByRole('searchbox', { name: 'Search text' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search text' }), 'nothing like this');
    expect(await screen.findByText('No items match these filters.')).toBeTruthy();
  });

  it('opens the original through the allowlisted opener, and explains a refusal', async () => {
    await seedItems();
    const { user } = await openItems();
    await user.click(await screen.findByRole('button', { name: 'Open original: 颱風警報發布' }));
    await waitFor(() =>
      expect(mainProcess.calls.filter((call) => call.channel === 'shell:open-external')).toEqual([
        { channel: 'shell:open-external', payload: { url: 'https://news.example.tw/recent' } },
      ]),
    );

    mainProcess.responders['shell:open-external'] = () => fail('blocked-url', 'refused');
    await user.click(screen.getByRole('button', { name: 'Open original: Quarterly results' }));
    const alert = await screen.findByRole('alert', { name: 'Errors' });
    expect(
      await within(alert).findByText(
        'This link was blocked because it is not a safe web, email or phone address.',
      ),
    ).toBeTruthy();
  });

  it('shows the newest 200 and loads more on request', async () => {
    const db = getDatabase();
    const now = Date.now();
    await seedSource(db, { id: 'cna', name: 'CNA' });
    await applyRecords(
      [
        fetchRecord(now, {
          sourceId: 'cna',
          items: Array.from({ length: 205 }, (_, index) =>
            item(`n${index}`, { publishedAt: now - index * 60_000 }),
          ),
        }),
      ],
      db,
    );
    const { user } = await openItems();
    expect(await screen.findByText('Showing the 200 newest matching items.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing all 205 matching items.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('says when nothing has been fetched yet', async () => {
    await renderApp('#/monitoring/items');
    expect(
      await screen.findByText(/No items have been fetched yet\. Add a source, or run one now/u),
    ).toBeTruthy();
    const sections = screen.getByRole('navigation', { name: 'Monitoring sections' });
    expect(within(sections).getByRole('link', { current: 'page' }).textContent).toBe('Items');
  });

  it.each([
    ['zh-TW', '項目', '開啟原文：颱風警報發布', '中文（繁體）'],
    ['zh-CN', '内容', '打开原文：颱風警報發布', '中文（繁体）'],
  ] as const)('speaks %s', async (language, heading, openLabel, languageName) => {
    await seedItems();
    await saveSetting('language', language);
    await renderApp('#/monitoring/items');
    expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeTruthy();
    expect(await screen.findByRole('button', { name: openLabel })).toBeTruthy();
    expect(screen.getAllByText(languageName).length).toBeGreaterThan(0);
  });
});
