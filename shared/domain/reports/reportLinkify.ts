import { LinkifyIt } from 'linkify-it';

/**
 * The one way the incident report finds addresses in user text, shared by the page (which links
 * them through the external-link opener) and the Markdown export, so the two never link different
 * things. Explicit `http://`, `https://` and `mailto:` addresses and bare e-mail addresses are
 * found; schemeless domains (`example.com`, `資料.tw`), bare IP addresses, protocol-relative
 * (`//host`) and ftp links are not: reports are read by regulators, and a dotted word in Chinese
 * text must not turn into a link. Callers still keep only http, https and mailto targets.
 */
export function createReportLinkify(): LinkifyIt {
  return new LinkifyIt({ fuzzyLink: false, fuzzyIP: false, fuzzyEmail: true })
    .add('ftp:', null)
    .add('//', null);
}
