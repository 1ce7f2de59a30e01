import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { readSettings } from '../../../../renderer/src/db/repositories/settingsRepository';
import { renderApp, useAppTestEnvironment } from '../../support/renderApp';

useAppTestEnvironment();

function optionLabels(): string[] {
  const listbox = screen.getByRole('listbox');
  return within(listbox)
    .queryAllByRole('option')
    .map((option) => option.textContent ?? '');
}

/** Starts the app on the Dashboard, as a person opening it would see it. */
async function startAtDashboard(): Promise<void> {
  await renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
}

/** Opens the palette from the keyboard and returns its dialog and search box. */
async function openPaletteWithKeyboard(user: ReturnType<typeof userEvent.setup>) {
  await user.keyboard('{Control>}k{/Control}');
  const dialog = await screen.findByRole('dialog');
  return { dialog, input: within(dialog).getByRole('combobox') };
}

describe('command palette', () => {
  it('opens with Ctrl+K, filters as you type and navigates with Enter', async () => {
    const user = userEvent.setup();
    await startAtDashboard();
    const { dialog, input } = await openPaletteWithKeyboard(user);
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBe(dialog);
    expect(within(dialog).getByRole('combobox', { name: 'Search commands' })).toBe(input);
    expect(within(dialog).getByRole('listbox', { name: 'Commands' })).toBeTruthy();
    expect(document.activeElement).toBe(input);
    expect(optionLabels()).toContain('Go to Risks');
    expect(optionLabels()).toContain('Switch language to 繁體中文');

    await user.type(input, 'risk');
    expect(optionLabels()).toEqual(['Go to Risks']);
    const selected = within(dialog).getByRole('option', { selected: true });
    expect(input.getAttribute('aria-activedescendant')).toBe(selected.id);
    expect(input.getAttribute('aria-controls')).toBe(
      within(dialog).getByRole('listbox').getAttribute('id'),
    );

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Risks' })).toBeTruthy();
    expect(window.location.hash).toBe('#/risks');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens with Cmd+K too, and moves the selection with the arrow keys', async () => {
    const user = userEvent.setup();
    await startAtDashboard();

    await user.keyboard('{Meta>}k{/Meta}');
    const input = await screen.findByRole('combobox', { name: 'Search commands' });
    await user.type(input, 'go to');
    const labels = optionLabels();
    expect(labels).toHaveLength(10);
    expect(screen.getByRole('option', { selected: true }).textContent).toBe(labels[0]);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('option', { selected: true }).textContent).toBe(labels[2]);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('option', { selected: true }).textContent).toBe(labels[9]);

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
  });

  it('closes with Escape and returns focus to the button that opened it', async () => {
    const user = userEvent.setup();
    await renderApp();
    const button = await screen.findByRole('button', { name: /command palette/i });
    expect(button.textContent).toMatch(/Ctrl\+K|⌘K/);

    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
    expect(dialog.hasAttribute('open')).toBe(true);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(window.location.hash).toBe('#/dashboard');
  });

  it('says when nothing matches, in the status screen readers announce', async () => {
    const user = userEvent.setup();
    await startAtDashboard();
    const { input } = await openPaletteWithKeyboard(user);
    await user.type(input, 'zzzz');
    expect(optionLabels()).toEqual([]);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('status').textContent).toBe('No command matches “zzzz”.');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeTruthy();

    await user.clear(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('announces how many commands match, in the plural form of each language', async () => {
    const user = userEvent.setup();
    await startAtDashboard();
    const { dialog, input } = await openPaletteWithKeyboard(user);
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBe(dialog);
    expect(within(dialog).getByRole('combobox', { name: 'Search commands' })).toBe(input);
    const status = within(dialog).getByRole('status');
    expect(status.getAttribute('aria-live') ?? 'polite').toBe('polite');
    expect(input.getAttribute('aria-expanded')).toBe('true');

    await user.type(input, 'go to');
    expect(status.textContent).toBe(`${optionLabels().length} commands available.`);
    await user.clear(input);
    await user.type(input, 'risk');
    expect(status.textContent).toBe('1 command available.');

    await user.clear(input);
    await user.type(input, 'traditional');
    await user.keyboard('{Enter}');
    await screen.findByRole('navigation', { name: '主選單' });
    await user.keyboard('{Control>}k{/Control}');
    const chineseDialog = await screen.findByRole('dialog', { name: '命令面板' });
    await user.type(within(chineseDialog).getByRole('combobox', { name: '搜尋命令' }), 'risk');
    expect(within(chineseDialog).getByRole('status').textContent).toBe('共有 1 個命令可用。');
  });

  it('switches the language and finds commands by English keyword in Chinese', async () => {
    const user = userEvent.setup();
    await startAtDashboard();
    await user.type((await openPaletteWithKeyboard(user)).input, 'simplified');
    expect(optionLabels()).toEqual(['Switch language to 简体中文']);
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('navigation', { name: '主菜单' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect((await readSettings()).language).toBe('zh-CN');

    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: '搜索命令' });
    await user.type(input, 'heat map');
    expect(optionLabels()).toEqual(['前往风险']);
  });

  it('finds a command typed in the other Chinese script', async () => {
    const user = userEvent.setup();
    await startAtDashboard();
    await user.type((await openPaletteWithKeyboard(user)).input, 'traditional');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('navigation', { name: '主選單' })).toBeTruthy();

    await user.keyboard('{Control>}k{/Control}');
    // 设置 is Simplified; the UI shows Traditional (設定) and still finds the command.
    await user.type(await screen.findByRole('combobox'), '设置');
    expect(optionLabels()).toEqual(['前往設定']);
  });

  it('changes the theme and toggles the war-room display', async () => {
    const user = userEvent.setup();
    await startAtDashboard();

    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox'), 'dark');
    expect(optionLabels()).toEqual(['Theme: dark']);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBe('dark'));

    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox'), 'projector');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.documentElement.dataset['display']).toBe('war-room'));
    expect((await readSettings()).displayMode).toBe('war-room');
  });

  it('shows a translated notice when the war-room display cannot be toggled', async () => {
    const user = userEvent.setup();
    await startAtDashboard();
    await user.type((await openPaletteWithKeyboard(user)).input, 'projector');
    // Reading the current display mode fails, which no write error describes.
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

    await user.keyboard('{Enter}');

    const alert = await screen.findByRole('alert', { name: 'Errors' });
    expect(
      await within(alert).findByText('The change could not be saved. Nothing was changed.'),
    ).toBeTruthy();
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ name: 'InvalidStateError' }));
    vi.restoreAllMocks();
    expect((await readSettings()).displayMode).toBe('standard');
    expect(document.documentElement.dataset['display']).toBe('standard');
  });
});
