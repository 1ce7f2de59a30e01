import { useMemo } from 'react';
import type { MouseEvent } from 'react';
import { openExternalLink } from '../../../lib/externalLinks';
import { useAppStore } from '../../../stores/appStore';
import { reportTextParts } from './reportLinks';

/** The middle mouse button, which browsers use to open a link in a new tab. */
const middleButton = 1;

/** Hands a link to the main process's allowlist; a refusal is told in a notice. */
function openLink(event: MouseEvent<HTMLAnchorElement>, url: string): void {
  // The app window never navigates: the allowlisted opener decides what opens, and where.
  event.preventDefault();
  void openExternalLink(url).then(
    (outcome) => {
      if (outcome.kind === 'refused') {
        useAppStore.getState().pushNotice({ kind: 'error', messageKey: `errors.${outcome.code}` });
      }
    },
    () => useAppStore.getState().pushNotice({ kind: 'error', messageKey: 'errors.internal' }),
  );
}

/**
 * User text in the report, as text (React escapes it), with its http, https and mailto links made
 * clickable through the external-link opener; any other scheme stays text. When the link's text
 * differs from its address (a bare email address), the address is kept for paper
 * (`data-print-url`, shown by the print stylesheet).
 */
export function ReportText({ text }: { text: string }) {
  const parts = useMemo(() => reportTextParts(text), [text]);
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'text' ? (
          part.text
        ) : (
          <a
            // Parts never reorder: the text is fixed for this element.
            key={index}
            href={part.url}
            rel="noreferrer noopener"
            data-print-url={part.url === part.text ? undefined : part.url}
            onClick={(event) => openLink(event, part.url)}
            onAuxClick={(event) => {
              if (event.button === middleButton) {
                openLink(event, part.url);
              }
            }}
          >
            {part.text}
          </a>
        ),
      )}
    </>
  );
}
