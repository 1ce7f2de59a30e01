import type { Page } from '@playwright/test';
import { expect, test } from './webServerFixture';

/** Navigation link names per language, as a person reading the screen would see them. */
const areaNames = {
  en: [
    'Dashboard',
    'Risks',
    'Crisis team',
    'SOPs',
    'Incidents',
    'Postmortems',
    'Monitoring',
    'Drills',
    'Reports',
    'Settings',
  ],
  'zh-TW': [
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
  ],
  'zh-CN': [
    '仪表板',
    '风险',
    '危机小组',
    '标准作业程序（SOP）',
    '事件',
    '事后复盘',
    '监测',
    '演练',
    '报告',
    '设置',
  ],
} as const;

const navigation = (page: Page) => page.getByRole('navigation').first();

async function expectNavigationIn(page: Page, names: readonly string[]) {
  for (const name of names) {
    await expect(navigation(page).getByRole('link', { name, exact: true })).toBeVisible();
  }
}

test.describe('app shell through the web transport', () => {
  test('opens from the printed URL and visits every area', async ({ page, app }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(app.url);
    await expect(page).toHaveURL(new RegExp(`^${app.origin}/(#/dashboard)?$`, 'u'));
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

    for (const name of areaNames.en) {
      await navigation(page).getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(navigation(page).getByRole('link', { name, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
    }
    // The token never stays in the address bar, and the CSP held: no errors, no violations.
    expect(page.url()).not.toContain('token=');
    expect(errors).toEqual([]);
  });

  test('switches to 繁體中文, then 简体中文, and keeps the choice across a reload', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await navigation(page).getByRole('link', { name: 'Settings', exact: true }).click();

    await page.getByLabel('Display language').selectOption({ label: '繁體中文' });
    await expectNavigationIn(page, areaNames['zh-TW']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');

    await page.reload();
    await expectNavigationIn(page, areaNames['zh-TW']);

    await page.getByRole('combobox', { name: /顯示語言/u }).selectOption({ label: '简体中文' });
    await expectNavigationIn(page, areaNames['zh-CN']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await page.reload();
    await expectNavigationIn(page, areaNames['zh-CN']);
    await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  });

  test('shows the main-process facts in Diagnostics', async ({ page, app }) => {
    await page.goto(`${app.url}`);
    await page.goto(`${app.origin}/#/settings`);
    const diagnostics = page.getByRole('region', { name: /Diagnostics|诊断|診斷/u });
    await expect(diagnostics).toBeVisible();
    await expect(diagnostics.getByText('Browser, through the local web server')).toBeVisible();
    await expect(diagnostics.getByText(app.dataDirectory)).toBeVisible();
  });

  test('saves a diagnostics report as a browser download', async ({ page, app }) => {
    await page.goto(app.url);
    await page.goto(`${app.origin}/#/settings`);
    const diagnostics = page.getByRole('region', { name: 'Diagnostics' });
    await expect(diagnostics.getByText(app.dataDirectory)).toBeVisible();
    const button = page.getByRole('button', { name: 'Save diagnostics report' });
    await expect(button).toBeEnabled();
    const downloadStarted = page.waitForEvent('download');
    await button.click();
    const download = await downloadStarted;
    expect(download.suggestedFilename()).toMatch(/^crisis-room-diagnostics-\d{8}-\d{4}\.md$/u);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    const report = Buffer.concat(chunks).toString('utf8');
    expect(report).toContain(`- **Data folder**: ${app.dataDirectory}`);
    expect(report).toContain('- **Running as**: Browser, through the local web server');
    await expect(
      page.getByRole('status').getByText(/Diagnostics report downloaded as/u),
    ).toBeVisible();
  });

  test('navigates with the command palette from the keyboard', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: /Command palette|命令面板/u });
    await expect(palette).toBeVisible();
    await page.keyboard.type('Incidents');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Incidents|事件/u);
  });

  test('refuses the app without the token', async ({ page, app }) => {
    const response = await page.goto(`${app.origin}/`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('navigation')).toHaveCount(0);
  });
});
