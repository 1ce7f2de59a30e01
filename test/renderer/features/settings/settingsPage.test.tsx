import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  readSettings,
  saveSetting,
} from '../../../../renderer/src/db/repositories/settingsRepository';
import { currentSchemaVersion } from '../../../../renderer/src/db/schema';
import { requestPersistentStorageOnce } from '../../../../renderer/src/db/storagePersistence';
import { fail, ok } from '../../../../shared/ipc/result';
import { fakeAppInfo, upToDateStatus } from '../../support/fakeBridge';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';

const mainProcess = useAppTestEnvironment();

/** The value shown next to a label in Settings → Diagnostics. */
function diagnostic(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('Settings → Language', () => {
  it('names each language in its own script', async () => {
    await renderApp('#/settings');
    const select = await screen.findByRole('combobox', { name: 'Display language' });
    const options = within(select).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'English',
      '繁體中文',
      '简体中文',
    ]);
    expect(options.map((option) => option.getAttribute('lang'))).toEqual(['en', 'zh-TW', 'zh-CN']);
  });

  it('translates the app to 繁體中文 and keeps the choice after a restart', async () => {
    const user = userEvent.setup();
    const first = await renderApp('#/settings');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Display language' }),
      '繁體中文',
    );

    const navigation = await screen.findByRole('navigation', { name: '主選單' });
    const labels = within(navigation)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(labels).toEqual([
      '儀表板',
      '風險',
      '危機處理小組',
      '標準作業程序（SOP）',
      '事件',
      '事後檢討',
      '監測',
      '演練',
      '報告',
      '設定',
    ]);
    expect(screen.getByRole('heading', { level: 1, name: '設定' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-TW');
    expect((await readSettings()).language).toBe('zh-TW');

    first.unmount();
    document.documentElement.removeAttribute('lang');

    await renderApp('#/risks');
    // The first frame after a restart is already in the saved language.
    expect(screen.getByRole('navigation', { name: '主選單' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: '風險' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-TW');
  });
});

describe('Settings → Appearance', () => {
  it('sets the theme from the radio group', async () => {
    const user = userEvent.setup();
    await renderApp('#/settings');
    const group = await screen.findByRole('group', { name: 'Theme' });
    expect(within(group).getByRole('radio', { name: 'Follow the system' })).toHaveProperty(
      'checked',
      true,
    );
    expect(document.documentElement.dataset['theme']).toBe('system');

    await user.click(within(group).getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBe('dark'));
    expect(within(group).getByRole('radio', { name: 'Dark' })).toHaveProperty('checked', true);
    expect((await readSettings()).theme).toBe('dark');
  });

  it('turns the war-room display on and off', async () => {
    const user = userEvent.setup();
    await renderApp('#/settings');
    const toggle = await screen.findByRole('switch', { name: 'War-room display' });
    expect(toggle).toHaveProperty('checked', false);
    expect(document.documentElement.dataset['display']).toBe('standard');

    await user.click(toggle);
    await waitFor(() => expect(document.documentElement.dataset['display']).toBe('war-room'));
    expect(toggle).toHaveProperty('checked', true);

    await user.click(toggle);
    await waitFor(() => expect(document.documentElement.dataset['display']).toBe('standard'));
  });

  it('shows why a refused write was not saved, and changes nothing', async () => {
    const user = userEvent.setup();
    await renderApp('#/settings');
    const toggle = await screen.findByRole('switch', { name: 'War-room display' });
    // The browser's storage is the boundary: make IndexedDB refuse writes as a full disk does.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await user.click(toggle);

    const alert = await screen.findByRole('alert', { name: 'Errors' });
    expect(
      await within(alert).findByText(/the disk or the browser’s storage quota is full/i),
    ).toBeTruthy();
    await waitFor(() => expect(toggle).toHaveProperty('checked', false));
    expect(document.documentElement.dataset['display']).toBe('standard');
    vi.restoreAllMocks();
    expect((await readSettings()).displayMode).toBe('standard');

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(within(alert).queryByText(/storage quota is full/i)).toBeNull();
  });
});

describe('Settings → Diagnostics', () => {
  it('shows the app, transport, versions, data folder and schema version', async () => {
    await renderApp('#/settings');
    await screen.findByRole('heading', { level: 2, name: 'Diagnostics' });
    await waitFor(() => expect(diagnostic('Version')).toBe('0.1.0'));
    expect(diagnostic('App')).toBe('Crisis Room');
    expect(diagnostic('Running as')).toBe('Electron desktop app');
    expect(diagnostic('Operating system')).toBe(fakeAppInfo.os);
    expect(diagnostic('Node.js version')).toBe('22.20.0');
    expect(diagnostic('Electron version')).toBe('45.4.1');
    expect(diagnostic('Chromium version')).toBe('142.0.7444.52');
    expect(diagnostic('Data folder')).toBe(fakeAppInfo.dataDirectory);
    expect(diagnostic('Database schema version')).toBe(String(currentSchemaVersion));
  });

  it('shows the transport the main process reports', async () => {
    mainProcess.responders['app:get-info'] = () => ok({ ...fakeAppInfo, transport: 'web' });
    await renderApp('#/settings');
    await waitFor(() => expect(diagnostic('Version')).toBe('0.1.0'));
    expect(diagnostic('Running as')).toBe('Browser, through the local web server');
  });

  it('saves a diagnostics report through the save dialog and says where', async () => {
    const user = userEvent.setup();
    let saved: { suggestedName: string; content: string } | undefined;
    mainProcess.responders['files:save-file'] = (payload) => {
      saved = payload;
      return ok({ saved: true, path: `/home/lin/${payload.suggestedName}` });
    };
    await renderApp('#/settings');
    await waitFor(() => expect(diagnostic('Version')).toBe('0.1.0'));
    const button = screen.getByRole('button', { name: 'Save diagnostics report' });
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    await user.click(button);
    expect(
      await screen.findByText(
        /^Diagnostics report saved to \/home\/lin\/crisis-room-diagnostics-/u,
      ),
    ).toBeTruthy();
    expect(saved?.suggestedName).toMatch(/^crisis-room-diagnostics-\d{8}-\d{4}\.md$/u);
    expect(saved?.content).toContain('- **Data folder**: /home/lin/.config/Crisis Room');
    expect(saved?.content).toContain('- **Electron version**: 45.4.1');
    expect(saved?.content).toContain('- **Running as**: Electron desktop app');
  });

  it('shows the persistent-storage answer and when it was asked', async () => {
    await requestPersistentStorageOnce();
    const { storagePersistence } = await readSettings();
    expect(storagePersistence).not.toBeNull();
    await renderApp('#/settings');
    await screen.findByRole('heading', { level: 2, name: 'Diagnostics' });
    // jsdom has no StorageManager, so the app must say so rather than guess.
    await waitFor(() => expect(diagnostic('Persistent storage')).toMatch(/^Not supported here/));
    expect(diagnostic('Persistent storage')).toMatch(/Asked on .*\d{4}/);
    expect(diagnostic('Storage used')).toBe('Not reported here');
  });

  it('reports why the app information could not be read', async () => {
    mainProcess.responders['app:get-info'] = () =>
      fail('transport-unavailable', 'connection refused');
    await renderApp('#/settings');
    await screen.findByRole('heading', { level: 2, name: 'Diagnostics' });
    await waitFor(() =>
      expect(diagnostic('App')).toMatch(/could not be read.*connection to the app’s background/i),
    );
  });
});

describe('Settings → Updates', () => {
  it('checks for updates on request and shows the answer', async () => {
    const user = userEvent.setup();
    mainProcess.responders['updates:check-now'] = () =>
      ok({ ...upToDateStatus, state: 'available', availableVersion: '0.2.0' });
    await renderApp('#/settings');
    expect(await screen.findByText('Crisis Room is up to date.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Restart and install' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Check for updates' }));
    expect(
      await screen.findByText('Version 0.2.0 is available and is being downloaded.'),
    ).toBeTruthy();
    expect(mainProcess.calls.map((call) => call.channel)).toContain('updates:check-now');
  });

  it('follows pushed status and offers to restart only once the update is downloaded', async () => {
    const user = userEvent.setup();
    await renderApp('#/settings');
    await screen.findByText('Crisis Room is up to date.');

    mainProcess.emit('updates:status', {
      ...upToDateStatus,
      state: 'downloading',
      availableVersion: '0.2.0',
      percent: 40,
    });
    expect(await screen.findByText('Downloading version 0.2.0: 40% done.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check for updates' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.queryByRole('button', { name: 'Restart and install' })).toBeNull();

    mainProcess.emit('updates:status', {
      ...upToDateStatus,
      state: 'downloaded',
      availableVersion: '0.2.0',
      percent: 100,
    });
    await user.click(await screen.findByRole('button', { name: 'Restart and install' }));
    expect(mainProcess.calls.map((call) => call.channel)).toContain('updates:install-now');
  });

  it('says that the browser version is updated outside the app, with no buttons', async () => {
    mainProcess.responders['updates:get-status'] = () =>
      ok({ ...upToDateStatus, state: 'unsupported', lastCheckedAt: null });
    await renderApp('#/settings');
    expect(await screen.findByText(/updates are managed outside the app/i)).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Updates' });
    expect(within(section).queryAllByRole('button')).toHaveLength(0);
  });

  it('shows a failed check as a translated error notice', async () => {
    const user = userEvent.setup();
    mainProcess.responders['updates:check-now'] = () => fail('offline', 'getaddrinfo ENOTFOUND');
    await renderApp('#/settings');
    await user.click(await screen.findByRole('button', { name: 'Check for updates' }));
    const alert = screen.getByRole('alert', { name: 'Errors' });
    expect(await within(alert).findByText(/there is no network connection/i)).toBeTruthy();
  });

  it('tells a failed check in the UI language, with the raw detail apart', async () => {
    const user = userEvent.setup();
    await saveSetting('language', 'zh-TW');
    await renderApp('#/settings');
    const section = await screen.findByRole('region', { name: '更新' });
    await within(section).findByText('Crisis Room 已是最新版本。');
    const detail = 'net::ERR_CONNECTION_RESET while fetching latest.yml';

    mainProcess.emit('updates:status', { ...upToDateStatus, state: 'error', errorMessage: detail });

    const status = await within(section).findByText('檢查更新失敗，請稍後再試。');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).not.toContain(detail);
    const details = within(section).getByRole('group');
    expect(within(details).getByText('技術細節')).toBeTruthy();
    const raw = within(details).getByText(detail);
    expect(raw.getAttribute('lang')).toBe('en');
    expect(details.hasAttribute('open')).toBe(false);
    await user.click(within(details).getByText('技術細節'));
    expect(details.hasAttribute('open')).toBe(true);
  });

  it('shows no technical details when the updater gave none', async () => {
    await renderApp('#/settings');
    const section = await screen.findByRole('region', { name: 'Updates' });
    await within(section).findByText('Crisis Room is up to date.');

    mainProcess.emit('updates:status', { ...upToDateStatus, state: 'error', errorMessage: null });

    expect(
      await within(section).findByText('The update check failed. Try again later.'),
    ).toBeTruthy();
    expect(within(section).queryByRole('group')).toBeNull();
  });
});

describe('Settings → Monitoring', () => {
  it('explains an out-of-range value, keeps what was typed, and saves valid values', async () => {
    const user = userEvent.setup();
    await renderApp('#/settings');
    const retention = await screen.findByRole('spinbutton', {
      name: 'Keep fetched items for (days)',
    });
    const unhealthy = screen.getByRole('spinbutton', {
      name: 'Mark a source unhealthy after (failures in a row)',
    });
    expect(retention).toHaveProperty('value', '180');
    expect(unhealthy).toHaveProperty('value', '3');

    await user.clear(unhealthy);
    await user.type(unhealthy, '0');
    await user.click(screen.getByRole('button', { name: 'Save monitoring settings' }));
    expect(await screen.findByText('Enter a whole number from 1 to 20.')).toBeTruthy();
    expect(unhealthy.getAttribute('aria-invalid')).toBe('true');
    expect(unhealthy).toHaveProperty('value', '0');
    expect((await readSettings()).monitoringUnhealthyAfter).toBe(3);

    await user.clear(unhealthy);
    await user.type(unhealthy, '5');
    await user.clear(retention);
    await user.type(retention, '30');
    await user.click(screen.getByRole('button', { name: 'Save monitoring settings' }));
    await waitFor(async () => {
      const saved = await readSettings();
      expect([saved.monitoringRetentionDays, saved.monitoringUnhealthyAfter]).toEqual([30, 5]);
    });
    expect(await screen.findByText('Monitoring settings saved.')).toBeTruthy();
  });
});
