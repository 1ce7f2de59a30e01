import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/src/db/database';
import { applyRecords } from '../../../../renderer/src/db/repositories/monitoringRecordRepository';
import { saveSetting } from '../../../../renderer/src/db/repositories/settingsRepository';
import { ok } from '../../../../shared/ipc/result';
import type { SourcePreview } from '../../../../shared/monitoring/preview';
import { fetchRecord, item, seedSource, testNow } from '../../db/monitoringFixtures';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';
import { clearMonitoringData, descriptionOf, engineStatus, runtime } from './monitoringTestSupport';

const mainProcess = useAppTestEnvironment();

beforeEach(async () => {
  await clearMonitoringData();
});

/** What testing a working RSS feed returns. */
const workingPreview: SourcePreview = {
  outcome: 'ok',
  httpStatus: 200,
  finalUrl: 'https://news.example.tw/rss.xml',
  contentType: 'application/rss+xml',
  charset: 'big5',
  detectedKind: 'rss',
  itemsFound: 2,
  items: [
    item('a', { title: '颱風警報發布' }),
    item('b', { title: '<script>alert(1)</script>', dateSource: 'fetch-time' }),
  ],
  error: null,
  warnings: [{ code: 'dates-missing', params: { count: 1 } }],
  durationMs: 420,
};

async function openAddForm() {
  const user = userEvent.setup();
  await renderApp('#/monitoring/sources');
  await user.click(await screen.findByRole('button', { name: 'Add source' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add source' });
  return { user, dialog };
}

describe('Monitoring → Sources', () => {
  it('explains what a source is when there is none and offers to add one', async () => {
    await renderApp('#/monitoring');
    expect(await screen.findByRole('heading', { level: 1, name: 'Monitoring' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'No sources yet' })).toBeTruthy();
    expect(screen.getByText(/key sources as often as every 5 minutes/u)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add source' })).toBeTruthy();
    const sections = screen.getByRole('navigation', { name: 'Monitoring sections' });
    expect(within(sections).getByRole('link', { current: 'page' }).textContent).toBe('Sources');
  });

  it('shows each refused field beside it, keeps what was typed, then saves once fixed', async () => {
    const { user, dialog } = await openAddForm();
    const url = within(dialog).getByRole('textbox', { name: 'Address (URL)' });
    await user.type(url, 'ftp://user:secret@example.com/feed');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(name)).toEqual('This is required.');
    expect(descriptionOf(url)).toEqual(
      expect.stringContaining('Enter a web address starting with http:// or https://.'),
    );
    expect(within(dialog).getByRole('alert').textContent).toContain('2 fields need attention');
    expect(url).toHaveProperty('value', 'ftp://user:secret@example.com/feed');
    expect(document.activeElement).toBe(name);

    await user.type(name, 'Central News Agency');
    await user.clear(url);
    await user.type(url, 'https://news.example.tw/rss.xml');
    await user.type(within(dialog).getByRole('textbox', { name: 'Tags' }), 'news, 颱風');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const table = await screen.findByRole('table', { name: 'Monitored sources' });
    const row = within(table).getByRole('row', { name: /Central News Agency/u });
    expect(within(row).getByText('RSS 2.0/0.9x')).toBeTruthy();
    expect(within(row).getByText('Every hour')).toBeTruthy();
    expect(within(row).getByText('颱風')).toBeTruthy();
    expect(within(row).getByRole('switch', { name: 'Central News Agency enabled' })).toHaveProperty(
      'checked',
      true,
    );
    expect(await screen.findByText('Source “Central News Agency” saved.')).toBeTruthy();
    const stored = await getDatabase().monitoringSources.toArray();
    expect(stored.map((source) => source.tags)).toEqual([['news', '颱風']]);
  });

  it('explains a header or mapping problem beside the row or field it is about', async () => {
    const { user, dialog } = await openAddForm();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Open data');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Address (URL)' }),
      'https://data.example.tw/api',
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'json-api');
    await user.click(within(dialog).getByRole('button', { name: 'Add header' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Header 1 name' }), 'User-Agent');
    await user.type(within(dialog).getByRole('textbox', { name: 'Items path' }), 'data.__proto__');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const header = within(dialog).getByRole('textbox', { name: 'Header 1 name' });
    await waitFor(() => expect(header.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(header)).toEqual(
      'The app sets this header itself: it cannot be changed here.',
    );
    expect(descriptionOf(within(dialog).getByRole('textbox', { name: 'Items path' }))).toEqual(
      'This path is not allowed: it names an internal object property.',
    );
    expect(descriptionOf(within(dialog).getByRole('textbox', { name: 'Title field' }))).toEqual(
      'This is required.',
    );
    expect(await getDatabase().monitoringSources.count()).toBe(0);
  });

  it('offers presets and a custom interval within 5 to 1440 minutes', async () => {
    const { user, dialog } = await openAddForm();
    const interval = within(dialog).getByRole('combobox', { name: 'Scan interval' });
    expect(
      within(interval)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Every 5 minutes',
      'Every 15 minutes',
      'Every 30 minutes',
      'Every hour',
      'Every 2 hours',
      'Every 6 hours',
      'Every 24 hours',
      'Custom',
    ]);
    await user.selectOptions(interval, 'custom');
    const minutes = within(dialog).getByRole('spinbutton', { name: 'Minutes between scans' });
    await user.clear(minutes);
    await user.type(minutes, '2');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(minutes.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(minutes)).toEqual(
      'From 5 to 1440 minutes. This is too short or too small.',
    );
  });

  it('tests the source as typed and shows the preview as plain text, saving nothing', async () => {
    mainProcess.responders['monitoring:test-source'] = () => ok(workingPreview);
    const { user, dialog } = await openAddForm();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'CNA');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Address (URL)' }),
      'https://news.example.tw/rss.xml',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Character set' }),
      'big5',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Test' }));

    const preview = await within(dialog).findByRole('region', { name: 'Test result' });
    expect(within(preview).getByText('Fetched')).toBeTruthy();
    expect(within(preview).getByText('200')).toBeTruthy();
    expect(within(preview).getByText('big5')).toBeTruthy();
    expect(within(preview).getByText('颱風警報發布')).toBeTruthy();
    // Feed markup is text, never markup.
    expect(within(preview).getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(preview.querySelector('script')).toBeNull();
    expect(
      within(preview).getByText('1 item had no date: its fetch time is shown instead'),
    ).toBeTruthy();
    const call = mainProcess.calls.find((entry) => entry.channel === 'monitoring:test-source');
    expect(call?.payload).toMatchObject({
      source: { name: 'CNA', url: 'https://news.example.tw/rss.xml', charset: 'big5' },
    });
    expect(await getDatabase().monitoringSources.count()).toBe(0);
  });

  it('says in words why a test could not run', async () => {
    const { user, dialog } = await openAddForm();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'CNA');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Address (URL)' }),
      'https://news.example.tw/rss.xml',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Test' }));
    expect(
      await within(dialog).findByText(
        'The test could not run: There is no network connection. Try again when you are back online.',
      ),
    ).toBeTruthy();
  });

  it('asks before throwing away unsaved changes', async () => {
    const { user, dialog } = await openAddForm();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Half typed');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    const confirm = await screen.findByRole('dialog', { name: 'Discard changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog', { name: 'Discard changes?' })).toBeNull();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveProperty(
      'value',
      'Half typed',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard changes?' })).getByRole('button', {
        name: 'Discard changes',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await getDatabase().monitoringSources.count()).toBe(0);
  });

  it('closes an untouched form at once', async () => {
    const { user, dialog } = await openAddForm();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('edits a source with the form filled in, and saves the change', async () => {
    await seedSource(getDatabase(), { name: 'CNA', tags: ['news'], intervalMinutes: 45 });
    const user = userEvent.setup();
    await renderApp('#/monitoring/sources');
    await user.click(await screen.findByRole('button', { name: 'Edit CNA' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit source' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveProperty('value', 'CNA');
    expect(within(dialog).getByRole('combobox', { name: 'Scan interval' })).toHaveProperty(
      'value',
      'custom',
    );
    expect(
      within(dialog).getByRole('spinbutton', { name: 'Minutes between scans' }),
    ).toHaveProperty('value', '45');
    await user.clear(name);
    await user.type(name, 'Central News Agency');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const table = screen.getByRole('table', { name: 'Monitored sources' });
    expect(within(table).getByRole('link', { name: 'Central News Agency' })).toBeTruthy();
    expect(within(table).getByText('Every 45 minutes')).toBeTruthy();
    expect(await getDatabase().monitoringSources.count()).toBe(1);
  });

  it('deletes a source and its items only after confirming', async () => {
    const db = getDatabase();
    await seedSource(db, { name: 'CNA' });
    await applyRecords([fetchRecord(testNow, { items: [item('a'), item('b')] })], db);
    const user = userEvent.setup();
    await renderApp('#/monitoring/sources');

    await user.click(await screen.findByRole('button', { name: 'Delete CNA' }));
    let confirm = await screen.findByRole('dialog', { name: 'Delete source?' });
    expect(within(confirm).getByText(/every item fetched from it/u)).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Keep source');
    await user.click(within(confirm).getByRole('button', { name: 'Keep source' }));
    expect(await db.monitoringSources.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Delete CNA' }));
    confirm = await screen.findByRole('dialog', { name: 'Delete source?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete source and items' }));

    expect(await screen.findByText('Source “CNA” deleted. Items removed with it: 2.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'No sources yet' })).toBeTruthy();
    expect(await db.monitoringItems.count()).toBe(0);
  });

  it('turns a source off and on with its switch', async () => {
    const db = getDatabase();
    await seedSource(db, { name: 'CNA' });
    const user = userEvent.setup();
    await renderApp('#/monitoring/sources');
    const toggle = await screen.findByRole('switch', { name: 'CNA enabled' });
    await user.click(toggle);
    await waitFor(async () =>
      expect((await db.monitoringSources.toArray()).map((row) => row.enabled)).toEqual([false]),
    );
    expect(await screen.findByText('Disabled')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run now: CNA' })).toHaveProperty('disabled', true);
  });

  it('marks a source unhealthy after 3 failures, with the last error in words', async () => {
    const db = getDatabase();
    await seedSource(db, { name: 'CNA' });
    const timeout = { code: 'timeout' as const, params: { seconds: 30 }, detail: 'timed out' };
    await applyRecords(
      [1, 2, 3].map((hour) =>
        fetchRecord(testNow + hour * 3_600_000, {
          outcome: 'failed',
          httpStatus: null,
          error: timeout,
        }),
      ),
      db,
    );
    await renderApp('#/monitoring/sources');
    const row = await screen.findByRole('row', { name: /CNA/u });
    expect(await within(row).findByText('Unhealthy')).toBeTruthy();
    expect(within(row).getByText(/Last error \(.+\): Timed out after 30 s/u)).toBeTruthy();
    expect(within(row).getByText('Never fetched successfully')).toBeTruthy();
    expect(row.className).toContain('unhealthy');
  });

  it('shows failing n× below the threshold and healthy after a success', async () => {
    const db = getDatabase();
    await seedSource(db, { name: 'CNA' });
    const refused = { code: 'http-status' as const, params: { status: 503 }, detail: '' };
    await applyRecords(
      [fetchRecord(testNow, { outcome: 'failed', httpStatus: 503, error: refused })],
      db,
    );
    await renderApp('#/monitoring/sources');
    expect(await screen.findByText('Failing 1×')).toBeTruthy();
    expect(screen.getByText(/The server answered with HTTP status 503/u)).toBeTruthy();
    await applyRecords([fetchRecord(testNow + 3_600_000)], db);
    expect(await screen.findByText('Healthy')).toBeTruthy();
  });

  it('shows the engine state: offline, running, queued and backing off', async () => {
    const db = getDatabase();
    await seedSource(db, { id: 'a', name: 'Alpha' });
    await seedSource(db, { id: 'b', name: 'Bravo' });
    await seedSource(db, { id: 'c', name: 'Charlie' });
    const status = engineStatus({
      isOnline: false,
      sources: [
        runtime('a', { isRunning: true }),
        runtime('b', { isQueued: true }),
        runtime('c', { isBackingOff: true, consecutiveFailures: 2 }),
      ],
    });
    mainProcess.responders['monitoring:set-sources'] = () => ok(status);
    mainProcess.responders['monitoring:get-status'] = () => ok(status);
    await renderApp('#/monitoring/sources');
    mainProcess.emit('monitoring:status', status);

    expect(
      await screen.findByText(/No network connection: sources are not being fetched/u),
    ).toBeTruthy();
    const alpha = await screen.findByRole('row', { name: /Alpha/u });
    expect(within(alpha).getByText('Running…')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /Bravo/u })).getByText('Queued')).toBeTruthy();
    expect(
      within(screen.getByRole('row', { name: /Charlie/u })).getByText(/^Backing off until /u),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run now: Alpha' })).toHaveProperty('disabled', true);
  });

  it('runs one source or all of them now and says what happened', async () => {
    await seedSource(getDatabase(), { name: 'CNA' });
    mainProcess.responders['monitoring:run-now'] = (payload) =>
      ok({ queued: [payload.sourceId ?? 'source-a'], alreadyRunning: [] });
    const user = userEvent.setup();
    await renderApp('#/monitoring/sources');

    await user.click(await screen.findByRole('button', { name: 'Run now: CNA' }));
    expect(await screen.findByText('“CNA” is queued to run now.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Run all now' }));
    expect(await screen.findByText('Sources queued to run now: 1.')).toBeTruthy();
    const payloads = mainProcess.calls
      .filter((call) => call.channel === 'monitoring:run-now')
      .map((call) => call.payload);
    expect(payloads).toEqual([{ sourceId: 'source-a' }, { sourceId: null }]);
  });

  it('opens a source’s details: health, fetch log and coverage gaps with reasons', async () => {
    const db = getDatabase();
    await seedSource(db, { name: 'CNA', intervalMinutes: 60 });
    const now = Date.now();
    const hour = 3_600_000;
    await applyRecords(
      [
        fetchRecord(now - 30 * hour, { items: [item('a')] }),
        fetchRecord(now - 29 * hour),
        fetchRecord(now - 20 * hour, {
          outcome: 'failed',
          error: { code: 'html-not-feed', params: {}, detail: '' },
        }),
        fetchRecord(now - 10 * hour),
        fetchRecord(now - 9 * hour),
      ],
      db,
    );
    const user = userEvent.setup();
    await renderApp('#/monitoring/sources');
    await user.click(await screen.findByRole('link', { name: 'CNA' }));

    expect(window.location.hash).toBe('#/monitoring/sources/source-a');
    expect(await screen.findByRole('heading', { level: 2, name: 'CNA' })).toBeTruthy();
    const log = await screen.findByRole('table', { name: 'Recent fetches of this source' });
    expect(within(log).getAllByRole('row')).toHaveLength(6);
    expect(within(log).getByText('Not a feed: got an HTML page')).toBeTruthy();
    const coverage = screen.getByRole('region', { name: 'Coverage in the last 7 days' });
    const gaps = await within(coverage).findByRole('list', { name: 'Gaps' });
    expect(within(gaps).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(gaps.textContent).toMatch(/source failing|app not running/u);
    await user.click(screen.getByRole('link', { name: 'Back to sources' }));
    expect(await screen.findByRole('table', { name: 'Monitored sources' })).toBeTruthy();
  });

  it.each([
    ['zh-TW', '來源', '新增來源', '尚未設定任何來源'],
    ['zh-CN', '来源', '添加来源', '尚未设置任何来源'],
  ] as const)('speaks %s', async (language, sources, addSource, emptyHeading) => {
    await saveSetting('language', language);
    await renderApp('#/monitoring/sources');
    expect(await screen.findByRole('heading', { level: 2, name: sources })).toBeTruthy();
    expect(await screen.findByRole('button', { name: addSource })).toBeTruthy();
    expect(screen.getByRole('heading', { name: emptyHeading })).toBeTruthy();
  });
});
