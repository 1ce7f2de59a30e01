import { useMemo, useState } from 'react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import type { Components } from 'react-markdown';
import { openExternalLink } from '../lib/externalLinks';
import type { OpenLinkOutcome } from '../lib/externalLinks';

/** Schemes a link in user Markdown may keep; anything else loses its target. */
const allowedSchemes = ['http:', 'https:', 'mailto:'];

/** Why the main process did not open a link (`errors.<code>` says it in words). */
type RefusalCode = Extract<OpenLinkOutcome, { kind: 'refused' }>['code'];

/** The middle mouse button, which browsers use to open a link in a new tab. */
const middleButton = 1;

/**
 * The URL of a Markdown link when its scheme is allowed, else an empty string (the link text
 * stays, without a target). Exported for tests.
 */
export function safeMarkdownUrl(url: string): string {
  const trimmed = url.trim();
  try {
    return allowedSchemes.includes(new URL(trimmed).protocol) ? trimmed : '';
  } catch {
    // Relative links, fragments and garbage lead nowhere in a local app.
    return '';
  }
}

/**
 * Element overrides: links open outside the app through `open`; images are never fetched and
 * show as their alt text; headings start at level 4 so user text never outranks the page's own.
 */
function markdownComponents(open: (href: string) => void): Components {
  function activate(event: MouseEvent<HTMLAnchorElement>): void {
    // The app window never navigates: the main process's allowlist decides what opens.
    event.preventDefault();
    const href = event.currentTarget.getAttribute('href') ?? '';
    if (href !== '') {
      open(href);
    }
  }
  return {
    a: ({ href, children }) =>
      href === undefined || href === '' ? (
        <span>{children}</span>
      ) : (
        <a
          href={href}
          rel="noreferrer noopener"
          onClick={activate}
          onAuxClick={(event) => {
            // A middle click would otherwise open the link in a new tab of the web transport,
            // around the allowlist; other buttons (the context menu) keep their default.
            if (event.button === middleButton) {
              activate(event);
            }
          }}
        >
          {children}
        </a>
      ),
    img: ({ alt }) =>
      alt === undefined || alt === '' ? null : <span className="markdown-text__image">{alt}</span>,
    h1: ({ children }) => <h4>{children}</h4>,
    h2: ({ children }) => <h5>{children}</h5>,
    h3: ({ children }) => <h6>{children}</h6>,
  };
}

/**
 * User-written Markdown (SOP purpose, trigger criteria, step notes) rendered as React elements:
 * raw HTML is dropped, images are not loaded (their alt text stays), and only http, https and
 * mailto links survive, opened through the main process's allowlist; a link it refuses (or that
 * fails to open) is explained in an alert under the text. Headings start at level 4 so user text
 * never outranks the page's own headings.
 */
export function MarkdownText({ text, className }: { text: string; className?: string }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<RefusalCode | null>(null);
  const components = useMemo(
    () =>
      markdownComponents((href) => {
        void openExternalLink(href).then(
          (outcome) => setRefusal(outcome.kind === 'refused' ? outcome.code : null),
          () => setRefusal('internal'),
        );
      }),
    [],
  );

  return (
    <div className={className === undefined ? 'markdown-text' : `markdown-text ${className}`}>
      <Markdown skipHtml urlTransform={safeMarkdownUrl} components={components}>
        {text}
      </Markdown>
      {refusal !== null && (
        // Inserted with its text, so it is announced once, when a link was not opened.
        <p role="alert" className="field__error markdown-text__refusal">
          {t(`errors.${refusal}`)}
        </p>
      )}
    </div>
  );
}
