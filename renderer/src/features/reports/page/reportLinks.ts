import { createReportLinkify } from '../../../../../shared/domain/reports/reportLinkify';

/** A run of user text: plain, or a link the report may make clickable. */
export type ReportTextPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; url: string };

/** Schemes a link in the report may have; every other scheme stays plain text. */
const allowedProtocols = ['http:', 'https:', 'mailto:'];

/**
 * Finds explicit http(s) and mailto links and bare email addresses, exactly as the Markdown export
 * does (one configuration, in shared): schemeless domains stay text.
 */
const linkify = createReportLinkify();

/** True when `url` parses and its scheme is one a report may link to. */
function isAllowedUrl(url: string): boolean {
  try {
    return allowedProtocols.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * User text split into plain runs and links: only http, https and mailto links become links
 * (`javascript:`, `file:`, `data:` and the rest stay text). Nothing is escaped here: the parts are
 * rendered as React text, which escapes them.
 */
export function reportTextParts(text: string): ReportTextPart[] {
  const matches = linkify.test(text) ? (linkify.match(text) ?? []) : [];
  const parts: ReportTextPart[] = [];
  let position = 0;
  for (const match of matches) {
    if (!isAllowedUrl(match.url)) {
      continue;
    }
    if (match.index > position) {
      parts.push({ kind: 'text', text: text.slice(position, match.index) });
    }
    parts.push({ kind: 'link', text: match.text, url: match.url });
    position = match.lastIndex;
  }
  if (position < text.length) {
    parts.push({ kind: 'text', text: text.slice(position) });
  }
  return parts;
}
