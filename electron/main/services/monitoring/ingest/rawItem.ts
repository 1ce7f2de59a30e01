/**
 * An entry as a parser found it, before normalisation: every field is the feed's own text (XML
 * entities already decoded), and `isHtml` says whether a field still holds markup. Parsers build
 * these as class instances so no feed-chosen name ever becomes a property key.
 */
export class RawItem {
  /** guid (RSS), id (Atom, JSON), rdf:about (RSS 1.0). */
  id: string | null = null;
  link: string | null = null;
  title: string | null = null;
  isTitleHtml = false;
  /** Full content (content:encoded, Atom content, content_html/content_text). */
  content: string | null = null;
  isContentHtml = false;
  /** Short description (RSS description, Atom summary, JSON Feed summary). */
  summary: string | null = null;
  isSummaryHtml = false;
  author: string | null = null;
  /** The feed's published date text (or a number from JSON). */
  date: string | number | null = null;
  /** A later date (Atom updated, date_modified) used only when there is no published date. */
  updatedDate: string | number | null = null;
  /** xml:base in effect for this entry, for relative links. */
  base: string | null = null;
}
