import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { MarkdownText, safeMarkdownUrl } from '../../../renderer/src/components/MarkdownText';
import { createI18n } from '../../../renderer/src/i18n/createI18n';
import { fail, ok } from '../../../shared/ipc/result';
import { installFakeMainProcess } from '../support/fakeBridge';

const mainProcess = installFakeMainProcess();

beforeEach(() => {
  mainProcess.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

/** Renders `text` as the SOP screens do, in English; returns the Markdown's container. */
function renderMarkdown(text: string): HTMLElement {
  const { container } = render(
    <I18nextProvider i18n={createI18n('en')}>
      <MarkdownText text={text} />
    </I18nextProvider>,
  );
  const root = container.querySelector<HTMLElement>('.markdown-text');
  if (root === null) {
    throw new Error('MarkdownText rendered no container');
  }
  return root;
}

/** The URLs the main process was asked to open, in order. */
function openedUrls(): unknown[] {
  return mainProcess.calls
    .filter((call) => call.channel === 'shell:open-external')
    .map((call) => call.payload);
}

describe('MarkdownText', () => {
  it('renders Markdown as elements, with headings demoted below the page’s own', () => {
    const root = renderMarkdown('# Purpose\n\nKeep it **short**.\n\n- one\n- two');
    expect(screen.getByRole('heading', { level: 4, name: 'Purpose' })).toBeTruthy();
    expect(root.querySelector('h1')).toBeNull();
    expect(screen.getByText('short').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('drops raw HTML instead of rendering it as elements or as text', () => {
    const root = renderMarkdown(
      [
        'Before <b>bold</b> after',
        '<script>alert(1)</script>',
        '<img src="https://tracker.example/pixel.png" onerror="alert(1)">',
        'A <a href="javascript:alert(1)">trap</a> here',
        '<iframe src="https://evil.example/"></iframe>',
      ].join('\n\n'),
    );
    for (const tag of ['b', 'script', 'img', 'a', 'iframe']) {
      expect(root.querySelector(tag), tag).toBeNull();
    }
    // Escaped as text (react-markdown's behaviour without skipHtml) would still show the markup.
    expect(root.textContent).not.toMatch(/<b>|<script|onerror|<img|<a |<iframe/u);
    expect(root.textContent).toContain('Before bold after');
    expect(root.textContent).toContain('A trap here');
  });

  it.each([
    ['javascript', '[Open](javascript:alert(1))'],
    ['javascript in mixed case', '[Open](JaVaScRiPt:alert(1))'],
    ['javascript as an autolink', '<javascript:alert(1)>'],
    ['data', '[Open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript', '[Open](vbscript:msgbox(1))'],
    ['file', '[Open](file:///etc/passwd)'],
    ['an unlisted scheme', '[Open](irc://irc.example.org/crisis)'],
    ['a relative path', '[Open](../settings)'],
    ['an absolute path', '[Open](/sops/new)'],
    ['a protocol-relative URL', '[Open](//evil.example/phish)'],
    ['a fragment', '[Open](#top)'],
    ['a reference link', '[Open][ref]\n\n[ref]: javascript:alert(1)'],
  ])('keeps the text of a %s link but not its target', (_kind, text) => {
    const root = renderMarkdown(text);
    expect(screen.queryByRole('link')).toBeNull();
    expect(root.querySelector('[href]')).toBeNull();
    expect(root.textContent.length).toBeGreaterThan(0);
  });

  it.each([
    ['https', '[Status page](https://status.example.com/)', 'https://status.example.com/'],
    ['http', '[Intranet](http://intranet.example/)', 'http://intranet.example/'],
    ['mailto', '[Mail legal](mailto:legal@example.com)', 'mailto:legal@example.com'],
  ])('keeps an %s link', (_kind, text, href) => {
    renderMarkdown(text);
    expect(screen.getByRole('link').getAttribute('href')).toBe(href);
  });

  it('allows only http, https and mailto URLs', () => {
    expect(safeMarkdownUrl(' https://example.com/a ')).toBe('https://example.com/a');
    expect(safeMarkdownUrl('mailto:a@example.com')).toBe('mailto:a@example.com');
    expect(safeMarkdownUrl('tel:+886212345678')).toBe('');
    expect(safeMarkdownUrl('java\tscript:alert(1)')).toBe('');
    expect(safeMarkdownUrl('//example.com/')).toBe('');
  });

  it('shows an image as its alt text and never loads it', () => {
    const root = renderMarkdown(
      [
        'See ![Floor plan of the crisis room](https://tracker.example/plan.png "Plan")',
        '![Evacuation map][map]',
        '[map]: https://tracker.example/map.png',
      ].join('\n\n'),
    );
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img, link[rel="preload"], [src]')).toBeNull();
    expect(root.innerHTML).not.toContain('tracker.example');
    expect(root.textContent).toContain('See Floor plan of the crisis room');
    expect(root.textContent).toContain('Evacuation map');
  });

  it('opens a link through the main process instead of navigating the app window', async () => {
    const windowOpen = vi.spyOn(window, 'open').mockReturnValue(null);
    const locationBefore = window.location.href;
    renderMarkdown('[Status page](https://status.example.com/)');

    const wasNotPrevented = fireEvent.click(screen.getByRole('link', { name: 'Status page' }));

    expect(wasNotPrevented).toBe(false);
    await waitFor(() => expect(openedUrls()).toEqual([{ url: 'https://status.example.com/' }]));
    expect(window.location.href).toBe(locationBefore);
    // The Electron main process opened it itself: the renderer opens no window.
    expect(windowOpen).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens a link the web transport hands back in an opener-less window', async () => {
    mainProcess.responders['shell:open-external'] = ({ url }) => ok({ url, openedBy: 'renderer' });
    const windowOpen = vi.spyOn(window, 'open').mockReturnValue(null);
    renderMarkdown('[Status page](https://status.example.com/)');

    fireEvent.click(screen.getByRole('link', { name: 'Status page' }));

    await waitFor(() =>
      expect(windowOpen).toHaveBeenCalledWith(
        'https://status.example.com/',
        '_blank',
        'noopener,noreferrer',
      ),
    );
  });

  it('opens a middle-clicked link through the main process too, never as a new tab of its own', async () => {
    renderMarkdown('[Status page](https://status.example.com/)');
    const link = screen.getByRole('link', { name: 'Status page' });

    const wasNotPrevented = fireEvent(
      link,
      new MouseEvent('auxclick', { button: 1, bubbles: true, cancelable: true }),
    );

    expect(wasNotPrevented).toBe(false);
    await waitFor(() => expect(openedUrls()).toEqual([{ url: 'https://status.example.com/' }]));
  });

  it('leaves other mouse buttons alone', async () => {
    renderMarkdown('[Status page](https://status.example.com/)');
    const link = screen.getByRole('link', { name: 'Status page' });

    const wasNotPrevented = fireEvent(
      link,
      new MouseEvent('auxclick', { button: 2, bubbles: true, cancelable: true }),
    );

    expect(wasNotPrevented).toBe(true);
    await Promise.resolve();
    expect(openedUrls()).toEqual([]);
  });

  it('says so when the main process refuses a link, and clears that once a link opens', async () => {
    mainProcess.responders['shell:open-external'] = () =>
      fail('blocked-url', 'The URL is not allowed');
    renderMarkdown(
      '[Status page](https://status.example.com/) and [Mail legal](mailto:legal@example.com)',
    );

    fireEvent.click(screen.getByRole('link', { name: 'Status page' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This link was blocked because it is not a safe web, email or phone address.',
    );

    mainProcess.reset();
    fireEvent.click(screen.getByRole('link', { name: 'Mail legal' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says so when opening a link fails outright', async () => {
    mainProcess.responders['shell:open-external'] = () => {
      throw new Error('transport closed');
    };
    renderMarkdown('[Status page](https://status.example.com/)');

    fireEvent.click(screen.getByRole('link', { name: 'Status page' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Something went wrong inside the app. Please try again.',
    );
  });
});
