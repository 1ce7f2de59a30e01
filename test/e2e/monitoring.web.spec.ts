import { readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startFeedServer, type FeedServer } from '../fixtures/feedServer';
import { expect, launchWebApp, test } from './webServerFixture';

/** A small Traditional Chinese news feed, served by the loopback fixture server. */
const feedTitles = [
  '食品安全疑慮：消費者投訴異味',
  '個資外洩傳聞，公司回應',
  'Recall notice issued',
];
const feedXml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>示範新聞</title><link>https://news.example.tw/</link>
${feedTitles
  .map(
    (title, index) => `<item><title>${title}</title>
<link>https://news.example.tw/articles/${index + 1}</link><guid>article-${index + 1}</guid>
<pubDate>Sun, 22 Nov 2026 0${index + 1}:00:00 +0800</pubDate>
<description><![CDATA[<p>第 ${index + 1} 則 <b>內容</b></p>]]></description></item>`,
  )
  .join('\n')}
</channel></rss>`;

let feeds: FeedServer;

test.beforeAll(async () => {
  feeds = await startFeedServer();
  feeds.serve('/e2e-feed.xml', {
    body: Buffer.from(feedXml, 'utf8'),
    contentType: 'application/rss+xml; charset=utf-8',
  });
});

test.afterAll(async () => {
  await feeds.close();
});

/** Opens Monitoring → Sources and adds a source through the form (tested first when asked). */
async function addSource(page: Page, name: string, url: string, options = { test: false }) {
  await page.getByRole('button', { name: 'Add source' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Address (URL)').fill(url);
  if (options.test) {
    await dialog.getByRole('button', { name: 'Test' }).click();
    const preview = dialog.getByRole('region', { name: 'Test result' });
    await expect(preview).toContainText('Fetched');
    for (const title of feedTitles) {
      await expect(preview.getByText(title)).toBeVisible();
    }
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
}

/** Each feed title appears in exactly one row of Monitoring → Items. */
async function expectItemsOnce(page: Page) {
  const table = page.getByRole('table', { name: 'Fetched items, newest first' });
  for (const title of feedTitles) {
    await expect(table.getByRole('row').filter({ hasText: title })).toHaveCount(1);
  }
}

test('adds, tests, saves and runs a source; its items are stored once across reloads', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/monitoring/sources`);
  await expect(page.getByRole('heading', { name: 'No sources yet' })).toBeVisible();

  await addSource(page, 'Demo news (fixture)', feeds.url('/e2e-feed.xml'), { test: true });
  await page.getByRole('button', { name: 'Run now: Demo news (fixture)' }).click();

  await page.getByRole('link', { name: 'Items' }).click();
  await expectItemsOnce(page);

  await page.reload();
  await expectItemsOnce(page);

  // Fetching the same feed again stores nothing twice.
  await page.goto(`${app.origin}/#/monitoring/sources`);
  await page.getByRole('button', { name: 'Run now: Demo news (fixture)' }).click();
  await expect(page.getByRole('row', { name: /Demo news \(fixture\)/u })).toContainText('Healthy');
  await page.goto(`${app.origin}/#/monitoring/items`);
  await expectItemsOnce(page);
});

test('marks a source that failed three times in a row as unhealthy', async ({ app, page }) => {
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/monitoring/sources`);
  // Saving runs a new source at once: that is the first failure.
  await addSource(page, 'Broken feed', feeds.url('/status/500'));
  const row = page.getByRole('row', { name: /Broken feed/u });
  await expect(row).toContainText('Failing 1×');
  await page.getByRole('button', { name: 'Run now: Broken feed' }).click();
  await expect(row).toContainText('Failing 2×');
  await page.getByRole('button', { name: 'Run now: Broken feed' }).click();
  await expect(row).toContainText('Unhealthy');
  await expect(row).toContainText('HTTP status 500');
});

test('a crash between fetch and store, or between store and acknowledgement, loses nothing and duplicates nothing', async ({
  page,
}) => {
  const first = await launchWebApp();
  const { dataDirectory } = first.app;
  const port = Number(new URL(first.app.origin).port);
  const outbox = path.join(dataDirectory, 'monitoring', 'outbox.jsonl');
  try {
    // 1. The renderer never receives the records: no event stream, no pending answers.
    await page.route('**/events', (route) => route.abort());
    await page.route('**/ipc/monitoring:get-pending', () => undefined);
    await page.goto(first.app.url);
    await page.goto(`${first.app.origin}/#/monitoring/sources`);
    await addSource(page, 'Crash test feed', feeds.url('/e2e-feed.xml'));
    await expect
      .poll(() => (existsSync(outbox) ? readFileSync(outbox, 'utf8') : ''), { timeout: 20_000 })
      .toContain(feedTitles[0]);
    await first.stop('SIGKILL');
    await page.unrouteAll({ behavior: 'ignoreErrors' });

    // 2. Restarted: the records are pushed again and stored, but the acknowledgement never
    //    reaches the server before it is killed again.
    const second = await launchWebApp({ port, dataDirectory });
    let isAckHeld = false;
    await page.route('**/ipc/monitoring:ack-records', () => {
      isAckHeld = true;
    });
    await page.goto(second.app.url);
    await page.goto(`${second.app.origin}/#/monitoring/items`);
    await expectItemsOnce(page);
    await expect.poll(() => isAckHeld).toBe(true);
    await second.stop('SIGKILL');
    await page.unrouteAll({ behavior: 'ignoreErrors' });

    // 3. Restarted again: the unacknowledged records come back, are recognised and acknowledged.
    const third = await launchWebApp({ port, dataDirectory });
    try {
      const acknowledged = page.waitForResponse(
        (response) => response.url().includes('/ipc/monitoring:ack-records') && response.ok(),
      );
      await page.goto(third.app.url);
      await acknowledged;
      await page.goto(`${third.app.origin}/#/monitoring/items`);
      await expectItemsOnce(page);
    } finally {
      await third.stop();
    }
  } finally {
    await first.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
});
